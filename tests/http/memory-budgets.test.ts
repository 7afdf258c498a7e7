/**
 * Issue 12.2, "Memory bounded in bytes, not entries": under an attacker's traffic, every cache that
 * grows with requests stays within its byte budget (MemoryBudgets, src/http/defaults.ts), and the
 * process's heap grows by no more than the budgets in all, plus an allowance for what no cache holds.
 *
 * On a generated corpus, through a real node:http server wired as src/server.ts wires it (response
 * cache, prepared operations, yoga), with the default budgets: 10,000 respellings of a common search
 * ("Delegation.", " DELEGATION", ...: the attack of the issue, which pinned 1.8 GB before), then
 * 10,000 distinct valid documents that fill every cache (searches for distinct pairs of common
 * words, lookups with distinct keys, the examples with distinct comment blocks, and operations sent
 * four times with other variables, so that they are compiled), and 1,000 malformed ones. The heap is
 * measured after full garbage collections (gc exposed through v8.setFlagsFromString, for this file only).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPEATS_BEFORE_COMPILING } from '../../src/cache/prepared-operations.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { normalize } from '../../src/corpus/search.js';
import type { Store } from '../../src/corpus/store.js';
import { loadExamples } from '../../src/examples.js';
import { loadConfig } from '../../src/config.js';
import { DEFAULT_MEMORY_BUDGETS, totalCacheBytes } from '../../src/http/defaults.js';
import { createApp, type App } from '../../src/yoga.js';
import { listenWired, type WiredServer } from '../wired-server.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/**
 * Heap growth no cache accounts for: code and type feedback for paths first taken during the run,
 * the response cache's digests of requests seen once (at most 10,000, about 1 MB), sockets and
 * lru-cache's spare array capacity. Measured (2026-12, Node 20.20): the heap grew by 51.6 MB while
 * the caches reported 57.6 MB; clearing each cache then freed 15.2 MB of the prepared operations'
 * 16.0, 17.3 of the memo's 20.6, 10.3 of the documents' 16.0, 2.0 of the parse errors' 4.0, and
 * 6.9 MB stayed (the cost cache's 1 MB included).
 */
const ALLOWANCE = 16 * MB;
const ARTICLES = 1500;

let dir: string;
let store: Store;
let app: App;
let server: WiredServer;
let port: number;
const agent = new Agent({ keepAlive: true, maxSockets: 4 });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'news-graph-memory-'));
  const generated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-corpus.ts', '--articles', String(ARTICLES), '--out', join(dir, 'articles')], { encoding: 'utf8' });
  expect(generated.status, generated.stderr).toBe(0);
  store = loadCorpus(join(dir, 'articles'));
  app = createApp({ store });
  server = await listenWired(app);
  port = server.port;
}, 120_000);
afterAll(async () => {
  agent.destroy();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** POSTs a body over a kept-alive connection (node:http: a fraction of fetch's cost per request). */
function post(body: unknown): Promise<{ status: number; text: string }> {
  const bytes = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'content-length': bytes.length } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(bytes);
  });
}

/** Sends every body, four at a time; each answer must be `expected` (200 without errors, or a 400). */
async function sendAll(bodies: unknown[], expected: 'ok' | 'refused'): Promise<void> {
  let next = 0;
  const failures: string[] = [];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++];
        const { status, text } = await post(body);
        const ok = expected === 'ok' ? status === 200 && !text.includes('"errors"') : status === 400;
        if (!ok && failures.length < 3) failures.push(`${JSON.stringify(body).slice(0, 200)} -> ${status} ${text.slice(0, 300)}`);
      }
    }),
  );
  expect(failures).toEqual([]);
}

const SEARCH = 'query Search($text: String!) { search(text: $text, first: 3) { totalCount nodes { score item { __typename } } } }';

/** The i-th spelling of a word that search reads alike: letter case, then punctuation after it, then spaces before it. */
function respelling(word: string, i: number): string {
  const cases = 2 ** Math.min(word.length, 10);
  const cased = [...word].map((letter, j) => (((i % cases) >> j) & 1 ? letter.toUpperCase() : letter)).join('');
  const trail = ['', '.', '!', '?', ',', ';', ':', ' ', '  ', '...', ' .', '-', '"', "'", ')', ' !'][Math.floor(i / cases) % 16];
  return `${' '.repeat(Math.floor(i / (cases * 16)))}${cased}${trail}`;
}

const CANDIDATES = ['delegation', 'mayor', 'cooperation', 'visit', 'trade', 'agreement', 'city', 'said', 'business', 'companies', 'water', 'energy', 'forum', 'signed', 'sister', 'investment', 'chamber', 'commerce', 'memorandum', 'officials', 'government', 'development', 'technology', 'province'];

describe('memory bounded in bytes', () => {
  it('10,000 respellings and 10,000 distinct documents keep every cache within its budget, and the heap within the budgets in all', async () => {
    const examples = loadExamples();
    // The corpus' most common words (every generated article reports a delegation's visit).
    const common = CANDIDATES.map((word) => ({ word, hits: store.search.query(word).length }))
      .filter(({ hits }) => hits > 0)
      .sort((a, b) => b.hits - a.hits);
    const [top] = common;
    expect(top!.hits).toBeGreaterThan(ARTICLES);
    const words = common.slice(0, 16).map(({ word }) => word);

    const respellings = Array.from({ length: 10_000 }, (_, i) => respelling(top!.word, i));
    expect(new Set(respellings).size).toBe(10_000);
    expect(new Set(respellings.map(normalize))).toEqual(new Set([top!.word]));

    const distinct: unknown[] = [];
    const compiled: unknown[] = [];
    for (let i = 0; distinct.length + compiled.length / (REPEATS_BEFORE_COMPILING + 2) < 10_000; i++) {
      switch (i % 8) {
        case 0:
        case 4: {
          // A search for a pair of common words: a large list for the query memo.
          const pair = Math.floor(i / 4);
          const text = `${words[pair % words.length]} ${words[Math.floor(pair / words.length) % words.length]}`;
          distinct.push({ query: `{ s${i}: search(text: "${text}", first: 3) { totalCount nodes { score } } }` });
          break;
        }
        case 1:
        case 5:
          distinct.push({ query: `query Lookup${i} { city(key: "city-${i}") { name } visits(filter: { hostCity: "city-${i}" }, first: 2) { totalCount } }` });
          break;
        case 2:
        case 6: {
          // An example with a comment block of its own: graphql-js keeps every comment token.
          const example = examples[i % examples.length]!;
          // Registered by automatic persisted queries (sent with its SHA-256): the registered queries' store fills too.
          const query = `${example.query}\n# request ${i}\n${'#\n'.repeat(100 + (i % 200))}`;
          const sha256Hash = createHash('sha256').update(query).digest('hex');
          distinct.push({ query, variables: example.variables, extensions: { persistedQuery: { version: 1, sha256Hash } } });
          break;
        }
        case 3:
          // Sent again with other variables until it is compiled (the prepared operation's code is charged).
          for (let k = 0; k < REPEATS_BEFORE_COMPILING + 2; k++) compiled.push({ query: `query Compiled${i}($key: String!) { city(key: $key) { name key } v${i}: visits(first: 2) { totalCount } }`, variables: { key: `key-${i}-${k}` } });
          break;
        case 7:
          distinct.push({ query: `query Places${i}($first: Int) { cities(first: $first, filter: { text: "${words[i % words.length]}" }) { totalCount } countries(first: 3) { nodes { name } } }`, variables: { first: 1 + (i % 50) } });
          break;
      }
    }
    expect(distinct.length + compiled.length / (REPEATS_BEFORE_COMPILING + 2)).toBe(10_000);
    const malformed = Array.from({ length: 1000 }, (_, i) => ({ query: `{ city(key: "broken-${i}") { name ${'key '.repeat(i % 300)}` }));

    // Warm-up: every kind of request once, so that the code they run is compiled before the heap is measured.
    await sendAll([{ query: SEARCH, variables: { text: respellings[0] } }, ...distinct.slice(0, 16), ...compiled.slice(0, 8)], 'ok');
    await sendAll(malformed.slice(0, 2), 'refused');
    const before = heapUsed();
    const memoBytes = () => app.memory.caches().query_memo!.bytes;
    const started = performance.now();

    const memoBefore = memoBytes();
    await sendAll(respellings.map((text) => ({ query: SEARCH, variables: { text } })), 'ok');
    const respelt = performance.now();
    // One memo entry for every spelling (the warm-up's): nothing was added.
    expect(memoBytes()).toBe(memoBefore);

    await sendAll(distinct, 'ok');
    await sendAll(compiled, 'ok');
    await sendAll(malformed, 'refused');
    const done = performance.now();
    const after = heapUsed();

    const caches = app.memory.caches();
    const budgets = totalCacheBytes(app.memory.budgets);
    console.log(
      `${ARTICLES} articles: respellings ${((respelt - started) / 1000).toFixed(1)} s, documents ${((done - respelt) / 1000).toFixed(1)} s; ` +
        `heap ${mb(before)} -> ${mb(after)}: +${mb(after - before)} (budgets ${mb(budgets)} + allowance ${mb(ALLOWANCE)}); ` +
        Object.entries(caches).map(([name, { bytes, budget }]) => `${name} ${mb(bytes)} of ${mb(budget)}`).join(', '),
    );
    expect(app.memory.budgets).toEqual(DEFAULT_MEMORY_BUDGETS);
    // (a) Each cache within its budget, and filled by the traffic to at least half of it (else (b) would prove little).
    expect(Object.keys(caches).sort()).toEqual(['costs', 'documents', 'parse_errors', 'persisted_queries', 'prepared_operations', 'query_memo']);
    for (const [name, { bytes, budget }] of Object.entries(caches)) {
      expect(bytes, name).toBeLessThanOrEqual(budget);
      expect(bytes, name).toBeGreaterThan(budget / 2);
    }
    // (b) The heap grew by no more than the budgets in all, and the allowance.
    expect(after - before).toBeLessThanOrEqual(budgets + ALLOWANCE);
  }, 180_000);
});

describe('memory settings', () => {
  it('come from the environment, each defaulting to its budget; a bad one is refused by name', () => {
    expect(loadConfig({}).memory).toEqual(DEFAULT_MEMORY_BUDGETS);
    const env = { QUERY_MEMO_BYTES: '1000', PREPARED_OPERATIONS_BYTES: '2000', DOCUMENT_CACHE_BYTES: '3000', PARSE_ERROR_CACHE_BYTES: '4000', COST_CACHE_BYTES: '5000', PERSISTED_QUERIES_BYTES: '6000' };
    expect(loadConfig(env).memory).toEqual({ queryMemoBytes: 1000, preparedOperationsBytes: 2000, documentCacheBytes: 3000, parseErrorCacheBytes: 4000, costCacheBytes: 5000, persistedQueriesBytes: 6000 });
    expect(() => loadConfig({ QUERY_MEMO_BYTES: '0' })).toThrow(/QUERY_MEMO_BYTES/);
    expect(() => loadConfig({ DOCUMENT_CACHE_BYTES: '16MB' })).toThrow(/DOCUMENT_CACHE_BYTES/);
  });

  it('reach the caches, whose bytes and budgets the metrics show', async () => {
    const small = createApp({ store, config: { memory: { queryMemoBytes: 2_000_000 } } });
    const query = '{ search(text: "delegation", first: 1) { totalCount } }';
    await small.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const { query_memo: memo } = small.memory.caches();
    expect(memo!.budget).toBe(2_000_000);
    expect(memo!.bytes).toBeGreaterThan(0);
    const metrics = await (await small.fetch('http://yoga/metrics')).text();
    expect(metrics).toContain(`news_graph_cache_bytes{cache="query_memo"} ${memo!.bytes}`);
    expect(metrics).toContain('news_graph_cache_budget_bytes{cache="query_memo"} 2000000');
    for (const cache of ['prepared_operations', 'documents', 'parse_errors', 'costs', 'persisted_queries']) expect(metrics).toContain(`news_graph_cache_bytes{cache="${cache}"}`);
  });
});
