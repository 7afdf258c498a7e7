/**
 * What the schema and Queries ask of a corpus. Two implementations: the in-memory store
 * (store.ts), which answers from maps built at startup, and a PostgreSQL request view
 * (src/pg/view.ts), which answers from what it has loaded for one request and throws NotLoaded
 * (not-loaded.ts) for anything else: the serving layer loads what was missing, in one batch per
 * kind of question, and runs the operation again (docs/postgres.md, "Serving").
 *
 * Every method is synchronous, so resolvers stay synchronous: graphql-js then runs the in-memory
 * path without a promise per field.
 */
import { KINDS, type FactKind, type RowKind } from './kinds.js';
import { conversionsFor, type Conversion } from './money.js';
import { byOrder } from './natural-order.js';
import { Participation } from './participation.js';
import type {
  AgreementRecord,
  ArticleRecord,
  CityRecord,
  EntityRecord,
  EventRecord,
  FactRecord,
  LocatedEvidence,
  MetricRecord,
  OrganisationRecord,
  RecordKind,
  RecordsByKind,
  RegionRecord,
  VenueRecord,
  VisitRecord,
} from './model.js';
import type { FacetFilter, ListIndex, Order, Paged, RefIndex } from './queries.js';
import type { SearchHit } from './search.js';
import type { ValueSizes } from './value-sizes.js';

/** Where a value comes from: the article states it, reference data gives it, or it follows from other facts. */
export type Basis = 'stated' | 'reference' | 'derived';
export interface Derived<T> {
  value: T;
  basis: Basis;
}

/** A place whose country can be stated, given by reference data or derived from the region it is in. */
export type Placed = RegionRecord | CityRecord | VenueRecord | OrganisationRecord;

export interface CorpusStore {
  /** The longest texts and lists it holds, which the cost of a query counts by (src/schema/cost.ts). */
  readonly sizes: ValueSizes;
  readonly search: {
    /** Every record matching all words of the query, best first (search.ts); a database store reads the records of the slices asked for. */
    query(text: string): Paged<SearchHit>;
    /** The postings a query walks: those of its rarest word. */
    scanSize(text: string): number;
  };
  get<K extends RecordKind>(kind: K, key: string): RecordsByKind[K] | undefined;
  /** All records of a kind in their natural order (entities by name, facts and articles by date, oldest first). */
  list<K extends RecordKind>(kind: K): readonly RecordsByKind[K][];
  /** An article's place in the order of publication (0 for the oldest); -1 for none. */
  position(articleKey: string): number;
  count(kind: RecordKind): number;
  /** The entity a "type:key" reference names. */
  byRef(ref: string): EntityRecord | undefined;
  /** The records of a kind that point at a record, stated or derived (a visit's host country from its host city), in natural order. */
  referrersOf<K extends RowKind>(kind: K, target: RowKind, key: string): readonly RecordsByKind[K][];
  /** The entities an article mentions and the facts it declares or reports on. */
  recordsOf(articleKey: string): readonly (EntityRecord | FactRecord)[];
  /** An entity's evidence quotes, from every article that mentions it (a database store pages them). */
  evidenceOf(entity: EntityRecord): readonly LocatedEvidence[] | Paged<LocatedEvidence>;
  /** The articles mentioning an entity, oldest first. */
  articlesMentioning(entity: EntityRecord): readonly ArticleRecord[];
  /** The roles an entity plays in visits, events and agreements, in the facts' natural order. */
  participationsOf(entity: EntityRecord): Participation[];
  /** A place's country: as stated, else from reference data, else derived from the region or city it lies in. */
  countryOf(place: Placed): Derived<string> | undefined;
  /** A place's region: as stated, else from reference data (a region's own region is its parent). */
  regionOf(place: Placed): Derived<string> | undefined;
  /** The country on one side of a visit: as stated, else derived from that side's city or region. */
  visitCountry(visit: VisitRecord, side: 'visiting' | 'host'): Derived<string> | undefined;
  /** The participants of a visit, event or agreement, one per named entity, in the fact's order. */
  participantsOf(fact: VisitRecord | EventRecord | AgreementRecord): Participation[];
  /** A metric converted into the currencies its article gives rates for. */
  conversionsOf(metric: MetricRecord): Conversion[];
  /**
   * For a store that can read them in its own storage (a database): the keys of a city's sister
   * cities, as Queries.sisterCities finds them in the in-memory store (the other cities among the
   * parties of its sister-city agreements, newest agreement first, each party in its agreement's
   * order, once), without loading the agreements: the busiest city has thousands.
   */
  sisterCityKeys?(city: string): readonly string[];
  /**
   * For a store that can count and page them in its own storage (a database): an entity's
   * participations in the given roles (all when none), in participationsOf's order, a page read
   * when asked for. A busy organisation takes part in thousands of facts.
   */
  participationsWhere?(entity: EntityRecord, roles?: readonly string[]): Paged<Participation>;
  /**
   * For a store that can count and page them in its own storage (a database): the facts of the
   * given kinds that point at a record, as Queries.factsAbout merges them (natural order; facts
   * whose order ties in the order of `kinds`), a page read when asked for.
   */
  factsWhere?(target: RowKind, key: string, kinds: readonly FactKind[]): Paged<FactRecord>;
  /**
   * For a store that can count and page in its own storage (a database): the records of a kind
   * whose kind and status hold one of the given values (`{ kind: ['expo'] }`), all of them or those
   * of an index list (the visits that name a city as their host city, the articles that mention
   * it), and of a second one too (`also`: a city's visits about a topic, an entity's articles by a text) and of
   * further lists of references (`more`: a city's visits about a topic by a visitor), in the
   * order asked, counted and read a page at a time, so that Queries need not hold the whole list.
   * The in-memory store has no such method: its lists are at hand.
   */
  listWhere?<K extends RecordKind>(kind: K, where: FacetFilter, order: Order, index?: ListIndex, also?: ListIndex, more?: readonly RefIndex[]): Paged<RecordsByKind[K]>;
}

/** "city:copenhagen" style reference of an entity. */
export const refOf = (record: EntityRecord): string => `${KINDS[record.type].ref}:${record.key}`;

/** The kinds of fact that have participants, in the order participationsOf meets facts whose natural order ties. */
export const PARTICIPATED_KINDS = ['Visit', 'Event', 'Agreement'] as const;

/** CorpusStore.participantsOf: the same for both stores, from the fact alone. */
export function participantsOf(fact: VisitRecord | EventRecord | AgreementRecord): Participation[] {
  const out: Participation[] = [];
  for (const row of fact.participants) {
    if (row.who) for (const who of row.who) out.push(new Participation(fact, row, who));
    else out.push(new Participation(fact, row, undefined));
  }
  return out;
}

/**
 * CorpusStore.participationsOf, found from the facts that refer to the entity when asked: a store
 * holding one object per role would hold a million of them at scale, for a field few queries select.
 */
export function participationsOf(store: CorpusStore, entity: EntityRecord): Participation[] {
  const ref = refOf(entity);
  const facts = PARTICIPATED_KINDS.flatMap((kind) => store.referrersOf(kind, entity.type, entity.key)).sort(byOrder);
  return facts.flatMap((fact) => store.participantsOf(fact).filter((p) => p.who === ref));
}

/** CorpusStore.conversionsOf, computed when asked: an article states only a few metrics, and most are never converted. */
export function conversionsOf(store: CorpusStore, metric: MetricRecord): Conversion[] {
  const sameArticle = store.recordsOf(metric.articleKey).filter((r): r is MetricRecord => r.type === 'Metric');
  return conversionsFor(metric, sameArticle);
}
