/**
 * Filtered and ordered lists for the API's root fields and relations. Each query starts
 * from the smallest index list that its filter names, so cost follows the matches rather
 * than the corpus, and results are memoized: the corpus never changes after load.
 *
 * The memo is bounded in bytes (MemoryBudgets.queryMemoBytes, src/http/defaults.ts): each entry is
 * charged its key, its list (8 B a pointer and spare capacity; the records are the store's and are
 * not charged) and the objects made for it (search hits, participations), as src/cache/sizes.ts
 * estimates them, and the least recently used entries go first. Search texts are keyed by their
 * normal form (the words search looks for, normalize in search.ts), so that "Delegation.",
 * " delegation" and "DELEGATION!" share one entry: search reads a text only through its words.
 */
import { LRUCache } from 'lru-cache';
import { ENTRY_BYTES, listBytes, PARTICIPATION_BYTES, REVERSED_BYTES, SEARCH_HIT_BYTES, stringBytes } from '../cache/sizes.js';
import { DEFAULT_MEMORY_BUDGETS } from '../http/defaults.js';
import { FACT_KINDS, KINDS, timeOf, type FactKind, type RowKind } from './kinds.js';
import type {
  AgreementRecord,
  AnyRecord,
  ArticleRecord,
  CityRecord,
  EntityRecord,
  EventRecord,
  FactRecord,
  MetricRecord,
  OrganisationRecord,
  PersonRecord,
  RecordsByKind,
  RegionRecord,
  StatementRecord,
  VenueRecord,
  VisitRecord,
} from './model.js';
import { byOrder, undatedTail } from './natural-order.js';
import { mapEvery } from './not-loaded.js';
import type { Participation } from './participation.js';
import { DERIVED_COUNTRY_FIELD, isAliasRef, parseRef } from './references.js';
import { normalize, type SearchHit } from './search.js';
import type { CorpusStore } from './corpus-store.js';
import { boundsOf } from './time.js';

export type Direction = 'asc' | 'desc';
export interface Order {
  field: 'date' | 'key' | 'name';
  direction: Direction;
}

export interface Range {
  from?: string;
  to?: string;
}

export interface VisitQuery extends Range {
  city?: string;
  visitingCity?: string;
  hostCity?: string;
  region?: string;
  country?: string;
  visitor?: string;
  company?: string;
  organisation?: string;
  statuses?: readonly string[];
  topic?: string;
  text?: string;
}
export interface EventQuery extends Range {
  city?: string;
  region?: string;
  country?: string;
  venue?: string;
  participant?: string;
  kinds?: readonly string[];
  statuses?: readonly string[];
  visit?: string;
  agreement?: string;
  topic?: string;
  text?: string;
}
export interface AgreementQuery extends Range {
  city?: string;
  cities?: readonly string[];
  region?: string;
  country?: string;
  party?: string;
  participant?: string;
  kinds?: readonly string[];
  statuses?: readonly string[];
  topic?: string;
  visit?: string;
  text?: string;
}
export interface MetricQuery extends Range {
  city?: string;
  country?: string;
  company?: string;
  subject?: string;
  kinds?: readonly string[];
  topic?: string;
  attributedTo?: string;
  text?: string;
}
export interface StatementQuery {
  speaker?: string;
  modes?: readonly string[];
  about?: string;
  topic?: string;
  text?: string;
}
export interface ArticleQuery {
  source?: string;
  section?: string;
  language?: string;
  publishedFrom?: Date;
  publishedTo?: Date;
  entity?: string;
  paraphrased?: boolean;
  text?: string;
}
export interface EntityQuery {
  country?: string;
  region?: string;
  city?: string;
  capital?: boolean;
  kinds?: readonly string[];
  text?: string;
}
export interface PeopleQuery extends EntityQuery {
  mayorsOnly?: boolean;
  roles?: readonly string[];
  jurisdiction?: string;
  current?: boolean;
}

/**
 * A list in descending order without a copy: the list read back to front, except that its last
 * `tail` items (the undated ones) stay last. This is what pagination needs (length and slice).
 */
export class Reversed<T> {
  constructor(
    private readonly list: readonly T[],
    private readonly tail = 0,
  ) {}

  get length(): number {
    return this.list.length;
  }

  slice(start = 0, end = this.list.length): T[] {
    const n = this.list.length;
    const head = n - this.tail;
    const from = Math.max(0, Math.min(start, n));
    const to = Math.max(from, Math.min(end, n));
    const page: T[] = [];
    for (let i = from; i < to; i++) page.push(this.list[i < head ? head - 1 - i : i]!);
    return page;
  }
}

/** What the plural queries return: records in the requested order, read by pagination through its length and slices. */
export type List<T> = readonly T[] | Reversed<T> | Paged<T>;

/** A list a database store counts and pages in SQL (CorpusStore.listWhere). */
export interface Paged<T> {
  readonly length: number;
  slice(start?: number, end?: number): T[];
}

export class Queries {
  private readonly memo: LRUCache<string, List<unknown>>;

  constructor(
    private readonly store: CorpusStore,
    /** The memo's budget in bytes. */
    memoBytes = DEFAULT_MEMORY_BUDGETS.queryMemoBytes,
  ) {
    this.memo = new LRUCache({ maxSize: memoBytes });
  }

  /** Bytes the memo holds, as estimated (src/cache/sizes.ts). */
  get memoBytes(): number {
    return this.memo.calculatedSize;
  }

  /** Entries in the memo. */
  get memoEntries(): number {
    return this.memo.size;
  }

  visits(q: VisitQuery, order: Order): List<VisitRecord> {
    const s = this.store;
    const sides = (v: VisitRecord) => [s.visitCountry(v, 'visiting')?.value, s.visitCountry(v, 'host')?.value];
    return this.run('visits', q, order, 'Visit', [
      q.city && this.referring('Visit', 'City', q.city, { fields: ['visitingCity', 'hostCity'], test: (v) => v.visitingCity === q.city || v.hostCity === q.city }),
      q.visitingCity && this.referring('Visit', 'City', q.visitingCity, { fields: ['visitingCity'], test: (v) => v.visitingCity === q.visitingCity }),
      q.hostCity && this.referring('Visit', 'City', q.hostCity, { fields: ['hostCity'], test: (v) => v.hostCity === q.hostCity }),
      // A side's region is as stated; its country as stated, else derived (a reference the store derives).
      q.region && this.referring('Visit', 'Region', q.region, { fields: ['visitingRegion', 'hostRegion'], test: (v) => v.visitingRegion === q.region || v.hostRegion === q.region }),
      q.country && this.referring('Visit', 'Country', q.country, { fields: ['visitingCountry', 'hostCountry', DERIVED_COUNTRY_FIELD], test: (v) => sides(v).includes(q.country) }),
      q.visitor && this.referring('Visit', 'Person', q.visitor),
      q.company && this.referring('Visit', 'Organisation', q.company),
      q.organisation && this.referring('Visit', 'Organisation', q.organisation),
      q.topic && this.factsOfTopic(q.topic, 'Visit'),
      q.text && this.textMatches(q.text, 'Visit'),
    ], [
      q.company && roleTest(`organisation:${q.company}`, 'member'),
      q.statuses && facetIn('status', q.statuses),
      inRange(q),
    ]);
  }

  events(q: EventQuery, order: Order): List<EventRecord> {
    const participant = q.participant ? parseRef(q.participant) : undefined;
    return this.run('events', q, order, 'Event', [
      q.city && this.referring('Event', 'City', q.city),
      q.region && this.referring('Event', 'Region', q.region),
      q.country && this.referring('Event', 'Country', q.country),
      q.venue && this.referring('Event', 'Venue', q.venue),
      q.participant && (participant ? this.referring('Event', participant.kind, participant.key) : []),
      q.visit && this.referring('Event', 'Visit', q.visit),
      q.agreement && this.referring('Event', 'Agreement', q.agreement),
      q.topic && this.referring('Event', 'Topic', q.topic),
      q.text && this.textMatches(q.text, 'Event'),
    ], [
      q.kinds && facetIn('kind', q.kinds),
      q.statuses && facetIn('status', q.statuses),
      inRange(q),
    ]);
  }

  agreements(q: AgreementQuery, order: Order): List<AgreementRecord> {
    const party = (ref: string) => this.referringTo('Agreement', ref, { fields: ['parties'], test: (a) => a.parties.includes(ref) });
    return this.run('agreements', q, order, 'Agreement', [
      q.city && party(`city:${q.city}`),
      ...(q.cities ?? []).map((city) => party(`city:${city}`)),
      q.region && party(`region:${q.region}`),
      q.party && party(q.party),
      q.country && this.agreementsOfCountry(q.country),
      q.participant && this.referringTo('Agreement', q.participant, { fields: ['participants.who'], test: (a) => a.participants.some((p) => p.who?.includes(q.participant!)) }),
      q.visit && this.referring('Agreement', 'Visit', q.visit),
      q.topic && this.factsOfTopic(q.topic, 'Agreement'),
      q.text && this.textMatches(q.text, 'Agreement'),
    ], [
      q.kinds && facetIn('kind', q.kinds),
      q.statuses && facetIn('status', q.statuses),
      inRange(q),
    ]);
  }

  metrics(q: MetricQuery, order: Order): List<MetricRecord> {
    const subject = (ref: string) => this.referringTo('Metric', ref, { fields: ['subjects'], test: (m) => m.subjects.includes(ref) });
    return this.run('metrics', q, order, 'Metric', [
      q.city && subject(`city:${q.city}`),
      q.country && subject(`country:${q.country}`),
      q.company && subject(`organisation:${q.company}`),
      q.subject && subject(q.subject),
      q.attributedTo && this.referring('Metric', 'Person', q.attributedTo, { fields: ['attributedTo'], test: (m) => m.attributedTo === q.attributedTo }),
      q.topic && this.factsOfTopic(q.topic, 'Metric'),
      q.text && this.textMatches(q.text, 'Metric'),
    ], [
      q.kinds && facetIn('kind', q.kinds),
      inRange(q),
    ]);
  }

  statements(q: StatementQuery, order: Order): List<StatementRecord> {
    return this.run('statements', q, order, 'Statement', [
      q.speaker && this.referring('Statement', 'Person', q.speaker, { fields: ['speaker'], test: (st) => st.speaker === q.speaker }),
      q.about && this.referringTo('Statement', q.about, { fields: ['about'], test: (st) => st.about.includes(q.about!) }),
      q.topic && this.factsOfTopic(q.topic, 'Statement'),
      q.text && this.textMatches(q.text, 'Statement'),
    ], [
      q.modes && facetIn('mode', q.modes),
    ]);
  }

  articles(q: ArticleQuery, order: Order): List<ArticleRecord> {
    const from = q.publishedFrom?.getTime();
    const to = q.publishedTo?.getTime();
    const entity = q.entity === undefined ? undefined : this.store.byRef(q.entity);
    return this.run('articles', q, order, 'Article', [
      q.entity && (entity ? this.mentioning(entity) : []),
      q.text && this.textMatches(q.text, 'Article'),
    ], [
      // An empty or null field filters nothing.
      articleTest({ source: q.source || undefined, section: q.section || undefined, language: q.language || undefined, paraphrased: q.paraphrased ?? undefined, publishedFrom: from, publishedTo: to }),
    ]);
  }

  cities(q: EntityQuery, order: Order): List<CityRecord> {
    const s = this.store;
    return this.run('cities', q, order, 'City', [
      q.country && s.referrersOf('City', 'Country', q.country),
      q.region && s.referrersOf('City', 'Region', q.region),
      q.text && this.textMatches(q.text, 'City'),
    ], [
      q.country && ((c) => s.countryOf(c)?.value === q.country),
      q.region && ((c) => s.regionOf(c)?.value === q.region),
      q.capital !== undefined && ((c) => (c.capital ?? false) === q.capital),
    ]);
  }

  regions(q: EntityQuery, order: Order): List<RegionRecord> {
    const s = this.store;
    return this.run('regions', q, order, 'Region', [
      q.country && s.referrersOf('Region', 'Country', q.country),
      q.text && this.textMatches(q.text, 'Region'),
    ], [q.country && ((r) => s.countryOf(r)?.value === q.country), q.kinds && facetIn('kind', q.kinds)]);
  }

  venues(q: EntityQuery, order: Order): List<VenueRecord> {
    const s = this.store;
    return this.run('venues', q, order, 'Venue', [
      q.city && s.referrersOf('Venue', 'City', q.city),
      q.text && this.textMatches(q.text, 'Venue'),
    ], [q.country && ((v) => s.countryOf(v)?.value === q.country)]);
  }

  organisations(q: EntityQuery, order: Order): List<OrganisationRecord> {
    const s = this.store;
    return this.run('organisations', q, order, 'Organisation', [
      q.country && s.referrersOf('Organisation', 'Country', q.country),
      q.city && s.referrersOf('Organisation', 'City', q.city),
      q.text && this.textMatches(q.text, 'Organisation'),
    ], [
      q.country && ((o) => s.countryOf(o)?.value === q.country),
      q.city && ((o) => o.city === q.city),
      q.kinds && facetIn('kind', q.kinds),
    ]);
  }

  people(q: PeopleQuery, order: Order): List<PersonRecord> {
    const jurisdiction = q.jurisdiction ? parseRef(q.jurisdiction) : undefined;
    return this.run('people', q, order, 'Person', [
      q.city && this.referring('Person', 'City', q.city),
      q.country && this.mayorsOfCountry(q.country),
      q.jurisdiction && (jurisdiction ? this.referring('Person', jurisdiction.kind, jurisdiction.key) : []),
      q.text && this.textMatches(q.text, 'Person'),
    ], [
      q.city && officeTest({ roles: ['mayor'], of: `city:${q.city}` }),
      q.mayorsOnly && officeTest({ roles: ['mayor'] }),
      // One office must be all of these (and a mayor's, for mayors only).
      (q.roles !== undefined || q.current !== undefined || q.jurisdiction !== undefined) &&
        officeTest({ roles: q.mayorsOnly ? (q.roles ?? ['mayor']).filter((role) => role === 'mayor') : q.roles, of: q.jurisdiction, current: q.current }),
    ]);
  }

  /** Named entity lists that need no filter beyond text. */
  named<K extends 'Country' | 'Topic'>(kind: K, q: EntityQuery, order: Order): List<RecordsByKind[K]> {
    return this.run(kind, q, order, kind, [q.text && this.textMatches(q.text, kind)], []);
  }

  /**
   * The facts of the given kinds (all when none; each kind once) that point at a record, in natural
   * order (facts whose order ties, in the order of their kinds): paged by a store that can
   * (factsWhere), else merged from the store's lists, remembered.
   */
  factsAbout(target: RowKind, key: string, kinds: readonly FactKind[] = FACT_KINDS): List<FactRecord> {
    const only = [...new Set(kinds)];
    if (this.store.factsWhere) return this.store.factsWhere(target, key, only);
    return this.memoized(`facts-about|${target}:${key}|${only.join(',')}`, () =>
      only.flatMap((kind) => this.store.referrersOf(kind, target, key) as readonly FactRecord[]).sort(byOrder),
    );
  }

  /**
   * The roles an entity plays in visits, events and agreements, those given (all when none), oldest
   * fact first: paged by a store that can (participationsWhere), else Store.participationsOf, remembered.
   */
  participations(entity: EntityRecord, roles?: readonly string[] | null): List<Participation> {
    const only = roles?.length ? roles : undefined;
    if (this.store.participationsWhere) return this.store.participationsWhere(entity, only);
    // Participations are made for the list, not kept by the store: they are charged too.
    const all = this.memoized(`participations|${entity.type}:${entity.key}`, () => this.store.participationsOf(entity), PARTICIPATION_BYTES);
    return only ? all.filter((p) => only.includes(p.role)) : all;
  }

  /** Cities twinned with this one by a sister-cities agreement, each once, newest agreement first. */
  sisterCities(city: string): readonly CityRecord[] {
    return this.memoized(`sister-cities|${city}`, () => {
      const keys = this.store.sisterCityKeys?.(city) ?? this.twinsOf(city);
      return mapEvery(keys, (key) => this.store.get('City', key)!);
    });
  }

  /** The other cities among the parties of a city's sister-city agreements, newest agreement first, each party in its agreement's order, once. */
  private twinsOf(city: string): Set<string> {
    const twins = new Set<string>();
    for (const agreement of this.agreements({ city, kinds: ['sister-cities'] }, { field: 'date', direction: 'desc' }).slice()) {
      for (const party of agreement.parties) {
        if (party.startsWith('city:') && party !== `city:${city}`) twins.add(party.slice(5));
      }
    }
    return twins;
  }

  /**
   * Ranked full-text search over everything, remembered by the text's normal form. Hits remembered
   * for one spelling carry that spelling as their `query`, which is only ever read through its words.
   */
  search(text: string): Paged<SearchHit> {
    return this.remember(`search|${normalize(text)}`, () => this.store.search.query(text), (hits) => listBytes(hits.length) + SEARCH_HIT_BYTES * hits.length);
  }

  /**
   * The records of a kind that refer to target:key, or only those that refer to it through one of
   * some fields (`through.test` says the same of a record), as an index list that run() reads whole
   * from the store, or hands to a database store to count and page in SQL.
   */
  private referring<K extends RowKind>(kind: K, target: RowKind, key: string, through?: Through<RecordsByKind[K]>): IndexList<RecordsByKind[K]> {
    const all = () => this.store.referrersOf(kind, target, key);
    if (!through) return { index: { target, key }, list: all };
    const { fields, test } = through;
    // A list made for this memo (filtered) is remembered; the store's own is at hand.
    return { index: { target, key, fields }, list: () => this.memoized(`${kind}|${target}:${key}|${fields.join(',')}`, () => all().filter(test)) };
  }

  /**
   * referring() for a "type:key" reference; nothing refers to one that names no kind. `through.test`
   * compares the reference as written, so one in another spelling than the records' ("company:x"
   * for "organisation:x") is read whole and tested, as it would be in memory, not paged from the
   * references (which the database keeps in the records' spelling).
   */
  private referringTo<K extends RowKind>(kind: K, ref: string, through: Through<RecordsByKind[K]>): IndexList<RecordsByKind[K]> | readonly RecordsByKind[K][] {
    const target = parseRef(ref);
    if (!target) return [];
    const list = this.referring(kind, target.kind, target.key, through);
    return isAliasRef(ref) ? list.list() : list;
  }

  /** The articles mentioning an entity, as an index list (referring()). */
  private mentioning(entity: EntityRecord): IndexList<ArticleRecord> {
    return { index: { target: entity.type, key: entity.key }, list: () => this.store.articlesMentioning(entity) };
  }

  private factsOfTopic<K extends FactKind>(topic: string, kind: K): IndexList<RecordsByKind[K]> {
    return this.referring(kind, 'Topic', topic);
  }

  /**
   * The records (or articles) a search for the text finds (every word in them), in natural order:
   * an index list (a database store tests the words in SQL).
   */
  private textMatches<T extends AnyRecord>(text: string, type: T['type']): IndexList<T> | readonly T[] {
    const normal = normalize(text);
    if (!normal) return [];
    const list = () =>
      this.memoized(`text|${type}|${normal}`, () =>
        this.search(text)
          .slice()
          .map((hit) => hit.record)
          .filter((r): r is T => r.type === type)
          .sort(byOrder),
      );
    return { index: { text: normal }, list };
  }

  /** The agreements a country, or one of the cities and regions that refer to it, is a party to: an index list of the union. */
  private agreementsOfCountry(country: string): IndexList<AgreementRecord> {
    const s = this.store;
    const places = [...s.referrersOf('City', 'Country', country), ...s.referrersOf('Region', 'Country', country)].map((place) => ({ target: place.type, key: place.key }));
    const list = () =>
      this.memoized(`agreements-of-country|${country}`, () => {
        const agreements = new Set<AgreementRecord>();
        for (const { target, key } of [{ target: 'Country' as const, key: country }, ...places]) {
          const ref = `${KINDS[target].ref}:${key}`;
          for (const agreement of s.referrersOf('Agreement', target, key)) if (agreement.parties.includes(ref)) agreements.add(agreement);
        }
        return [...agreements].sort(byOrder);
      });
    return { index: { target: 'Country', key: country, fields: ['parties'], or: places }, list };
  }

  private mayorsOfCountry(country: string): readonly PersonRecord[] {
    return this.memoized(`mayors-of-country|${country}`, () => {
      const s = this.store;
      const mayors = new Set<PersonRecord>();
      for (const city of s.referrersOf('City', 'Country', country)) {
        if (s.countryOf(city)?.value !== country) continue;
        for (const person of s.referrersOf('Person', 'City', city.key)) {
          if (person.offices.some((o) => o.role === 'mayor' && o.of === `city:${city.key}`)) mayors.add(person);
        }
      }
      return [...mayors].sort(byOrder);
    });
  }

  /**
   * Starts from the shortest candidate list, keeps the records that every other list and
   * predicate accepts, then orders them. All lists are in the kind's natural order.
   */
  private run<T extends AnyRecord>(
    name: string,
    query: object,
    order: Order,
    kind: T['type'],
    indexed: (readonly T[] | IndexList<T> | undefined | false | '' | 0)[],
    predicates: (((record: T) => boolean) | undefined | false | '' | 0)[],
  ): List<T> {
    let bytes = 0;
    return this.remember(`${name}|${JSON.stringify(withNormalText(query))}|${order.field}|${order.direction}`, () => {
      const given = indexed.filter((l): l is readonly T[] | IndexList<T> => typeof l === 'object');
      const tests = predicates.filter((p): p is (r: T) => boolean => typeof p === 'function');
      // Index lists the store can read (not lists this memo made), and every test on a field's value or a
      // fact's time: a database store counts and pages it in SQL.
      // Of several index lists the first is walked and each of its records looked up in the others: a
      // union (a country's places) is long, and a text's records are unknown until its words are
      // tested, so each goes after the lists of references, a text last; two unions are read whole.
      const indexes = given.flatMap((l) => ('index' in l ? [l.index] : [])).sort((a, b) => walkRank(a) - walkRank(b));
      const [index, ...lookedUp] = indexes;
      const also = lookedUp.at(-1);
      // Those between the first and the last, looked up by key: lists of references or a union (a text, of which a question has one at most, is last).
      const more = lookedUp.slice(0, -1).filter((l): l is RefIndex => 'target' in l);
      const facets = tests.flatMap((t) => (isFacetTest(t) ? [t.facet] : []));
      const where: FacetFilter = Object.assign({}, ...facets);
      // Every office test holds, each on its own.
      if (where.offices) where.offices = facets.flatMap((facet) => facet.offices ?? []);
      const pageable =
        indexes.length === given.length &&
        more.length === Math.max(0, lookedUp.length - 1) &&
        indexes.filter((l) => refIndex(l)?.or).length <= 1 &&
        tests.every(isFacetTest) &&
        // A role is looked up for each record of an index list of references, an office for each of those or of a kind's records.
        (where.role === undefined || refIndex(index) !== undefined) &&
        (where.offices === undefined || index === undefined || refIndex(index) !== undefined);
      if (this.store.listWhere && pageable) return this.store.listWhere(kind, where, order, index, also, more) as Paged<AnyRecord> as List<T>;
      const lists = given.map((l) => ('index' in l ? l.list() : l)).sort((a, b) => a.length - b.length);
      const everything = lists.length === 0 ? (this.store.list(kind) as readonly AnyRecord[] as readonly T[]) : undefined;
      const [smallest = everything!, ...others] = lists;
      const sets = others.map((l) => new Set(l));
      let result: readonly T[] =
        sets.length || tests.length ? smallest.filter((r) => sets.every((s) => s.has(r)) && tests.every((t) => t(r))) : smallest;
      if (order.field === 'key') result = [...result].sort((a, b) => a.key.localeCompare(b.key));
      // The store's list of the kind is not the memo's to charge; any other list is (an index list
      // the memo shares is charged again: an over-estimate, never an under-estimate).
      bytes = result === everything ? 0 : listBytes(result.length);
      if (order.direction === 'asc') return result;
      bytes += REVERSED_BYTES;
      return new Reversed(result, order.field === 'date' ? undatedTail(result) : 0);
    }, () => bytes);
  }

  /** A list made for this memo, charged its array and `itemBytes` for each object made for it. */
  private memoized<T>(key: string, compute: () => readonly T[], itemBytes = 0): readonly T[] {
    return this.remember(key, compute, (list) => listBytes(list.length) + itemBytes * list.length);
  }

  private remember<V extends List<unknown>>(key: string, compute: () => V, bytesOf: (value: V) => number): V {
    const hit = this.memo.get(key);
    if (hit) return hit as V;
    const value = compute();
    // An entry larger than the whole budget is not kept (lru-cache refuses it).
    this.memo.set(key, value, { size: ENTRY_BYTES + stringBytes(key) + bytesOf(value) });
    return value;
  }
}

export const isMayor = (person: PersonRecord): boolean => person.offices.some((o) => o.role === 'mayor');

/** An index list: the records that refer to a record, or those that hold a text's words. */
export type ListIndex = RefIndex | TextIndex;

/**
 * For an entity or a fact, the records of a kind that refer to target:key (through one of `fields`
 * when given: the paths that state the reference, as parties or visitingCity); for an article, the
 * articles that mention it.
 */
export interface RefIndex {
  target: RowKind;
  key: string;
  fields?: readonly string[];
  /** Further records that a record of the list may refer to instead (a country's cities and regions): the list is the union, each record once. */
  or?: readonly { target: RowKind; key: string }[];
}

/** The records a search for the text finds (every one of its words in them): `text` is its normal form (search.ts normalize). */
export interface TextIndex {
  text: string;
}

/** An index list that is one of references, or nothing. */
export const refIndex = (index: ListIndex | undefined): RefIndex | undefined => (index && 'target' in index ? index : undefined);

/** Which of two index lists run() walks: the lower rank (references, then a union of them, then a text's matches). */
const walkRank = (index: ListIndex) => ('text' in index ? 2 : index.or ? 1 : 0);

/** The fields a reference must be stated in, and the same as a test of a record. */
interface Through<T> {
  fields: readonly string[];
  test: (record: T) => boolean;
}

/** An index list as run() is given it: what it is (for a database store to count and page), and the list itself. */
interface IndexList<T> {
  index: ListIndex;
  list: () => readonly T[];
}

/**
 * The values a record's kind, status or mode must be one of, the days its time must overlap, what an
 * article must be, and who must take part in a fact in which role (a field left out: any).
 */
export interface FacetFilter {
  kind?: readonly string[];
  status?: readonly string[];
  range?: Range;
  article?: ArticleFilter;
  role?: RoleFilter;
  /** A person's offices: each filter must be met by one of them. */
  offices?: readonly OfficeFilter[];
  /** The values a record's mode (a statement's) must be one of. */
  mode?: readonly string[];
}

/** An office whose role is one of these, serving this "type:key", current (or acting) or not (a field left out: any). */
export interface OfficeFilter {
  roles?: readonly string[];
  of?: string;
  current?: boolean;
}

/** An entity ("type:key") that takes part in a fact in a role (CorpusStore.participantsOf). */
export interface RoleFilter {
  who: string;
  role: string;
}

/** An article's source, section and language (equal), whether it is a paraphrase, and the instants (ms) its publication must be able to fall between. */
export interface ArticleFilter {
  source?: string;
  section?: string;
  language?: string;
  paraphrased?: boolean;
  publishedFrom?: number;
  publishedTo?: number;
}

/** A test that a database store can run in SQL (a record's facets, a fact's time bounds): what it filters by. */
type FacetTest<R> = ((record: R) => boolean) & { facet: FacetFilter };

function facetIn(field: 'kind' | 'status' | 'mode', values: readonly string[]): FacetTest<object> {
  return Object.assign((record: object) => values.includes((record as Record<string, string>)[field]!), { facet: { [field]: values } });
}

const isFacetTest = (test: (record: never) => boolean): test is FacetTest<never> => 'facet' in test;

/** Keeps the people with an office the filter describes (a database store reads their offices: migrations/0010). */
function officeTest(filter: OfficeFilter): FacetTest<PersonRecord> {
  const { roles, of, current } = filter;
  const held = (o: PersonRecord['offices'][number]) =>
    (roles === undefined || roles.includes(o.role)) && (of === undefined || o.of === of) && (current === undefined || (o.status === 'current' || o.status === 'acting') === current);
  return Object.assign((person: PersonRecord) => person.offices.some(held), { facet: { offices: [filter] } });
}

/** Keeps the facts in which `who` takes part in `role` (a database store reads its participations: migrations/0008). */
function roleTest(who: string, role: string): FacetTest<VisitRecord | EventRecord | AgreementRecord> {
  return Object.assign((fact: VisitRecord | EventRecord | AgreementRecord) => fact.participants.some((p) => p.role === role && p.who?.includes(who)), { facet: { role: { who, role } } });
}

/** Keeps the articles that are all the filter says; undefined when it says nothing. */
function articleTest(given: ArticleFilter): FacetTest<ArticleRecord> | undefined {
  const filter = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as ArticleFilter;
  if (Object.keys(filter).length === 0) return undefined;
  const { source, section, language, paraphrased, publishedFrom: from, publishedTo: to } = filter;
  return Object.assign((a: ArticleRecord) => {
    if ((source !== undefined && a.source !== source) || (section !== undefined && a.section !== section) || (language !== undefined && a.language !== language)) return false;
    if (paraphrased !== undefined && (a.paraphrase !== undefined) !== paraphrased) return false;
    if (from === undefined && to === undefined) return true;
    const { earliest, latest } = publicationInstants(a.publishedAt);
    return (from === undefined || latest >= from) && (to === undefined || earliest <= to);
  }, { facet: { article: filter } });
}

/**
 * A query for its memo key, its text (when it filters by one) replaced by the text's normal form.
 * Wrapped in an array: an empty text filters nothing, while a text of spaces and stopwords, whose
 * normal form is empty too, matches nothing.
 */
function withNormalText(query: object): object {
  const { text } = query as { text?: unknown };
  return typeof text === 'string' && text ? { ...query, text: [normalize(text)] } : query;
}

/**
 * Keeps facts whose time overlaps the range: the days between its earliest and latest bound.
 * A fact with no bounds (no time stated, or no year) is left out by any range.
 */
function inRange({ from, to }: Range): FacetTest<FactRecord> | undefined {
  if (from === undefined && to === undefined) return undefined;
  const range = { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
  return Object.assign((fact: FactRecord) => {
    const time = timeOf(fact.type, fact);
    if (!time) return false;
    const { earliest, latest } = boundsOf(time);
    if (earliest === undefined && latest === undefined) return false;
    return (from === undefined || latest === undefined || latest >= from) && (to === undefined || earliest === undefined || earliest <= to);
  }, { facet: { range } });
}

/**
 * The instants a publication can be: a date-time is one instant; a date alone is any time that
 * day in any time zone (from 00:00 at UTC+14 to 24:00 at UTC-12).
 */
export function publicationInstants(publishedAt: string): { earliest: number; latest: number } {
  if (publishedAt.length > 10) {
    const t = Date.parse(publishedAt);
    return { earliest: t, latest: t };
  }
  const midnight = Date.parse(`${publishedAt}T00:00:00Z`);
  const hour = 3_600_000;
  return { earliest: midnight - 14 * hour, latest: midnight + 36 * hour - 1 };
}
