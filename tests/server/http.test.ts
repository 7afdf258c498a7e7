/** The real server (dist/server.js, as npm start runs it) as a child process, spoken to over HTTP. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOnNewConnection, killServers, spawnServer, untilPrinted, waitForListening, waitForReady, type ServerProcess } from './helpers.js';

const TITLE = 'News graph: facts from news articles, each traceable to its sentence';
const QUERY = '{ city(key: "copenhagen") { name country { name } } }';
const COPENHAGEN = { city: { name: 'Copenhagen', country: { name: 'Denmark' } } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterAll(killServers);

describe('the server process', { timeout: 60_000 }, () => {
  let server: ServerProcess;
  let base: string;

  beforeAll(async () => {
    server = spawnServer({ PORT: '0' });
    base = await waitForListening(server);
    await waitForReady(base);
  }, 60_000);

  it('prints the port it actually listens on when PORT=0', () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(base).not.toMatch(/:0$/);
    expect(server.stdout()).toMatch(/^Loaded \d+ articles?, \d+ entit(y|ies), \d+ facts? from data\/articles in \d+ ms$/m);
  });

  it('answers a POST /graphql with JSON', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: COPENHAGEN });
  });

  it('answers a GET /graphql?query=', async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent(QUERY)}`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: COPENHAGEN });
  });

  it('answers /health and /ready with 200', async () => {
    // /health is answered by graphql-yoga's built-in health check (an empty 200), which runs before our plugin.
    const health = await fetch(`${base}/health`);
    await health.arrayBuffer();
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok' });
  });

  it('serves GraphiQL to a browser at GET /graphql', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain(`<title>${TITLE}</title>`);
    expect(html).toContain('renderYogaGraphiQL');
  });

  it('answers 404 on an unknown route', async () => {
    const res = await fetch(`${base}/no/such/route`);
    await res.arrayBuffer();
    expect(res.status).toBe(404);
  });

  it('on SIGTERM lets an in-flight request finish, then exits 0', async () => {
    const agent = new Agent({ keepAlive: true });
    const body = JSON.stringify({ query: QUERY });
    const half = Math.floor(body.length / 2);
    // A request the server has begun (headers and half the body received) when SIGTERM arrives.
    const req = request(`${base}/graphql`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      });
      req.on('error', reject);
    });
    req.write(body.slice(0, half));
    req.flushHeaders();
    expect(await answerOnNewConnection(base, '/health')).toBe(200); // so the server has read them

    expect(server.child.kill('SIGTERM')).toBe(true);
    await untilPrinted(server, /SIGTERM received: finishing in-flight requests, then exiting\./, 10_000);
    await sleep(100);
    expect(server.child.exitCode, 'the server must wait for the in-flight request').toBeNull();

    req.end(body.slice(half));
    const { status, text } = await response;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: COPENHAGEN });

    // Exit code 0 means it did not run into the 10 s shutdown grace period.
    const { code, signal } = await server.exited;
    agent.destroy();
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(server.stderr()).toBe('');
  });
});

describe('the server process with an invalid corpus', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-graph-server-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to start, naming the file and the JSON path of the problem', async () => {
    const file = join(dir, 'broken-article.json');
    // A well-formed JSON file that is not an article: the title (and much else) is missing.
    writeFileSync(file, JSON.stringify({ key: 'broken-article', source: 'Nowhere', language: 'en', body: ['Text.'] }, null, 2));
    const server = spawnServer({ DATA_DIR: dir });
    const { code } = await server.exited;
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(server.stderr()).toContain(`Refusing to start: the corpus in ${dir} is invalid`);
    expect(server.stderr()).toMatch(new RegExp(`^ {2}${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\$\\.title: `, 'm'));
    expect(server.stdout()).not.toContain('listening');
  });
});
