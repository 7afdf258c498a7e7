/**
 * The registry of record kinds: for each kind of entity and fact, the list that holds it in an
 * article file, its row format, the keys it points at, what search reads of it and (for facts)
 * the time it is ordered by. The article format, the reference check, the store's tables and
 * indexes, search and the GraphQL node types all derive from this table, so adding a kind is an
 * entry here and a schema module; leaving one out anywhere is a compile error.
 */
import type { z } from 'zod';
import { countrySchema, citySchema, organisationSchema, personSchema, regionSchema, topicSchema, venueSchema } from './format/entities.js';
import {
  agreementRules,
  agreementSchema,
  agreementShape,
  eventRules,
  eventSchema,
  eventShape,
  metricRules,
  metricSchema,
  metricShape,
  reportSchema,
  statementSchema,
  statementShape,
  visitRules,
  visitSchema,
  visitShape,
} from './format/facts.js';
import { AGREEMENT_KINDS, EVENT_KINDS, ORGANISATION_KINDS, REGION_KINDS, type Vocabulary } from './format/vocabulary.js';
import type { Located } from './model.js';
import type { RefPrefix, TimeReference } from './format/values.js';

/** What search reads of a record: its names and titles weigh most, then keywords, then running text. */
export interface Searchable {
  names?: readonly (string | undefined)[];
  keywords?: readonly (string | undefined)[];
  text?: readonly (string | undefined)[];
}

/** Collects the keys a row points at, with their JSON paths relative to the row. */
export interface ReferenceSink {
  one(kind: RowKind, key: string | undefined, path: string): void;
  many(kind: RowKind, keys: readonly string[] | undefined, path: string): void;
  /** A "type:key" reference, whose kind is its prefix. */
  typed(ref: string | undefined, path: string): void;
  typedMany(refs: readonly string[] | undefined, path: string): void;
  participants(list: readonly Participation[] | undefined, path: string): void;
}

interface Participation {
  who?: readonly string[];
  for?: string;
}

interface KindSpec<S extends z.ZodType, L extends string> {
  list: L;
  schema: S;
  references(row: Located<z.output<S>>, refs: ReferenceSink): void;
  search(row: Located<z.output<S>>): Searchable;
}
interface EntitySpec<S extends z.ZodType, L extends string = string> extends KindSpec<S, L> {
  family: 'entity';
  /** The prefix of "type:key" references to it. */
  ref: RefPrefix;
}
interface FactSpec<S extends z.ZodType, L extends string = string> extends KindSpec<S, L> {
  family: 'fact';
  /** The form of a report on the fact by another article (facts.ts reportSchema). */
  report: z.ZodType;
  /** The time the fact is ordered and filtered by; a kind without one (statements) is ordered by its place in the articles. */
  time?(row: Located<z.output<S>>): TimeReference | undefined;
}

const entity = <S extends z.ZodType, const L extends string>(spec: Omit<EntitySpec<S, L>, 'family'>): EntitySpec<S, L> => ({ family: 'entity', ...spec });
const fact = <S extends z.ZodType, const L extends string>(spec: Omit<FactSpec<S, L>, 'family'>): FactSpec<S, L> => ({ family: 'fact', ...spec });

/** A term of a vocabulary and its synonyms, as words search can find. */
const termWords = (vocabulary: Vocabulary, term: string | undefined): string[] =>
  term === undefined ? [] : [term.replaceAll('-', ' '), ...(vocabulary[term]?.synonyms ?? [])];

const participantWords = (list: readonly { role: string; description?: string }[]) => ({
  keywords: list.map((p) => p.role),
  text: list.map((p) => p.description),
});

export const KINDS = {
  Country: entity({
    list: 'countries',
    ref: 'country',
    schema: countrySchema,
    references: (row, refs) => {
      refs.one('Country', row.reference?.country, 'reference.country');
    },
    search: (row) => ({ names: [row.name] }),
  }),
  Region: entity({
    list: 'regions',
    ref: 'region',
    schema: regionSchema,
    references: (row, refs) => {
      refs.one('Country', row.country, 'country');
      refs.one('Region', row.parent, 'parent');
      refs.one('Country', row.reference?.country, 'reference.country');
      refs.one('Region', row.reference?.region, 'reference.region');
    },
    search: (row) => ({ names: [row.name], keywords: termWords(REGION_KINDS, row.kind) }),
  }),
  City: entity({
    list: 'cities',
    ref: 'city',
    schema: citySchema,
    references: (row, refs) => {
      refs.one('Country', row.country, 'country');
      refs.one('Region', row.region, 'region');
      refs.one('Country', row.reference?.country, 'reference.country');
      refs.one('Region', row.reference?.region, 'reference.region');
    },
    search: (row) => ({ names: [row.name] }),
  }),
  Venue: entity({
    list: 'venues',
    ref: 'venue',
    schema: venueSchema,
    references: (row, refs) => {
      refs.one('City', row.city, 'city');
      refs.one('Region', row.region, 'region');
    },
    search: (row) => ({ names: [row.name] }),
  }),
  Person: entity({
    list: 'people',
    ref: 'person',
    schema: personSchema,
    references: (row, refs) => {
      row.offices.forEach((office, i) => refs.typed(office.of, `offices[${i}].of`));
    },
    search: (row) => ({ names: [row.name], keywords: row.offices.map((office) => office.title) }),
  }),
  Organisation: entity({
    list: 'organisations',
    ref: 'organisation',
    schema: organisationSchema,
    references: (row, refs) => {
      refs.one('Country', row.country, 'country');
      refs.one('City', row.city, 'city');
      refs.one('Region', row.region, 'region');
      refs.one('Organisation', row.parent, 'parent');
    },
    search: (row) => ({ names: [row.name], keywords: termWords(ORGANISATION_KINDS, row.kind) }),
  }),
  Topic: entity({
    list: 'topics',
    ref: 'topic',
    schema: topicSchema,
    references: () => {},
    search: (row) => ({ names: [row.name] }),
  }),
  Visit: fact({
    list: 'visits',
    schema: visitSchema,
    report: reportSchema(visitShape, visitRules as never),
    references: (row, refs) => {
      refs.participants(row.participants, 'participants');
      refs.one('City', row.visitingCity, 'visitingCity');
      refs.one('Region', row.visitingRegion, 'visitingRegion');
      refs.one('Country', row.visitingCountry, 'visitingCountry');
      refs.one('Organisation', row.visitingOrganisation, 'visitingOrganisation');
      refs.one('City', row.hostCity, 'hostCity');
      refs.one('Region', row.hostRegion, 'hostRegion');
      refs.one('Country', row.hostCountry, 'hostCountry');
      refs.one('Venue', row.venue, 'venue');
      row.purposes?.forEach((purpose, i) => refs.many('Topic', purpose.topics, `purposes[${i}].topics`));
      refs.one('Visit', row.previousVisit, 'previousVisit');
    },
    search: (row) => {
      const who = participantWords(row.participants ?? []);
      return {
        keywords: [...(row.purposes ?? []).flatMap((p) => p.topics), ...who.keywords],
        text: [...(row.purposes ?? []).map((p) => p.description), row.delegation?.description, ...who.text],
      };
    },
    time: (row) => row.time ?? row.departure,
  }),
  Event: fact({
    list: 'events',
    schema: eventSchema,
    report: reportSchema(eventShape, eventRules as never),
    references: (row, refs) => {
      refs.participants(row.participants, 'participants');
      refs.one('City', row.city, 'city');
      refs.one('Region', row.region, 'region');
      refs.one('Country', row.country, 'country');
      refs.one('Venue', row.venue, 'venue');
      refs.one('Visit', row.visit, 'visit');
      refs.many('Agreement', row.agreements, 'agreements');
      refs.many('Topic', row.topics, 'topics');
    },
    search: (row) => {
      const who = participantWords(row.participants ?? []);
      return {
        names: [row.description],
        keywords: [...termWords(EVENT_KINDS, row.kind), ...(row.topics ?? []), ...who.keywords],
        text: who.text,
      };
    },
    time: (row) => row.time,
  }),
  Agreement: fact({
    list: 'agreements',
    schema: agreementSchema,
    report: reportSchema(agreementShape, agreementRules as never),
    references: (row, refs) => {
      refs.typedMany(row.parties, 'parties');
      refs.participants(row.participants, 'participants');
      refs.one('Visit', row.visit, 'visit');
      refs.many('Topic', row.areas, 'areas');
    },
    search: (row) => {
      const who = participantWords(row.participants ?? []);
      return {
        names: [row.title],
        keywords: [...(row.areas ?? []), ...termWords(AGREEMENT_KINDS, row.kind), ...who.keywords],
        text: who.text,
      };
    },
    time: (row) => row.date,
  }),
  Metric: fact({
    list: 'metrics',
    schema: metricSchema,
    report: reportSchema(metricShape, metricRules as never),
    references: (row, refs) => {
      refs.typedMany(row.subjects, 'subjects');
      refs.many('Topic', row.topics, 'topics');
      refs.one('Country', row.flow?.from, 'flow.from');
      refs.one('Country', row.flow?.to, 'flow.to');
      refs.one('Person', row.attributedTo, 'attributedTo');
    },
    search: (row) => ({ names: [row.measure], keywords: row.topics ?? [] }),
    time: (row) => row.asOf ?? row.to ?? row.from,
  }),
  Statement: fact({
    list: 'statements',
    schema: statementSchema,
    report: reportSchema(statementShape),
    references: (row, refs) => {
      refs.one('Person', row.speaker, 'speaker');
      refs.typedMany(row.about, 'about');
      refs.many('Topic', row.topics, 'topics');
    },
    search: (row) => ({ keywords: row.topics ?? [], text: [row.text] }),
  }),
} as const;

export type Kinds = typeof KINDS;
/** Every kind of row an article file holds. */
export type RowKind = keyof Kinds;
export type EntityKind = { [K in RowKind]: Kinds[K] extends EntitySpec<z.ZodType> ? K : never }[RowKind];
export type FactKind = { [K in RowKind]: Kinds[K] extends FactSpec<z.ZodType> ? K : never }[RowKind];
export type ListOf<K extends RowKind> = Kinds[K]['list'];
export type ListKey = ListOf<RowKind>;
export type FactListKey = ListOf<FactKind>;

export const ROW_KINDS = Object.keys(KINDS) as RowKind[];
export const ENTITY_KINDS = ROW_KINDS.filter((kind): kind is EntityKind => KINDS[kind].family === 'entity');
export const FACT_KINDS = ROW_KINDS.filter((kind): kind is FactKind => KINDS[kind].family === 'fact');

/** The time a fact of a kind is ordered and filtered by, when its kind has one. */
export function timeOf(kind: FactKind, fact: object): TimeReference | undefined {
  const time = KINDS[kind].time as ((row: unknown) => TimeReference | undefined) | undefined;
  return time?.(fact);
}

/** The kind each "type:key" prefix names. */
export const KIND_OF_PREFIX = Object.fromEntries(ENTITY_KINDS.map((kind) => [KINDS[kind].ref, kind])) as Record<RefPrefix, EntityKind>;
