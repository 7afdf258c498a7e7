/**
 * The serving layer's routes: exact paths, dot segments refused, operational endpoints answered
 * first and never cached, the metrics on a port of their own, /ready while stopping.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/yoga.js';
import { store } from '../helpers.js';
import { listenWired, type WiredServer } from '../wired-server.js';

/** A raw request: the path is sent exactly as written (fetch would resolve dot segments first). */
function raw(base: string, path: string, method = 'GET', headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

let server: WiredServer;
beforeAll(async () => {
  server = await listenWired(createApp({ store }));
});
afterAll(() => server.close());

describe('routes match the path exactly', () => {
  it.each(['/graphql/%2e%2e/metrics', '/x/../metrics', '/graphql/./', '/%2E%2E/metrics', '/graphql%2fmetrics', '/a\\..\\metrics'])('refuses %s with 400 BAD_REQUEST, never the metrics', async (path) => {
    const { status, text } = await raw(server.base, path);
    expect(status).toBe(400);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(text).not.toContain('news_graph_');
  });

  it.each(['/graphql/', '//graphql', '/GraphQL', '/metrics/', '/healthz'])('answers %s with 404 NOT_FOUND', async (path) => {
    const { status, text } = await raw(server.base, path);
    expect(status).toBe(404);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('routes the path as sent: /gr%61phql is not the API (a proxy that decodes it still cannot reach anything else)', async () => {
    const { status } = await raw(server.base, `/gr%61phql?query=${encodeURIComponent('{ __typename }')}`);
    expect(status).toBe(404);
  });
});

describe('operational endpoints', () => {
  it.each(['/health', '/ready', '/metrics'])('%s is answered with Cache-Control: no-store and the security headers', async (path) => {
    const { status, headers } = await raw(server.base, `${path}?probe=1`);
    expect(status).toBe(200);
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('scrapes see the counters move: /metrics is never answered from the response cache', async () => {
    const count = (text: string) => Number(/news_graph_http_responses_total\{status="200"\} (\d+)/.exec(text)?.[1] ?? 0);
    const scrapes: number[] = [];
    for (let i = 0; i < 4; i++) {
      await raw(server.base, `/graphql?query=${encodeURIComponent('{ __typename }')}`);
      scrapes.push(count((await raw(server.base, '/metrics')).text));
    }
    for (let i = 1; i < scrapes.length; i++) expect(scrapes[i]).toBeGreaterThan(scrapes[i - 1]!);
  });

  it('/ready answers 503 once the server stops, whatever its query string, and every answer then closes its connection', async () => {
    const stopping = await listenWired(createApp({ store }));
    try {
      stopping.handler.stop();
      for (const path of ['/ready', '/ready?probe=1']) expect((await raw(stopping.base, path)).status).toBe(503);
      const health = await raw(stopping.base, '/health');
      expect(health.status).toBe(200);
      expect(health.headers['connection']).toBe('close');
    } finally {
      await stopping.close();
    }
  });

  it('with METRICS_PORT, the metrics are served on their own port and not on the API port', async () => {
    const app = createApp({ store });
    const api = await listenWired(app, { metricsPort: 0 });
    const { createHttpServer } = await import('../../src/serve/http-server.js');
    const { silentLogger } = await import('../../src/http/logging.js');
    const { loadConfig } = await import('../../src/config.js');
    const metricsServer = createHttpServer({ listener: api.handler.metricsListener, checkContinue: api.handler.metricsListener }, loadConfig({}).httpTimeouts, silentLogger);
    await new Promise<void>((resolve) => metricsServer.listen(0, '127.0.0.1', resolve));
    const metricsBase = `http://127.0.0.1:${(metricsServer.address() as { port: number }).port}`;
    try {
      expect((await raw(api.base, '/metrics')).status).toBe(404);
      const scraped = await raw(metricsBase, '/metrics');
      expect(scraped.status).toBe(200);
      expect(scraped.text).toContain('news_graph_http_responses_total');
      expect((await raw(metricsBase, '/graphql')).status).toBe(404);
    } finally {
      await api.close();
      await new Promise<void>((resolve) => metricsServer.close(() => resolve()));
    }
  });
});
