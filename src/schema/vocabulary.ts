/**
 * GraphQL enums made from the format's vocabularies (corpus/format/vocabulary.ts): one value per
 * term, upper case ("sister-cities" is SISTER_CITIES), described with the term's meaning and the
 * words reporters also use for it.
 */
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  EVENT_KINDS,
  EVENT_STATUSES,
  OFFICE_ROLES,
  OFFICE_STATUSES,
  ORGANISATION_KINDS,
  PARTICIPANT_ROLES,
  PERIOD_PARTS,
  REGION_KINDS,
  VISIT_STATUSES,
  type Vocabulary,
} from '../corpus/format/vocabulary.js';
import { builder } from './builder.js';

type EnumName<T extends string> = Uppercase<T extends `${infer A}-${infer B}` ? `${A}_${EnumName<B>}` : T>;
type Values<V extends Vocabulary> = { [K in keyof V & string as EnumName<K>]: { value: K; description: string } };

/** The enum values of a vocabulary: SISTER_CITIES for "sister-cities", with the term's description and synonyms. */
function valuesOf<V extends Vocabulary>(vocabulary: V): Values<V> {
  return Object.fromEntries(
    Object.entries(vocabulary).map(([term, { description, synonyms }]) => [
      term.toUpperCase().replaceAll('-', '_'),
      { value: term, description: synonyms?.length ? `${description} Also written: ${synonyms.join(', ')}.` : description },
    ]),
  ) as Values<V>;
}

const vocabularyEnum = <V extends Vocabulary>(name: string, description: string, vocabulary: V) =>
  builder.enumType(name, { description, values: valuesOf(vocabulary) });

export const RegionKind = vocabularyEnum('RegionKind', 'What kind of region a region is.', REGION_KINDS);
export const OrganisationKind = vocabularyEnum('OrganisationKind', 'What kind of organisation an organisation is.', ORGANISATION_KINDS);
export const OfficeRole = vocabularyEnum('OfficeRole', 'The kind of office a person holds.', OFFICE_ROLES);
export const OfficeStatus = vocabularyEnum('OfficeStatus', 'Whether a person holds an office at publication.', OFFICE_STATUSES);
export const ParticipantRole = vocabularyEnum('ParticipantRole', 'The role someone plays in a visit, event or agreement.', PARTICIPANT_ROLES);
export const VisitStatus = vocabularyEnum('VisitStatus', 'The state of a visit when the article was published.', VISIT_STATUSES);
export const EventKind = vocabularyEnum('EventKind', 'What kind of event an event is.', EVENT_KINDS);
export const EventStatus = vocabularyEnum('EventStatus', 'Whether an event has taken place, when the article was published.', EVENT_STATUSES);
export const AgreementKind = vocabularyEnum(
  'AgreementKind',
  'The kind of agreement. Reporters use several words for one kind (twin cities, twinning and friendship cities are all SISTER_CITIES); search finds an agreement by any of them.',
  AGREEMENT_KINDS,
);
export const AgreementStatus = vocabularyEnum('AgreementStatus', 'The state of an agreement when the article was published.', AGREEMENT_STATUSES);
export const PeriodPart = vocabularyEnum('PeriodPart', 'Which part of a year or month a time names ("early 2015").', PERIOD_PARTS);

export const ValueBasis = builder.enumType('ValueBasis', {
  description: 'Where a value comes from, so a front end can show what an article states apart from what this API adds.',
  values: {
    STATED: { value: 'stated', description: 'An article states it.' },
    REFERENCE: { value: 'reference', description: 'Reference data from outside the articles, named in the record\'s reference source.' },
    DERIVED: { value: 'derived', description: 'Worked out by this API from stated facts, e.g. a city\'s country from its region.' },
  } as const,
});
