/** The GraphQL object type of a store record: people split into mayors and other officials. */
import type { AnyRecord, PersonRecord } from '../corpus/model.js';
import { isMayor } from '../corpus/queries.js';

export const typeNameOf = (record: AnyRecord): string =>
  record.type === 'Person' ? personTypeName(record) : record.type;

export const personTypeName = (person: PersonRecord): 'Mayor' | 'Official' => (isMayor(person) ? 'Mayor' : 'Official');
