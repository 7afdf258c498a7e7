/**
 * @defer and @stream through the serving layer, as src/server.ts serves the app: answered in parts
 * (multipart/mixed, text/event-stream) that are written as they are made, never kept by the response
 * cache nor learnt by the prepared-operation path, under the cost limit and the execution timeout.
 * Apollo Client 4 (HttpLink with its @defer handler) reads the parts for real.
 */
import { ApolloClient, gql as tag, HttpLink, InMemoryCache } from '@apollo/client';
import { Defer20220824Handler } from '@apollo/client/incremental';
import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreparedOperations } from '../../src/cache/prepared-operations.js';
import { hardening } from '../../src/http/index.js';
import { createApp, type App } from '../../src/yoga.js';
import { store } from '../helpers.js';
import { appAround, listenWired, type WiredServer } from '../wired-server.js';

let server: WiredServer;
let app: App;
beforeAll(async () => {
  app = createApp({ store });
  server = await listenWired(app);
});
afterAll(() => server.close());

const MULTIPART = 'multipart/mixed';
/** What Apollo Client 4 sends for an operation with @defer. */
const APOLLO_ACCEPT = 'multipart/mixed;deferSpec=20220824,application/graphql-response+json,application/json;q=0.9';

const post = (base: string, query: string, accept: string, signal?: AbortSignal) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query }), signal });

interface Part {
  at: number;
  json: Record<string, unknown>;
}

/** Reads a multipart/mixed answer (boundary "-") part by part, noting when each arrived. */
async function multipartParts(response: Response, started = performance.now()): Promise<Part[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const parts: Part[] = [];
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    // A part is complete once the boundary after it has arrived.
    for (let end = text.indexOf('\r\n---', 1); end >= 0; end = text.indexOf('\r\n---', 1)) {
      const part = text.slice(0, end);
      text = text.slice(end + 2);
      const body = part.split('\r\n\r\n')[1];
      if (body) parts.push({ at: performance.now() - started, json: JSON.parse(body) as Record<string, unknown> });
    }
  }
  expect(text).toMatch(/^---\r?\n?/); // the closing boundary
  return parts;
}

const deferred = '{ city(key: "copenhagen") { key name ... @defer(label: "visits") { visits(first: 5) { totalCount nodes { key } } } } }';

describe('Apollo Client reads the parts', () => {
  it('HttpLink with the @defer handler: a partial result first, then the complete one', async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${server.base}/graphql` }),
      cache: new InMemoryCache(),
      incrementalHandler: new Defer20220824Handler(),
    });
    const seen: { dataState: string; data: unknown }[] = [];
    await new Promise<void>((resolve, reject) => {
      const subscription = client
        .watchQuery({ query: tag`query CityVisits { city(key: "copenhagen") { key name ... @defer { visits(first: 5) { totalCount nodes { key } } } } }` })
        .subscribe({
          next: (result) => {
            if (result.dataState === 'empty') return;
            seen.push({ dataState: result.dataState, data: result.data });
            if (result.dataState === 'complete') {
              subscription.unsubscribe();
              resolve();
            }
          },
          error: reject,
        });
    });
    console.log('Apollo Client (HttpLink, Defer20220824Handler) saw', JSON.stringify(seen));
    expect(seen.map((s) => s.dataState)).toEqual(['streaming', 'complete']);
    expect(seen[0]!.data).toEqual({ city: { __typename: 'City', key: 'copenhagen', name: 'Copenhagen' } });
    expect(seen[1]!.data).toMatchObject({ city: { key: 'copenhagen', name: 'Copenhagen', visits: { totalCount: expect.any(Number), nodes: expect.any(Array) } } });
  });
});

describe('multipart/mixed', () => {
  it('@defer: the fragment comes in a later part; the answer is streamed (chunked, no length, no-store)', async () => {
    const response = await post(server.base, deferred, APOLLO_ACCEPT);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('multipart/mixed; boundary="-"');
    expect(response.headers.get('content-length')).toBeNull();
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('etag')).toBeNull();
    const parts = (await multipartParts(response)).map((p) => p.json);
    expect(parts).toEqual([
      { data: { city: { key: 'copenhagen', name: 'Copenhagen' } }, hasNext: true },
      { incremental: [{ data: { visits: { totalCount: expect.any(Number), nodes: expect.any(Array) } }, path: ['city'], label: 'visits' }], hasNext: false },
    ]);
  });

  it('over GET too, and not for a CDN to keep (no-store, where JSON GET answers are public)', async () => {
    const response = await fetch(`${server.base}/graphql?query=${encodeURIComponent(deferred)}`, { headers: { accept: APOLLO_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
    expect(await multipartParts(response)).toHaveLength(2);
  });

  it('@stream: the first initialCount items with the answer, the others in later parts', async () => {
    const response = await post(server.base, '{ cities(first: 5) { totalCount nodes @stream(initialCount: 2) { key } } }', MULTIPART);
    const parts = (await multipartParts(response)).map((p) => p.json);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect((parts[0] as { data: { cities: { nodes: unknown[] } } }).data.cities.nodes).toHaveLength(2);
    const streamed = parts.slice(1).flatMap((p) => ((p['incremental'] as { items: unknown[] }[] | undefined) ?? []).flatMap((i) => i.items));
    expect(streamed).toHaveLength(3);
    expect(parts.at(-1)).toMatchObject({ hasNext: false });
  });

  it('is never kept by the response cache nor learnt by the prepared-operation path', async () => {
    const kept = server.handler.cache.size;
    const prepared = app.prepared.size;
    for (let i = 0; i < 4; i++) {
      const response = await post(server.base, deferred, APOLLO_ACCEPT);
      expect(response.headers.get('content-type')).toContain(MULTIPART);
      expect(await multipartParts(response)).toHaveLength(2);
    }
    expect(server.handler.cache.size).toBe(kept);
    expect(app.prepared.size).toBe(prepared);
  });

  it('the cost limit applies before anything is sent: 400 MAX_COST_EXCEEDED', async () => {
    const response = await post(server.base, '{ cities(first: 100) { nodes { key ... @defer { visits(first: 100) { nodes { key } } } } } }', APOLLO_ACCEPT);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('MAX_COST_EXCEEDED');
  });

  it('a client that accepts only JSON gets the whole answer at once', async () => {
    const response = await post(server.base, deferred, 'application/json');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { city: { key: 'copenhagen', name: 'Copenhagen', visits: { totalCount: expect.any(Number), nodes: expect.any(Array) } } },
    });
  });
});

describe('text/event-stream', () => {
  it('@defer: one event per part, then complete', async () => {
    const response = await post(server.base, deferred, 'text/event-stream');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('content-encoding')).toBeNull();
    const events = (await response.text())
      .split('\n\n')
      .filter((block) => block.startsWith('event:'))
      .map((block) => {
        const [event, data] = block.split('\n');
        return { event: event!.slice('event: '.length), data: data!.slice('data:'.length).trim() };
      });
    expect(events.map((e) => e.event)).toEqual(['next', 'next', 'complete']);
    expect(JSON.parse(events[0]!.data)).toEqual({ data: { city: { key: 'copenhagen', name: 'Copenhagen' } }, hasNext: true });
    expect(JSON.parse(events[1]!.data)).toMatchObject({ incremental: [{ path: ['city'], label: 'visits' }], hasNext: false });
  });
});

describe('parts written as they are made (a schema whose deferred field takes time)', () => {
  const schema = createSchema({
    typeDefs: 'type Query { now: Int later(ms: Int!): Int hang: Int }',
    resolvers: {
      Query: {
        now: () => 1,
        later: (_: unknown, { ms }: { ms: number }) => new Promise<number>((resolve) => setTimeout(() => resolve(ms), ms)),
        hang: () => new Promise<number>(() => undefined),
      },
    },
  });
  const slowServer = (executionTimeoutMs: number) => {
    const hardened = hardening({ limits: { executionTimeoutMs } }, renderGraphiQL);
    const yoga = createYoga({ schema, ...hardened.options, plugins: [useDeferStream(), ...hardened.plugins] });
    const prepared = new PreparedOperations(schema, {}, { ...hardened.limits });
    return listenWired(appAround(yoga as unknown as App['yoga'], prepared, hardened.caches));
  };

  it('the first part reaches the client before the deferred one is made', async () => {
    const slow = await slowServer(3000);
    try {
      const started = performance.now();
      const parts = await multipartParts(await post(slow.base, '{ now ... @defer { later(ms: 400) } }', MULTIPART), started);
      console.log('parts arrived after', parts.map((p) => `${Math.round(p.at)} ms`).join(', '), JSON.stringify(parts.map((p) => p.json)));
      expect(parts.map((p) => p.json)).toEqual([
        { data: { now: 1 }, hasNext: true },
        { incremental: [{ data: { later: 400 }, path: [] }], hasNext: false },
      ]);
      expect(parts[0]!.at).toBeLessThan(300);
      expect(parts[1]!.at).toBeGreaterThanOrEqual(390);
    } finally {
      await slow.close();
    }
  });

  it('the execution timeout stops a deferred part: the answer ends with EXECUTION_TIMEOUT', async () => {
    const slow = await slowServer(300);
    try {
      const started = performance.now();
      const parts = await multipartParts(await post(slow.base, '{ now ... @defer { hang } }', MULTIPART), started);
      expect(parts.map((p) => p.json)).toEqual([
        { data: { now: 1 }, hasNext: true },
        { errors: [{ message: 'Query execution timed out: it ran longer than 300 ms, the maximum.', extensions: { code: 'EXECUTION_TIMEOUT', limit: 'executionMs', max: 300 } }], hasNext: false },
      ]);
      expect(parts[1]!.at).toBeGreaterThanOrEqual(290);
      expect(parts[1]!.at).toBeLessThan(1500);
    } finally {
      await slow.close();
    }
  });

  it('a client that leaves mid-answer stops it, and the server goes on serving', async () => {
    const slow = await slowServer(3000);
    try {
      const controller = new AbortController();
      const response = await post(slow.base, '{ now ... @defer { later(ms: 2000) } }', MULTIPART, controller.signal);
      const reader = response.body!.getReader();
      await reader.read();
      controller.abort();
      const next = await post(slow.base, '{ now ... @defer { later(ms: 10) } }', MULTIPART);
      expect((await multipartParts(next)).map((p) => p.json)).toEqual([
        { data: { now: 1 }, hasNext: true },
        { incremental: [{ data: { later: 10 }, path: [] }], hasNext: false },
      ]);
    } finally {
      await slow.close();
    }
  });
});
