/** The two families of nodes: entities (things articles mention) and facts (what articles state). */
import { builder } from './builder.js';
import { connectionCost, paginate } from './paginate.js';
import { ArticleConnection, ArticleRef, EntityRef, EvidenceConnection, EvidenceRef, FactRef } from './refs.js';
import { typeNameOf } from './type-names.js';

builder.interfaceType(EntityRef, {
  description:
    'Something articles mention: a country, city, person, company or topic. One node per key across the whole corpus, with the evidence of every article that mentions it.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: typeNameOf,
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable, human-readable key, e.g. "copenhagen". Use it in filters and lookups.' }),
    name: t.exposeString('name', { description: 'Name as the articles write it.' }),
    evidence: t.connection(
      {
        type: EvidenceRef,
        description: 'Quotes, from every article that mentions it, that establish this entity and what is said of it.',
        complexity: connectionCost,
        resolve: (entity, args) => paginate(args, entity.evidence),
      },
      EvidenceConnection,
    ),
    articles: t.connection(
      {
        type: ArticleRef,
        description: 'The articles that mention it, newest first.',
        complexity: connectionCost,
        resolve: (entity, args, { queries }) =>
          paginate(args, queries.articles({ entity: `${entity.type.toLowerCase()}:${entity.key}` }, { field: 'date', direction: 'desc' })),
      },
      ArticleConnection,
    ),
  }),
});

builder.interfaceType(FactRef, {
  description: 'Something an article states: a visit, agreement, metric or statement, with the quotes that state it.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: typeNameOf,
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable, human-readable key, unique in the corpus.' }),
    article: t.field({
      type: ArticleRef,
      description: 'The article that states this fact.',
      resolve: (fact, _args, { store }) => store.get('Article', fact.articleKey)!,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The verbatim quotes that state this fact, with their place in the article.',
      resolve: (fact) => fact.evidence,
    }),
  }),
});
