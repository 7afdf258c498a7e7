import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RESPONSE_CACHE, ResponseCache } from '../../src/cache/response-cache.js';
import { app } from '../helpers.js';
import { listenWired, type WiredServer } from '../wired-server.js';

const cache = new ResponseCache();
let server: WiredServer;
let base: string;

beforeAll(async () => {
  server = await listenWired(app, { maxBodyBytes: 2_000 }, { cache });
  base = server.base;
});
afterAll(() => server.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

/** A server with its own cache; `ask` POSTs a city query and says whether the cache answered it. */
async function bounded(
  options: Partial<typeof DEFAULT_RESPONSE_CACHE>,
  check: (ask: (key: string) => Promise<'hit' | 'miss'>, cache: ResponseCache, post: (body: string) => Promise<string>) => Promise<void>,
) {
  const own = new ResponseCache({ ...DEFAULT_RESPONSE_CACHE, ...options });
  const wired = await listenWired(app, { maxBodyBytes: 2_000 }, { cache: own });
  const post = (body: string) =>
    fetch(`${wired.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body }).then((r) => r.text());
  const ask = async (key: string) => {
    const hits = own.hits;
    await post(JSON.stringify({ query: `{ city(key: "${key}") { name } }` }));
    return own.hits > hits ? 'hit' : 'miss';
  };
  try {
    await check(ask, own, post);
  } finally {
    await wired.close();
  }
}

describe('response cache in front of the pipeline', () => {
  it('answers a query asked twice from the cache the third time, with the same bytes', async () => {
    const body = JSON.stringify({ query: '{ city(key: "copenhagen") { name } }' });
    const first = await post(body);
    const hitsBefore = cache.hits;
    await post(body);
    expect(cache.hits).toBe(hitsBefore); // kept now, after a second asking
    const third = await post(body);
    expect(third.status).toBe(200);
    expect(await third.text()).toBe(await first.text());
    expect(cache.hits).toBe(hitsBefore + 1);
  });

  it('does not tell requests apart by headers that do not change the answer (request ids, tracing, forwarded-for)', async () => {
    const body = JSON.stringify({ query: '{ city(key: "paris") { key } }' });
    await post(body, { 'x-request-id': 'a', 'x-forwarded-for': '10.0.0.1' });
    await post(body, { 'x-request-id': 'b', 'sentry-trace': 'x-y-1' });
    const hitsBefore = cache.hits;
    expect((await post(body, { 'x-request-id': 'c', 'x-forwarded-for': '10.0.0.3' })).status).toBe(200);
    expect(cache.hits).toBe(hitsBefore + 1);
  });

  it('keeps nothing of requests that are each asked once (new variables every time)', async () => {
    const query = 'query($key: String!, $n: Int) { city(key: $key) { name } }';
    const sizeBefore = cache.size;
    for (let n = 0; n < 20; n++) expect((await post(JSON.stringify({ query, variables: { key: 'beijing', n } }))).status).toBe(200);
    expect(cache.size).toBe(sizeBefore);
  });

  it('answers a cached GET with its ETag, and If-None-Match with 304', async () => {
    const url = `${base}/graphql?query=${encodeURIComponent('{ city(key: "beijing") { name } }')}`;
    for (let i = 0; i < 2; i++) await (await fetch(url)).text();
    const hitsBefore = cache.hits;
    const etag = (await fetch(url)).headers.get('etag')!;
    expect(cache.hits).toBe(hitsBefore + 1);
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('keys on the variables, so different variables get their own answers', async () => {
    const query = 'query($key: String!) { city(key: $key) { name } }';
    const a = await (await post(JSON.stringify({ query, variables: { key: 'copenhagen' } }))).json();
    const b = await (await post(JSON.stringify({ query, variables: { key: 'beijing' } }))).json();
    expect([a.data.city.name, b.data.city.name]).toEqual(['Copenhagen', 'Beijing']);
  });

  it('keys on headers that change the answer, such as Accept', async () => {
    const body = JSON.stringify({ query: '{ topic(key: "tourism") { name } }' });
    const json = await post(body, { accept: 'application/json' });
    const graphqlResponse = await post(body, { accept: 'application/graphql-response+json' });
    expect(json.headers.get('content-type')).toContain('application/json');
    expect(graphqlResponse.headers.get('content-type')).toContain('application/graphql-response+json');
  });

  it('answers a repeated refusal from the cache: the same status and body, without an ETag', async () => {
    const body = JSON.stringify({ query: '{ nope }' });
    const headers = { accept: 'application/graphql-response+json' };
    const first = await post(body, headers);
    await post(body, headers);
    const hitsBefore = cache.hits;
    const third = await post(body, headers);
    expect([first.status, third.status]).toEqual([400, 400]);
    expect(await third.text()).toBe(await first.text());
    expect(third.headers.get('etag')).toBeNull();
    expect(cache.hits).toBe(hitsBefore + 1);
  });

  it('keeps refusals apart and within their own budget, so that a flood of distinct bad requests cannot push answers out', () =>
    bounded({ maxRefusalBytes: 4_000 }, async (ask, small, post) => {
      for (let i = 0; i < 3; i++) await ask('cowi');
      const sizeBefore = small.size;
      for (let i = 0; i < 40; i++) for (let again = 0; again < 2; again++) await post(JSON.stringify({ query: `{ nope${i} }` }));
      expect(small.refusalCount).toBeGreaterThan(0);
      expect(small.refusalCount).toBeLessThan(40);
      expect(small.size).toBe(sizeBefore);
      expect(await ask('cowi')).toBe('hit');
    }));

  it('never keeps an answer to a request whose body was not read: 413 is given again by the body limit', async () => {
    const tooLarge = JSON.stringify({ query: `{ city(key: "${'y'.repeat(3_000)}") { name } }` });
    const hitsBefore = cache.hits;
    expect([(await post(tooLarge)).status, (await post(tooLarge)).status]).toEqual([413, 413]);
    expect(cache.hits).toBe(hitsBefore);
  });

  it('serves GET queries with Cache-Control so a CDN can keep them', async () => {
    const url = `${base}/graphql?query=${encodeURIComponent('{ country(key: "denmark") { name } }')}`;
    await fetch(url);
    await fetch(url);
    const hit = await fetch(url);
    expect(hit.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await hit.json()).toEqual({ data: { country: { name: 'Denmark' } } });
  });
});

describe('request body limit', () => {
  it('refuses a declared Content-Length over the limit with 413 and names the limit', async () => {
    const response = await post(JSON.stringify({ query: `{ city(key: "${'x'.repeat(3_000)}") { name } }` }));
    expect(response.status).toBe(413);
    const { errors } = await response.json();
    expect(errors[0].message).toContain('2000 bytes');
    expect(errors[0].extensions).toMatchObject({ code: 'REQUEST_BODY_TOO_LARGE', max: 2000 });
  });

  it('refuses a chunked body once it passes the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      for (let i = 0; i < 5; i++) req.write('x'.repeat(1_000));
      req.end();
    });
    expect(status).toBe(413);
  });
});

describe('response cache memory bound', () => {
  it('keeps at most maxBytes of keys and answers, dropping older ones first', () =>
    bounded({ maxBytes: 600 }, async (ask, cache) => {
      // Each entry (key with the request body, the answer and 256 bytes for the objects) takes 420-440 bytes: one fits in 600.
      expect([await ask('copenhagen'), await ask('copenhagen'), await ask('copenhagen')]).toEqual(['miss', 'miss', 'hit']);
      expect([await ask('beijing'), await ask('beijing'), await ask('beijing')]).toEqual(['miss', 'miss', 'hit']);
      expect(await ask('copenhagen')).toBe('miss'); // dropped to make room for beijing
      expect(cache.size).toBe(1);
      expect(cache.byteSize).toBeLessThanOrEqual(600);
    }));

  it('keeps one asked for lately over one that was not', () =>
    bounded({ maxBytes: 1_000 }, async (ask, cache) => {
      for (const key of ['copenhagen', 'copenhagen', 'beijing', 'beijing']) await ask(key); // both kept
      expect(await ask('copenhagen')).toBe('hit');
      await ask('atlantis');
      await ask('atlantis'); // kept: one of the two others has to go
      expect(cache.size).toBe(2);
      expect([await ask('copenhagen'), await ask('atlantis'), await ask('beijing')]).toEqual(['hit', 'hit', 'miss']);
    }));
});
