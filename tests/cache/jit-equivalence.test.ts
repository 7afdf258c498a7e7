/**
 * graphql-jit (the prepared-operation fast path) and graphql-yoga's own executor give the same
 * bytes, on a generated corpus of a few hundred articles where lists are long, pages fill and
 * entities recur: every example with variables drawn from the corpus, and operations that page,
 * filter, order and refetch by global ID.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPEATS_BEFORE_COMPILING } from '../../src/cache/prepared-operations.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Store } from '../../src/corpus/store.js';
import { loadExamples } from '../../src/examples.js';
import { createApp, type App } from '../../src/yoga.js';
import { listenWired, type WiredServer } from '../wired-server.js';

let dir: string;
let store: Store;
let app: App;
let server: WiredServer;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'news-graph-jit-'));
  const generated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-corpus.ts', '--articles', '400', '--out', join(dir, 'articles')], { encoding: 'utf8' });
  expect(generated.status, generated.stderr).toBe(0);
  store = loadCorpus(join(dir, 'articles'));
  app = createApp({ store });
  server = await listenWired(app);
  base = server.base;
}, 60_000);
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
let nonce = 0;

/** The request over the server (the fast path once the operation is prepared) and into yoga directly. */
async function both(query: string, variables: Record<string, unknown>) {
  const body = JSON.stringify({ query, variables: { ...variables, requestNumber: ++nonce } });
  const served = app.prepared.served;
  // Copies of the headers: app.fetch adds a content-length to the object it is given.
  const fast = await fetch(`${base}/graphql`, { method: 'POST', headers: { ...HEADERS }, body });
  const viaFastPath = app.prepared.served > served;
  const yoga = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { ...HEADERS }, body });
  return { viaFastPath, fast: { status: fast.status, body: await fast.text() }, yoga: { status: yoga.status, body: await yoga.text() } };
}

/** The entities of a kind that most articles mention, most first. */
const mostMentioned = (kind: 'City' | 'Company' | 'Topic', n: number) =>
  [...(kind === 'Company' ? store.list('Organisation').filter((o) => o.kind === 'company') : store.list(kind))]
    .sort((a, b) => b.articleKeys.length - a.articleKeys.length)
    .slice(0, n);

/** Keys of the first facts of a kind that pass a test. */
const factKeys = <K extends 'Visit' | 'Event' | 'Agreement'>(kind: K, test: (fact: ReturnType<Store['list']>[number]) => boolean, n = 4) =>
  store
    .list(kind)
    .filter((fact) => test(fact))
    .slice(0, n)
    .map((fact) => ({ key: fact.key }));

/** Sends the first variables until the operation is compiled, then checks every other set against yoga. */
async function expectSameAnswers(query: string, sets: Record<string, unknown>[]) {
  for (let i = 0; i <= REPEATS_BEFORE_COMPILING; i++) await both(query, sets[0]!);
  for (const variables of sets.slice(1)) {
    const { viaFastPath, fast, yoga } = await both(query, variables);
    expect(viaFastPath, JSON.stringify(variables)).toBe(true);
    expect(fast).toEqual(yoga);
    expect(fast.status).toBe(200);
  }
}

describe('graphql-jit answers as yoga does, on a corpus of 400 generated articles', () => {
  const examples = loadExamples();
  const variablesFor: Record<string, () => Record<string, unknown>[]> = {
    'city-profile': () => mostMentioned('City', 4).map((c) => ({ key: c.key })),
    'company-profile': () => mostMentioned('Company', 4).map((c) => ({ key: c.key })),
    'search-district-heating': () => mostMentioned('Topic', 4).map((t) => ({ text: t.name })),
    'agreement-signatories-and-witnesses': () => factKeys('Agreement', (a) => 'participants' in a && a.participants.length > 0),
    'follow-up-reports': () => factKeys('Agreement', (a) => 'reports' in a && a.reports !== undefined),
    'reports-that-disagree': () => factKeys('Visit', (v) => 'disagreements' in v && v.disagreements !== undefined),
    'date-without-a-year': () => factKeys('Event', (e) => 'kind' in e && e.kind === 'signing-ceremony'),
  };

  it.each(examples.map((e) => [e.name, e] as const))('%s, with variables from the corpus', async (name, example) => {
    const sets = variablesFor[name]?.() ?? [{}, {}];
    await expectSameAnswers(example.query, sets);
  });

  it('pages through cities, forwards and backwards, with cursors', async () => {
    const query = `query Cities($first: Int, $last: Int, $after: String, $before: String) {
      cities(first: $first, last: $last, after: $after, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id key name country { name } } }
      }
    }`;
    const first = JSON.parse((await both(query, { first: 5 })).yoga.body).data.cities;
    await expectSameAnswers(query, [
      { first: 5 },
      { first: 7, after: first.pageInfo.endCursor },
      { last: 3, before: first.pageInfo.endCursor },
      { first: 100 },
      { first: 0 },
    ]);
  });

  it('filters and orders visits, agreements and metrics by the most mentioned city', async () => {
    const [city] = mostMentioned('City', 1);
    const query = `query Facts($city: String!, $direction: OrderDirection!, $first: Int) {
      visits(filter: { city: $city }, orderBy: { field: DATE, direction: $direction }, first: $first) {
        totalCount nodes { key status departure { words date } visitors { name } delegation { size { words value } companies { name } } }
      }
      agreements(filter: { city: $city }, first: $first) { totalCount nodes { key kind status parties { __typename ... on Entity { name } } } }
      metrics(filter: { city: $city }, first: $first) { totalCount nodes { key measure value { words amount ... on Money { currency } } evidence { quote sentence } } }
    }`;
    await expectSameAnswers(query, [
      { city: city!.key, direction: 'DESC', first: 10 },
      { city: city!.key, direction: 'ASC', first: 25 },
      { city: mostMentioned('City', 3)[2]!.key, direction: 'DESC' },
    ]);
  });

  it('refetches by global ID: node(id:) and nodes(ids:), an unknown key included', async () => {
    const [a, b, c] = mostMentioned('Company', 3).map((company) => Buffer.from(`Company:${company.key}`).toString('base64'));
    const query = 'query Refetch($id: ID!, $ids: [ID!]!) { node(id: $id) { id ... on Company { name } } nodes(ids: $ids) { id ... on Entity { key } } }';
    await expectSameAnswers(query, [
      { id: a, ids: [b, c] },
      { id: b, ids: [a, Buffer.from('Company:atlantis').toString('base64'), c] }, // an unknown key: null in its place
      { id: c, ids: [] },
    ]);
  });
});
