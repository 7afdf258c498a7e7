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
import { Places } from './places.js';
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
  RecordTables,
  VisitRecord,
} from './model.js';
import { SearchIndex } from './search.js';
import { measureValues, type ValueSizes } from './value-sizes.js';

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
  /** Countries and regions of places and visits, from the cities and regions (places.ts). */
  readonly places: Places;
  readonly search: SearchIndex;
  /** The longest texts and lists it holds, which the cost of a query counts by (src/schema/cost.ts). */
  readonly sizes: ValueSizes;

  constructor(private readonly tables: RecordTables) {
    this.places = new Places(tables);
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

  countryOf(place: Placed): Derived<string> | undefined {
    return this.places.countryOf(place);
  }

  regionOf(place: Placed): Derived<string> | undefined {
    return this.places.regionOf(place);
  }

  visitCountry(visit: VisitRecord, side: 'visiting' | 'host'): Derived<string> | undefined {
    return this.places.visitCountry(visit, side);
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
        for (const country of this.places.derivedCountries(record)) add('Country', country);
        if (kind === 'Visit') for (const [target, key] of eventParticipants.get(record.key) ?? []) add(target, key);
      }
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
