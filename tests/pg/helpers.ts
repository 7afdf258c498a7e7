/**
 * A throwaway PostgreSQL cluster per test file (scripts/pg-cluster.ts), a database per test, and
 * the checks that a database written by the ingest answers what the in-memory store answers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg, { type QueryConfig } from 'pg';
import { afterAll, beforeAll, expect } from 'vitest';
import { startCluster, type PgCluster } from '../../scripts/pg-cluster.js';
import { ENTITY_KINDS, FACT_KINDS, ROW_KINDS, type RowKind } from '../../src/corpus/kinds.js';
import type { AnyRecord, EntityRecord } from '../../src/corpus/model.js';
import { byOrder } from '../../src/corpus/natural-order.js';
import { PARTICIPATED_KINDS, refOf } from '../../src/corpus/corpus-store.js';
import { packOffsets } from '../../src/corpus/locate.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Store } from '../../src/corpus/store.js';
import { ROOT } from '../corpus/helpers.js';
import { ingest, type IngestOptions, type IngestReport } from '../../src/pg/ingest.js';
import { articleFromRow, batchReads, KIND_ORDER, searchReads } from '../../src/pg/reads.js';
import { groupOf, ownersOf, recordJson, rowSourceOf, storedFields } from '../../src/pg/rows.js';
import { searchTermsOf } from '../../src/pg/search-doc.js';

/** Starts a cluster before the file's tests and stops it after; `database()` makes an empty database. */
export function useCluster(): { database(): Promise<string> } {
  let cluster: PgCluster | undefined;
  beforeAll(async () => {
    cluster = await startCluster();
  });
  afterAll(async () => {
    await cluster?.stop();
  });
  return { database: () => cluster!.createDatabase() };
}

/**
 * A corpus of `articles` generated articles (npm run gen-corpus) in a temporary folder for the
 * file's tests, loaded into the in-memory store too; removed after them.
 */
export function useGeneratedCorpus(articles: number): { dir: string; store(): Store } {
  const dir = mkdtempSync(join(tmpdir(), 'news-graph-generated-'));
  let store: Store | undefined;
  beforeAll(() => {
    const run = spawnSync('npm', ['run', '--silent', 'gen-corpus', '--', '--articles', String(articles), '--out', dir], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`gen-corpus failed: ${run.stdout}${run.stderr}`);
    store = loadCorpus(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { dir, store: () => store! };
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Ingests and expects it to succeed. */
export async function ingested(options: IngestOptions): Promise<IngestReport> {
  const result = await ingest(options);
  if (!result.ok) throw new Error(`the corpus was expected to be valid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result;
}

/** The columns that identify a row of ref_counts: a group of references (null facets written out, so that no two groups read alike). */
const REF_GROUPS = "to_kind, to_key, from_kind, fields, coalesce(from_facet_kind, '(none)'), coalesce(from_facet_status, '(none)'), from_undated";

/** The corpus tables, each with the columns that identify a row. */
const TABLES: Record<string, string> = {
  articles: 'key',
  records: 'kind, key',
  refs: 'from_kind, from_key, to_kind, to_key',
  mentions: 'article, kind, key',
  evidence: 'kind, key, position',
  participations: 'fact_kind, fact_key, participant, who',
  offices: 'kind, person, position',
  sister_cities: 'agreement, city, party',
  search_docs: 'kind, key',
  search_words: 'word',
  // The mode read from the row as JSON: a database made to look as it was before 0011 has no such column.
  record_counts: "kind, facet_kind, facet_status, to_jsonb(record_counts)->>'facet_mode', undated",
  ref_counts: REF_GROUPS,
};

/** Every row's version (xmin) by table and identity: a row written again gets a new one. A table a test has dropped (to make the database look older) has none. */
export async function rowVersions(url: string): Promise<Map<string, string>> {
  return withClient(url, async (client) => {
    const versions = new Map<string, string>();
    for (const [table, id] of Object.entries({ ...TABLES, corpus: 'one' })) {
      if (!(await client.query(`SELECT to_regclass('${table}') IS NOT NULL AS present`)).rows[0].present) continue;
      const { rows } = await client.query<{ id: string; xmin: string }>(`SELECT concat_ws('|', ${id}) AS id, xmin::text FROM ${table}`);
      for (const row of rows) versions.set(`${table} ${row.id}`, row.xmin);
    }
    return versions;
  });
}

/** The content of every corpus table, rows in identity order (corpus: what does not count ingests). */
export async function contentOf(url: string): Promise<Record<string, unknown[]>> {
  return withClient(url, async (client) => {
    const content: Record<string, unknown[]> = {};
    for (const [table, id] of Object.entries(TABLES)) content[table] = (await client.query(`SELECT * FROM ${table} ORDER BY ${id}`)).rows;
    content.corpus = (await client.query('SELECT counts, sizes FROM corpus')).rows;
    return content;
  });
}

/** Every article's rows in the database hash as the rows the in-memory store implies (rows.ts groupOf over the store). */
export async function expectStoreRows(url: string, store: Store): Promise<void> {
  const owners = ownersOf(store);
  const source = rowSourceOf(store);
  const written = await withClient(url, async (client) => (await client.query<{ key: string; records_hash: string }>('SELECT key, records_hash FROM articles')).rows);
  const hashes = new Map(written.map((row) => [row.key, row.records_hash]));
  expect(hashes.size).toBe(store.count('Article'));
  for (const article of store.list('Article')) {
    expect(hashes.get(article.key), article.key).toBe(groupOf(source, article, owners.get(article.key) ?? [], '').article.records_hash);
  }
}

/** record_counts as the triggers keep it, and as counting the records and articles gives it now: the two must agree. */
export async function recordCounts(url: string): Promise<{ kept: unknown[]; counted: unknown[] }> {
  return withClient(url, async (client) => {
    const order = 'ORDER BY kind, facet_kind, facet_status, facet_mode, undated';
    const kept = (await client.query(`SELECT kind, facet_kind, facet_status, facet_mode, undated, n FROM record_counts ${order}`)).rows;
    const counted = (
      await client.query(`SELECT kind, facets->>'kind' AS facet_kind, facets->>'status' AS facet_status, facets->>'mode' AS facet_mode, undated, count(*)::int AS n FROM records GROUP BY 1, 2, 3, 4, 5
                          UNION ALL SELECT 'Article', NULL, NULL, NULL, false, count(*)::int FROM articles HAVING count(*) > 0 ${order}`)
    ).rows;
    return { kept, counted };
  });
}

/** ref_counts as the triggers keep it, and as counting the references gives it now: the two must agree. */
export async function refCounts(url: string): Promise<{ kept: unknown[]; counted: unknown[] }> {
  return withClient(url, async (client) => {
    const groups = 'to_kind, to_key, from_kind, fields, from_facet_kind, from_facet_status, from_undated';
    const kept = (await client.query(`SELECT ${groups}, n FROM ref_counts ORDER BY ${REF_GROUPS}`)).rows;
    const counted = (await client.query(`SELECT ${groups}, count(*)::int AS n FROM refs GROUP BY ${groups} ORDER BY ${REF_GROUPS}`)).rows;
    return { kept, counted };
  });
}

/** Row counts the in-memory store implies, computed from its own answers. */
export function expectedCounts(store: Store): Record<string, number> {
  const all = ROW_KINDS.flatMap((kind) => store.list(kind) as readonly AnyRecord[]);
  let refs = 0;
  for (const target of all) for (const kind of ROW_KINDS) refs += store.referrersOf(kind, target.type as RowKind, target.key).length;
  const articles = store.list('Article');
  return {
    articles: articles.length,
    records: all.length,
    refs,
    mentions: articles.reduce((sum, article) => sum + store.recordsOf(article.key).length, 0),
    evidence: ENTITY_KINDS.reduce((sum, kind) => sum + store.list(kind).reduce((quotes, entity) => quotes + entity.evidence.length, 0), 0),
    participations: PARTICIPATED_KINDS.reduce((sum, kind) => sum + store.list(kind).reduce((n, fact) => n + store.participantsOf(fact).filter((p) => p.who).length, 0), 0),
    offices: store.list('Person').reduce((sum, person) => sum + person.offices.length, 0),
    // Each city party of a sister-city agreement with each other city party.
    sister_cities: store.list('Agreement').reduce((sum, agreement) => {
      if (agreement.kind !== 'sister-cities') return sum;
      const cities = agreement.parties.filter((party) => party.startsWith('city:'));
      return sum + new Set(cities).size * cities.length - cities.length;
    }, 0),
    search_docs: articles.length + all.length,
  };
}

export async function countsOf(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const counts: Record<string, number> = {};
    for (const table of ['articles', 'records', 'refs', 'mentions', 'evidence', 'participations', 'offices', 'sister_cities', 'search_docs']) {
      counts[table] = Number((await client.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
    }
    return counts;
  });
}

const withoutRank = ({ order: _rank, ...fields }: { order: unknown }) => fields;
const group = <T, V>(rows: readonly T[], keyOf: (row: T) => string, valueOf: (row: T) => V) => {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const id = keyOf(row);
    const list = groups.get(id);
    if (list) list.push(valueOf(row));
    else groups.set(id, [valueOf(row)]);
  }
  return groups;
};

/**
 * The database answers each of the store's questions as the store does: every record byte for
 * byte (key order included), every list in natural order, every referrer list, every article's
 * records and every entity's articles, the derived countries and regions, and counts.
 */
export async function expectSameAnswers(url: string, store: Store): Promise<void> {
  await withClient(url, async (client) => {
    // Records as JSON text, exactly: what the store holds, but its rank.
    const { rows: records } = await client.query<{ kind: RowKind; key: string; record: string; derived: Record<string, unknown> | null; evidence_count: number | null }>(
      'SELECT kind, key, record::text AS record, derived, evidence_count FROM records',
    );
    expect(records.length).toBe(ROW_KINDS.reduce((sum, kind) => sum + store.count(kind), 0));
    // An entity's quotes, each at its place: its article and packed offsets.
    const { rows: quoteRows } = await client.query<{ kind: string; key: string; article: string; packed: string }>('SELECT kind, key, article, packed FROM evidence ORDER BY kind, key, position');
    const quotes = group(quoteRows, (r) => `${r.kind}:${r.key}`, (r) => [r.article, Number(r.packed)]);
    for (const row of records) {
      const record = store.get(row.kind, row.key)!;
      expect(row.record, `${row.kind} ${row.key}`).toBe(recordJson(storedFields(record)));
      const entity = 'articleKey' in record ? undefined : record;
      expect(row.evidence_count).toBe(entity ? entity.evidence.length : null);
      expect(quotes.get(`${row.kind}:${row.key}`) ?? [], `${row.kind} ${row.key}'s evidence`).toEqual(
        entity ? entity.evidence.map((e) => [e.articleKey, packOffsets(e.paragraph, e.start, e.end)]) : [],
      );
      if (record.type === 'City' || record.type === 'Region' || record.type === 'Venue' || record.type === 'Organisation') {
        expect(row.derived?.country ?? undefined).toEqual(store.countryOf(record));
        expect(row.derived?.region ?? undefined).toEqual(store.regionOf(record));
      }
      if (record.type === 'Visit') expect(row.derived?.hostCountry ?? undefined).toEqual(store.visitCountry(record, 'host'));
    }
    const { rows: articles } = await client.query(batchReads.articles(store.list('Article').map((article) => article.key)));
    const articleRows = new Map(articles.map((row) => [row.key as string, row]));
    for (const article of store.list('Article')) {
      expect(articleFromRow(articleRows.get(article.key))).toEqual({ ...withoutRank(article), file: article.file.split('/').at(-1) });
    }

    // Store.list: each kind in natural order, and facts of all kinds together (Queries.factsAbout merges them).
    const { rows: listed } = await client.query<{ kind: string; key: string }>('SELECT kind, key FROM records ORDER BY kind, order_key, key');
    const lists = group(listed, (r) => r.kind, (r) => r.key);
    for (const kind of ROW_KINDS) expect(lists.get(kind) ?? [], kind).toEqual(store.list(kind).map((r) => r.key));
    expect((await client.query(batchReads.listArticles())).rows.map((r) => r.key)).toEqual(store.list('Article').map((r) => r.key));
    // Queries' order by key (localeCompare) is the keys' code point order: keys are lowercase ASCII words and hyphens.
    const { rows: byKey } = await client.query<{ kind: string; key: string }>('SELECT kind, key FROM records ORDER BY kind, key');
    const keyLists = group(byKey, (r) => r.kind, (r) => r.key);
    for (const kind of ROW_KINDS) expect(keyLists.get(kind) ?? []).toEqual(store.list(kind).map((r) => r.key).sort((a, b) => a.localeCompare(b)));
    const { rows: facts } = await client.query<{ kind: string; key: string }>(
      'SELECT kind, key FROM records WHERE kind = ANY($1) ORDER BY order_key, key, array_position($2::text[], kind::text)',
      [FACT_KINDS, KIND_ORDER],
    );
    const allFacts = FACT_KINDS.flatMap((kind) => store.list(kind) as readonly AnyRecord[]).sort(byOrder);
    expect(facts.map((r) => `${r.kind}:${r.key}`)).toEqual(allFacts.map((r) => `${r.type}:${r.key}`));

    // Store.referrersOf, for every kind and every target: read in one query, in the order batchReads.referrers gives.
    const { rows: refs } = await client.query<{ from_kind: string; to_kind: string; to_key: string; key: string }>(
      `SELECT e.from_kind, e.to_kind, e.to_key, r.key FROM refs e JOIN records r ON r.kind = e.from_kind AND r.key = e.from_key
        ORDER BY e.to_kind, e.to_key, e.from_kind, r.order_key, r.key`,
    );
    const referrers = group(refs, (r) => `${r.from_kind} ${r.to_kind} ${r.to_key}`, (r) => r.key);
    let lists_ = 0;
    for (const kind of ROW_KINDS) {
      for (const target of ROW_KINDS) {
        for (const record of store.list(target)) {
          const expected = store.referrersOf(kind, target, record.key).map((r) => r.key);
          if (expected.length > 0) lists_++;
          expect(referrers.get(`${kind} ${target} ${record.key}`) ?? [], `${kind} referring to ${target} ${record.key}`).toEqual(expected);
        }
      }
    }
    expect(referrers.size).toBe(lists_);

    // Store.recordsOf and Store.articlesMentioning.
    const { rows: mentions } = await client.query<{ article: string; kind: string; key: string }>(
      `SELECT m.article, m.kind, m.key FROM mentions m JOIN records r ON r.kind = m.kind AND r.key = m.key
        ORDER BY m.article, array_position($1::text[], m.kind::text), r.order_key, r.key`,
      [KIND_ORDER],
    );
    const byArticle = group(mentions, (r) => r.article, (r) => `${r.kind}:${r.key}`);
    for (const article of store.list('Article')) {
      expect(byArticle.get(article.key) ?? [], article.key).toEqual(store.recordsOf(article.key).map((r) => `${r.type}:${r.key}`));
    }
    const { rows: mentioning } = await client.query<{ kind: string; key: string; article: string }>(
      'SELECT m.kind, m.key, a.key AS article FROM mentions m JOIN articles a ON a.key = m.article ORDER BY m.kind, m.key, a.order_key, a.key',
    );
    const byEntity = group(mentioning, (r) => `${r.kind}:${r.key}`, (r) => r.article);
    for (const kind of ENTITY_KINDS) {
      for (const entity of store.list(kind) as readonly EntityRecord[]) {
        expect(byEntity.get(`${kind}:${entity.key}`), `${kind} ${entity.key}`).toEqual(store.articlesMentioning(entity).map((a) => a.key));
      }
    }

    // Store.participationsOf: each entity's roles in the order the participations table walks them.
    const { rows: roles } = await client.query<{ who: string; fact_kind: string; fact_key: string; participant: number; role: string }>(
      'SELECT who, fact_kind, fact_key, participant, role FROM participations ORDER BY who, fact_order_key, fact_key, kind_rank, participant',
    );
    const byWho = group(roles, (r) => r.who, (r) => `${r.fact_kind}:${r.fact_key}/${r.participant} ${r.role}`);
    let played = 0;
    for (const kind of ENTITY_KINDS) {
      for (const entity of store.list(kind) as readonly EntityRecord[]) {
        const expected = store.participationsOf(entity).map((p) => `${p.fact.type}:${p.fact.key}/${p.fact.participants.indexOf(p.row)} ${p.role}`);
        if (expected.length > 0) played++;
        expect(byWho.get(refOf(entity)) ?? [], `${kind} ${entity.key}'s participations`).toEqual(expected);
      }
    }
    expect(byWho.size).toBe(played);
  });
}

/** The database's ranked search equals the in-memory one for each text: the same records, scores and order. */
export async function expectSameSearch(url: string, store: Store, texts: readonly string[]): Promise<{ text: string; hits: number; scanSize: number }[]> {
  return withClient(url, async (client) => {
    const found = [];
    for (const text of texts) {
      const expected = store.search.query(text).map((hit) => ({ kind: hit.record.type, key: hit.record.key, score: hit.score }));
      const rowsOf = async (query: QueryConfig | undefined) => (query ? (await client.query(query)).rows : []);
      const actual = await rowsOf(searchReads.page(text, 0, null));
      expect(actual, text).toEqual(expected);
      // The first hits come with the count of all.
      const first = await rowsOf(searchReads.first(text, 5));
      expect(first.map(({ total: _total, ...hit }) => hit), `first hits of ${text}`).toEqual(expected.slice(0, 5));
      expect(first.map((row) => row.total), `count of ${text}`).toEqual(first.map(() => expected.length));
      // A page from the middle is the same slice of the ranking.
      expect(await rowsOf(searchReads.page(text, 3, 4)), `hits 3 to 6 of ${text}`).toEqual(expected.slice(3, 7));
      // The postings of the rarest word, from the counts a view reads (0 for a word no document holds, and for no word).
      const { words } = searchTermsOf(text);
      const docs = new Map((await client.query(batchReads.words(words))).rows.map((row) => [row.word as string, row.docs as number]));
      const scanSize = words.length === 0 ? 0 : Math.min(...words.map((word) => docs.get(word) ?? 0));
      expect(scanSize, `scan size of ${text}`).toBe(store.search.scanSize(text));
      found.push({ text, hits: actual.length, scanSize });
    }
    return found;
  });
}

/**
 * How ts_rank (weights D 0, C 1/3, B 2/3, A 1: search.ts's 1, 2 and 3 for text, keywords and names, scaled to ts_rank's 0..1) would order
 * the same matches: the share of the in-memory top 10 in its top 10, and whether the first hit agrees.
 */
export async function tsRankComparison(url: string, store: Store, texts: readonly string[]): Promise<string> {
  return withClient(url, async (client) => {
    const lines = [];
    for (const text of texts) {
      const { tsquery } = searchTermsOf(text);
      if (!tsquery) continue;
      const expected = store.search.query(text).map((hit) => `${hit.record.type}:${hit.record.key}`);
      if (expected.length === 0) continue;
      const { rows } = await client.query<{ id: string }>(
        `SELECT kind || ':' || key AS id FROM search_docs WHERE doc @@ $1::tsquery ORDER BY ts_rank('{0, 0.333, 0.667, 1}', doc, $1::tsquery) DESC, kind, order_key, key LIMIT 10`,
        [tsquery],
      );
      const top = new Set(expected.slice(0, 10));
      const shared = rows.filter((row) => top.has(row.id)).length;
      lines.push(`"${text}": ${shared}/${Math.min(10, expected.length)} of the top 10 shared, first hit ${rows[0]?.id === expected[0] ? 'same' : 'differs'}`);
    }
    return `ts_rank instead of search.ts's scores: ${lines.join('; ')}`;
  });
}
