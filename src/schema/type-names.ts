/**
 * The GraphQL object types of each kind of record: most kinds are one type; people split into
 * mayors and other officials, organisations into companies and other institutions. The table is
 * typed by the registry of kinds, so a kind without a type is a compile error.
 */
import type { AnyRecord, OrganisationRecord, PersonRecord, RecordKind, RecordsByKind } from '../corpus/model.js';
import { isMayor } from '../corpus/queries.js';

const TYPE_NAMES: { [K in RecordKind]: (record: RecordsByKind[K]) => string } = {
  Article: () => 'Article',
  Country: () => 'Country',
  Region: () => 'Region',
  City: () => 'City',
  Venue: () => 'Venue',
  Person: (person) => personTypeName(person),
  Organisation: (organisation) => organisationTypeName(organisation),
  Topic: () => 'Topic',
  Visit: () => 'Visit',
  Event: () => 'Event',
  Agreement: () => 'Agreement',
  Metric: () => 'Metric',
  Statement: () => 'Statement',
};

export const typeNameOf = (record: AnyRecord): string => (TYPE_NAMES[record.type] as (record: AnyRecord) => string)(record);

export const personTypeName = (person: PersonRecord): 'Mayor' | 'Official' => (isMayor(person) ? 'Mayor' : 'Official');

export const organisationTypeName = (organisation: OrganisationRecord): 'Company' | 'Institution' =>
  organisation.kind === 'company' ? 'Company' : 'Institution';
