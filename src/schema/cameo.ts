/**
 * CAMEO event codes, so visits and agreements line up with GDELT-style event data.
 * The codes are reference data from the CAMEO 1.1b3 codebook, assigned by this API.
 */
import type { EntityRecord, FactRecord } from '../corpus/model.js';
import { builder } from './builder.js';
import { EntityRef } from './refs.js';
import { holderKey, valueId, valueIdDescription } from './value-ids.js';

export interface CameoEvent {
  /** The visit, event or agreement the event is assigned to. */
  fact: FactRecord;
  code: '040' | '042' | '043' | '057';
  actor?: EntityRecord;
  target?: EntityRecord;
  anticipated: boolean;
}

const LABELS: Record<CameoEvent['code'], string> = {
  '040': 'Consult, not specified below',
  '042': 'Make a visit',
  '043': 'Host a visit',
  '057': 'Sign formal agreement',
};

export const CameoEventRef = builder.objectRef<CameoEvent>('CameoEvent').implement({
  description:
    'The CAMEO event this fact corresponds to (040 consult, 042 make a visit, 043 host a visit, 057 sign formal agreement). Reference data from the CAMEO 1.1b3 codebook, assigned by this API, not stated by the article.',
  fields: (t) => ({
    id: t.id({
      description: valueIdDescription('CAMEO event', 'its fact and its code', 'the fact'),
      resolve: (event) => valueId('CameoEvent', `${holderKey(event.fact)}/cameo/${event.code}`),
    }),
    code: t.exposeString('code', { description: 'The three-digit CAMEO code, e.g. "042".' }),
    label: t.string({ description: 'The code\'s name in the CAMEO codebook.', resolve: (event) => LABELS[event.code] }),
    actor: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The source actor (who visits, who hosts, who signs).',
      resolve: (event) => event.actor ?? null,
    }),
    target: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The target actor (who is visited or visiting, the other signatory).',
      resolve: (event) => event.target ?? null,
    }),
    anticipated: t.exposeBoolean('anticipated', {
      description: 'True when the article reports the event as planned rather than as having happened.',
    }),
  }),
});
