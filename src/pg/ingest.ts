/**
 * Loads a corpus folder into PostgreSQL (npm run ingest). The folder is checked first, whole, by
 * the checker `npm run validate` uses (cross-file rules included), its files on worker threads as
 * the server loads them, into an outline (src/corpus/outline.ts: every article, entity and event,
 * and of the other facts their keys and the reports on them): if anything is wrong, nothing is
 * written, not even the schema. Then pending migrations run, and the folder is read again a chunk
 * of files at a time (each file must still be the bytes checked), the chunk's facts made, and its
 * articles' row groups (rows.ts) written in file order, a batch of articles per transaction:
 *
 * - an article whose file and rows hash as they did last time is not touched;
 * - a new or changed article's group is deleted and inserted again in one transaction, so a reader
 *   sees the old rows or the new ones, never a mix (a batch is as atomic as its article);
 * - an article no longer in the folder is deleted with `prune`, and otherwise left and counted.
 *
 * Into a database with no article yet, the indexes that enforce nothing are dropped first and built
 * once the articles are in (migrations/0013_deferred_indexes.sql says why and what it saves).
 *
 * One ingest runs at a time (an advisory lock); readers never wait on it, but for the moment an
 * empty database's indexes are dropped.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import type { CorpusIssue } from '../corpus/issues.js';
import { ENTITY_KINDS, KINDS, ROW_KINDS } from '../corpus/kinds.js';
import { CheckWorkers, FILES_PER_JOB, outlineCorpusInParallel } from '../corpus/load.js';
import { byOrder } from '../corpus/natural-order.js';
import type { Outline } from '../corpus/outline.js';
import { articleFromText } from '../corpus/transfer.js';
import type { LocatedArticle } from '../corpus/validate-file.js';
import { ValueMeter, type ValueSizes } from '../corpus/value-sizes.js';
import { migrate, type Migration } from './migrate.js';
import { groupOf, ownersOf, type ArticleGroup, type ArticleRow, type EvidenceRow, type MentionRow, type OfficeRow, type RecordRow, type RefRow, type RoleRow, type SearchRow, type SisterRow } from './rows.js';

export interface IngestOptions {
  databaseUrl: string;
  dir: string;
  /** Delete the articles (and all they own) that are in the database but no longer in the folder. */
  prune?: boolean;
  /** The migrations to apply; by default the migrations/ folder's (readMigrations). */
  migrations?: Migration[];
  /** Articles per transaction. */
  batchSize?: number;
  /** Files read again, and facts held, at a time. */
  chunkSize?: number;
  /** A table's rows per INSERT at most (a batch's rows of one table may take several). */
  rowsPerInsert?: number;
  /** Called as articles are compared and written. */
  onProgress?(progress: IngestProgress): void;
  /** Called before each index deferred by an ingest into an empty database is built. */
  onIndex?(index: IndexProgress): void;
  /** Called inside each batch's transaction, after its writes and before COMMIT (tests look in from another connection). */
  beforeCommit?(batch: { keys: readonly string[] }): Promise<void>;
}

export interface IngestProgress {
  /** Articles compared with the database so far, and in all. */
  done: number;
  total: number;
  /** Articles written so far, and transactions committed. */
  written: number;
  batches: number;
}

/** An index about to be built: its name, and its place among those deferred. */
export interface IndexProgress {
  name: string;
  position: number;
  total: number;
}

export type IngestResult =
  | { ok: false; issues: CorpusIssue[]; files: number }
  | ({ ok: true } & IngestReport);

export interface IngestReport {
  files: number;
  migrations: Migration[];
  added: number;
  changed: number;
  unchanged: number;
  /** Keys of the articles deleted (prune), or left in the database though not in the folder. */
  removed: string[];
  left: string[];
  /** Transactions that wrote something. */
  batches: number;
  /** Indexes built after the articles were written (deferred), and the seconds that took (part of writeSeconds). */
  indexes: string[];
  indexSeconds: number;
  /** corpus.version after the ingest. */
  version: number;
  /** Seconds spent checking the folder, and writing. */
  checkSeconds: number;
  writeSeconds: number;
}

export const DEFAULT_BATCH_SIZE = 100;

/**
 * A chunk of 2,000 articles holds about 20,000 facts (10,000 generated articles declare 105,261),
 * a few tens of MB, while the outline of a million articles holds several GB.
 */
const DEFAULT_CHUNK_SIZE = 2_000;

/**
 * A batch of 100 articles sends each table's rows in one INSERT (at 10,000 generated articles
 * about 4,500 references and 3,000 mentions a batch). The first batch of 300,000 generated
 * articles, whose articles own the most mentioned entities, held more mentions than one string
 * can hold as JSON (JSON.stringify: "Invalid string length", past about 512 MB).
 */
const DEFAULT_ROWS_PER_INSERT = 10_000;

/** Held for the whole ingest (a number no other lock here uses). */
const INGEST_LOCK = 7_314_500_002;

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const { outline, issues, files, names, hashes } = await outlineCorpusInParallel(options.dir);
  if (!outline || issues.length > 0) return { ok: false, issues, files };
  const checkSeconds = (performance.now() - started) / 1000;

  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: 'news-graph ingest' });
  // A connection lost between statements is an 'error' event, which would end the process: the next statement fails instead, with its batch named.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [INGEST_LOCK]);
    try {
      // An ingest cut short while its indexes were dropped left them to this one: built before the
      // migrations, since a later one may alter or drop one of them (0012 dropped records_order).
      if (await hasDeferredIndexes(client)) await buildDeferredIndexes(client, options.onIndex);
      const migrations = await migrate(client, options.migrations);
      const report = await write(client, { outline, names, hashes }, options);
      return { ok: true, files, migrations, checkSeconds, writeSeconds: (performance.now() - started) / 1000 - checkSeconds, ...report };
    } finally {
      // On a lost connection the lock went with the session, and the error that matters is the one thrown.
      await client.query('SELECT pg_advisory_unlock($1)', [INGEST_LOCK]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

type WriteReport = Omit<IngestReport, 'files' | 'migrations' | 'checkSeconds' | 'writeSeconds'>;

/** Every index that is not unique: no key or constraint depends on it, so rows can go in without it. */
const DEFERRABLE_INDEXES = `
SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
 WHERE c.relnamespace = current_schema()::regnamespace AND NOT i.indisunique
 ORDER BY c.relname`;

/** Drops the deferrable indexes, each kept in deferred_indexes, in one transaction. */
async function deferIndexes(client: pg.Client): Promise<void> {
  await transaction(client, async () => {
    const { rows } = await client.query<{ name: string }>(`INSERT INTO deferred_indexes (name, definition) ${DEFERRABLE_INDEXES} RETURNING name`);
    for (const { name } of rows) await client.query(`DROP INDEX ${client.escapeIdentifier(name)}`);
  });
}

/** Whether the database has deferred_indexes (0013_deferred_indexes is applied). */
async function hasDeferredIndexes(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ found: boolean }>("SELECT to_regclass('deferred_indexes') IS NOT NULL AS found");
  return rows[0]!.found;
}

/** Builds the indexes in deferred_indexes, each in a transaction with the deletion of its row; the names built. */
async function buildDeferredIndexes(client: pg.Client, onIndex: IngestOptions['onIndex']): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>('SELECT name, definition FROM deferred_indexes ORDER BY name');
  for (const [position, { name, definition }] of rows.entries()) {
    onIndex?.({ name, position: position + 1, total: rows.length });
    await transaction(client, async () => {
      await client.query(definition);
      await client.query('DELETE FROM deferred_indexes WHERE name = $1', [name]);
    });
  }
  return rows.map((row) => row.name);
}

/** The checked folder: its outline, its files (sorted), and the SHA-256 of each article's file as checked. */
interface Checked {
  outline: Outline;
  names: readonly string[];
  hashes: ReadonlyMap<string, string>;
}

async function write(client: pg.Client, { outline, names, hashes }: Checked, options: IngestOptions): Promise<WriteReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const { rows: existing } = await client.query<{ key: string; content_hash: string; records_hash: string }>('SELECT key, content_hash, records_hash FROM articles');
  const before = new Map(existing.map((row) => [row.key, row]));
  // Into an empty database nothing can be in the way: the deletes are skipped.
  const empty = before.size === 0;
  const eventsByArticle = ownersOf({ list: (kind) => (kind === 'Event' ? outline.list('Event') : []) });
  // The corpus's value sizes: of what the outline holds now, of each chunk's facts as they are made.
  const meter = new ValueMeter();
  for (const article of outline.list('Article')) meter.article(article);
  for (const kind of [...ENTITY_KINDS, 'Event' as const]) for (const record of outline.list(kind)) meter.record(record);
  const progress: IngestProgress = { done: 0, total: outline.count('Article'), written: 0, batches: 0 };
  let added = 0;
  let changed = 0;
  let batch: ArticleGroup[] = [];
  // One batch is written while the next is built, so that the database and this process work at
  // once: at 10,000 articles this process spent about as long building rows as waiting for them to
  // be written. A failed batch is thrown by the next flush, or after the last.
  let writing: Promise<void> | undefined;
  const deferred = empty && names.length > 0;
  if (deferred) await deferIndexes(client);
  const flush = async () => {
    if (batch.length === 0) return;
    const groups = batch;
    batch = [];
    await writing;
    writing = writeBatch(client, groups, empty, options).then(() => {
      progress.written += groups.length;
      progress.batches++;
      options.onProgress?.({ ...progress });
    });
    writing.catch(() => {}); // handled where it is awaited
  };

  const workers = new CheckWorkers(availableParallelism());
  // The next chunk is read while this one is written.
  const read = (first: number) => {
    const reading = readChunk(workers, options.dir, names.slice(first, first + chunkSize), first, hashes);
    reading.catch(() => {}); // handled where it is awaited
    return reading;
  };
  try {
    let reading = read(0);
    for (let first = 0; first < names.length; first += chunkSize) {
      const chunk = await reading;
      if (first + chunkSize < names.length) reading = read(first + chunkSize);
      const facts = chunk.flatMap((article) => outline.factsOf(article)).sort(byOrder);
      for (const fact of facts) meter.record(fact);
      // Entities and events from the outline, the other facts from the chunk.
      const owners = ownersOf({
        list: (kind) =>
          kind === 'Event' ? chunk.flatMap((a) => eventsByArticle.get(a.key) ?? []) : KINDS[kind].family === 'fact' ? facts.filter((fact) => fact.type === kind) : outline.list(kind),
      });
      for (const { key } of chunk) {
        // The batch being written sends each statement when the one before is answered: let it.
        if (writing) await yieldToIo();
        const group = groupOf(outline, outline.article(key)!, owners.get(key) ?? [], hashes.get(key)!);
        const known = before.get(key);
        progress.done++;
        if (known?.content_hash === group.article.content_hash && known.records_hash === group.article.records_hash) {
          if (progress.done % batchSize === 0) options.onProgress?.({ ...progress });
          continue;
        }
        if (known) changed++;
        else added++;
        batch.push(group);
        if (batch.length === batchSize) await flush();
      }
    }
    await flush();
    await writing;
    options.onProgress?.({ ...progress });
  } catch (error) {
    // The batches committed stay, and readers need the indexes: built now if the connection still
    // works (the write's error is the one reported either way), or else by the next ingest.
    await writing?.catch(() => undefined);
    if (deferred) await buildDeferredIndexes(client, options.onIndex).catch(() => undefined);
    throw error;
  } finally {
    await workers.close();
  }
  const building = performance.now();
  const indexes = deferred ? await buildDeferredIndexes(client, options.onIndex) : [];
  const indexSeconds = (performance.now() - building) / 1000;

  const gone = [...before.keys()].filter((key) => !outline.article(key));
  const removed = options.prune ? gone : [];
  // As they come back from jsonb, to compare with what is recorded.
  const counts = JSON.parse(JSON.stringify(countsOf(outline))) as unknown;
  const sizes = JSON.parse(JSON.stringify(sizesAsJson(meter.sizes()))) as unknown;
  // The corpus row is written last: an ingest stopped before it (killed, a lost connection) left it behind the articles.
  const { rows: recorded } = await client.query<{ counts: unknown; sizes: unknown }>('SELECT counts, sizes FROM corpus');
  const behind = !isDeepStrictEqual(recorded[0]?.counts, counts) || !isDeepStrictEqual(recorded[0]?.sizes, sizes);
  if (progress.batches > 0 || removed.length > 0 || behind) {
    await transaction(client, async () => {
      if (removed.length > 0) await client.query('DELETE FROM articles WHERE key = ANY($1::text[])', [removed]);
      await client.query('UPDATE corpus SET ingested_at = now(), counts = $1, sizes = $2', [JSON.stringify(counts), JSON.stringify(sizes)]);
      await client.query({ name: 'ingest-version', text: BUMP_VERSION });
    });
    progress.batches++;
  }
  const { rows } = await client.query<{ version: string }>('SELECT version FROM corpus');
  return {
    added,
    changed,
    unchanged: progress.total - added - changed,
    removed,
    left: options.prune ? [] : gone,
    batches: progress.batches,
    indexes,
    indexSeconds,
    version: Number(rows[0]!.version),
  };
}

/** A chunk of the folder's files checked again, each the bytes checked before (else the ingest stops: run it again). */
async function readChunk(workers: CheckWorkers, dir: string, names: string[], first: number, hashes: ReadonlyMap<string, string>): Promise<LocatedArticle[]> {
  const articles: LocatedArticle[] = [];
  await workers.check({ dir, names, first, hash: true }, FILES_PER_JOB, ({ index, article, hash }) => {
    const located = article === undefined ? undefined : articleFromText(article);
    if (!located || hashes.get(located.key) !== hash) throw new Error(`${join(dir, names[index - first]!)} changed while it was being ingested; run the ingest again`);
    articles.push(located);
  });
  return articles;
}

const countsOf = (outline: Outline) => Object.fromEntries(['Article' as const, ...ROW_KINDS].map((kind) => [kind, outline.count(kind)]));

const sizesAsJson = (sizes: ValueSizes) => ({ ...sizes, byField: Object.fromEntries(sizes.byField), lists: Object.fromEntries(sizes.lists) });

async function transaction(client: pg.Client, work: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * One transaction: the batch's articles are deleted (their records, references, mentions, evidence, roles, offices, sister cities and search
 * documents go with them, by the schema's cascades) and inserted again. Records that another
 * article owned until now (an entity whose first mention moved) are deleted by key first.
 * Each table's rows go in INSERT ... SELECT FROM json_to_recordset($1), a named (prepared) statement (rowsInsert), up to rowsPerInsert rows each.
 */
async function writeBatch(client: pg.Client, groups: readonly ArticleGroup[], empty: boolean, options: IngestOptions): Promise<void> {
  const keys = groups.map((g) => g.article.key);
  const records = groups.flatMap((g) => g.records);
  const step = options.rowsPerInsert ?? DEFAULT_ROWS_PER_INSERT;
  const insert = async <Row>(statement: RowsInsert<Row>, rows: readonly Row[]) => {
    for (let first = 0; first < rows.length; first += step) {
      await client.query({ name: statement.name, text: statement.text, values: [JSON.stringify(rows.slice(first, first + step))] });
    }
  };
  try {
    await transaction(client, async () => {
      if (!empty) {
        await client.query({ name: 'ingest-delete-articles', text: 'DELETE FROM articles WHERE key = ANY($1::text[])', values: [keys] });
        const recordKeys = [records.map((r) => r.kind), records.map((r) => r.key)];
        await client.query({ name: 'ingest-delete-records', text: DELETE_BY_KEY('records'), values: recordKeys });
        await client.query({ name: 'ingest-delete-search', text: DELETE_BY_KEY('search_docs'), values: recordKeys });
      }
      await insert(INSERT_ARTICLES, groups.map((g) => g.article));
      await insert(INSERT_RECORDS, records);
      await insert(INSERT_REFS, groups.flatMap((g) => g.refs));
      await insert(INSERT_MENTIONS, groups.flatMap((g) => g.mentions));
      await insert(INSERT_EVIDENCE, groups.flatMap((g) => g.evidence));
      await insert(INSERT_ROLES, groups.flatMap((g) => g.roles));
      await insert(INSERT_OFFICES, groups.flatMap((g) => g.offices));
      await insert(INSERT_SISTERS, groups.flatMap((g) => g.sisters));
      await insert(INSERT_SEARCH, groups.flatMap((g) => g.search));
      await client.query({ name: 'ingest-version', text: BUMP_VERSION });
      await options.beforeCommit?.({ keys });
    });
  } catch (error) {
    const named = keys.length > 3 ? `${keys.slice(0, 3).join(', ')} and ${keys.length - 3} more` : keys.join(', ');
    throw new Error(`writing the articles ${named} failed: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Every transaction that changes the corpus raises its version and says so on the channel
 * corpus_version (delivered at COMMIT): a replica's caches listen, or compare the version.
 */
const BUMP_VERSION = `WITH bumped AS (UPDATE corpus SET version = version + 1 RETURNING version) SELECT pg_notify('corpus_version', version::text) FROM bumped`;

const DELETE_BY_KEY = (table: string) => `DELETE FROM ${table} WHERE (kind, key) IN (SELECT * FROM unnest($1::text[], $2::text[]))`;

/** A named (prepared) INSERT of a batch's rows of one table. */
interface RowsInsert<Row> {
  name: string;
  text: string;
  /** Only for the compiler: the rows it takes. */
  row?: Row;
}

/**
 * The INSERT of a table's rows, sent as one JSON array of objects whose fields are its columns
 * (json_to_recordset), each read as the type given. JSON held as text in a row (a record, its
 * facets) is read as text and cast, so that it is stored as written. Before, each column went as a
 * PostgreSQL array (unnest): building those literals in Node, the JSON escaped once more, took
 * three to ten times as long as JSON.stringify of the same rows, on the process that sets the
 * ingest's pace.
 */
function rowsInsert<Row>(table: string, types: { [K in keyof Row]-?: string }): RowsInsert<Row> {
  const columns = Object.entries<string>(types);
  const asText = (type: string) => type === 'json' || type === 'jsonb';
  return {
    name: `ingest-${table}`,
    text: `INSERT INTO ${table} (${columns.map(([column]) => column).join(', ')})
SELECT ${columns.map(([column, type]) => (asText(type) ? `${column}::${type}` : column)).join(', ')}
  FROM json_to_recordset($1::json) AS t(${columns.map(([column, type]) => `${column} ${asText(type) ? 'text' : type}`).join(', ')})`,
  };
}

const INSERT_ARTICLES = rowsInsert<ArticleRow>('articles', {
  key: 'text',
  file: 'text',
  content_hash: 'text',
  records_hash: 'text',
  title: 'text',
  source: 'text',
  published_at: 'text',
  section: 'text',
  language: 'text',
  url: 'text',
  paraphrase: 'json',
  body: 'text[]',
  order_key: 'text',
  published_earliest: 'timestamptz',
  published_latest: 'timestamptz',
});

const INSERT_RECORDS = rowsInsert<RecordRow>('records', {
  kind: 'text',
  key: 'text',
  article: 'text',
  record: 'json',
  facets: 'jsonb',
  derived: 'jsonb',
  order_key: 'text',
  time_earliest: 'text',
  time_latest: 'text',
  undated: 'boolean',
  evidence_count: 'integer',
});

const INSERT_REFS = rowsInsert<RefRow>('refs', {
  from_kind: 'text',
  from_key: 'text',
  to_kind: 'text',
  to_key: 'text',
  fields: 'text[]',
  from_order_key: 'text',
  from_undated: 'boolean',
  from_facet_kind: 'text',
  from_facet_status: 'text',
  from_time_earliest: 'text',
  from_time_latest: 'text',
});

const INSERT_MENTIONS = rowsInsert<MentionRow>('mentions', { article: 'text', kind: 'text', key: 'text', article_order_key: 'text' });

const INSERT_EVIDENCE = rowsInsert<EvidenceRow>('evidence', { kind: 'text', key: 'text', position: 'integer', article: 'text', packed: 'bigint' });

const INSERT_ROLES = rowsInsert<RoleRow>('participations', {
  who: 'text',
  fact_kind: 'text',
  fact_key: 'text',
  fact_order_key: 'text',
  kind_rank: 'smallint',
  participant: 'integer',
  role: 'text',
});

const INSERT_OFFICES = rowsInsert<OfficeRow>('offices', { kind: 'text', person: 'text', position: 'integer', role: 'text', of: 'text', status: 'text' });

const INSERT_SISTERS = rowsInsert<SisterRow>('sister_cities', {
  kind: 'text',
  agreement: 'text',
  city: 'text',
  sister: 'text',
  party: 'integer',
  order_key: 'text',
  undated: 'boolean',
});

const INSERT_SEARCH = rowsInsert<SearchRow>('search_docs', {
  kind: 'text',
  key: 'text',
  article: 'text',
  order_key: 'text',
  doc: 'tsvector',
  names: 'text[]',
  phrases: 'text[]',
  undated: 'boolean',
  facet_kind: 'text',
  facet_status: 'text',
  time_earliest: 'text',
  time_latest: 'text',
});
