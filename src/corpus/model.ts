/**
 * The shapes the store holds: the validated file format, with every evidence quote
 * located in the body, each record tagged with its GraphQL type and its article(s).
 */
import type { ArticleFile, Evidence } from './format.js';

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

type Row<K extends keyof ArticleFile> = Located<NonNullable<ArticleFile[K]>>[number];

/** Every record carries its natural-order key (natural-order.ts). */
interface Ordered {
  order: string;
}

export type ArticleRecord = Omit<ArticleFile, `${EntityListKey | FactListKey}` | '$schema'> &
  Ordered & {
    type: 'Article';
    file: string;
  };

export type EntityListKey = 'countries' | 'cities' | 'people' | 'companies' | 'topics';
export type FactListKey = 'visits' | 'agreements' | 'metrics' | 'statements';

/** Entities merge across articles: evidence accumulates and articleKeys lists every mention. */
interface Merged extends Ordered {
  articleKeys: string[];
}
export type CountryRecord = Row<'countries'> & Merged & { type: 'Country' };
export type CityRecord = Row<'cities'> & Merged & { type: 'City' };
export type PersonRecord = Row<'people'> & Merged & { type: 'Person' };
export type CompanyRecord = Row<'companies'> & Merged & { type: 'Company' };
export type TopicRecord = Row<'topics'> & Merged & { type: 'Topic' };

/** Facts belong to exactly one article. */
interface Stated extends Ordered {
  articleKey: string;
}
export type VisitRecord = Row<'visits'> & Stated & { type: 'Visit' };
export type AgreementRecord = Row<'agreements'> & Stated & { type: 'Agreement' };
export type MetricRecord = Row<'metrics'> & Stated & { type: 'Metric' };
export type StatementRecord = Row<'statements'> & Stated & { type: 'Statement' };

export type EntityRecord = CountryRecord | CityRecord | PersonRecord | CompanyRecord | TopicRecord;
export type FactRecord = VisitRecord | AgreementRecord | MetricRecord | StatementRecord;
export type AnyRecord = ArticleRecord | EntityRecord | FactRecord;
export type RecordKind = AnyRecord['type'];

export interface RecordsByKind {
  Article: ArticleRecord;
  Country: CountryRecord;
  City: CityRecord;
  Person: PersonRecord;
  Company: CompanyRecord;
  Topic: TopicRecord;
  Visit: VisitRecord;
  Agreement: AgreementRecord;
  Metric: MetricRecord;
  Statement: StatementRecord;
}

/** Which list in an article file holds which kind, and how "type:key" refs name it. */
export const ENTITY_LISTS = {
  countries: { kind: 'Country', ref: 'country' },
  cities: { kind: 'City', ref: 'city' },
  people: { kind: 'Person', ref: 'person' },
  companies: { kind: 'Company', ref: 'company' },
  topics: { kind: 'Topic', ref: 'topic' },
} as const satisfies Record<EntityListKey, { kind: EntityRecord['type']; ref: string }>;

export const FACT_LISTS = {
  visits: 'Visit',
  agreements: 'Agreement',
  metrics: 'Metric',
  statements: 'Statement',
} as const satisfies Record<FactListKey, FactRecord['type']>;

export type ListKey = EntityListKey | FactListKey;

/** Every list of an article file (entities first), and the kind of record each holds. */
export const LIST_KINDS = {
  ...(Object.fromEntries(Object.entries(ENTITY_LISTS).map(([list, { kind }]) => [list, kind])) as Record<EntityListKey, EntityRecord['type']>),
  ...FACT_LISTS,
} satisfies Record<ListKey, EntityRecord['type'] | FactRecord['type']>;
export const ARTICLE_LISTS = Object.keys(LIST_KINDS) as ListKey[];

export const REF_KINDS: Record<string, EntityRecord['type']> = Object.fromEntries(
  Object.values(ENTITY_LISTS).map(({ kind, ref }) => [ref, kind]),
);
