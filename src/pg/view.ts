/**
 * One request's view of a corpus in PostgreSQL: a CorpusStore (src/corpus/corpus-store.ts) that
 * answers from what it has loaded for this request, and for anything else asks for it and throws
 * NOT_LOADED. The serving layer then waits for `load()` and runs the operation again
 * (src/serve/rounds.ts): each run asks for the next level of the graph, and every question of a
 * round is batched by DataLoader into one statement per kind of question (reads.ts batchReads), so
 * no operation makes a query per item.
 *
 * Everything a view loads is read in one read-only REPEATABLE READ transaction on one pooled
 * connection, so that all rounds see one version of the corpus, with a statement timeout set to
 * what is left of the execution deadline. Records are parsed once per request and kept by
 * kind and key, so the same record is the same object wherever the request meets it (Queries
 * intersects lists by identity). Nothing outlives the request: memory follows what it reads, not
 * the corpus.
 */
import DataLoader from 'dataloader';
import type { GraphQLError } from 'graphql';
import type pg from 'pg';
import { conversionsOf, participantsOf, participationsOf, refOf, type CorpusStore, type Derived, type Placed } from '../corpus/corpus-store.js';
import type { FactKind, RowKind } from '../corpus/kinds.js';
import type { Conversion } from '../corpus/money.js';
import { LocatedQuote, unpackOffsets } from '../corpus/locate.js';
import type { AgreementRecord, AnyRecord, ArticleRecord, EntityRecord, EventRecord, FactRecord, LocatedEvidence, MetricRecord, RecordKind, RecordsByKind, VisitRecord } from '../corpus/model.js';
import { NOT_LOADED } from '../corpus/not-loaded.js';
import { Participation } from '../corpus/participation.js';
import type { FacetFilter, ListIndex, Order, Paged, RefIndex } from '../corpus/queries.js';
import { parseRef } from '../corpus/references.js';
import type { SearchHit } from '../corpus/search.js';
import type { ValueSizes } from '../corpus/value-sizes.js';
import { ErrorCode, limitError } from '../http/errors.js';
import { MAX_PAGE_SIZE } from '../schema/builder.js';
import { articleFromRow, batchReads, pageReads, SEARCH_WORK_MEM, searchReads, sourceOf, walksOf, type ListCount, type ListQuestion } from './reads.js';
import { searchTermsOf } from './search-doc.js';

/** What a view knows of the corpus without asking: as of the last ingest the server has heard of. */
export interface Snapshot {
  version: string;
  counts: Record<string, number>;
  sizes: ValueSizes;
}

/** A connection for one request: taken from the pool, in a transaction, when the view first loads. */
export interface Session {
  query<R extends pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<R>>;
}

interface RecordRow {
  i?: string;
  kind: string;
  key: string;
  record: Omit<AnyRecord, 'order'>;
  order_key: string;
  derived: Record<string, Derived<string>> | null;
  /** An entity's quotes in the evidence table (migrations/0003); null when the record holds its own. */
  evidence_count: number | null;
}

/** What a view has read, added up across views by the corpus (tests and the scale figures read it). */
export interface Tally {
  records: number;
  quotes: number;
}

/** Hits [from, to) of a search. */
type SearchPageQuestion = [text: string, from: number, to: number];

/** Quotes [from, to) of an entity's evidence. */
type QuotesQuestion = [kind: RecordKind, key: string, from: number, to: number];

/** Participations [from, to) of an entity ("type:key") in some roles (comma-separated; null for all). */
type ParticipationsQuestion = [who: string, roles: string | null, from: number, to: number];

/** Facts [from, to) of some kinds (comma-separated) pointing at a record. */
type FactsQuestion = [target: RowKind, key: string, kinds: string, from: number, to: number];

/** A participation as read: its fact and the row of the fact's participants. */
interface RolePlace {
  fact: VisitRecord | EventRecord | AgreementRecord;
  participant: number;
}

/** Records [from, to) of a list in an order, its count known. */
interface PageQuestion extends ListQuestion {
  order: Order;
  count: ListCount;
  from: number;
  to: number;
}

/** Items grouped by a name, each with its place in `items`; groups in the order first met. */
function groups<T, N>(items: readonly T[], nameOf: (item: T) => N): [N, [T, number][]][] {
  const byName = new Map<N, [T, number][]>();
  items.forEach((item, at) => {
    const name = nameOf(item);
    const group = byName.get(name);
    if (group) group.push([item, at]);
    else byName.set(name, [[item, at]]);
  });
  return [...byName];
}

/** A search hit as SQL ranks it. */
interface HitRow {
  kind: RecordKind;
  key: string;
  score: number;
}

type ArticleRow = Record<string, unknown> & { i?: string; key: string; order_key: string };

/** The joined order key the store ranks by: its order part, NUL, the key (natural-order.ts). */
const orderOf = (orderKey: string, key: string) => `${orderKey}\u0000${key}`;

/** A count's row: the question it answers (`i`, 1-based) and the count. */
interface CountRow {
  i: string;
  n: number;
}

/** Each question's count: its row's, or 0 for a question no row answers. */
function countsByQuestion(rows: readonly CountRow[], questions: number): number[] {
  const counts = Array.from({ length: questions }, () => 0);
  for (const row of rows) counts[Number(row.i) - 1] = row.n;
  return counts;
}

/** Rows grouped by the question they answer (their `i`, 1-based). */
function byQuestion<R extends { i?: string }>(rows: R[], questions: number): R[][] {
  const groups: R[][] = Array.from({ length: questions }, () => []);
  for (const row of rows) groups[Number(row.i) - 1]!.push(row);
  return groups;
}

export class PgView implements CorpusStore {
  readonly sizes: ValueSizes;
  readonly search: CorpusStore['search'];
  /** Records by "Kind:key" (null: not in the corpus), one object each for the whole request. */
  private readonly records = new Map<string, AnyRecord | null>();
  private readonly derived = new WeakMap<object, Record<string, Derived<string>>>();
  /** The evidence of the entities whose quotes are in the evidence table, by record. */
  private readonly evidence = new WeakMap<object, Paged<LocatedEvidence>>();
  /** Pages of quotes by question ("City|copenhagen|0|20"). */
  private readonly quotes = new Map<string, readonly LocatedEvidence[]>();
  /** Lists by question ("referrers|Visit|City|copenhagen"), each in natural order. */
  private readonly lists = new Map<string, readonly AnyRecord[]>();
  private readonly positions = new Map<string, number>();
  /** Sister cities' keys by city. */
  private readonly sisterCities = new Map<string, readonly string[]>();
  private readonly counts = new Map<string, ListCount>();
  /** Participation counts by entity and roles ("organisation:x|signatory"), and pages of them by entity, roles, from and to. */
  private readonly participationCounts = new Map<string, number>();
  private readonly participationPages = new Map<string, readonly RolePlace[]>();
  /** Counts of the facts about a record by target, key and kinds ("Person|x|Visit,Event"), and pages of them by those, from and to. */
  private readonly factCounts = new Map<string, number>();
  private readonly factPages = new Map<string, readonly FactRecord[]>();
  /** Search counts by text, the first hits by text (read with the count), and pages of hits by text, from and to. */
  private readonly hitCounts = new Map<string, number>();
  private readonly firstHits = new Map<string, HitRow[]>();
  private readonly hits = new Map<string, HitRow[]>();
  private readonly wordCounts = new Map<string, number>();
  /** Loads asked for since the last load() that no resolver waits for. */
  private waiting: Promise<unknown>[] = [];
  private lastAsked: Promise<unknown> = Promise.resolve();
  private askCount = 0;
  /** The first load that failed (the database did not answer, or past the deadline): the request fails with it. */
  failure: Error | undefined;
  private readonly loaders;
  /** Records the request may still read. */
  private left: number;

  constructor(
    private readonly snapshot: Snapshot,
    session: Session,
    /** Records (articles included) the request may read: a load that would read more is refused (src/http/defaults.ts DEFAULT_MAX_RECORDS_READ). */
    private readonly maxRecords: number,
    /** Counts the records the view parses (once per record and request) and the evidence quotes it makes. */
    private readonly tally: Tally = { records: 0, quotes: 0 },
  ) {
    this.sizes = snapshot.sizes;
    this.left = maxRecords;
    const rows = async <R extends pg.QueryResultRow>(config: pg.QueryConfig) => (await session.query<R>(config)).rows;
    // A search statement with its work_mem (SEARCH_WORK_MEM), or no hit when the text has no word (searchReads gives no statement).
    const searched = async <R extends pg.QueryResultRow>(config: pg.QueryConfig | undefined): Promise<R[]> => {
      if (!config) return [];
      await rows(SEARCH_WORK_MEM);
      return rows<R>(config);
    };
    // Whole lists, at most one row more than the request may still read (LIMIT): that row means a longer list, refused. The
    // rows' records already read are not counted again, so counting the records alone would serve a list cut at the limit.
    const whole = async <R extends pg.QueryResultRow>(read: (limit: number) => pg.QueryConfig) => {
      const limit = this.left + 1;
      const found = await rows<R>(read(limit));
      if (found.length >= limit) throw this.overBudget();
      return found;
    };
    const many = <K, V>(batch: (keys: readonly K[]) => Promise<V[]>) => new DataLoader<K, V, string>(batch, { cacheKeyFn: (key) => JSON.stringify(key), maxBatchSize: 5000 });
    const records = many<[RecordKind, string], AnyRecord | null>(async (pairs) => {
      const articleKeys = pairs.filter(([kind]) => kind === 'Article').map(([, key]) => key);
      const others = pairs.filter(([kind]) => kind !== 'Article');
      const [articles, found] = await Promise.all([
        articleKeys.length ? rows<ArticleRow>(batchReads.articles(articleKeys)) : [],
        others.length ? rows<RecordRow>(batchReads.records(others.map(([kind]) => kind), others.map(([, key]) => key))) : [],
      ]);
      for (const row of articles) this.article(row);
      for (const row of found) this.record(row);
      return pairs.map(([kind, key]) => {
        const id = `${kind}:${key}`;
        if (!this.records.has(id)) this.records.set(id, null);
        return this.records.get(id)!;
      });
    });
    this.loaders = {
      records,
      referrers: many<[RowKind, RowKind, string], readonly AnyRecord[]>(async (questions) => {
        const [kinds, targets, keys] = columns(questions);
        const found = await whole<RecordRow>((limit) => batchReads.referrers(kinds, targets, keys, limit));
        return byQuestion(found, questions.length).map((group) => group.map((row) => this.record(row)));
      }),
      sisterCities: many<string, readonly string[]>(async (cities) => {
        const found = await rows<{ i: string; key: string }>(batchReads.sisterCities([...cities]));
        return byQuestion(found, cities.length).map((group) => group.map((row) => row.key));
      }),
      participationCounts: many<[who: string, roles: string | null], number>(async (questions) =>
        countsByQuestion(await rows<CountRow>(batchReads.participationCounts(...columns(questions))), questions.length),
      ),
      participationPages: many<ParticipationsQuestion, readonly RolePlace[]>(async (questions) => {
        const found = await rows<RecordRow & { participant: number }>(batchReads.participationPages(...columns(questions)));
        return byQuestion(found, questions.length).map((group) =>
          group.map((row) => ({ fact: this.record(row) as RolePlace['fact'], participant: row.participant })),
        );
      }),
      factCounts: many<[target: RowKind, key: string, kinds: string], number>(async (questions) =>
        countsByQuestion(await rows<CountRow>(batchReads.factCounts(...columns(questions))), questions.length),
      ),
      factPages: many<FactsQuestion, readonly FactRecord[]>(async (questions) => {
        const found = await rows<RecordRow>(batchReads.factPages(...columns(questions)));
        return byQuestion(found, questions.length).map((group) => group.map((row) => this.record(row) as FactRecord));
      }),
      recordsOf: many<string, readonly AnyRecord[]>(async (articles) => {
        const found = await rows<RecordRow>(batchReads.recordsOf([...articles]));
        return byQuestion(found, articles.length).map((group) => group.map((row) => this.record(row)));
      }),
      quotes: many<QuotesQuestion, readonly LocatedEvidence[]>(async (questions) => {
        const found = await rows<{ i: string; article: string; packed: number }>(batchReads.evidence(...columns(questions)));
        this.tally.quotes += found.length;
        return byQuestion(found, questions.length).map((group) => group.map((row) => new StoredQuote(this, row.article, ...unpackOffsets(row.packed))));
      }),
      mentioning: many<[RecordKind, string], readonly AnyRecord[]>(async (entities) => {
        const [kinds, keys] = columns(entities);
        const found = await whole<ArticleRow>((limit) => batchReads.articlesMentioning(kinds, keys, limit));
        return byQuestion(found, entities.length).map((group) => group.map((row) => this.article(row)));
      }),
      list: many<RecordKind, readonly AnyRecord[]>((kinds) =>
        Promise.all(
          kinds.map(async (kind) =>
            kind === 'Article'
              ? (await whole<ArticleRow>((limit) => batchReads.listArticles(limit))).map((row) => this.article(row))
              : (await whole<RecordRow>((limit) => batchReads.list(kind, limit))).map((row) => this.record(row)),
          ),
        ),
      ),
      positions: many<string, number>(async (keys) => {
        const found = await rows<{ key: string; position: number | null }>(batchReads.positions([...keys]));
        const byKey = new Map(found.map((row) => [row.key, row.position ?? -1]));
        return keys.map((key) => byKey.get(key) ?? -1);
      }),
      words: many<string, number>(async (words) => {
        const found = await rows<{ word: string; docs: number }>(batchReads.words([...words]));
        const byWord = new Map(found.map((row) => [row.word, row.docs]));
        return words.map((word) => byWord.get(word) ?? 0);
      }),
      // One statement per table the lists are read from (reads.ts sourceOf), whatever the number of lists.
      count: many<ListQuestion, ListCount>(async (questions) => {
        const counts: ListCount[] = [];
        await Promise.all(
          groups(questions, sourceOf).map(async ([source, group]) => {
            for (const row of await rows<ListCount & { i: string }>(pageReads.count(source, group.map(([question]) => question)))) {
              counts[group[Number(row.i) - 1]![1]] = { n: row.n, dated: row.dated };
            }
          }),
        );
        return counts;
      }),
      // A page is one or two walks (reads.ts walksOf); one statement per table, order and part, whatever the number of pages.
      page: many<PageQuestion, readonly AnyRecord[]>(async (questions) => {
        const walks = questions.flatMap((question, at) => walksOf(question.order, question.count, question.from, question.to).map((walk) => ({ ...question, ...walk, at })));
        const found = new Map<(typeof walks)[number], AnyRecord[]>();
        await Promise.all(
          groups(walks, (walk) => `${sourceOf(walk)}|${walk.sort}|${walk.part}`).map(async ([, group]) => {
            const [first] = group[0]!;
            for (const [walk] of group) found.set(walk, []);
            for (const row of await rows<RecordRow & ArticleRow>(pageReads.page(sourceOf(first), first.sort, first.part, group.map(([walk]) => walk)))) {
              found.get(group[Number(row.i) - 1]![0])!.push(first.kind === 'Article' ? this.article(row) : this.record(row));
            }
          }),
        );
        // Each page's walks in their order (walksOf's: dated, then undated).
        const pages: AnyRecord[][] = questions.map(() => []);
        for (const walk of walks) pages[walk.at]!.push(...found.get(walk)!);
        return pages;
      }),
      // A search's count with its first hits (any first page, and one more to tell whether a next page exists), and the
      // kind, key and score of a page further on (ranked in SQL); the records of a page are loaded as records are.
      searchCount: many<string, number>((texts) =>
        Promise.all(
          texts.map(async (text) => {
            const found = await searched<HitRow & { total: number }>(searchReads.first(text, MAX_PAGE_SIZE + 1));
            this.firstHits.set(text, found);
            return found[0]?.total ?? 0;
          }),
        ),
      ),
      searchPage: many<SearchPageQuestion, HitRow[]>((questions) =>
        Promise.all(questions.map(([text, from, to]) => searched<HitRow>(searchReads.page(text, from, to - from)))),
      ),
    };
    this.search = {
      query: (text) => this.hitsOf(text),
      scanSize: (text) => {
        const { words } = searchTermsOf(text);
        // Every word not counted yet is asked for at once: one batch, not one run per word.
        const unknown = words.filter((word) => !this.wordCounts.has(word));
        if (unknown.length > 0) {
          for (const word of unknown) this.ask(this.loaders.words.load(word).then((docs) => this.wordCounts.set(word, docs)));
          throw NOT_LOADED;
        }
        return words.length === 0 ? 0 : Math.min(...words.map((word) => this.wordCounts.get(word)!));
      },
    };
  }

  /** Waits for everything asked for since the last call that no resolver waits for. */
  async load(): Promise<void> {
    const waiting = this.waiting;
    this.waiting = [];
    await Promise.all(waiting);
  }

  /** How many times the view has been asked for what it had not loaded: a run that leaves it unchanged missed nothing. */
  get asks(): number {
    return this.askCount;
  }

  get<K extends RecordKind>(kind: K, key: string): RecordsByKind[K] | undefined {
    const id = `${kind}:${key}`;
    const record = this.records.get(id);
    if (record !== undefined) return (record ?? undefined) as RecordsByKind[K] | undefined;
    this.ask(this.loaders.records.load([kind, key]));
    throw NOT_LOADED;
  }

  list<K extends RecordKind>(kind: K): readonly RecordsByKind[K][] {
    return this.known(this.lists, `list|${kind}`, this.loaders.list, kind) as readonly RecordsByKind[K][];
  }

  position(articleKey: string): number {
    return this.known(this.positions, articleKey, this.loaders.positions);
  }

  count(kind: RecordKind): number {
    return this.snapshot.counts[kind] ?? 0;
  }

  byRef(ref: string): EntityRecord | undefined {
    const parsed = parseRef(ref);
    return parsed ? (this.get(parsed.kind, parsed.key) as EntityRecord | undefined) : undefined;
  }

  referrersOf<K extends RowKind>(kind: K, target: RowKind, key: string): readonly RecordsByKind[K][] {
    return this.known(this.lists, `referrers|${kind}|${target}|${key}`, this.loaders.referrers, [kind, target, key]) as readonly RecordsByKind[K][];
  }

  sisterCityKeys(city: string): readonly string[] {
    return this.known(this.sisterCities, city, this.loaders.sisterCities);
  }

  recordsOf(articleKey: string): readonly (EntityRecord | FactRecord)[] {
    return this.known(this.lists, `records-of|${articleKey}`, this.loaders.recordsOf, articleKey) as readonly (EntityRecord | FactRecord)[];
  }

  evidenceOf(entity: EntityRecord): readonly LocatedEvidence[] | Paged<LocatedEvidence> {
    return this.evidence.get(entity) ?? entity.evidence;
  }

  articlesMentioning(entity: EntityRecord): readonly ArticleRecord[] {
    return this.known(this.lists, `mentioning|${entity.type}|${entity.key}`, this.loaders.mentioning, [entity.type, entity.key]) as readonly ArticleRecord[];
  }

  /** A list counted and paged in SQL (reads.ts pageReads): a page's records are loaded when pagination asks for it. */
  listWhere<K extends RecordKind>(kind: K, where: FacetFilter, order: Order, index?: ListIndex, also?: ListIndex, more: readonly RefIndex[] = []): Paged<RecordsByKind[K]> {
    // A list's count is the same in every order; its pages are not.
    const listId = `${kind}|${JSON.stringify(where)}|${JSON.stringify(index ?? null)}|${JSON.stringify(also ?? null)}|${JSON.stringify(more)}`;
    const id = `${listId}|${order.field}|${order.direction}`;
    const question: ListQuestion = { kind, where, ...(index ? { index } : {}), ...(also ? { also } : {}), ...(more.length ? { more } : {}) };
    const count = () => this.known(this.counts, listId, this.loaders.count, question);
    return pagedBy(
      () => count().n,
      (from, to) => this.known(this.lists, `page|${id}|${from}|${to}`, this.loaders.page, { ...question, order, count: count(), from, to }) as readonly RecordsByKind[K][],
    );
  }

  participationsOf(entity: EntityRecord): Participation[] {
    return participationsOf(this, entity);
  }

  /** The facts about a record counted and paged in SQL (refs_list, one walk per kind, merged): a page's records are loaded when pagination asks for it. */
  factsWhere(target: RowKind, key: string, kinds: readonly FactKind[]): Paged<FactRecord> {
    const named = kinds.join(',');
    const id = `${target}|${key}|${named}`;
    return pagedBy(
      () => this.known(this.factCounts, id, this.loaders.factCounts, [target, key, named]),
      (from, to) => this.known(this.factPages, `${id}|${from}|${to}`, this.loaders.factPages, [target, key, named, from, to]),
    );
  }

  /** An entity's participations counted and paged in SQL (migrations/0008): a page's facts are loaded when pagination asks for it. */
  participationsWhere(entity: EntityRecord, roles?: readonly string[]): Paged<Participation> {
    const who = refOf(entity);
    const only = roles?.join(',') ?? null;
    const id = `${who}|${only ?? ''}`;
    return pagedBy(
      () => this.known(this.participationCounts, id, this.loaders.participationCounts, [who, only]),
      (from, to) =>
        this.known(this.participationPages, `${id}|${from}|${to}`, this.loaders.participationPages, [who, only, from, to]).map(
          ({ fact, participant }) => new Participation(fact, fact.participants[participant]!, who),
        ),
    );
  }

  participantsOf(fact: VisitRecord | EventRecord | AgreementRecord): Participation[] {
    return participantsOf(fact);
  }

  conversionsOf(metric: MetricRecord): Conversion[] {
    return conversionsOf(this, metric);
  }

  // What the store derives (country and region of a place, the countries of a visit) was derived at ingest (rows.ts derivedOf).
  countryOf(place: Placed): Derived<string> | undefined {
    return this.derived.get(place)?.country;
  }

  regionOf(place: Placed): Derived<string> | undefined {
    return this.derived.get(place)?.region;
  }

  visitCountry(visit: VisitRecord, side: 'visiting' | 'host'): Derived<string> | undefined {
    return this.derived.get(visit)?.[side === 'host' ? 'hostCountry' : 'visitingCountry'];
  }

  /** An entity's evidence in the evidence table: a page's quotes are read when pagination asks for them. */
  private quotesOf(kind: RecordKind, key: string, count: number): Paged<LocatedEvidence> {
    return pagedBy(
      () => count,
      (from, to) => this.known(this.quotes, `${kind}|${key}|${from}|${to}`, this.loaders.quotes, [kind, key, from, to]),
    );
  }

  /** A search's hits, counted and ranked in SQL: a slice's hits are read when pagination asks for it, then their records, all in one batch. */
  private hitsOf(text: string): Paged<SearchHit> {
    return pagedBy(
      () => this.known(this.hitCounts, text, this.loaders.searchCount),
      (from, to) => {
        // A slice within the first hits, which came with the count, needs no statement of its own.
        const first = this.firstHits.get(text)!;
        const page = to <= first.length ? first.slice(from, to) : this.known(this.hits, `${text}\u0000${from}\u0000${to}`, this.loaders.searchPage, [text, from, to]);
        const records = this.getAll(page.map((row) => [row.kind, row.key]));
        return page.map((row, i) => ({ record: records[i]!, score: row.score, query: text }));
      },
    );
  }

  /** Records by kind and key, every one not loaded yet asked for at once: one round for all of them. */
  private getAll(pairs: readonly [RecordKind, string][]): AnyRecord[] {
    const missing = pairs.filter(([kind, key]) => !this.records.has(`${kind}:${key}`));
    if (missing.length > this.left) {
      // Refused before a row is read: the run stops here and the request fails with the refusal.
      this.ask(Promise.reject(this.overBudget()));
      throw NOT_LOADED;
    }
    if (missing.length > 0) {
      for (const pair of missing) this.ask(this.loaders.records.load(pair));
      throw NOT_LOADED;
    }
    return pairs.map(([kind, key]) => this.records.get(`${kind}:${key}`)!);
  }

  /** The answer to a question if loaded; else it is asked for, and the run stops here. */
  private known<V, Q>(answers: Map<string, V>, id: string, loader: DataLoader<Q, V, string>, question?: Q): V {
    const answer = answers.get(id);
    if (answer !== undefined) return answer;
    this.ask(loader.load((question ?? id) as Q).then((value) => answers.set(id, value)));
    throw NOT_LOADED;
  }

  private ask(load: Promise<unknown>): void {
    // Awaited by load() or by the resolver that waits for it, unless the request ends first (its deadline passed): then its failure is nobody's to hear.
    load.catch((error: Error) => (this.failure ??= error));
    this.waiting.push(load);
    this.lastAsked = load;
    this.askCount++;
  }

  /** The load the last NOT_LOADED asked for: a resolver that met it waits for it and resolves again (loading-schema.ts). */
  get asked(): Promise<unknown> {
    const load = this.lastAsked;
    // Waited for here, it is not the next run's to wait for.
    this.waiting = this.waiting.filter((waiting) => waiting !== load);
    return load;
  }

  /** Counts one more record read, and refuses the request past its budget. */
  private read(): void {
    if (--this.left < 0) throw this.overBudget();
    this.tally.records++;
  }

  private overBudget(): GraphQLError {
    return limitError(
      `This request would read more than ${this.maxRecords} records from the database, the maximum. A list the database cannot page (a country's organisations, say) is read whole: narrow it with filters that are read a page at a time (cities, parties, topics, a kind, a status, a range of days, an article's source or language), or ask for fewer items.`,
      ErrorCode.maxRecordsRead,
      { name: 'recordsRead', max: this.maxRecords },
    );
  }

  /** The record of a row: the one already met in this request, else parsed from it. */
  private record(row: RecordRow): AnyRecord {
    const id = `${row.kind}:${row.key}`;
    const met = this.records.get(id);
    if (met) return met;
    this.read();
    const record = { ...(withQuotes(row.record, this, this.tally) as object), order: orderOf(row.order_key, row.key) } as AnyRecord;
    if (row.derived) this.derived.set(record, row.derived);
    if (row.evidence_count !== null) {
      this.evidence.set(record, this.quotesOf(record.type, record.key, row.evidence_count));
      notInRecord(record);
    }
    this.records.set(id, record);
    return record;
  }

  private article(row: ArticleRow): ArticleRecord {
    const id = `Article:${row.key}`;
    const met = this.records.get(id);
    if (met) return met as ArticleRecord;
    this.read();
    const record = { ...articleFromRow(row), order: orderOf(row.order_key, row.key) } as ArticleRecord;
    this.records.set(id, record);
    return record;
  }
}

/**
 * An evidence quote as the database keeps it (rows.ts recordJson): its article and offsets. Its
 * words are read from the article's body when a query selects them, loading the article then.
 */
class StoredQuote implements LocatedEvidence {
  private located?: LocatedQuote;

  constructor(
    private readonly store: CorpusStore,
    readonly articleKey: string,
    readonly paragraph: number,
    readonly start: number,
    readonly end: number,
  ) {}

  get quote(): string {
    return this.inText().quote;
  }

  get sentence(): string {
    return this.inText().sentence;
  }

  private inText(): LocatedQuote {
    return (this.located ??= new LocatedQuote(this.store.get('Article', this.articleKey)!.body[this.paragraph]!, this.articleKey, this.paragraph, this.start, this.end));
  }
}

/**
 * An entity read with its quotes in the evidence table holds neither them nor the keys of the
 * articles that mention it (those are `mentions`): reading either is a mistake, said at once rather
 * than answered wrong. Not enumerable, so that copying the record does not read them.
 */
function notInRecord(record: AnyRecord): void {
  const instead = { evidence: 'CorpusStore.evidenceOf', articleKeys: 'CorpusStore.articlesMentioning' };
  for (const [field, method] of Object.entries(instead)) {
    Object.defineProperty(record, field, {
      enumerable: false,
      get() {
        throw new Error(`${record.type} ${record.key} was read from PostgreSQL without its ${field}: ask ${method}`);
      },
    });
  }
}

/** Replaces, in place, every stored evidence quote under value with a StoredQuote. */
function withQuotes(value: unknown, store: CorpusStore, tally: Tally): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (const item of value) withQuotes(item, store, tally);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (key === 'evidence') {
      const stored = record.evidence as [string, number][];
      tally.quotes += stored.length;
      record.evidence = stored.map(([article, packed]) => new StoredQuote(store, article, ...unpackOffsets(packed)));
    } else withQuotes(record[key], store, tally);
  }
  return value;
}

/**
 * A list the database counts and pages (a list, an entity's quotes, a search's hits): its length,
 * and its slices read by `read(from, to)`, never for an empty one (start and end are never negative here).
 */
function pagedBy<T>(length: () => number, read: (from: number, to: number) => readonly T[]): Paged<T> {
  return {
    get length() {
      return length();
    },
    slice: (start = 0, end = Infinity) => {
      const n = length();
      const from = Math.max(0, Math.min(start, n));
      const to = Math.max(from, Math.min(end, n));
      return from === to ? [] : [...read(from, to)];
    },
  };
}

/** Questions of several parts as one array per part (unnest's arguments); a batch is never empty. */
function columns<T extends readonly unknown[]>(questions: readonly T[]): { -readonly [P in keyof T]: T[P][] } {
  const width = questions[0]!.length;
  return Array.from({ length: width }, (_, part) => questions.map((question) => question[part])) as { -readonly [P in keyof T]: T[P][] };
}
