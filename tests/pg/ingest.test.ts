/** npm run ingest against a real throwaway PostgreSQL cluster: what it writes, what it leaves alone, and what it refuses. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCorpus, loadCorpus } from '../../src/corpus/load.js';
import { UNDATED } from '../../src/corpus/natural-order.js';
import { ingest } from '../../src/pg/ingest.js';
import { migrate, MIGRATIONS_DIR, readMigrations } from '../../src/pg/migrate.js';
import { batchReads } from '../../src/pg/reads.js';
import { groupOf, ownersOf, rowSourceOf, recordsHashOf } from '../../src/pg/rows.js';
import { ARTICLES_DIR, corpusOf, removeCorpora, ROOT } from '../corpus/helpers.js';
import { contentOf, countsOf, expectStoreRows, recordCounts, refCounts, expectedCounts, expectSameAnswers, ingested, rowVersions, useCluster, withClient } from './helpers.js';

const pg = useCluster();
afterAll(removeCorpora);

/** A function as a migration file first created it (`CREATE FUNCTION name() ... END $$;`), to create again in its place. */
const functionOf = (file: string, name: string) =>
  readFileSync(join(MIGRATIONS_DIR, file), 'utf8').match(new RegExp(`CREATE FUNCTION ${name}\\(\\)[\\s\\S]*?END \\$\\$;`))![0].replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION');

/** Makes a database look as it was before 0016: no ref_counts table or triggers on refs, 0016 not applied. */
const BEFORE_0016 = `DROP TRIGGER refs_inserted ON refs; DROP TRIGGER refs_deleted ON refs; DROP TRIGGER refs_updated ON refs; DROP FUNCTION ref_counts_count();
                     DROP TABLE ref_counts; DELETE FROM schema_migrations WHERE name = 'ref_counts'`;

/** Makes a database look as it was before 0015 (and so before 0016): no sister_cities table, 0015 not applied. */
const BEFORE_0015 = `${BEFORE_0016}; DROP TABLE sister_cities; DELETE FROM schema_migrations WHERE name = 'sister_cities'`;

/** Makes a database look as it was before 0014 (and so before 0015): records_facets as 0001 made it, 0014 not applied. */
const BEFORE_0014 = `${BEFORE_0015}; CREATE INDEX records_facets ON records USING gin (facets jsonb_path_ops); DELETE FROM schema_migrations WHERE name = 'drop_records_facets'`;

/** Makes a database look as it was before 0013 (and so before 0014): no deferred_indexes table, 0013 not applied. */
const BEFORE_0013 = `${BEFORE_0014}; DROP TABLE deferred_indexes; DELETE FROM schema_migrations WHERE name = 'deferred_indexes'`;

/** Makes a database look as it was before 0012 (and so before 0013): records_order without the facets, which records has no columns for, 0012 not applied. */
const BEFORE_0012 = `${BEFORE_0013}; DROP INDEX records_order; ALTER TABLE records DROP COLUMN facet_kind, DROP COLUMN facet_status;
                     CREATE INDEX records_order ON records (kind, order_key, key); DELETE FROM schema_migrations WHERE name = 'record_walks'`;

/** Makes a database look as it was before 0011 (and so before 0012): record_counts without modes (counted again without them) and its functions as 0002 and 0006 wrote them, 0011 not applied. */
const BEFORE_0011 = `${BEFORE_0012}; ALTER TABLE record_counts DROP CONSTRAINT record_counts_groups;
                     CREATE TEMPORARY TABLE old_counts AS SELECT kind, facet_kind, facet_status, undated, sum(n)::int AS n FROM record_counts GROUP BY 1, 2, 3, 4;
                     DELETE FROM record_counts; ALTER TABLE record_counts DROP COLUMN facet_mode;
                     INSERT INTO record_counts (kind, facet_kind, facet_status, undated, n) SELECT * FROM old_counts; DROP TABLE old_counts;
                     ALTER TABLE record_counts ADD UNIQUE NULLS NOT DISTINCT (kind, facet_kind, facet_status, undated);
                     ${functionOf('0002_list_pages.sql', 'record_counts_count')} ${functionOf('0006_article_count.sql', 'article_counts_count')}
                     DELETE FROM schema_migrations WHERE name = 'mode_counts'`;

/** Makes a database look as it was before 0010 (and so before 0011): no offices table, 0010 not applied. */
const BEFORE_0010 = `${BEFORE_0011}; DROP TABLE offices; DELETE FROM schema_migrations WHERE name = 'offices'`;

/** Makes a database look as it was before 0009 (and so before 0010): search documents without their records' columns, words indexed alone, 0009 not applied. */
const BEFORE_0009 = `${BEFORE_0010}; ALTER TABLE search_docs DROP COLUMN undated, DROP COLUMN facet_kind, DROP COLUMN facet_status, DROP COLUMN time_earliest, DROP COLUMN time_latest;
                     DROP INDEX search_docs_doc; CREATE INDEX search_docs_doc ON search_docs USING gin (doc); DELETE FROM schema_migrations WHERE name = 'search_lists'`;

/** Makes a database look as it was before 0008 (and so before 0009 and 0010): no participations table, 0008 not applied. */
const BEFORE_0008 = `${BEFORE_0009}; DROP TABLE participations; DELETE FROM schema_migrations WHERE name = 'participations'`;

/** Makes a database look as it was before 0007 (and so before 0008): the primary keys of refs and mentions back, 0007 not applied. */
const BEFORE_0007 = `${BEFORE_0008}; DROP INDEX refs_from; ALTER TABLE refs ADD PRIMARY KEY (from_kind, from_key, to_kind, to_key);
                     DROP INDEX mentions_article; ALTER TABLE mentions ADD PRIMARY KEY (article, kind, key);
                     DELETE FROM schema_migrations WHERE name = 'narrow_keys'`;

/** Makes a database look as it was before 0006 (and so before 0007 and 0008): no row for the articles in record_counts, no triggers, 0006 not applied. */
const BEFORE_0006 = `${BEFORE_0007}; DROP TRIGGER articles_inserted ON articles; DROP TRIGGER articles_deleted ON articles; DROP FUNCTION article_counts_count();
                     DELETE FROM record_counts WHERE kind = 'Article'; DELETE FROM schema_migrations WHERE name = 'article_count'`;

/** Row versions (rowVersions) but those of the tables named: what a migration that writes those tables leaves as it was. */
const besides = (...tables: string[]) => (versions: Map<string, string>) => [...versions].filter(([id]) => !tables.some((table) => id.startsWith(`${table} `)));

const articleFiles = () => readdirSync(ARTICLES_DIR).filter((name) => name.endsWith('.json')).map((name) => join(ARTICLES_DIR, name));

describe('ingest of data/articles', () => {
  it('writes the rows the in-memory store implies, and the database answers what the store answers', async () => {
    const url = await pg.database();
    const store = loadCorpus(ARTICLES_DIR);
    const report = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    expect(report).toMatchObject({ added: store.count('Article'), changed: 0, unchanged: 0, removed: [], left: [] });
    expect(report.migrations.map((m) => m.name)).toEqual(readMigrations().map((m) => m.name));
    expect(await countsOf(url)).toEqual(expectedCounts(store));
    await expectSameAnswers(url, store);
    await withClient(url, async (client) => {
      for (const article of store.list('Article')) {
        expect((await client.query(batchReads.recordsOf([article.key]))).rows.map((r) => `${r.kind}:${r.key}`)).toEqual(
          store.recordsOf(article.key).map((r) => `${r.type}:${r.key}`),
        );
      }
      // The articles before each, and null for one not in the corpus (the view answers -1, as the store does).
      const keys = store.list('Article').map((article) => article.key);
      const { rows } = await client.query(batchReads.positions([...keys, 'no-such-article']));
      const positions = new Map(rows.map((row) => [row.key, row.position]));
      expect([...keys, 'no-such-article'].map((key) => positions.get(key))).toEqual([...keys.map((key) => store.position(key)), null]);
      const city = store.list('City')[0]!;
      expect((await client.query(batchReads.referrers(['Visit'], ['City'], [city.key]))).rows.map((r) => r.key)).toEqual(
        store.referrersOf('Visit', 'City', city.key).map((r) => r.key),
      );
      // A list's undated records are the order keys from UNDATED on (reads.ts walks the dated ones as the keys before it), in every table that pages them.
      for (const [table, order, undated] of [['records', 'order_key', 'undated'], ['refs', 'from_order_key', 'from_undated'], ['search_docs', 'order_key', 'undated']]) {
        const { rows: parts } = await client.query(`SELECT ${undated} AS undated, ${order} >= $1 AS after, count(*)::int AS n FROM ${table} GROUP BY 1, 2 ORDER BY 1`, [UNDATED]);
        expect(parts.map((part) => [part.undated, part.after]), table).toEqual([[false, false], [true, true]]);
      }
      const counts = (await client.query('SELECT counts FROM corpus')).rows[0].counts;
      expect(counts.Article).toBe(store.count('Article'));
      expect(counts.Visit).toBe(store.count('Visit'));
    });
  });

  it("sends a batch's rows of a table in INSERTs of rowsPerInsert rows at most, and writes the same rows", async () => {
    const [split, whole] = [await pg.database(), await pg.database()];
    await ingested({ databaseUrl: split, dir: ARTICLES_DIR, rowsPerInsert: 7 });
    await ingested({ databaseUrl: whole, dir: ARTICLES_DIR });
    expect(await contentOf(split)).toEqual(await contentOf(whole));
    // The rows one statement inserted share their transaction (xmin) and command (cmin).
    const largestInsert = (url: string, table: string) =>
      withClient(url, async (client) => (await client.query<{ n: number }>(`SELECT max(n)::int AS n FROM (SELECT count(*) AS n FROM ${table} GROUP BY xmin::text, cmin::text) t`)).rows[0]!.n);
    for (const table of ['records', 'refs', 'mentions', 'evidence', 'search_docs']) {
      expect(await largestInsert(split, table), table).toBe(7);
      expect(await largestInsert(whole, table), table).toBeGreaterThan(7);
    }
  });

  it('writes the same rows reading the facts again one article at a time as in one chunk, the rows the in-memory store implies', async () => {
    const [single, whole] = [await pg.database(), await pg.database()];
    await ingested({ databaseUrl: single, dir: ARTICLES_DIR, chunkSize: 1, batchSize: 1 });
    await ingested({ databaseUrl: whole, dir: ARTICLES_DIR });
    expect(await contentOf(single)).toEqual(await contentOf(whole));
    // A report in one article merges into a fact another declares; both are read again in chunks of their own.
    const store = loadCorpus(ARTICLES_DIR);
    expect(store.list('Visit').some((visit) => visit.reports?.some((report) => report.articleKey !== visit.articleKey))).toBe(true);
    await expectStoreRows(single, store);
  });

  it('stops when a file changes between its check and its write, naming it; the articles before it are written, and the next ingest finishes', async () => {
    const url = await pg.database();
    const dir = corpusOf(...articleFiles());
    const names = readdirSync(dir).sort();
    const last = join(dir, names.at(-1)!);
    const json = JSON.parse(readFileSync(last, 'utf8'));
    // Written after the first batch: the last file is read again (a chunk of one) only after that.
    const beforeCommit = async ({ keys }: { keys: readonly string[] }) => {
      if (keys[0] === names[0]!.replace(/\.json$/, '')) writeFileSync(last, `${JSON.stringify({ ...json, title: `${json.title} (changed)` }, null, 2)}\n`);
    };
    const stopped = ingest({ databaseUrl: url, dir, chunkSize: 1, batchSize: 1, beforeCommit });
    await expect(stopped).rejects.toThrow(`${last} changed while it was being ingested; run the ingest again`);
    const written = await withClient(url, async (client) => (await client.query('SELECT key FROM articles ORDER BY file')).rows.map((row) => row.key));
    expect(written.length).toBeGreaterThan(0);
    expect(written).not.toContain(json.key);
    const report = await ingested({ databaseUrl: url, dir });
    expect(report).toMatchObject({ added: names.length - written.length, changed: 0 });
    await expectSameAnswers(url, loadCorpus(dir));
  });

  it('changes nothing when ingested again: not one row is written, and the version stays', async () => {
    const url = await pg.database();
    const first = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    const before = await rowVersions(url);
    const notices = await notificationsDuring(url, () => ingested({ databaseUrl: url, dir: ARTICLES_DIR }));
    expect(notices.result).toMatchObject({ added: 0, changed: 0, unchanged: first.added, batches: 0, version: first.version, migrations: [] });
    expect(notices.versions).toEqual([]);
    expect(await rowVersions(url)).toEqual(before);
  });

  it('fills a database written before references carried their time (0005_reference_times), and the next ingest rewrites nothing', async () => {
    const url = await pg.database();
    const first = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    const referenceTimes = (client: Client) =>
      client.query<Record<string, string | null>>(`SELECT e.from_kind, e.from_key, e.to_kind, e.to_key, e.from_time_earliest, e.from_time_latest, r.time_earliest, r.time_latest
                      FROM refs e JOIN records r ON r.kind = e.from_kind AND r.key = e.from_key ORDER BY 1, 2, 3, 4`);
    const written = await withClient(url, async (client) => (await referenceTimes(client)).rows);
    // Each reference holds its record's bounds, and some have them.
    for (const row of written) expect([row.from_time_earliest, row.from_time_latest]).toEqual([row.time_earliest, row.time_latest]);
    expect(written.filter((row) => row.from_time_earliest !== null).length).toBeGreaterThan(10);
    // As the database was before 0005 (and so before 0006 to 0008): no such columns, refs_list as 0002 made it, 0005 not applied.
    await withClient(url, (client) =>
      client.query(`${BEFORE_0006};
                    ALTER TABLE refs DROP COLUMN from_time_earliest, DROP COLUMN from_time_latest;
                    CREATE INDEX refs_list ON refs (to_kind, to_key, from_kind, from_order_key, from_key) INCLUDE (fields, from_undated, from_facet_kind, from_facet_status);
                    DELETE FROM schema_migrations WHERE name = 'reference_times'`),
    );
    const before = await rowVersions(url);
    const report = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    expect(report.migrations.map((m) => m.name)).toEqual(['reference_times', 'article_count', 'narrow_keys', 'participations', 'search_lists', 'offices', 'mode_counts', 'record_walks', 'deferred_indexes', 'drop_records_facets', 'sister_cities', 'ref_counts']);
    expect(report).toMatchObject({ added: 0, changed: 0, unchanged: first.added, batches: 0 });
    expect(await withClient(url, async (client) => (await referenceTimes(client)).rows)).toEqual(written);
    // The migration rewrote refs (its UPDATE), 0006 counted the articles, 0008 wrote the participations, 0009 filled the search documents, 0012 rewrote the records (their new columns); no other row was written again.
    const notRefs = besides('refs', 'record_counts', 'participations', 'search_docs', 'offices', 'records', 'sister_cities', 'ref_counts');
    expect(notRefs(await rowVersions(url))).toEqual(notRefs(before));
    // Which holds because an article's hash is the one it had before references carried a time.
    const store = loadCorpus(ARTICLES_DIR);
    const owners = ownersOf(store);
    for (const article of store.list('Article')) {
      const group = groupOf(rowSourceOf(store), article, owners.get(article.key) ?? [], 'content');
      const untimed = { ...group, refs: group.refs.map((ref) => ({ ...ref, from_time_earliest: null, from_time_latest: null })) };
      expect(recordsHashOf(untimed), article.key).toBe(group.article.records_hash);
    }
  });

  it('counts the articles of a database written before they were counted (0006_article_count), and keeps counting them', async () => {
    const url = await pg.database();
    const first = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    const articleCount = (client: Client) => client.query(`SELECT n FROM record_counts WHERE kind = 'Article'`).then(({ rows }) => rows.map((row) => row.n));
    expect(await withClient(url, articleCount)).toEqual([first.added]);
    await withClient(url, (client) => client.query(BEFORE_0006));
    const report = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    expect(report).toMatchObject({ added: 0, changed: 0, batches: 0, migrations: [{ name: 'article_count' }, { name: 'narrow_keys' }, { name: 'participations' }, { name: 'search_lists' }, { name: 'offices' }, { name: 'mode_counts' }, { name: 'record_walks' }, { name: 'deferred_indexes' }, { name: 'drop_records_facets' }, { name: 'sister_cities' }, { name: 'ref_counts' }] });
    expect(await withClient(url, articleCount)).toEqual([first.added]);
    // Every article deleted in one statement, then one put back: the row goes with the last, and comes back.
    await withClient(url, async (client) => {
      await client.query('BEGIN');
      await client.query('CREATE TEMPORARY TABLE one ON COMMIT DROP AS SELECT * FROM articles LIMIT 1');
      await client.query('DELETE FROM articles');
      expect(await articleCount(client)).toEqual([]);
      await client.query('INSERT INTO articles SELECT * FROM one');
      expect(await articleCount(client)).toEqual([1]);
      await client.query('ROLLBACK');
    });
    expect(await withClient(url, articleCount)).toEqual([first.added]);
  });

  it('fills the participations of a database written before them (0008_participations) as an ingest writes them, and the next ingest rewrites nothing', async () => {
    const url = await pg.database();
    const first = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    const written = (await contentOf(url)).participations!;
    expect(written.length).toBe(expectedCounts(loadCorpus(ARTICLES_DIR)).participations);
    await withClient(url, (client) => client.query(BEFORE_0008));
    const before = await rowVersions(url);
    const report = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    expect(report).toMatchObject({ added: 0, changed: 0, unchanged: first.added, batches: 0, migrations: [{ name: 'participations' }, { name: 'search_lists' }, { name: 'offices' }, { name: 'mode_counts' }, { name: 'record_walks' }, { name: 'deferred_indexes' }, { name: 'drop_records_facets' }, { name: 'sister_cities' }, { name: 'ref_counts' }] });
    expect((await contentOf(url)).participations).toEqual(written);
    const others = besides('participations', 'search_docs', 'offices', 'record_counts', 'records', 'sister_cities', 'ref_counts');
    expect(others(await rowVersions(url))).toEqual(others(before));
  });

  it("fills the search documents' record columns of a database written before them (0009_search_lists) as an ingest writes them, and the next ingest rewrites nothing", async () => {
    const url = await pg.database();
    const first = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    const written = (await contentOf(url)).search_docs!;
    // Some documents are of undated records, some of dated ones, some have a kind or a status.
    for (const column of ['undated', 'facet_kind', 'facet_status', 'time_earliest']) {
      expect(new Set(written.map((row) => (row as Record<string, unknown>)[column] ?? null)).size, column).toBeGreaterThan(1);
    }
    await withClient(url, (client) => client.query(BEFORE_0009));
    const before = await rowVersions(url);
    const report = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    expect(report).toMatchObject({ added: 0, changed: 0, unchanged: first.added, batches: 0, migrations: [{ name: 'search_lists' }, { name: 'offices' }, { name: 'mode_counts' }, { name: 'record_walks' }, { name: 'deferred_indexes' }, { name: 'drop_records_facets' }, { name: 'sister_cities' }, { name: 'ref_counts' }] });
    expect((await contentOf(url)).search_docs).toEqual(written);
    const others = besides('search_docs', 'offices', 'record_counts', 'records', 'sister_cities', 'ref_counts');
    expect(others(await rowVersions(url))).toEqual(others(before));
  });

  it("fills the offices of a database written before them (0010_offices) as an ingest writes them, and the next ingest rewrites nothing", async () => {
    const url = await pg.database();
    const first = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    const written = (await contentOf(url)).offices!;
    expect(written.length).toBe(expectedCounts(loadCorpus(ARTICLES_DIR)).offices);
    // Offices of every status data/articles holds, and one that serves nothing named, are rows too.
    const rows = written as { of: string | null; status: string }[];
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(loadCorpus(ARTICLES_DIR).list('Person').flatMap((person) => person.offices.map((office) => office.status))));
    expect(rows.some((row) => row.of === null)).toBe(loadCorpus(ARTICLES_DIR).list('Person').some((person) => person.offices.some((office) => office.of === undefined)));
    await withClient(url, (client) => client.query(BEFORE_0010));
    const before = await rowVersions(url);
    const report = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    expect(report).toMatchObject({ added: 0, changed: 0, unchanged: first.added, batches: 0, migrations: [{ name: 'offices' }, { name: 'mode_counts' }, { name: 'record_walks' }, { name: 'deferred_indexes' }, { name: 'drop_records_facets' }, { name: 'sister_cities' }, { name: 'ref_counts' }] });
    expect((await contentOf(url)).offices).toEqual(written);
    const others = besides('offices', 'record_counts', 'records', 'sister_cities', 'ref_counts');
    expect(others(await rowVersions(url))).toEqual(others(before));
  });

  it('counts the records of a database written before modes were counted (0011_mode_counts) by their mode, and keeps counting them', async () => {
    const url = await pg.database();
    const first = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    const counts = await recordCounts(url);
    // data/articles has statements of both modes, counted apart.
    const modes = (counts.kept as { kind: string; facet_mode: string | null }[]).filter((row) => row.kind === 'Statement').map((row) => row.facet_mode);
    expect(new Set(modes)).toEqual(new Set(loadCorpus(ARTICLES_DIR).list('Statement').map((statement) => statement.mode)));
    await withClient(url, (client) => client.query(BEFORE_0011));
    const before = await rowVersions(url);
    const report = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    expect(report).toMatchObject({ added: 0, changed: 0, unchanged: first.added, batches: 0, migrations: [{ name: 'mode_counts' }, { name: 'record_walks' }, { name: 'deferred_indexes' }, { name: 'drop_records_facets' }, { name: 'sister_cities' }, { name: 'ref_counts' }] });
    expect(await recordCounts(url)).toEqual(counts);
    // 0012 rewrote the records (their new columns).
    const others = besides('record_counts', 'records', 'sister_cities', 'ref_counts');
    expect(others(await rowVersions(url))).toEqual(others(before));
  });

  it("gives the records of a database written before 0012_record_walks their kind and status facets as columns, in records_order with their time, and the next ingest rewrites nothing", async () => {
    const url = await pg.database();
    const first = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    const facets = (client: Client) =>
      client.query<{ kind: string; key: string; facet_kind: string | null; facet_status: string | null; kind_in_facets: string | null; status_in_facets: string | null }>(
        `SELECT kind, key, facet_kind, facet_status, facets->>'kind' AS kind_in_facets, facets->>'status' AS status_in_facets FROM records ORDER BY kind, key`,
      );
    const walked = (client: Client) => client.query(`SELECT pg_get_indexdef('records_order'::regclass) AS def`).then(({ rows }) => rows[0].def as string);
    const written = await withClient(url, async (client) => (await facets(client)).rows);
    // Each record's columns are its facets; data/articles has records with a kind, with a status, and with neither.
    for (const row of written) expect([row.facet_kind, row.facet_status], `${row.kind}:${row.key}`).toEqual([row.kind_in_facets, row.status_in_facets]);
    expect(written.some((row) => row.facet_kind !== null) && written.some((row) => row.facet_status !== null) && written.some((row) => row.facet_kind === null)).toBe(true);
    expect(await withClient(url, walked)).toMatch(/\(kind, order_key, key\) INCLUDE \(facet_kind, facet_status, undated, time_earliest, time_latest\)$/);
    await withClient(url, (client) => client.query(BEFORE_0012));
    expect(await withClient(url, walked)).toMatch(/\(kind, order_key, key\)$/);
    const before = await rowVersions(url);
    const report = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    expect(report).toMatchObject({ added: 0, changed: 0, unchanged: first.added, batches: 0, migrations: [{ name: 'record_walks' }, { name: 'deferred_indexes' }, { name: 'drop_records_facets' }, { name: 'sister_cities' }, { name: 'ref_counts' }] });
    expect(await withClient(url, async (client) => (await facets(client)).rows)).toEqual(written);
    expect(await withClient(url, walked)).toMatch(/INCLUDE \(facet_kind, facet_status, undated, time_earliest, time_latest\)$/);
    // The migration rewrote the records (adding the columns), and no other row.
    const others = besides('records', 'sister_cities', 'ref_counts');
    expect(others(await rowVersions(url))).toEqual(others(before));
  });

  it('drops records_facets from a database written before 0014_drop_records_facets, and rewrites no row', async () => {
    const url = await pg.database();
    const first = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    const present = () => withClient(url, async (client) => (await client.query("SELECT to_regclass('records_facets') IS NOT NULL AS present")).rows[0].present as boolean);
    expect(await present()).toBe(false);
    await withClient(url, (client) => client.query(BEFORE_0014));
    expect(await present()).toBe(true);
    const before = await rowVersions(url);
    const report = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    expect(report).toMatchObject({ added: 0, changed: 0, unchanged: first.added, batches: 0, migrations: [{ name: 'drop_records_facets' }, { name: 'sister_cities' }, { name: 'ref_counts' }] });
    expect(await present()).toBe(false);
    // 0015 filled sister_cities again; no other row was written.
    const others = besides('sister_cities', 'ref_counts');
    expect(others(await rowVersions(url))).toEqual(others(before));
  });

  it('fills sister_cities in a database written before 0015_sister_cities as the ingest writes it, and the next ingest rewrites nothing', async () => {
    const url = await pg.database();
    const first = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    const sisters = (client: Client) => client.query('SELECT * FROM sister_cities ORDER BY agreement, city, party').then(({ rows }) => rows);
    const written = await withClient(url, sisters);
    // data/articles has several sister-city pacts, each written from both of its cities.
    expect(new Set(written.map((row) => row.agreement)).size).toBeGreaterThan(1);
    for (const row of written) expect(written.some((other) => other.agreement === row.agreement && other.city === row.sister && other.sister === row.city)).toBe(true);
    await withClient(url, (client) => client.query(BEFORE_0015));
    const before = await rowVersions(url);
    const report = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    expect(report).toMatchObject({ added: 0, changed: 0, unchanged: first.added, batches: 0, migrations: [{ name: 'sister_cities' }, { name: 'ref_counts' }] });
    expect(await withClient(url, sisters)).toEqual(written);
    const others = besides('sister_cities', 'ref_counts');
    expect(others(await rowVersions(url))).toEqual(others(before));
  });

  it('counts the references of a database written before 0016_ref_counts as the ingest keeps them counted, and the next ingest rewrites nothing', async () => {
    const url = await pg.database();
    const first = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    const counts = await refCounts(url);
    expect(counts.kept).toEqual(counts.counted);
    // Groups of one reference and of several, dated and undated.
    const ns = counts.kept.map((row) => (row as { n: number }).n);
    expect(Math.min(...ns)).toBe(1);
    expect(Math.max(...ns)).toBeGreaterThan(5);
    expect(new Set(counts.kept.map((row) => (row as { from_undated: boolean }).from_undated))).toEqual(new Set([true, false]));
    await withClient(url, (client) => client.query(BEFORE_0016));
    const before = await rowVersions(url);
    const report = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    expect(report).toMatchObject({ added: 0, changed: 0, unchanged: first.added, batches: 0, migrations: [{ name: 'ref_counts' }] });
    expect(await refCounts(url)).toEqual(counts);
    const others = besides('ref_counts');
    expect(others(await rowVersions(url))).toEqual(others(before));
  });

  it('brings the corpus row up to date after an ingest stopped before writing it, and writes no article', async () => {
    const url = await pg.database();
    await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    const expected = (await contentOf(url)).corpus;
    await withClient(url, (client) => client.query('UPDATE corpus SET counts = NULL, sizes = NULL'));
    const report = await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    expect(report).toMatchObject({ added: 0, changed: 0, batches: 1 });
    expect((await contentOf(url)).corpus).toEqual(expected);
  });

  it('loads an empty database with its secondary indexes dropped, then builds them: the schema is the one the migrations make', async () => {
    const url = await pg.database();
    const expected = await migratedIndexes();
    const during: string[][] = [];
    const built: string[] = [];
    const report = await ingested({
      databaseUrl: url,
      dir: ARTICLES_DIR,
      batchSize: 4,
      beforeCommit: () => withClient(url, async (reader) => void during.push(Object.keys(await indexesOf(reader)))),
      onIndex: ({ name }) => built.push(name),
    });
    // Only the indexes that enforce nothing were dropped (the keys stayed), and each came back as the migrations wrote it.
    const deferrable = Object.keys(expected).filter((name) => !/ UNIQUE /.test(expected[name]!));
    expect(deferrable).toContain('refs_list');
    expect(during).toHaveLength(3);
    for (const names of during) expect(names).toEqual(Object.keys(expected).filter((name) => !deferrable.includes(name)));
    expect(report.indexes).toEqual(deferrable);
    expect(built).toEqual(deferrable);
    expect(await withClient(url, indexesOf)).toEqual(expected);
    expect(await withClient(url, deferredOf)).toEqual([]);
    // Into a database that has articles, nothing is dropped.
    expect(await ingested({ databaseUrl: url, dir: ARTICLES_DIR })).toMatchObject({ indexes: [], unchanged: report.added });
  });

  it('builds the dropped indexes when the load of an empty database fails, or else the next ingest builds them before anything, its migrations included', async () => {
    const expected = await migratedIndexes();
    const failing = (fail: () => Promise<void>) => {
      let batches = 0;
      return () => (++batches === 2 ? fail() : Promise.resolve());
    };

    // A batch fails: the first batch's articles stay, and the indexes are built again.
    const url = await pg.database();
    await expect(ingest({ databaseUrl: url, dir: ARTICLES_DIR, batchSize: 4, beforeCommit: failing(() => Promise.reject(new Error('a check failed'))) })).rejects.toThrow('a check failed');
    expect(await withClient(url, indexesOf)).toEqual(expected);
    expect(await withClient(url, deferredOf)).toEqual([]);
    expect(await articleCount(url)).toBe(4);

    // The connection is lost: nothing can be built, and deferred_indexes says what the next ingest builds.
    const cut = await pg.database();
    const terminate = () =>
      withClient(cut, (other) => other.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'news-graph ingest' AND datname = current_database()")).then(() => undefined);
    await expect(ingest({ databaseUrl: cut, dir: ARTICLES_DIR, batchSize: 4, beforeCommit: failing(terminate) })).rejects.toThrow(/writing the articles .* failed/);
    const deferred = await withClient(cut, deferredOf);
    expect(deferred.length).toBeGreaterThan(0);
    expect(Object.keys(await withClient(cut, indexesOf)).filter((name) => deferred.includes(name))).toEqual([]);
    expect(await articleCount(cut)).toBe(4);
    // A migration of a later release that needs one of the indexes left unbuilt.
    const later = { version: 9999, name: 'index_comment', sql: `COMMENT ON INDEX ${deferred[0]} IS 'altered by a later migration'`, checksum: 'later' };
    const built: string[] = [];
    const report = await ingested({ databaseUrl: cut, dir: ARTICLES_DIR, migrations: [...readMigrations(), later], onIndex: ({ name }) => built.push(name) });
    expect(built).toEqual(deferred);
    expect(report).toMatchObject({ unchanged: 4, added: articleFiles().length - 4, indexes: [], migrations: [{ name: 'index_comment' }] });
    expect(await withClient(cut, indexesOf)).toEqual(expected);
    expect(await withClient(cut, deferredOf)).toEqual([]);
    const fresh = await pg.database();
    await ingested({ databaseUrl: fresh, dir: ARTICLES_DIR });
    expect(await contentOf(cut)).toEqual(await contentOf(fresh));
  });

  it('replaces a changed article in one transaction: a reader sees the old rows until it commits, then the new ones', async () => {
    const url = await pg.database();
    const dir = corpusOf(...articleFiles());
    await ingested({ databaseUrl: url, dir });
    const before = await rowVersions(url);
    const store = loadCorpus(dir);
    const article = store.list('Article')[0]!;
    const owned = await ownedIds(url, article.key);
    const ownedRecords = [...owned].filter((id) => id.startsWith('records ')).length;
    const file = join(dir, article.file.split('/').at(-1)!);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.title = `${json.title} (updated)`;
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);

    const seen: unknown[] = [];
    const { result: report, versions } = await notificationsDuring(url, () => ingested({
      databaseUrl: url,
      dir,
      beforeCommit: () =>
        withClient(url, async (reader) => {
          // The ingest has deleted and inserted the article's rows, uncommitted: another connection sees the old ones, all of them.
          seen.push((await reader.query('SELECT title FROM articles WHERE key = $1', [article.key])).rows[0]?.title);
          seen.push(Number((await reader.query('SELECT count(*) FROM records WHERE article = $1', [article.key])).rows[0].count));
        }),
    }));
    expect(report).toMatchObject({ added: 0, changed: 1, unchanged: store.count('Article') - 1, batches: 2 });
    // The article's transaction and the one that records the corpus's counts each raised the version, and said so.
    expect(versions).toEqual([String(report.version - 1), String(report.version)]);
    expect(seen).toEqual([article.title, ownedRecords]);
    await withClient(url, async (client) => {
      expect((await client.query('SELECT title FROM articles WHERE key = $1', [article.key])).rows[0].title).toBe(`${article.title} (updated)`);
    });

    // Only that article's own rows (and its title's words in search_words) were written again.
    const after = await rowVersions(url);
    const rewritten = [...after].filter(([id, xmin]) => before.get(id) !== xmin).map(([id]) => id);
    expect(rewritten.filter((id) => !owned.has(id) && !id.startsWith('search_words ') && !id.startsWith('record_counts ') && !id.startsWith('ref_counts ') && id !== 'corpus t')).toEqual([]);
    expect(rewritten).toContain(`articles ${article.key}`);
    const refs = await refCounts(url);
    expect(refs.kept).toEqual(refs.counted);

    // And the result is what a fresh ingest of the changed folder writes.
    const fresh = await pg.database();
    await ingested({ databaseUrl: fresh, dir });
    expect(await contentOf(url)).toEqual(await contentOf(fresh));
    await expectSameAnswers(url, loadCorpus(dir));
  });

  it('moves an entity to the article that now mentions it first (an article given a key that sorts first)', async () => {
    const url = await pg.database();
    const dir = corpusOf(...articleFiles());
    await ingested({ databaseUrl: url, dir });
    const store = loadCorpus(dir);
    // The last file (by name) that mentions an entity first mentioned by another.
    const byFile = [...store.list('Article')].sort((a, b) => b.file.localeCompare(a.file));
    const mover = byFile.find((article) => store.recordsOf(article.key).some((r) => 'articleKeys' in r && r.articleKeys[0] !== article.key))!;
    const entity = store.recordsOf(mover.key).find((r) => 'articleKeys' in r && r.articleKeys[0] !== mover.key)!;
    // A file's name is its article's key: both change.
    const name = mover.file.split('/').at(-1)!;
    const json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    writeFileSync(join(dir, `0-${name}`), JSON.stringify({ ...json, key: `0-${mover.key}` }));
    rmSync(join(dir, name));

    const report = await ingested({ databaseUrl: url, dir, prune: true });
    expect(report).toMatchObject({ added: 1, removed: [mover.key] });
    expect(report.changed).toBeGreaterThanOrEqual(1);
    await withClient(url, async (client) => {
      expect((await client.query('SELECT article FROM records WHERE kind = $1 AND key = $2', [entity.type, entity.key])).rows).toEqual([{ article: `0-${mover.key}` }]);
    });
    const fresh = await pg.database();
    await ingested({ databaseUrl: fresh, dir });
    expect(await contentOf(url)).toEqual(await contentOf(fresh));
  });

  it('leaves the old rows whole when the transaction that replaces them fails', async () => {
    const url = await pg.database();
    const dir = corpusOf(...articleFiles());
    await ingested({ databaseUrl: url, dir });
    const before = await contentOf(url);
    const name = readdirSync(dir)[0]!;
    const json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    writeFileSync(join(dir, name), JSON.stringify({ ...json, title: 'A title never committed' }));
    await expect(
      ingest({
        databaseUrl: url,
        dir,
        beforeCommit: () => Promise.reject(new Error('the connection dropped')),
      }),
    ).rejects.toThrow(`writing the articles ${json.key} failed: the connection dropped`);
    expect(await contentOf(url)).toEqual(before);
  });

  it('leaves an article whose file is gone, and says so; --prune removes it and all it owns', async () => {
    const url = await pg.database();
    const files = articleFiles();
    // An article the others do not depend on (nothing else declares what they take from it).
    const removable = [...files].reverse().find((file) => checkCorpus(corpusOf(...files.filter((f) => f !== file))).store)!;
    expect(removable).toBeDefined();
    const dir = corpusOf(...files);
    await ingested({ databaseUrl: url, dir });
    const key = JSON.parse(readFileSync(removable, 'utf8')).key as string;
    rmSync(join(dir, removable.split('/').at(-1)!));

    const kept = await ingested({ databaseUrl: url, dir });
    expect(kept).toMatchObject({ removed: [], left: [key] });
    await withClient(url, async (client) => expect((await client.query('SELECT key FROM articles WHERE key = $1', [key])).rows).toHaveLength(1));

    const pruned = await ingested({ databaseUrl: url, dir, prune: true });
    expect(pruned).toMatchObject({ removed: [key], left: [] });
    // record_counts and ref_counts (what a list's totalCount adds up) were counted down with the records the article owned.
    const { kept: keptCounts, counted } = await recordCounts(url);
    expect(keptCounts).toEqual(counted);
    const refs = await refCounts(url);
    expect(refs.kept).toEqual(refs.counted);
    const fresh = await pg.database();
    await ingested({ databaseUrl: fresh, dir });
    expect(await contentOf(url)).toEqual(await contentOf(fresh));
    expect(await countsOf(url)).toEqual(expectedCounts(loadCorpus(dir)));
  });
});

describe('npm run ingest', () => {
  const run = (args: string[], env: Record<string, string> = {}) => {
    const result = spawnSync('npm', ['run', '--silent', 'ingest', '--', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
    return { status: result.status, output: result.stdout + result.stderr };
  };

  it('takes the database from DATABASE_URL, and says what it did', async () => {
    const url = await pg.database();
    const dir = corpusOf(...articleFiles());
    const n = articleFiles().length;
    const first = run([dir], { DATABASE_URL: url });
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain(`${dir}: ${n} files, no problems`);
    expect(first.output).toContain('migrations applied: 0001_corpus');
    expect(first.output).toMatch(new RegExp(`^articles: ${n} added, 0 changed, 0 unchanged; \\d+ transactions in [\\d.]+ s; corpus version \\d+$`, 'm'));
    const second = run(['--database-url', url, dir], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(second.status, second.output).toBe(0);
    expect(second.output).toMatch(new RegExp(`articles: 0 added, 0 changed, ${n} unchanged; 0 transactions`));
  });

  it.each([
    ['a file that is not JSON', 'broken.json', () => '{"key": "broken",'],
    // Valid on its own; the corpus is not: two files declare one article key.
    ['a second file with an article key already used', 'zz-copy.json', () => readFileSync(articleFiles()[0]!, 'utf8')],
  ])('writes nothing for a folder with %s, prints the problems as validate does and exits 1', async (_, name, content) => {
    const url = await pg.database();
    const dir = corpusOf(...articleFiles());
    writeFileSync(join(dir, name), content());
    const { status, output } = run(['--database-url', url, dir]);
    expect(status).toBe(1);
    expect(output).toMatch(new RegExp(`^  ${join(dir, name)} \\$\\S*: `, 'm'));
    expect(output).toMatch(new RegExp(`^${dir}: \\d+ problems? in ${articleFiles().length + 1} files; nothing was written to the database$`, 'm'));
    // Not even the schema.
    await withClient(url, async (client) => {
      expect((await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows[0].n).toBe(0);
    });
  });

  it('refuses to run without a database', () => {
    const { status, output } = run([ARTICLES_DIR], { DATABASE_URL: '' });
    expect(status).toBe(2);
    expect(output).toContain('no database: set DATABASE_URL or pass --database-url');
  });
});

/** The identities (as rowVersions names them) of an article's own rows and everything hanging off its records. */
async function ownedIds(url: string, article: string): Promise<Set<string>> {
  return withClient(url, async (client) => {
    const ids = new Set([`articles ${article}`]);
    const add = async (table: string, sql: string) => {
      for (const row of (await client.query<{ id: string }>(sql, [article])).rows) ids.add(`${table} ${row.id}`);
    };
    await add('records', "SELECT concat_ws('|', kind, key) AS id FROM records WHERE article = $1");
    await add('search_docs', "SELECT concat_ws('|', kind, key) AS id FROM search_docs WHERE article = $1");
    await add('refs', "SELECT concat_ws('|', from_kind, from_key, to_kind, to_key) AS id FROM refs e JOIN records r ON r.kind = e.from_kind AND r.key = e.from_key WHERE r.article = $1");
    await add('mentions', "SELECT concat_ws('|', m.article, m.kind, m.key) AS id FROM mentions m JOIN records r ON r.kind = m.kind AND r.key = m.key WHERE r.article = $1");
    await add('evidence', "SELECT concat_ws('|', e.kind, e.key, e.position) AS id FROM evidence e JOIN records r ON r.kind = e.kind AND r.key = e.key WHERE r.article = $1");
    await add('participations', "SELECT concat_ws('|', p.fact_kind, p.fact_key, p.participant, p.who) AS id FROM participations p JOIN records r ON r.kind = p.fact_kind AND r.key = p.fact_key WHERE r.article = $1");
    await add('offices', "SELECT concat_ws('|', o.kind, o.person, o.position) AS id FROM offices o JOIN records r ON r.kind = o.kind AND r.key = o.person WHERE r.article = $1");
    await add('sister_cities', "SELECT concat_ws('|', s.agreement, s.city, s.party) AS id FROM sister_cities s JOIN records r ON r.kind = s.kind AND r.key = s.agreement WHERE r.article = $1");
    return ids;
  });
}

/** The schema's indexes, by name, with their definitions. */
async function indexesOf(client: Client): Promise<Record<string, string>> {
  const { rows } = await client.query<{ indexname: string; indexdef: string }>('SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname');
  return Object.fromEntries(rows.map((row) => [row.indexname, row.indexdef]));
}

/** The indexes of a database the migrations alone made (no ingest). */
const migratedIndexes = async () =>
  withClient(await pg.database(), async (client) => {
    await migrate(client);
    return indexesOf(client);
  });

/** The names in deferred_indexes: dropped by an ingest, not built again yet. */
const deferredOf = async (client: Client) => (await client.query<{ name: string }>('SELECT name FROM deferred_indexes ORDER BY name')).rows.map((row) => row.name);

const articleCount = (url: string) => withClient(url, async (client) => (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM articles')).rows[0]!.n);

/** What `work` returns, and the versions announced on corpus_version while it ran. */
async function notificationsDuring<T>(url: string, work: () => Promise<T>): Promise<{ result: T; versions: string[] }> {
  return withClient(url, async (listener) => {
    const versions: string[] = [];
    listener.on('notification', (message) => versions.push(message.payload!));
    await listener.query('LISTEN corpus_version');
    const result = await work();
    // A round trip: notifications committed before it have arrived by its answer.
    await listener.query('SELECT 1');
    return { result, versions };
  });
}
