/**
 * HTTP caching as RFC 9110 and 9111 describe it, seen by a browser or a CDN: validators on every
 * cacheable answer, conditional requests, Vary, CORS that a cached answer cannot get wrong, and
 * content coding.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/yoga.js';
import { store } from '../helpers.js';
import { listenWired, type WiredServer } from '../wired-server.js';

let server: WiredServer;
beforeAll(async () => {
  server = await listenWired(createApp({ store }));
});
afterAll(() => server.close());

const JSON_ACCEPT = 'application/graphql-response+json, application/json';
const queryUrl = (query: string) => `${server.base}/graphql?query=${encodeURIComponent(query)}`;

/** A GET whose body is returned as bytes, without fetch's decoding (to see the content coding as sent). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('validators and conditional requests', () => {
  it('gives the first GET answer an ETag, public Cache-Control and Vary: Accept, Origin', async () => {
    const first = await get(queryUrl('{ city(key: "copenhagen") { name country { name } } }'), { accept: JSON_ACCEPT });
    expect(first.status).toBe(200);
    expect(first.headers['etag']).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    expect(String(first.headers['vary'])).toMatch(/Accept.*Origin/);
  });

  it('answers If-None-Match with 304 for the tag itself, its strong form, a list holding it, or *; with the same Vary and no body', async () => {
    const url = queryUrl('{ city(key: "beijing") { name } }');
    const etag = String((await get(url)).headers['etag']);
    const strong = etag.replace(/^W\//, '');
    for (const condition of [etag, strong, `"nope", ${etag}`, `W/"a",${strong}`, '*']) {
      const revalidated = await get(url, { 'if-none-match': condition });
      expect([condition, revalidated.status]).toEqual([condition, 304]);
      expect(revalidated.body.length).toBe(0);
      expect(revalidated.headers['etag']).toBe(etag);
      expect(String(revalidated.headers['vary'])).toMatch(/Accept.*Origin/);
      expect(revalidated.headers['access-control-allow-origin']).toBe('*');
    }
    expect((await get(url, { 'if-none-match': '"something-else", W/"other"' })).status).toBe(200);
  });

  it('lets a browser app read the ETag, and keeps a preflight for two hours', async () => {
    const answer = await get(queryUrl('{ __typename }'), { origin: 'https://app.example' });
    expect(String(answer.headers['access-control-expose-headers'])).toContain('etag');
    const preflight = await fetch(`${server.base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-max-age')).toBe('7200');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('says Access-Control-Allow-Origin on answers to requests without an Origin too, so that a proxy cannot keep one a browser cannot read', async () => {
    const url = queryUrl('{ city(key: "aarhus") { name } }');
    for (let i = 0; i < 3; i++) expect((await get(url)).headers['access-control-allow-origin']).toBe('*');
    expect((await get(url, { origin: 'https://other.example' })).headers['access-control-allow-origin']).toBe('*');
  });

  it('echoes a listed origin, and says nothing to another, on the same cached answer', async () => {
    const listed = await listenWired(createApp({ store }), { corsOrigins: ['https://app.example'] });
    try {
      const url = `${listed.base}/graphql?query=${encodeURIComponent('{ city(key: "oslo") { name } }')}`;
      for (let i = 0; i < 3; i++) await get(url, { origin: 'https://app.example' }); // kept by the response cache
      expect((await get(url, { origin: 'https://app.example' })).headers['access-control-allow-origin']).toBe('https://app.example');
      expect((await get(url, { origin: 'https://evil.example' })).headers['access-control-allow-origin']).toBeUndefined();
      expect((await get(url)).headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await listed.close();
    }
  });

  it('never lets GraphiQL, negotiated on the API URL, be kept by a shared cache', async () => {
    const page = await get(`${server.base}/graphql`, { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('private, no-cache');
    expect(String(page.headers['vary'])).toContain('Accept');
  });
});

describe('content coding', () => {
  const big = () => queryUrl('{ articles(first: 5) { nodes { title paragraphs } } }');

  it('sends brotli or gzip by Accept-Encoding, with Vary: Accept-Encoding, and the same bytes once decoded', async () => {
    const identity = await get(big());
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(String(identity.headers['vary'])).toContain('Accept-Encoding');
    const br = await get(big(), { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(identity.body)).toBe(true);
    expect(br.body.length).toBeLessThan(identity.body.length / 2);
    const gzip = await get(big(), { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(identity.body)).toBe(true);
    expect(gzip.headers['etag']).toBe(identity.headers['etag']);
  });

  it('honours q-values: br;q=0 gets gzip, and identity-only gets none', async () => {
    expect((await get(big(), { 'accept-encoding': 'br;q=0, gzip;q=0.5' })).headers['content-encoding']).toBe('gzip');
    expect((await get(big(), { 'accept-encoding': 'identity' })).headers['content-encoding']).toBeUndefined();
    expect((await get(big(), { 'accept-encoding': '*;q=0' })).headers['content-encoding']).toBeUndefined();
  });

  it('leaves small answers as they are', async () => {
    const small = await get(queryUrl('{ __typename }'), { 'accept-encoding': 'br, gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('compresses POST answers too', async () => {
    const response = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br' },
      body: JSON.stringify({ query: '{ articles(first: 5) { nodes { title paragraphs } } }' }),
    });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(((await response.json()) as { data: { articles: { nodes: unknown[] } } }).data.articles.nodes.length).toBeGreaterThan(0);
  });
});
