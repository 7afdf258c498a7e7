/** The two families of nodes: entities (things articles mention) and facts (what articles state). */
import { FACT_KINDS, type FactKind } from '../corpus/kinds.js';
import { reportsOf } from '../corpus/merge-reports.js';
import type { Participation } from '../corpus/participation.js';
import { refOf } from '../corpus/corpus-store.js';
import { builder } from './builder.js';
import { paged } from './paginate.js';
import {
  ArticleConnection,
  ArticleRef,
  DisagreementRef,
  EntityRef,
  EvidenceConnection,
  EvidenceRef,
  FactConnection,
  FactRef,
  FactReportRef,
  ParticipationConnection,
  ParticipationRef,
} from './refs.js';
import { typeNameOf } from './type-names.js';
import { ParticipantRole } from './vocabulary.js';

export const FactKindEnum = builder.enumType('FactKind', {
  description: 'The kinds of fact.',
  values: Object.fromEntries(FACT_KINDS.map((kind) => [kind.toUpperCase(), { value: kind, description: `${kind} facts.` }])) as Record<
    Uppercase<FactKind>,
    { value: FactKind; description: string }
  >,
});

/** Participations in the roles asked for (all when none). */
export const inRoles = (list: readonly Participation[], roles: readonly string[] | null | undefined): Participation[] =>
  roles?.length ? list.filter((p) => roles.includes(p.role)) : [...list];

builder.interfaceType(EntityRef, {
  description:
    'Something articles mention: a country, region, city, venue, person, organisation or topic. One node per key across the whole corpus, with the evidence of every article that mentions it.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: typeNameOf,
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable, human-readable key, e.g. "copenhagen". Use it in filters and lookups.' }),
    name: t.exposeString('name', { description: 'Name as the articles write it.' }),
    evidence: t.connection(
      {
        type: EvidenceRef,
        description: 'Quotes, from every article that mentions it, that establish this entity and what is said of it.',
        ...paged((entity, _args, { store }) => store.evidenceOf(entity)),
      },
      EvidenceConnection,
    ),
    articles: t.connection(
      {
        type: ArticleRef,
        description: 'The articles that mention it, newest first.',
        ...paged((entity, _args, { queries }) => queries.articles({ entity: refOf(entity) }, { field: 'date', direction: 'desc' })),
      },
      ArticleConnection,
    ),
    facts: t.connection(
      {
        type: FactRef,
        description: 'Every fact that refers to it, in any role, oldest first (undated facts last).',
        args: { kinds: t.arg({ type: [FactKindEnum], description: 'Only facts of these kinds (all when left out).' }) },
        ...paged((entity, { kinds }: { kinds?: readonly FactKind[] | null }, { queries }) =>
          queries.factsAbout(entity.type, entity.key, kinds?.length ? kinds : undefined),
        ),
      },
      FactConnection,
    ),
    participations: t.connection(
      {
        type: ParticipationRef,
        description: 'The roles it plays in visits, events and agreements: led, hosted, signed, witnessed, organised. Oldest fact first.',
        args: { roles: t.arg({ type: [ParticipantRole], description: 'Only these roles (all when left out).' }) },
        ...paged((entity, { roles }: { roles?: readonly string[] | null }, { queries }) => queries.participations(entity, roles)),
      },
      ParticipationConnection,
    ),
  }),
});

builder.interfaceType(FactRef, {
  description:
    'Something an article states: a visit, event, agreement, metric or statement, with the quotes that state it. Several articles can report one fact; where they disagree, disagreements lists each version.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: typeNameOf,
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable, human-readable key, unique in the corpus.' }),
    article: t.field({
      type: ArticleRef,
      description: 'The article that declares this fact (see reports for every article that states it).',
      resolve: (fact, _args, { store }) => store.get('Article', fact.articleKey)!,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The verbatim quotes that state this fact, from every article that reports it, with their place in the article.',
      resolve: (fact) => fact.evidence,
    }),
    reports: t.field({
      type: [FactReportRef],
      description: 'What each article states of this fact, oldest article first: the declaration and every report on it.',
      resolve: (fact) => reportsOf(fact).map((report) => ({ fact, report })),
    }),
    disputed: t.boolean({
      description: 'True when articles disagree on some value of this fact (see disagreements).',
      resolve: (fact) => fact.disagreements !== undefined,
    }),
    disagreements: t.field({
      type: [DisagreementRef],
      description: 'The values articles disagree on, each with every article\'s version. Empty when they agree.',
      resolve: (fact) => (fact.disagreements ?? []).map((disagreement) => ({ fact, disagreement })),
    }),
  }),
});
