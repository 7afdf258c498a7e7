/**
 * Filtered and ordered lists for the API's root fields and relations. Each query starts
 * from the smallest index list that its filter names, so cost follows the matches rather
 * than the corpus, and results are memoized: the corpus never changes after load.
 */
import type {
  AgreementRecord,
  AnyRecord,
  ArticleRecord,
  CityRecord,
  CompanyRecord,
  FactRecord,
  MetricRecord,
  PersonRecord,
  RecordsByKind,
  StatementRecord,
  VisitRecord,
} from './model.js';
import type { SearchHit } from './search.js';
import { byOrder, factDate } from './natural-order.js';
import type { Store } from './store.js';

export type Direction = 'asc' | 'desc';
export interface Order {
  field: 'date' | 'key' | 'name';
  direction: Direction;
}

interface Range {
  from?: string;
  to?: string;
}

export interface VisitQuery extends Range {
  city?: string;
  visitingCity?: string;
  hostCity?: string;
  country?: string;
  visitor?: string;
  company?: string;
  statuses?: readonly string[];
  topic?: string;
  text?: string;
}
export interface AgreementQuery extends Range {
  city?: string;
  cities?: readonly string[];
  country?: string;
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
  text?: string;
}
export interface EntityQuery {
  country?: string;
  city?: string;
  capital?: boolean;
  text?: string;
}

const MEMO_LIMIT = 1000;

/** A list in reverse order, without a copy: what pagination needs (length and slice). */
export class Reversed<T> {
  constructor(private readonly list: readonly T[]) {}

  get length(): number {
    return this.list.length;
  }

  slice(start = 0, end = this.list.length): T[] {
    const n = this.list.length;
    const from = Math.max(0, Math.min(start, n));
    const to = Math.max(from, Math.min(end, n));
    const page: T[] = [];
    for (let i = from; i < to; i++) page.push(this.list[n - 1 - i]!);
    return page;
  }
}

/** What the plural queries return: records in the requested order. */
export type List<T> = readonly T[] | Reversed<T>;

export class Queries {
  private readonly memo = new Map<string, List<unknown>>();

  constructor(private readonly store: Store) {}

  visits(q: VisitQuery, order: Order): List<VisitRecord> {
    const s = this.store;
    return this.run('visits', q, order, s.list('Visit'), [
      q.city && s.visitsByCity.get(q.city),
      q.visitingCity && s.visitsByCity.get(q.visitingCity),
      q.hostCity && s.visitsByCity.get(q.hostCity),
      q.country && s.visitsByCountry.get(q.country),
      q.visitor && s.visitsByPerson.get(q.visitor),
      q.company && s.visitsByCompany.get(q.company),
      q.topic && this.factsOfTopic(q.topic, 'Visit'),
      q.text && this.textMatches(q.text, 'Visit'),
    ], [
      q.visitingCity && ((v) => v.visitingCity === q.visitingCity),
      q.hostCity && ((v) => v.hostCity === q.hostCity),
      q.statuses && ((v) => q.statuses!.includes(v.status)),
      inRange(q),
    ]);
  }

  agreements(q: AgreementQuery, order: Order): List<AgreementRecord> {
    const s = this.store;
    return this.run('agreements', q, order, s.list('Agreement'), [
      q.city && s.agreementsByParty.get(`city:${q.city}`),
      ...(q.cities ?? []).map((city) => s.agreementsByParty.get(`city:${city}`)),
      q.country && this.agreementsOfCountry(q.country),
      q.visit && s.agreementsByVisit.get(q.visit),
      q.topic && this.factsOfTopic(q.topic, 'Agreement'),
      q.text && this.textMatches(q.text, 'Agreement'),
    ], [
      q.kinds && ((a) => q.kinds!.includes(a.kind)),
      q.statuses && ((a) => q.statuses!.includes(a.status)),
      inRange(q),
    ]);
  }

  metrics(q: MetricQuery, order: Order): List<MetricRecord> {
    const s = this.store;
    return this.run('metrics', q, order, s.list('Metric'), [
      q.city && s.metricsBySubject.get(`city:${q.city}`),
      q.country && s.metricsBySubject.get(`country:${q.country}`),
      q.company && s.metricsBySubject.get(`company:${q.company}`),
      q.attributedTo && s.metricsByPerson.get(q.attributedTo),
      q.topic && this.factsOfTopic(q.topic, 'Metric'),
      q.text && this.textMatches(q.text, 'Metric'),
    ], [q.kinds && ((m) => q.kinds!.includes(m.kind)), inRange(q)]);
  }

  statements(q: StatementQuery, order: Order): List<StatementRecord> {
    const s = this.store;
    return this.run('statements', q, order, s.list('Statement'), [
      q.speaker && s.statementsBySpeaker.get(q.speaker),
      q.about && s.statementsAbout.get(q.about),
      q.topic && this.factsOfTopic(q.topic, 'Statement'),
      q.text && this.textMatches(q.text, 'Statement'),
    ], [q.modes && ((st) => q.modes!.includes(st.mode))]);
  }

  articles(q: ArticleQuery, order: Order): List<ArticleRecord> {
    const s = this.store;
    const from = q.publishedFrom?.getTime();
    const to = q.publishedTo?.getTime();
    return this.run('articles', q, order, s.list('Article'), [
      q.entity && s.articlesByEntity.get(q.entity),
      q.text && this.textMatches(q.text, 'Article'),
    ], [
      q.source && ((a) => a.source === q.source),
      q.section && ((a) => a.section === q.section),
      q.language && ((a) => a.language === q.language),
      (from !== undefined || to !== undefined) &&
        ((a) => {
          const t = Date.parse(a.publishedAt);
          return (from === undefined || t >= from) && (to === undefined || t <= to);
        }),
    ]);
  }

  cities(q: EntityQuery, order: Order): List<CityRecord> {
    const s = this.store;
    return this.run('cities', q, order, s.list('City'), [
      q.country && s.citiesByCountry.get(q.country),
      q.text && this.textMatches(q.text, 'City'),
    ], [q.capital !== undefined && ((c) => (c.capital ?? false) === q.capital)]);
  }

  companies(q: EntityQuery, order: Order): List<CompanyRecord> {
    const s = this.store;
    return this.run('companies', q, order, s.list('Company'), [
      q.country && s.companiesByCountry.get(q.country),
      q.text && this.textMatches(q.text, 'Company'),
    ], []);
  }

  people(q: EntityQuery & { mayorsOnly?: boolean }, order: Order): List<PersonRecord> {
    const s = this.store;
    return this.run('people', q, order, s.list('Person'), [
      q.city && s.mayorsByCity.get(q.city),
      q.country && this.mayorsOfCountry(q.country),
      q.text && this.textMatches(q.text, 'Person'),
    ], [q.mayorsOnly && isMayor]);
  }

  /** Named entity lists that need no filter beyond text. */
  named<K extends 'Country' | 'Topic'>(kind: K, q: EntityQuery, order: Order): List<RecordsByKind[K]> {
    const s = this.store;
    return this.run(kind, q, order, s.list(kind), [q.text && this.textMatches(q.text, kind)], []);
  }

  /** Cities twinned with this one by a sister-cities agreement, each once, newest agreement first. */
  sisterCities(city: string): readonly CityRecord[] {
    return this.memoized(`sister-cities|${city}`, () => {
      const twins = new Set<CityRecord>();
      for (const agreement of this.agreements({ city, kinds: ['sister-cities'] }, { field: 'date', direction: 'desc' }).slice()) {
        for (const party of agreement.parties) {
          if (party.startsWith('city:') && party !== `city:${city}`) twins.add(this.store.get('City', party.slice(5))!);
        }
      }
      return [...twins];
    });
  }

  /** Ranked full-text search over everything. */
  search(text: string): readonly SearchHit[] {
    return this.memoized(`search|${text}`, () => this.store.search.query(text));
  }

  private factsOfTopic<K extends FactRecord['type']>(topic: string, type: K): readonly Extract<FactRecord, { type: K }>[] {
    return this.memoized(`topic|${type}|${topic}`, () =>
      this.store.factsByTopic.get(topic).filter((f): f is Extract<FactRecord, { type: K }> => f.type === type),
    );
  }

  private textMatches<T extends AnyRecord>(text: string, type: T['type']): readonly T[] {
    return this.memoized(`text|${type}|${text}`, () =>
      this.search(text)
        .map((hit) => hit.record)
        .filter((r): r is T => r.type === type)
        .sort(byOrder),
    );
  }

  private agreementsOfCountry(country: string): readonly AgreementRecord[] {
    return this.memoized(`agreements-of-country|${country}`, () => {
      const s = this.store;
      const own = s.agreementsByParty.get(`country:${country}`);
      const viaCities = s.citiesByCountry.get(country).flatMap((c) => s.agreementsByParty.get(`city:${c.key}`));
      return [...new Set([...own, ...viaCities])].sort(byOrder);
    });
  }

  private mayorsOfCountry(country: string): readonly PersonRecord[] {
    return this.memoized(`mayors-of-country|${country}`, () =>
      [...new Set(this.store.citiesByCountry.get(country).flatMap((c) => this.store.mayorsByCity.get(c.key)))].sort(byOrder),
    );
  }

  /**
   * Starts from the shortest candidate list, keeps the records that every other list and
   * predicate accepts, then orders them. All lists are in the kind's natural order.
   */
  private run<T extends AnyRecord>(
    name: string,
    query: object,
    order: Order,
    all: readonly T[],
    indexed: (readonly T[] | undefined | false | '' | 0)[],
    predicates: (((record: T) => boolean) | undefined | false | '' | 0)[],
  ): List<T> {
    return this.memoizedList(`${name}|${JSON.stringify(query)}|${order.field}|${order.direction}`, () => {
      const lists = indexed.filter((l): l is readonly T[] => Array.isArray(l)).sort((a, b) => a.length - b.length);
      const [smallest = all, ...others] = lists;
      const sets = others.map((l) => new Set(l));
      const tests = predicates.filter((p): p is (r: T) => boolean => typeof p === 'function');
      let result: readonly T[] =
        sets.length || tests.length ? smallest.filter((r) => sets.every((s) => s.has(r)) && tests.every((t) => t(r))) : smallest;
      if (order.field === 'key') result = [...result].sort((a, b) => a.key.localeCompare(b.key));
      return order.direction === 'desc' ? new Reversed(result) : result;
    });
  }

  private memoized<T>(key: string, compute: () => readonly T[]): readonly T[] {
    return this.memoizedList(key, compute) as readonly T[];
  }

  private memoizedList<T>(key: string, compute: () => List<T>): List<T> {
    const hit = this.memo.get(key);
    if (hit) return hit as List<T>;
    const value = compute();
    if (this.memo.size >= MEMO_LIMIT) this.memo.delete(this.memo.keys().next().value!);
    this.memo.set(key, value);
    return value;
  }
}

export const isMayor = (person: PersonRecord): boolean => person.offices.some((o) => o.role === 'mayor');

/** Keeps facts whose date (or year) overlaps the range; facts without a date are excluded by any range. */
function inRange(range: Range): ((fact: FactRecord) => boolean) | undefined {
  if (range.from === undefined && range.to === undefined) return undefined;
  return (fact) => {
    const date = factDate(fact);
    if (!date) return false;
    const first = date.length === 4 ? `${date}-01-01` : date;
    const last = date.length === 4 ? `${date}-12-31` : date;
    return (range.from === undefined || last >= range.from) && (range.to === undefined || first <= range.to);
  };
}
