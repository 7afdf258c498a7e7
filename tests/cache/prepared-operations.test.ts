/**
 * The prepared-operation fast path answers exactly as graphql-yoga does: every example, sent again
 * with other variables, gets the same status, content type and bytes as the app itself gives; and
 * whatever yoga would refuse or report an error for is still answered by yoga.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPEATS_BEFORE_COMPILING } from '../../src/cache/prepared-operations.js';
import { loadExamples } from '../../src/examples.js';
import { app } from '../helpers.js';
import { listenWired, type WiredServer } from '../wired-server.js';

let server: WiredServer;
let base: string;

beforeAll(async () => {
  server = await listenWired(app);
  base = server.base;
});
afterAll(() => server.close());

const HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

/** The same request over the server (fast path when prepared) and into the app directly (always yoga). */
async function both(body: Record<string, unknown>, headers: Record<string, string> = HEADERS) {
  const text = JSON.stringify(body);
  const servedBefore = app.prepared.served;
  const viaServer = await fetch(`${base}/graphql`, { method: 'POST', headers: { ...headers }, body: text });
  const fast = app.prepared.served > servedBefore;
  const viaYoga = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { ...headers }, body: text });
  return {
    fast,
    server: { status: viaServer.status, type: viaServer.headers.get('content-type'), body: await viaServer.text() },
    yoga: { status: viaYoga.status, type: viaYoga.headers.get('content-type'), body: await viaYoga.text() },
  };
}

let nonce = 0;
/** Variables no earlier request had, so the response cache cannot answer. */
const fresh = (variables: Record<string, unknown> = {}) => ({ ...variables, requestNumber: ++nonce });

/** Sends a request until its operation is on the fast path: yoga answers the first one (which teaches it) and the next REPEATS_BEFORE_COMPILING. */
async function prepare(send: () => Promise<{ fast: boolean; server: { status: number }; yoga: unknown }>) {
  for (let i = 0; i <= REPEATS_BEFORE_COMPILING; i++) expect((await send()).fast).toBe(false);
  const fast = await send();
  expect(fast.fast).toBe(true);
  expect(fast.server).toEqual(fast.yoga);
}

describe('prepared operations', () => {
  it.each(loadExamples().map((e) => [e.name, e] as const))('%s: answered again with other variables, byte for byte as yoga answers', async (_name, example) => {
    await prepare(() => both({ query: example.query, variables: fresh(example.variables) }));
    const again = await both({ query: example.query, variables: fresh(example.variables) });
    expect(again.fast).toBe(true);
    expect(again.server).toEqual(again.yoga);
    expect(again.server.status).toBe(200);
  });

  it('answers other variables of a prepared operation with their own data', async () => {
    const query = 'query City($key: String!) { city(key: $key) { name country { name } } }';
    await prepare(() => both({ query, variables: fresh({ key: 'copenhagen' }) }));
    const beijing = await both({ query, variables: fresh({ key: 'beijing' }) });
    expect(beijing.fast).toBe(true);
    expect(JSON.parse(beijing.server.body)).toEqual({ data: { city: { name: 'Beijing', country: { name: 'China' } } } });
  });

  it('leaves invalid variables to yoga, which answers them with its own error', async () => {
    const query = 'query Metrics($first: Int) { metrics(first: $first) { nodes { key } } }';
    await prepare(() => both({ query, variables: fresh({ first: 1 }) }));
    const wrongType = await both({ query, variables: fresh({ first: 'many' }) });
    expect(wrongType.fast).toBe(false);
    expect(wrongType.server).toEqual(wrongType.yoga);
    expect(wrongType.server.status).toBe(400);
    expect(wrongType.server.body).toContain('BAD_USER_INPUT');
  });

  it('checks the cost with each request\'s variables: an expensive page size is still refused', async () => {
    const query = 'query Deep($n: Int) { cities(first: $n) { nodes { visits(first: $n) { nodes { agreements(first: $n) { nodes { parties { name } } } } } } } }';
    await prepare(() => both({ query, variables: fresh({ n: 1 }) }));
    const costly = await both({ query, variables: fresh({ n: 100 }) });
    expect(costly.fast).toBe(false);
    expect(costly.server).toEqual(costly.yoga);
    expect(costly.server.body).toContain('MAX_COST_EXCEEDED');
  });

  it('leaves field errors to yoga: a page over the cap is its error, not a fast answer', async () => {
    const query = 'query Topics($first: Int) { topics(first: $first) { nodes { key } } }';
    await prepare(() => both({ query, variables: fresh({ first: 2 }) }));
    const overCap = await both({ query, variables: fresh({ first: 101 }) });
    expect(overCap.fast).toBe(false);
    expect(overCap.server).toEqual(overCap.yoga);
    expect(overCap.server.body).toContain('must be at most 100');
  });

  it('keys on the headers: an operation prepared for one Accept header is not answered for another', async () => {
    const query = 'query Capitals { cities(filter: { capital: true }) { nodes { name } } }';
    await prepare(() => both({ query, variables: fresh() }));
    const otherAccept = await both({ query, variables: fresh() }, { 'content-type': 'application/json', accept: 'application/json' });
    expect(otherAccept.fast).toBe(false);
    expect(otherAccept.server).toEqual(otherAccept.yoga);
  });

  it('sends requests with other members (extensions) through yoga', async () => {
    const query = 'query Countries { countries { nodes { name } } }';
    await prepare(() => both({ query, variables: fresh() }));
    const withExtensions = await both({ query, variables: fresh(), extensions: { tracing: true } });
    expect(withExtensions.fast).toBe(false);
    expect(withExtensions.server).toEqual(withExtensions.yoga);
  });

  it.each(loadExamples().map((e) => [e.name, e] as const))('%s over GET: answered again with other variables, byte for byte as yoga answers', async (_name, example) => {
    await prepare(() => bothGet({ query: example.query, variables: JSON.stringify(fresh(example.variables)) }));
    const again = await bothGet({ query: example.query, variables: JSON.stringify(fresh(example.variables)) });
    expect(again.fast).toBe(true);
    expect(again.server).toEqual(again.yoga);
    expect(again.server.status).toBe(200);
  });

  it('over GET, leaves unparsable variables and other parameters to yoga', async () => {
    const query = 'query Topic($key: String!) { topic(key: $key) { name } }';
    await prepare(() => bothGet({ query, variables: JSON.stringify(fresh({ key: 'tourism' })) }));
    const badJson = await bothGet({ query, variables: '{"key": ' });
    expect(badJson.fast).toBe(false);
    expect(badJson.server).toEqual(badJson.yoga);
    expect(badJson.server.status).toBe(400);
    const withExtensions = await bothGet({ query, variables: JSON.stringify(fresh({ key: 'tourism' })), extensions: '{}' });
    expect(withExtensions.fast).toBe(false);
    expect(withExtensions.server).toEqual(withExtensions.yoga);
  });

  it('over GET, reads the query string as yoga does (the same parser): %20 for spaces, an encoded parameter name, a malformed escape', async () => {
    const query = 'query Country($key: String!) { country(key: $key) { name } }';
    const encoded = (variables: Record<string, unknown>) => `query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(fresh(variables)))}`;
    await prepare(() => bothGet(encoded({ key: 'china' })));
    const again = await bothGet(encoded({ key: 'denmark' }));
    expect(again.fast).toBe(true);
    expect(again.server).toEqual(again.yoga);
    expect(JSON.parse(again.server.body)).toEqual({ data: { country: { name: 'Denmark' } } });
    for (const search of [encoded({ key: 'china' }).replace('query=', 'qu%65ry='), `${encoded({ key: 'china' })}&operationName=%E0%A4%A`]) {
      const other = await bothGet(search);
      expect(other.server, search).toEqual(other.yoga);
    }
  });
});

/** A GET query (its parameters, or the query string as it is to be sent) over the server and into the app directly, as `both` does for POST. */
async function bothGet(params: Record<string, string> | string) {
  const path = `/graphql?${typeof params === 'string' ? params : new URLSearchParams(params)}`;
  const headers = { accept: HEADERS.accept };
  const servedBefore = app.prepared.served;
  const viaServer = await fetch(`${base}${path}`, { headers });
  const fast = app.prepared.served > servedBefore;
  const viaYoga = await app.fetch(`http://localhost${path}`, { headers });
  // The server adds Cache-Control to GET answers (response-cache.ts); the rest must be yoga's.
  return {
    fast,
    server: { status: viaServer.status, type: viaServer.headers.get('content-type'), body: await viaServer.text() },
    yoga: { status: viaYoga.status, type: viaYoga.headers.get('content-type'), body: await viaYoga.text() },
  };
}
