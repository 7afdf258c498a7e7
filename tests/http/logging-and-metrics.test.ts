/**
 * Operability: one JSON log line per request (operation name, duration, status, error codes, never
 * the query text at info level) and Prometheus metrics whose labels a client cannot multiply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { createLogger, type LogLevel } from '../../src/http/logging.js';
import { createApp } from '../../src/yoga.js';
import { listenWired, type WiredServer } from '../wired-server.js';

const store = loadCorpus('data/articles');
const SECRET_QUERY_TEXT = 'copenhagen';

interface Started {
  base: string;
  lines: Record<string, unknown>[];
  server: WiredServer;
}

/** The app as src/server.ts serves it (the serving layer and its request log), on a port. */
async function start(level: LogLevel): Promise<Started> {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level, write: (text) => lines.push(...text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)) });
  const server = await listenWired(createApp({ store, logger }), {}, { logger });
  return { base: server.base, lines, server };
}

const post = (base: string, body: unknown, operationName?: string) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(operationName ? { ...(body as object), operationName } : body),
  }).then(async (r) => ({ status: r.status, text: await r.text() }));

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('request logs', () => {
  let info: Started;
  beforeAll(async () => {
    info = await start('info');
  });
  afterAll(() => info.server.close());

  it('writes one JSON line per request, with operation, status, duration and error codes, and no query text', async () => {
    await post(info.base, { query: `query CityName { city(key: "${SECRET_QUERY_TEXT}") { name } }` });
    await post(info.base, { query: `query Deep { city(key: "${SECRET_QUERY_TEXT}") { ${'visits { nodes { hostCity { '.repeat(5)}name${' } } }'.repeat(5)} } }` });
    await post(info.base, { query: `query A { __typename } query B { city(key: "${SECRET_QUERY_TEXT}") { name } }` }, 'B');
    await fetch(`${info.base}/graphql?query=${encodeURIComponent(`{ city(key: "${SECRET_QUERY_TEXT}") { name } }`)}`).then((r) => r.text());
    await fetch(`${info.base}/nowhere`).then((r) => r.text());
    await post(info.base, { query: 'x'.repeat(200_000) });
    await settle();

    const requests = info.lines.filter((l) => l['msg'] === 'request');
    expect(requests).toHaveLength(6);
    for (const line of requests) {
      expect(line).toMatchObject({ level: 'info', time: expect.any(String), method: expect.any(String), status: expect.any(Number), ms: expect.any(Number) });
    }
    expect(requests[0]).toMatchObject({ method: 'POST', path: '/graphql', status: 200, operation: 'CityName' });
    expect(requests[0]).not.toHaveProperty('errors');
    expect(requests[1]).toMatchObject({ status: 400, operation: 'Deep', errors: ['MAX_DEPTH_EXCEEDED'] });
    expect(requests[2]).toMatchObject({ status: 200, operation: 'B' });
    expect(requests[3]).toMatchObject({ method: 'GET', path: '/graphql', status: 200 });
    expect(requests[4]).toMatchObject({ method: 'GET', path: '/nowhere', status: 404, errors: ['NOT_FOUND'] });
    expect(requests[5]).toMatchObject({ method: 'POST', status: 413 });
    expect(JSON.stringify(info.lines)).not.toContain(SECRET_QUERY_TEXT);
  });

  it('at debug level, carries the query text', async () => {
    const debug = await start('debug');
    try {
      await post(debug.base, { query: `{ city(key: "${SECRET_QUERY_TEXT}") { name } }` });
      await settle();
      const line = debug.lines.find((l) => l['msg'] === 'request');
      expect(line?.['query']).toContain(SECRET_QUERY_TEXT);
    } finally {
      await debug.server.close();
    }
  });
});

describe('request logs of answers from the response cache', () => {
  it('carry the operation name and error codes of the answer they repeat, refusals included', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({ level: 'info', write: (text) => lines.push(...text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)) });
    const server = await listenWired(createApp({ store, logger }), {}, { logger });
    const base = server.base;
    try {
      // Kept on the second asking (response-cache.ts), answered from the cache on the third.
      for (let i = 0; i < 3; i++) {
        await post(base, { query: 'query CityName { city(key: "beijing") { name } }' });
        await post(base, { query: `query Deep { city(key: "x") { ${'visits { nodes { hostCity { '.repeat(5)}name${' } } }'.repeat(5)} } }` });
      }
      await settle();
      const requests = lines.filter((l) => l['msg'] === 'request').map(({ status, operation, errors }) => ({ status, operation, errors }));
      const answer = { status: 200, operation: 'CityName', errors: undefined };
      const refusal = { status: 400, operation: 'Deep', errors: ['MAX_DEPTH_EXCEEDED'] };
      expect(requests).toEqual([answer, refusal, answer, refusal, answer, refusal]);
    } finally {
      await server.close();
    }
  });
});

describe('Prometheus metrics', () => {
  const app = createApp({ store });
  const scrape = async () => {
    const response = await app.fetch('http://localhost/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };
  // The GraphQL and HTTP series (process metrics, such as GC kinds, come and go on their own).
  const seriesCount = (text: string) => text.split('\n').filter((l) => /^(graphql_|news_graph_http_)/.test(l)).length;

  it('counts requests, durations and errors by operation type and status', async () => {
    for (const query of ['{ __typename }', '{ nope }']) {
      await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query }),
      });
    }
    const text = await scrape();
    expect(text).toMatch(/graphql_yoga_http_duration_bucket\{(?=[^}]*operationType="query")(?=[^}]*statusCode="200")[^}]*\} \d+/);
    expect(text).toMatch(/graphql_envelop_error_result\{[^}]*phase="validate"/);
    expect(text).toMatch(/news_graph_http_responses_total\{status="400"\} \d+/);
    expect(text).toMatch(/news_graph_process_resident_memory_bytes \d+/);
  });

  it('does not grow a series per operation name or URL a client sends', async () => {
    const get = (i: number) =>
      app.fetch(`http://localhost/graphql?query=${encodeURIComponent(`query Unique${i} { __typename }`)}&x=${i}`, { headers: { accept: 'application/json' } });
    await (await get(1000)).text();
    const before = seriesCount(await scrape());
    for (let i = 0; i < 50; i++) await (await get(i)).text();
    const text = await scrape();
    expect(text).not.toContain('Unique');
    expect(text).not.toContain('operationName');
    expect(seriesCount(text)).toBe(before);
  });
});
