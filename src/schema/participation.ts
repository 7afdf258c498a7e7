/** Participation: someone taking part in a visit, event or agreement, in a role. */
import { builder } from './builder.js';
import { EntityRef, EvidenceRef, FactRef, ParticipationRef } from './refs.js';
import { holderKey, valueId, valueIdDescription } from './value-ids.js';
import { ParticipantRole } from './vocabulary.js';

builder.objectType(ParticipationRef, {
  description:
    'Someone taking part in a visit, event or agreement in a role: who led a visit, hosted it, signed an agreement and for which party, witnessed it, organised an event.',
  fields: (t) => ({
    id: t.id({
      description: valueIdDescription(
        'participation',
        'its fact, the place of its row among the fact\'s participants and the participant the row names',
        'the visit, event or agreement',
      ),
      // One row can name several participants: one participation each.
      resolve: (p) => valueId('Participation', `${holderKey(p.fact)}/participants/${p.fact.participants.indexOf(p.row)}${p.who ? `/${p.who}` : ''}`),
    }),
    role: t.field({ type: ParticipantRole, description: 'What the participant does.', resolve: (p) => p.role }),
    participant: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The person, organisation or place, when the article names one; null when it only describes them (see description).',
      resolve: (p, _args, { store }) => (p.who ? store.byRef(p.who)! : null),
    }),
    description: t.string({
      nullable: true,
      description: 'The article\'s words for participants it does not name, e.g. "Chinese officials".',
      resolve: (p) => p.description ?? null,
    }),
    representing: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The party the participant acts for, e.g. the city a signatory signs for.',
      resolve: (p, _args, { store }) => (p.for ? store.byRef(p.for)! : null),
    }),
    fact: t.field({ type: FactRef, description: 'The visit, event or agreement.', resolve: (p) => p.fact }),
    evidence: t.field({ type: [EvidenceRef], description: 'Quotes that state the participation.', resolve: (p) => p.evidence }),
  }),
});
