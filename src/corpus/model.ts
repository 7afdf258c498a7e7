/**
 * The shapes the store holds: the validated rows of the format (kinds.ts), with every evidence
 * quote located in the body, each record tagged with its kind and its article(s).
 */
import type { z } from 'zod';
import type { ArticleFile, Evidence } from './format/article.js';
import type { EntityKind, FactKind, Kinds, ListKey, RowKind } from './kinds.js';

/** An evidence quote pinned to its place in an article. */
export interface LocatedEvidence {
  readonly quote: string;
  readonly articleKey: string;
  /** Zero-based paragraph index in the article body. */
  readonly paragraph: number;
  /** Character offsets of the quote within the paragraph (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The whole sentence (or sentences) that contain the quote. */
  readonly sentence: string;
}

/** Replaces every `evidence: Evidence[]` in a format type with located evidence. */
export type Located<T> = T extends Evidence
  ? LocatedEvidence
  : T extends readonly (infer U)[]
    ? Located<U>[]
    : T extends object
      ? { [K in keyof T]: Located<T[K]> }
      : T;

/** A validated row of a kind, with its evidence located. */
export type RowOf<K extends RowKind> = Located<z.output<Kinds[K]['schema']>>;

/** Every record carries its place in the natural order (natural-order.ts): a key while loading, a rank once the store is built. */
interface Ordered {
  order: string | number;
}

export type ArticleRecord = Omit<ArticleFile, ListKey | 'reports' | '$schema'> &
  Ordered & {
    type: 'Article';
    file: string;
  };

/** Entities merge across articles: evidence accumulates and articleKeys lists every mention. */
export type EntityRecordOf<K extends EntityKind> = RowOf<K> & Ordered & { type: K; articleKeys: string[] };

/** What one article states of a fact: the declaration, or a report on it (format/article.ts "reports"). */
export interface FactReport {
  articleKey: string;
  /** True for the article that declares the fact. */
  declares: boolean;
  /** The fields this article states, e.g. ["status", "date"]. */
  fields: string[];
  /** What this article states of them, as it states them. */
  values: Readonly<Record<string, unknown>>;
  evidence: LocatedEvidence[];
}

/** One article's value for a field that articles disagree on. */
export interface StatedValue {
  articleKey: string;
  value: unknown;
}

export interface Disagreement {
  /** The field, as a path in the fact, e.g. "status" or "delegation.size". */
  field: string;
  /** Each distinct value with the first article (by publication) that states it. */
  versions: StatedValue[];
}

/**
 * Facts are declared by one article (articleKey). When other articles report on a fact, `reports`
 * lists what each article states (the declaration first) and `disagreements` what they disagree on;
 * the fact's fields then hold the merged values (build-store.ts).
 */
export type FactRecordOf<K extends FactKind> = RowOf<K> &
  Ordered & {
    type: K;
    articleKey: string;
    reports?: FactReport[];
    disagreements?: Disagreement[];
  };

export type RecordsByKind = { Article: ArticleRecord } & { [K in EntityKind]: EntityRecordOf<K> } & { [K in FactKind]: FactRecordOf<K> };
export type RecordKind = keyof RecordsByKind;
/** Every record of each kind, by key: what the store builder fills and the store and the ingest's outline read. */
export type RecordTables = { [K in RecordKind]: Map<string, RecordsByKind[K]> };

export type EntityRecord = { [K in EntityKind]: EntityRecordOf<K> }[EntityKind];
export type FactRecord = { [K in FactKind]: FactRecordOf<K> }[FactKind];
export type AnyRecord = ArticleRecord | EntityRecord | FactRecord;

export type CountryRecord = EntityRecordOf<'Country'>;
export type RegionRecord = EntityRecordOf<'Region'>;
export type CityRecord = EntityRecordOf<'City'>;
export type VenueRecord = EntityRecordOf<'Venue'>;
export type PersonRecord = EntityRecordOf<'Person'>;
export type OrganisationRecord = EntityRecordOf<'Organisation'>;
export type TopicRecord = EntityRecordOf<'Topic'>;
export type VisitRecord = FactRecordOf<'Visit'>;
export type EventRecord = FactRecordOf<'Event'>;
export type AgreementRecord = FactRecordOf<'Agreement'>;
export type MetricRecord = FactRecordOf<'Metric'>;
export type StatementRecord = FactRecordOf<'Statement'>;

export type Office = PersonRecord['offices'][number];
export type ParticipationRow = VisitRecord['participants'][number];

export const isFact = (record: AnyRecord): record is FactRecord => 'articleKey' in record;
