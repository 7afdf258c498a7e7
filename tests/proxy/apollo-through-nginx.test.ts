/**
 * The API behind a real caching proxy with a real browser client (issue 13, point 7): the built
 * server as `npm start` runs it, nginx with deploy/nginx.conf in front of it, and a front end on
 * another origin (Apollo Client, persisted queries over GET) in headless Chromium, each visitor in
 * a fresh browser context. Also a second nginx cache keyed by the URL alone, as a CDN keys by
 * default, which only the server's Cache-Control and Vary keep right. What it proves and how to
 * run it: docs/caching.md.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../browser/chromium.js';
import { killServers, ROOT, spawnServer, TEST_CLIENT_BUDGET, waitForListening, waitForReady, type ServerProcess } from '../server/helpers.js';
import { bundleApp, serveApp, type AppOrigin } from './app-origin.js';
import type { AppOperation, AppResult, RunOperations } from './browser-app.js';
import { fillTemplate, findNginx, NGINX_SKIP_REASON, startNginx, type Nginx } from './nginx.js';

const CHROMIUM = findChromium();
const NGINX = findNginx();
const CHROMIUM_SKIP_REASON = 'SKIPPED: no chromium binary (not on PATH, no /usr/bin/chromium); install it with `apt-get install -y chromium`';
if (!NGINX) console.warn(`tests/proxy/apollo-through-nginx.test.ts: ${NGINX_SKIP_REASON}`);
if (!CHROMIUM) console.warn(`tests/proxy/apollo-through-nginx.test.ts: ${CHROMIUM_SKIP_REASON}`);
const skipNote = (...reasons: (string | false)[]) => reasons.filter(Boolean).map((reason) => ` (${reason})`).join('');

const TEMPLATE = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
/** The origin of a browser app elsewhere, for the checks made without the browser. */
const OTHER_ORIGIN = 'http://other.example';

/** Examples a front end would run; one with variables (they travel in the GET's URL, beside the hash). */
const OPERATIONS: AppOperation[] = [
  { name: 'city-profile', variables: { key: 'beijing' } },
  { name: 'delegation-to-beijing' },
  { name: 'search-district-heating' },
  { name: 'mayors-and-quotes' },
].map((operation) => ({ ...operation, query: readFileSync(join(ROOT, 'examples', `${operation.name}.graphql`), 'utf8') }));

/** An operation the app wrote itself, not one of the examples: the server learns its hash from Apollo (automatic persisted queries). */
const OWN_OPERATION: AppOperation = {
  name: 'cities-in-the-news',
  query: 'query CitiesInTheNews($first: Int!) {\n  cities(first: $first) {\n    totalCount\n    nodes { key name country { name } }\n  }\n}\n',
  variables: { first: 5 },
};

/**
 * A cache in front of the whole host that keys answers by their URL alone (nginx's default key,
 * what CDNs do by default) and honours Cache-Control and Vary as nginx does: a test stand-in, not
 * a deployment.
 */
const urlKeyedCache = (prefix: string, port: number, upstream: string) => `
proxy_cache_path ${join(prefix, 'url-keyed-cache')} levels=1:2 keys_zone=url_keyed:1m max_size=256m inactive=10m use_temp_path=off;
server {
    listen 127.0.0.1:${port};
    location / {
        proxy_pass http://${upstream};
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_cache url_keyed;
        add_header X-Cache-Status $upstream_cache_status always;
    }
}
`;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One request with exactly these headers (Node's http adds no Accept-Encoding or any other) and the
 * path sent as written; `json` is sent as the body of a POST.
 */
function send(base: string, path: string, headers: Record<string, string> = {}, { method = 'GET', json }: { method?: string; json?: unknown } = {}): Promise<Answer> {
  const body = json === undefined ? undefined : JSON.stringify(json);
  const sent = body === undefined ? headers : { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method: body === undefined ? method : 'POST', headers: sent, path, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const graphqlGet = (operation: string) => `/graphql?query=${encodeURIComponent(operation)}`;
/** What a cache served, for assertion messages. */
const seen = (answer: Answer) =>
  `${answer.status} content-type=${answer.headers['content-type']} x-cache-status=${answer.headers['x-cache-status']} vary=${answer.headers.vary} ` +
  `access-control-allow-origin=${answer.headers['access-control-allow-origin']} cache-control=${answer.headers['cache-control']} body=${answer.body.slice(0, 60).replace(/\s+/g, ' ')}`;

/** A request URL in short: path, operation name and the start of the persisted query's hash. */
function brief(url: string): string {
  const parsed = new URL(url, 'http://proxy');
  const name = parsed.searchParams.get('operationName');
  const hash = /"sha256Hash":"(\w{12})/.exec(parsed.searchParams.get('extensions') ?? '')?.[1];
  return `${parsed.pathname}${name ? ` ${name}` : ''}${hash ? ` hash ${hash}…` : ''}`;
}

/** What the page got and what nginx logged (method, URL in short, status, cache status, upstream), for assertion messages. */
function evidence(v: Visit): string {
  const page = v.responses.map((r) => `  ${r.method} ${brief(r.url)}: ${r.status}, X-Cache-Status ${r.cache}`);
  const proxy = v.proxyLog
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [method, uri, status, cache, upstream] = line.split(' ');
      return `  ${method} ${brief(uri ?? '/')}: ${status} ${cache} ${upstream}`;
    });
  return `\nanswers the page got:\n${page.join('\n')}\nnginx's access log:\n${proxy.join('\n')}`;
}

/** The request lines the server logged (src/http/logging.ts) for /graphql. */
function graphqlRequestLines(stdout: string): { method: string; status: number; operation?: string }[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg?: string; path?: string; method: string; status: number; operation?: string })
    .filter((line) => line.msg === 'request' && line.path === '/graphql')
    .map(({ method, status, operation }) => ({ method, status, ...(operation ? { operation } : {}) }));
}

/** Waits until the server has printed nothing new for 300 ms: its request lines are written once each answer is sent. */
async function settled(server: ServerProcess): Promise<void> {
  const deadline = Date.now() + 5000;
  let last = server.stdout().length;
  let quietSince = Date.now();
  while (Date.now() < deadline && Date.now() - quietSince < 300) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (server.stdout().length !== last) {
      last = server.stdout().length;
      quietSince = Date.now();
    }
  }
}

interface Visit {
  results: AppResult[];
  /** Every answer the page got from the proxy: method, status, X-Cache-Status. */
  responses: { method: string; url: string; status: number; cache: string | undefined }[];
  /** Console errors (CORS refusals among them), uncaught errors, failed requests. */
  problems: string[];
  /** The /graphql requests that reached the server during the visit. */
  serverRequests: ReturnType<typeof graphqlRequestLines>;
  /** nginx's access log lines of the visit. */
  proxyLog: string;
}

describe('Apollo Client on another origin, through nginx\'s proxy cache', { timeout: 180_000 }, () => {
  let server: ServerProcess | undefined;
  let nginx: Nginx | undefined;
  let app: AppOrigin | undefined;
  let browser: Browser | undefined;
  let serverBase = '';
  let proxyBase = '';
  let urlKeyedBase = '';

  beforeAll(async () => {
    if (!NGINX) return;
    // Every request reaches the server from nginx: TRUST_PROXY makes it take the client from X-Forwarded-For.
    server = spawnServer({ ...TEST_CLIENT_BUDGET, TRUST_PROXY: '127.0.0.1', LOG_LEVEL: 'info' });
    serverBase = await waitForListening(server);
    await waitForReady(serverBase);
    const upstream = serverBase.replace(/^http:\/\//, '');
    nginx = await startNginx({
      ports: 2,
      site: (prefix, [proxyPort, urlKeyedPort]) =>
        fillTemplate(TEMPLATE, { NEWS_GRAPH_LISTEN: `127.0.0.1:${proxyPort}`, NEWS_GRAPH_UPSTREAM: upstream, NEWS_GRAPH_CACHE_DIR: join(prefix, 'cache') }) +
        urlKeyedCache(prefix, urlKeyedPort!, upstream),
    });
    proxyBase = `http://127.0.0.1:${nginx.ports[0]}`;
    urlKeyedBase = `http://127.0.0.1:${nginx.ports[1]}`;
    if (!CHROMIUM) return;
    app = await serveApp(await bundleApp());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await nginx?.stop();
    await killServers();
  });

  /** A new visitor (a fresh browser context: its own HTTP and preflight caches; a new Apollo client) runs the operations once. */
  async function visit(operations: AppOperation[]): Promise<Visit> {
    const context = await browser!.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const responses: Visit['responses'] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (failed) => problems.push(`request failed: ${failed.method()} ${failed.url()}: ${failed.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.url().startsWith(`${proxyBase}/`)) {
        responses.push({ method: response.request().method(), url: response.url(), status: response.status(), cache: response.headers()['x-cache-status'] });
      }
    });
    const logFrom = server!.stdout().length;
    const proxyLogFrom = nginx!.accessLog().length;
    const loaded = await page.goto(`${app!.origin}/`);
    expect(loaded?.status()).toBe(200);
    const results = await page.evaluate(
      ([api, list]) => (globalThis as unknown as { runOperations: RunOperations }).runOperations(api, list),
      [`${proxyBase}/graphql`, operations] as const,
    );
    await new Promise((resolve) => setTimeout(resolve, 100)); // the last response events
    await context.close();
    await settled(server!);
    return {
      results,
      responses,
      problems,
      serverRequests: graphqlRequestLines(server!.stdout().slice(logFrom)),
      proxyLog: nginx!.accessLog().slice(proxyLogFrom),
    };
  }

  /** What the server answers to the text and variables Apollo sent, asked directly (not through the proxy). */
  async function directAnswers(operations: AppOperation[], results: AppResult[]): Promise<Map<string, unknown>> {
    const answers = new Map<string, unknown>();
    for (const operation of operations) {
      const sent = results.find((r) => r.name === operation.name)?.sent ?? { query: operation.query, variables: operation.variables ?? {} };
      const res = await fetch(`${serverBase}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(sent) });
      const body = (await res.json()) as { data?: unknown; errors?: unknown };
      expect(res.status, operation.name).toBe(200);
      expect(body.errors, operation.name).toBeUndefined();
      answers.set(operation.name, body.data);
    }
    return answers;
  }

  /** Every visit: no console error (CORS refusals are console errors), no HTTP error, no Apollo error, and the server's data. */
  function expectCleanVisit(v: Visit, which: string, operations: AppOperation[], direct: Map<string, unknown>): void {
    expect.soft(v.problems, `${which}: console errors (CORS refusals among them), uncaught errors, failed requests${evidence(v)}`).toEqual([]);
    expect.soft(v.responses.filter((r) => r.status >= 400).map((r) => `${r.method} ${r.status} ${brief(r.url)}`), `${which}: HTTP errors${evidence(v)}`).toEqual([]);
    expect.soft(v.results.map((r) => ({ name: r.name, error: r.error })), `${which}: Apollo's errors`).toEqual(operations.map((o) => ({ name: o.name, error: null })));
    for (const result of v.results) expect.soft(result.data, `${which}: the data of ${result.name}, as the server answers it directly`).toEqual(direct.get(result.name));
  }

  /** A visit served by the proxy alone: one hashed GET per operation, each a HIT, and no operation reached the server. */
  function expectServedByProxy(v: Visit, which: string, operations: AppOperation[]): void {
    expect.soft(v.responses.map((r) => `${r.method} ${r.status} X-Cache-Status: ${r.cache}`), `${which}: served by the proxy${evidence(v)}`).toEqual(operations.map(() => 'GET 200 X-Cache-Status: HIT'));
    // CORS preflights (OPTIONS) do reach the server: Apollo sends Content-Type on GETs too, a new
    // browser asks once per URL, and no shared cache keeps OPTIONS answers (docs/caching.md).
    expect.soft(v.serverRequests.filter((r) => r.method !== 'OPTIONS'), `${which}: operations that reached the server${evidence(v)}`).toEqual([]);
  }

  it.skipIf(!NGINX || !CHROMIUM)(
    `two visitors run examples with Apollo's persisted queries over GET: no error, the server's data, and the second visitor is served by the proxy alone${skipNote(!NGINX && NGINX_SKIP_REASON, !CHROMIUM && CHROMIUM_SKIP_REASON)}`,
    async () => {
      // The examples are trusted under the hash Apollo's link computes (print of its document, with
      // the __typename fields it adds): the first visitor's GETs are answered at once, and kept.
      const visits = [await visit(OPERATIONS), await visit(OPERATIONS)];
      const direct = await directAnswers(OPERATIONS, visits[0]!.results);
      visits.forEach((v, i) => expectCleanVisit(v, `visitor ${i + 1}`, OPERATIONS, direct));
      expectServedByProxy(visits[1]!, 'visitor 2', OPERATIONS);
    },
  );

  it.skipIf(!NGINX || !CHROMIUM)(
    `an operation of the app's own: the first visitor registers its hash (APQ), the second sends only the hash over GET, the third is served by the proxy alone${skipNote(!NGINX && NGINX_SKIP_REASON, !CHROMIUM && CHROMIUM_SKIP_REASON)}`,
    async () => {
      // The first visitor's GET finds no hash (an answer no cache may keep) and Apollo registers the
      // text with a POST; the second's GET reaches the server, which knows the hash now, and the
      // proxy keeps the answer; the third's is served by the proxy.
      const operations = [OWN_OPERATION];
      const visits = [await visit(operations), await visit(operations), await visit(operations)];
      const direct = await directAnswers(operations, visits[0]!.results);
      visits.forEach((v, i) => expectCleanVisit(v, `visitor ${i + 1}`, operations, direct));
      for (const [i, v] of visits.entries()) {
        if (i > 0) expect.soft(v.responses.map((r) => r.method), `visitor ${i + 1}: the hash alone, over GET${evidence(v)}`).toEqual(['GET']);
      }
      expectServedByProxy(visits[2]!, 'visitor 3', operations);
    },
  );

  const caches = [
    { name: 'deploy/nginx.conf', base: () => proxyBase, tag: 'Proxy' },
    { name: 'a cache keyed by the URL alone (as a CDN by default), honouring Vary', base: () => urlKeyedBase, tag: 'UrlKeyed' },
  ];

  it.skipIf(!NGINX).each(caches)(`$name: the answer to an unknown hash is never kept, so that the hash works once registered${skipNote(!NGINX && NGINX_SKIP_REASON)}`, async ({ base, tag }) => {
    // Apollo's automatic persisted queries, as the link sends them, with a query of each cache's own.
    const query = `query RegistrationCheck${tag} { __typename }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const path = `/graphql?operationName=RegistrationCheck${tag}&variables=%7B%7D&extensions=${encodeURIComponent(JSON.stringify(extensions))}`;
    const headers = { accept: 'application/graphql-response+json,application/json;q=0.9', origin: OTHER_ORIGIN };
    const unknown = await send(base(), path, headers);
    const registered = await send(base(), '/graphql', headers, { json: { query, extensions } });
    const known = await send(base(), path, headers);
    const context = `\nthe hash alone: ${seen(unknown)}\nthe query with its hash (POST): ${seen(registered)}\nthe hash alone again: ${seen(known)}`;
    expect.soft(unknown.body, `the first GET${context}`).toContain('PERSISTED_QUERY_NOT_FOUND');
    expect.soft(registered.body, `the registration${context}`).toBe('{"data":{"__typename":"Query"}}');
    expect.soft(known.body, `the GET once the hash is registered${context}`).toBe('{"data":{"__typename":"Query"}}');
  });

  it.skipIf(!NGINX).each(caches)(`$name: a JSON request after a browser's request for the same URL gets JSON, never GraphiQL's HTML${skipNote(!NGINX && NGINX_SKIP_REASON)}`, async ({ base }) => {
    const path = graphqlGet('query AcceptCheck { __typename }');
    const page = await send(base(), path, { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
    const json = await send(base(), path, { accept: 'application/json' });
    const again = await send(base(), path, { accept: 'application/json' });
    const context = `\nbrowser's request: ${seen(page)}\nJSON request: ${seen(json)}\nJSON again: ${seen(again)}`;
    for (const answer of [json, again]) {
      expect.soft(answer.headers['content-type'], `content type of the JSON request's answer${context}`).toMatch(/^application\/json\b/);
      expect.soft(answer.body, `body of the JSON request's answer${context}`).toBe('{"data":{"__typename":"Query"}}');
    }
    // The JSON answer is still kept: what the answer varies on must not make it uncacheable.
    expect.soft(again.headers['x-cache-status'], `the repeated JSON request is served from the cache${context}`).toBe('HIT');
  });

  it.skipIf(!NGINX).each(caches)(`$name: an answer kept for a request without Origin never reaches a browser app without its Access-Control-Allow-Origin${skipNote(!NGINX && NGINX_SKIP_REASON)}`, async ({ base }) => {
    const path = graphqlGet('query OriginCheck { __typename }');
    const plain = await send(base(), path, { accept: 'application/json' });
    const other = await send(base(), path, { accept: 'application/json', origin: OTHER_ORIGIN });
    const another = await send(base(), path, { accept: 'application/json', origin: 'http://another.example' });
    const context = `\nwithout Origin: ${seen(plain)}\nOrigin ${OTHER_ORIGIN}: ${seen(other)}\nOrigin http://another.example: ${seen(another)}`;
    expect.soft(other.headers['access-control-allow-origin'], `Access-Control-Allow-Origin for ${OTHER_ORIGIN}${context}`).toMatch(/^(\*|http:\/\/other\.example)$/);
    expect.soft(another.headers['access-control-allow-origin'], `Access-Control-Allow-Origin for http://another.example${context}`).toMatch(/^(\*|http:\/\/another\.example)$/);
    for (const answer of [plain, other, another]) expect.soft(answer.body, context).toBe('{"data":{"__typename":"Query"}}');
  });

  it.skipIf(!NGINX).each(['/metrics', '/metrics?name[]=news_graph_http_responses_total', '//metrics', '/graphql/../metrics', '/%6Detrics'])(
    `deploy/nginx.conf does not serve the server's metrics: %s${skipNote(!NGINX && NGINX_SKIP_REASON)}`,
    async (path) => {
      const answer = await send(proxyBase, path);
      expect(answer.status).toBe(404);
      expect(answer.body).not.toMatch(/# HELP|news_graph_/);
      // The server itself still serves them, to a scraper that reaches it directly.
      expect((await send(serverBase, '/metrics')).status).toBe(200);
    },
  );

  it.skipIf(!NGINX)(`deploy/nginx.conf: a browser app can read the ETag, revalidate with it (304) and keep its CORS preflight${skipNote(!NGINX && NGINX_SKIP_REASON)}`, async () => {
    const path = graphqlGet('query RevalidationCheck { __typename }');
    const headers = { accept: 'application/json', origin: OTHER_ORIGIN };
    const first = await send(proxyBase, path, headers);
    const etag = first.headers.etag;
    expect.soft(etag, `ETag on the first answer: ${seen(first)}`).toBeTruthy();
    expect.soft(first.headers['access-control-expose-headers'] ?? '', `Access-Control-Expose-Headers: ${seen(first)}`).toMatch(/(^|,)\s*etag\s*(,|$)/i);
    if (etag) {
      const revalidated = await send(proxyBase, path, { ...headers, 'if-none-match': etag });
      expect.soft(revalidated.status, `If-None-Match ${etag}: ${seen(revalidated)}`).toBe(304);
    }
    const preflight = await send(proxyBase, '/graphql', { origin: OTHER_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' }, { method: 'OPTIONS' });
    const described = `${preflight.status} ${JSON.stringify(preflight.headers)}`;
    expect.soft(preflight.status, `preflight: ${described}`).toBeLessThan(300);
    expect.soft(preflight.headers['access-control-allow-origin'], `preflight: ${described}`).toMatch(/^(\*|http:\/\/other\.example)$/);
    expect.soft(Number(preflight.headers['access-control-max-age'] ?? 0), `Access-Control-Max-Age of the preflight: ${described}`).toBeGreaterThan(0);
  });
});
