/**
 * The in-memory store: built once at startup, immutable afterwards. Resolvers ask it questions by
 * name; every answer is a map access or a list built at load, so nothing scans the corpus.
 * Its indexes come from the registry of kinds (kinds.ts): every reference a record makes, as
 * stated or derived, is indexed from both ends.
 */
import { ENTITY_KINDS, FACT_KINDS, ROW_KINDS, type RowKind } from './kinds.js';
import { conversionsOf, participantsOf, participationsOf, type CorpusStore, type Derived, type Placed } from './corpus-store.js';
import type { Conversion } from './money.js';
import { MultiIndex } from './multi-index.js';
import { byOrder, rankInOrder } from './natural-order.js';
import type { Participation } from './participation.js';
import { forEachReference, parseRef } from './references.js';
import type {
  AgreementRecord,
  AnyRecord,
  ArticleRecord,
  EntityRecord,
  EventRecord,
  FactRecord,
  LocatedEvidence,
  MetricRecord,
  RecordKind,
  RecordsByKind,
  VisitRecord,
} from './model.js';
import { SearchIndex } from './search.js';
import { measureValues, type ValueSizes } from './value-sizes.js';

type Tables = { [K in RecordKind]: Map<string, RecordsByKind[K]> };

/** The in-memory CorpusStore. */
export class Store implements CorpusStore {
  private readonly sorted = new Map<RecordKind, readonly AnyRecord[]>();
  /** Records of one kind that point at a record, by referring kind, then target kind, then target key, in natural order. */
  private readonly referrers = new Map<RowKind, Map<RowKind, MultiIndex<AnyRecord>>>();
  /** Entities and facts (declared or reported) of each article. */
  private readonly byArticle = new MultiIndex<EntityRecord | FactRecord>();
  /** Articles mentioning an entity, by "Kind:key", oldest first. */
  private readonly articlesByEntity = new MultiIndex<ArticleRecord>();
  private readonly articlePositions = new Map<string, number>();
  readonly search: SearchIndex;
  /** The longest texts and lists it holds, which the cost of a query counts by (src/schema/cost.ts). */
  readonly sizes: ValueSizes;

  constructor(private readonly tables: Tables) {
    for (const [kind, table] of Object.entries(tables) as [RecordKind, Map<string, AnyRecord>][]) {
      this.sorted.set(kind, [...table.values()].sort(byOrder));
    }
    // Facts of all kinds are ranked together: a topic's facts mix kinds.
    rankInOrder(FACT_KINDS.map((kind) => this.list(kind)));
    for (const kind of ['Article', ...ENTITY_KINDS] as const) rankInOrder([this.list(kind)]);
    this.list('Article').forEach((article, i) => this.articlePositions.set(article.key, i));
    // Indexes filled by walking these sorted lists come out sorted per referring kind.
    this.indexReferences();
    this.indexArticles();
    this.search = new SearchIndex(this.allRecords());
    this.sizes = measureValues(this.list('Article'), this.allRecords());
  }

  get<K extends RecordKind>(kind: K, key: string): RecordsByKind[K] | undefined {
    return this.tables[kind].get(key);
  }

  /** All records of a kind in their natural order (entities by name, facts and articles by date, oldest first). */
  list<K extends RecordKind>(kind: K): readonly RecordsByKind[K][] {
    return this.sorted.get(kind) as readonly RecordsByKind[K][];
  }

  /** An article's place in the order of publication (0 for the oldest). */
  position(articleKey: string): number {
    return this.articlePositions.get(articleKey) ?? -1;
  }

  count(kind: RecordKind): number {
    return this.tables[kind].size;
  }

  /** The entity a "type:key" reference names. */
  byRef(ref: string): EntityRecord | undefined {
    const parsed = parseRef(ref);
    return parsed ? (this.tables[parsed.kind].get(parsed.key) as EntityRecord | undefined) : undefined;
  }

  /** The records of a kind that point at a record, stated or derived (a visit's host country from its host city), in natural order. */
  referrersOf<K extends RowKind>(kind: K, target: RowKind, key: string): readonly RecordsByKind[K][] {
    return (this.referrers.get(kind)?.get(target)?.get(key) ?? MultiIndex.EMPTY) as readonly RecordsByKind[K][];
  }

  /** The entities an article mentions and the facts it declares or reports on. */
  recordsOf(articleKey: string): readonly (EntityRecord | FactRecord)[] {
    return this.byArticle.get(articleKey);
  }

  evidenceOf(entity: EntityRecord): readonly LocatedEvidence[] {
    return entity.evidence;
  }

  articlesMentioning(entity: EntityRecord): readonly ArticleRecord[] {
    return this.articlesByEntity.get(`${entity.type}:${entity.key}`);
  }

  participationsOf(entity: EntityRecord): Participation[] {
    return participationsOf(this, entity);
  }

  /** A place's country: as stated, else from reference data, else derived from the region or city it lies in. */
  countryOf(place: Placed): Derived<string> | undefined {
    if (place.type !== 'Venue' && place.country !== undefined) return { value: place.country, basis: 'stated' };
    if ((place.type === 'City' || place.type === 'Region') && place.reference?.country !== undefined) {
      return { value: place.reference.country, basis: 'reference' };
    }
    const region = this.regionOf(place);
    const viaRegion = region && this.countryOf(this.get('Region', region.value)!);
    if (viaRegion) return { value: viaRegion.value, basis: 'derived' };
    if ((place.type === 'Venue' || place.type === 'Organisation') && place.city !== undefined) {
      const viaCity = this.countryOf(this.get('City', place.city)!);
      if (viaCity) return { value: viaCity.value, basis: 'derived' };
    }
    return undefined;
  }

  /** A place's region: as stated, else from reference data (a region's own region is its parent). */
  regionOf(place: Placed): Derived<string> | undefined {
    const stated = place.type === 'Region' ? place.parent : place.region;
    if (stated !== undefined) return { value: stated, basis: 'stated' };
    const reference = place.type === 'City' || place.type === 'Region' ? place.reference?.region : undefined;
    if (reference !== undefined) return { value: reference, basis: 'reference' };
    if (place.type === 'Venue' && place.city !== undefined) {
      const viaCity = this.regionOf(this.get('City', place.city)!);
      if (viaCity) return { value: viaCity.value, basis: 'derived' };
    }
    return undefined;
  }

  /** The country on one side of a visit: as stated, else derived from that side's city or region. */
  visitCountry(visit: VisitRecord, side: 'visiting' | 'host'): Derived<string> | undefined {
    const stated = side === 'host' ? visit.hostCountry : visit.visitingCountry;
    if (stated !== undefined) return { value: stated, basis: 'stated' };
    const city = side === 'host' ? visit.hostCity : visit.visitingCity;
    const region = side === 'host' ? visit.hostRegion : visit.visitingRegion;
    const place = (city !== undefined && this.get('City', city)) || (region !== undefined && this.get('Region', region)) || undefined;
    const derived = place && this.countryOf(place);
    return derived && { value: derived.value, basis: 'derived' };
  }

  participantsOf(fact: VisitRecord | EventRecord | AgreementRecord): Participation[] {
    return participantsOf(fact);
  }

  conversionsOf(metric: MetricRecord): Conversion[] {
    return conversionsOf(this, metric);
  }

  private *allRecords(): Iterable<AnyRecord> {
    for (const list of this.sorted.values()) yield* list;
  }

  private indexReferences(): void {
    // A visit involves whoever takes part in its events (the people its visitors meet).
    const eventParticipants = new Map<string, [RowKind, string][]>();
    for (const event of this.list('Event')) {
      if (event.visit === undefined) continue;
      let targets = eventParticipants.get(event.visit);
      if (!targets) eventParticipants.set(event.visit, (targets = []));
      forEachReference('Event', event, (kind, key, participant) => participant && targets.push([kind, key]));
    }
    for (const kind of ROW_KINDS) {
      const byTarget = new Map<RowKind, MultiIndex<AnyRecord>>();
      this.referrers.set(kind, byTarget);
      for (const record of this.list(kind)) {
        // A record's references are added together, so the index keeps each record once per target (MultiIndex.add).
        const add = (target: RowKind, key: string) => {
          let index = byTarget.get(target);
          if (!index) byTarget.set(target, (index = new MultiIndex()));
          index.add(key, record);
        };
        forEachReference(kind, record, add);
        for (const country of this.derivedCountries(record)) add('Country', country);
        if (kind === 'Visit') for (const [target, key] of eventParticipants.get(record.key) ?? []) add(target, key);
      }
    }
  }

  /** Keys of the countries a record is linked to only by derivation (a city in a region of that country). */
  derivedCountries(record: AnyRecord): string[] {
    switch (record.type) {
      case 'City':
      case 'Region':
      case 'Venue':
      case 'Organisation': {
        const country = this.countryOf(record);
        return country && country.basis === 'derived' ? [country.value] : [];
      }
      case 'Visit':
        return (['visiting', 'host'] as const)
          .map((side) => this.visitCountry(record, side))
          .filter((country) => country?.basis === 'derived')
          .map((country) => country!.value);
      default:
        return [];
    }
  }

  private indexArticles(): void {
    for (const kind of ENTITY_KINDS) {
      for (const entity of this.list(kind)) for (const article of entity.articleKeys) this.byArticle.add(article, entity);
    }
    for (const kind of FACT_KINDS) {
      for (const fact of this.list(kind)) {
        if (!fact.reports) this.byArticle.add(fact.articleKey, fact);
        else for (const report of fact.reports) this.byArticle.add(report.articleKey, fact);
      }
    }
    for (const article of this.list('Article')) {
      for (const record of this.byArticle.get(article.key)) {
        if (!('articleKey' in record)) this.articlesByEntity.add(`${record.type}:${record.key}`, article);
      }
    }
  }
}
