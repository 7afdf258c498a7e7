/**
 * GraphiQL as a reader meets it: a small page and fingerprinted files (src/graphiql), from the app
 * itself and through the serving layer, then in headless Chromium against the app served on a real
 * port as src/server.ts serves it, no network beyond it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { loadExamples } from '../../src/examples.js';
import { GRAPHIQL_ASSETS_PREFIX, graphiqlAssets, graphiqlPage, IMMUTABLE_CACHE_CONTROL } from '../../src/graphiql/index.js';
import { createApp } from '../../src/yoga.js';
import { listenWired, type WiredServer } from '../wired-server.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TITLE = 'News graph: facts from news articles, each traceable to its sentence';

const CHROMIUM = findChromium();
const SKIP_REASON = 'SKIPPED: no chromium binary (not on PATH, no /usr/bin/chromium); install it with `apt-get install -y chromium`';
if (!CHROMIUM) console.warn(`tests/browser/graphiql.test.ts: ${SKIP_REASON}`);
const skipNote = CHROMIUM ? '' : ` (${SKIP_REASON})`;

const examples = loadExamples();
/** What GraphiQL names each tab: the operation's name. */
const operationNames = examples.map((e) => /^\s*(?:query|mutation|subscription)\s+(\w+)/m.exec(e.query)?.[1] ?? e.name);

const app = createApp({ store: loadCorpus(join(ROOT, 'data/articles')), examples });
/** GraphiQL's files as the server builds them (on first use: the server does not load them before it is ready). */
const graphiqlFiles = await graphiqlAssets();
const HTML_REQUEST = { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } };
const fetchPage = () => app.fetch('http://localhost/graphql', HTML_REQUEST);

/** The one inline script of a page: what it runs, and the options it gives GraphiQL. */
function inlineScript(html: string): { script: string; options: unknown } {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1] ?? '')).map((m) => m[2]!);
  expect(scripts).toHaveLength(1);
  const script = scripts[0]!;
  const options = /renderYogaGraphiQL\(document\.getElementById\('root'\), (.*)\);\n\}\);/.exec(script)?.[1];
  expect(options).toBeDefined();
  return { script, options: JSON.parse(options!) };
}

const sha256 = (bytes: Buffer | string, encoding: 'hex' | 'base64') => createHash('sha256').update(bytes).digest(encoding);

describe('the GraphiQL page', () => {
  it('is small HTML, revalidated on every load and never stored for everyone', async () => {
    const response = await fetchPage();
    const html = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.length).toBeLessThan(100_000);
    // GET /graphql answers JSON or this page by the Accept header: no shared cache may keep it.
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(response.headers.get('vary')).toMatch(/\baccept\b/i);
  });

  it('gives GraphiQL our title, the examples as tabs (with their variables) and no endpoint (the page URL is the endpoint)', async () => {
    const html = await (await fetchPage()).text();
    expect(html).toContain(`<title>${TITLE}</title>`);
    expect(inlineScript(html).options).toEqual({
      title: TITLE,
      defaultTabs: examples.map((e) => ({ query: e.query, ...(e.variables ? { variables: JSON.stringify(e.variables, null, 2) } : {}) })),
    });
  });

  it('loads its script, stylesheets and favicon from fingerprinted paths, and its workers too', async () => {
    const html = await (await fetchPage()).text();
    const assets = graphiqlFiles;
    expect(html).toContain(`<script defer src="${assets.script.path}"></script>`);
    expect(html).toContain(`<link rel="stylesheet" href="${assets.stylesheet.path}" />`);
    expect(html).toContain(`<link rel="stylesheet" href="${assets.overrides.path}" />`);
    expect(html).toContain(`<link rel="icon" href="${assets.favicon.path}" />`);
    for (const worker of Object.values(assets.workers)) expect(inlineScript(html).script).toContain(JSON.stringify(worker.path));
    // Nothing else: every URL the page names is one of the files.
    const named = [...html.matchAll(/(?:src|href)="([^"]*)"|"(\/[^"]*\.(?:js|css|ico))"/g)].map((m) => m[1] ?? m[2]);
    expect(new Set(named)).toEqual(new Set(assets.byPath.keys()));
  });

  it('allows its inline script by hash and its files by origin, and nothing inline besides', async () => {
    const response = await fetchPage();
    const { script } = inlineScript(await response.text());
    const csp = response.headers.get('content-security-policy')!;
    const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(csp)?.[1]?.split(' ');
    expect(scriptSrc?.sort()).toEqual([`'sha256-${sha256(script, 'base64')}'`, "'self'"].sort());
    expect(csp).toMatch(/(^|; )worker-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )default-src 'none'(;|$)/);
    expect(csp).not.toMatch(/blob:|https?:|'unsafe-eval'/);
  });

  it('keeps an example that holds </script> inside the script', async () => {
    const query = '# </script><script>alert(1)</script> <!-- \u2028\n{ __typename }';
    const { html } = await graphiqlPage({ title: '<b>Title</b>', defaultTabs: [{ query }] });
    expect(html).toContain('<title>&lt;b&gt;Title&lt;/b&gt;</title>');
    expect(inlineScript(html).options).toEqual({ title: '<b>Title</b>', defaultTabs: [{ query }] });
  });
});

describe("GraphiQL's files, through the serving layer", () => {
  const assets = [...graphiqlFiles.byPath.values()];
  let files: WiredServer;
  beforeAll(async () => {
    files = await listenWired(app);
  });
  afterAll(() => files.close());
  /** As sent: the content coding is the serving layer's, tested in tests/serve. */
  const get = (path: string, init: RequestInit = {}) => fetch(`${files.base}${path}`, { ...init, headers: { 'accept-encoding': 'identity', ...(init.headers as Record<string, string>) } });

  it('are the script, two stylesheets, the favicon and three workers', () => {
    expect(assets.map((a) => a.path.slice(GRAPHIQL_ASSETS_PREFIX.length).replace(/\.[0-9a-f]{16}\./, '.')).sort()).toEqual(
      ['editor.worker.js', 'favicon.ico', 'graphiql.css', 'graphiql.js', 'graphql.worker.js', 'json.worker.js', 'news-graph.css'],
    );
  });

  it.each(assets.map((a) => [a.path, a] as const))('%s: named by its hash, immutable, typed', async (path, asset) => {
    const response = await get(path);
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(200);
    const hash = /\.([0-9a-f]{16})\.(js|css|ico)$/.exec(path);
    expect(hash).not.toBeNull();
    expect(sha256(body, 'hex').startsWith(hash![1]!)).toBe(true);
    expect(body.equals(asset.body)).toBe(true);
    expect(response.headers.get('content-type')).toBe({ js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', ico: 'image/x-icon' }[hash![2]!]);
    expect(response.headers.get('content-length')).toBe(String(body.length));
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    // (The HTTP server sends a HEAD answer's headers only: see the served files below.)
    const head = await get(path, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(body.length));
    expect(head.headers.get('cache-control')).toBe(IMMUTABLE_CACHE_CONTROL);

    const again = await get(path, { headers: { 'if-none-match': `W/"other", ${etag}` } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
  });

  it('the script starts GraphiQL and the stylesheet lets the tab bar wrap', () => {
    const { script, overrides } = graphiqlFiles;
    expect(script.body.includes('renderYogaGraphiQL')).toBe(true);
    expect(overrides.body.toString()).toMatch(/\.graphiql-tabs\s*\{[^}]*flex-wrap:\s*wrap/);
  });

  it.each([
    ['an unknown name', 'GET', `${GRAPHIQL_ASSETS_PREFIX}nope.js`, 404, 'NOT_FOUND'],
    ['an earlier version of a file', 'GET', graphiqlFiles.script.path.replace(/\.[0-9a-f]{16}\./, '.0000000000000000.'), 404, 'NOT_FOUND'],
    ['the folder itself', 'GET', GRAPHIQL_ASSETS_PREFIX, 404, 'NOT_FOUND'],
    ['a POST to a file', 'POST', graphiqlFiles.script.path, 405, 'METHOD_NOT_ALLOWED'],
    ['a DELETE of a file', 'DELETE', graphiqlFiles.script.path, 405, 'METHOD_NOT_ALLOWED'],
  ] as const)('%s: %s %s is %i %s', async (_name, method, path, status, code) => {
    const response = await get(path, { method });
    expect(response.status).toBe(status);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe(code);
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/immutable/);
    if (status === 405) expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('the page and its files through the serving layer (src/serve)', () => {
  let server: WiredServer;
  beforeAll(async () => {
    server = await listenWired(app);
  });
  afterAll(() => server?.close());

  it('keeps the page from shared caches and each file immutable, with its type', async () => {
    const page = await fetch(`${server.base}/graphql`, HTML_REQUEST);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toMatch(/\bno-cache\b/);
    expect(page.headers.get('cache-control')).not.toMatch(/public|max-age|immutable/);
    expect(page.headers.get('vary')).toMatch(/\bAccept\b/);
    expect(page.headers.get('content-security-policy')).toBe((await fetchPage()).headers.get('content-security-policy'));
    expect(inlineScript(html).options).toEqual(inlineScript(await (await fetchPage()).text()).options);

    for (const asset of graphiqlFiles.byPath.values()) {
      const response = await fetch(`${server.base}${asset.path}`);
      const body = Buffer.from(await response.arrayBuffer());
      expect(response.status, asset.path).toBe(200);
      expect(body.equals(asset.body), asset.path).toBe(true);
      expect(response.headers.get('content-type'), asset.path).toBe(asset.contentType);
      expect(response.headers.get('cache-control'), asset.path).toBe(IMMUTABLE_CACHE_CONTROL);
    }
  });

  it('answers HEAD with the headers alone, and an unknown file 404', async () => {
    const { script } = graphiqlFiles;
    const head = await fetch(`${server.base}${script.path}`, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(script.body.length));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    const unknown = await fetch(`${server.base}${GRAPHIQL_ASSETS_PREFIX}graphiql.0000000000000000.js`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('GraphiQL in headless Chromium', { timeout: 90_000 }, () => {
  let server: WiredServer | undefined;
  let browser: Browser | undefined;
  let base = '';

  beforeAll(async () => {
    if (!CHROMIUM) return;
    server = await listenWired(app);
    base = server.base;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page that records errors, CSP violations, requests to other hosts and the workers it starts. */
  async function openGraphiQL(viewport: { width: number; height: number }) {
    const page = await browser!.newPage({ viewport });
    const problems: string[] = [];
    const foreign: string[] = [];
    const loaded: string[] = [];
    const workers: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy|Refused to/i.test(message.text())) problems.push(`console ${message.type()}: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    // GraphiQL must be self-hosted: every request goes to our server (data: URLs aside, the stylesheet's fonts and icons), none to another host or a blob: URL.
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(`${base}/`)) loaded.push(url.slice(base.length));
      else if (!url.startsWith('data:')) foreign.push(url);
    });
    page.on('worker', (worker) => workers.push(worker.url().replace(base, '').replace(/#.*/, '')));
    const response = await page.goto(`${base}/graphql`, { waitUntil: 'load', timeout: 60_000 });
    expect(response?.status()).toBe(200);
    await page.locator('.graphiql-tab').first().waitFor({ timeout: 60_000 });
    return { page, problems, foreign, loaded, workers };
  }

  it.skipIf(!CHROMIUM)(`shows our title and the example tabs, runs the first example and shows its result, with no error or CSP violation${skipNote}`, async () => {
    const { page, problems, foreign, loaded, workers } = await openGraphiQL({ width: 1400, height: 900 });
    expect(await page.title()).toBe(TITLE);

    // One tab per example operation, in file order, the first one active.
    const tabs = page.locator('.graphiql-tab');
    expect(await tabs.allInnerTexts()).toEqual(operationNames);
    expect(await page.locator('.graphiql-tab-active').innerText()).toBe(operationNames[0]);
    // The title is shown on the page itself, not only in the browser's tab.
    await page.getByText(TITLE, { exact: true }).waitFor({ state: 'visible', timeout: 30_000 });

    // The editor holds the first example; the response pane is still empty.
    const editor = page.locator('.graphiql-query-editor');
    await editor.filter({ hasText: `query ${operationNames[0]}` }).waitFor({ timeout: 30_000 });
    const result = page.locator('.graphiql-response');
    expect(await result.innerText()).not.toContain('Shandong');

    const answered = page.waitForResponse((r) => r.url().startsWith(`${base}/graphql`) && r.request().method() === 'POST' && r.request().postData()?.includes(`query ${operationNames[0]}`) === true, { timeout: 30_000 });
    await page.locator('.graphiql-execute-button').click();
    expect((await answered).status()).toBe(200);
    // Monaco fills the pane in a few frames: wait for the lines we check.
    // The first example, the Shandong-Isabel agreement (Monaco renders only the lines in view: these are at the top).
    await result.filter({ hasText: '"kind": "SISTER_CITIES"' }).filter({ hasText: '"name": "Shandong"' }).waitFor({ timeout: 30_000 });
    const text = await result.innerText();
    expect(text).toContain('"data"');
    expect(text).not.toContain('"errors"');

    // The editor's workers run from their files (not blob: URLs), under the page's worker-src 'self'.
    const assets = graphiqlFiles;
    expect(workers.length).toBeGreaterThan(0);
    for (const worker of workers) expect(Object.values(assets.workers).map((w) => w.path)).toContain(worker);
    // Every request went to the API or to one of GraphiQL's files.
    for (const url of loaded) expect(url === '/graphql' || assets.byPath.has(url), url).toBe(true);
    expect(loaded).toContain(assets.script.path);

    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'tmp/graphiql.png') });
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it.skipIf(!CHROMIUM)(`at 1280x800 shows every example tab at once, and each opens its example${skipNote}`, async () => {
    const { page, problems, foreign } = await openGraphiQL({ width: 1280, height: 800 });
    await page.locator('.graphiql-query-editor').filter({ hasText: `query ${operationNames[0]}` }).waitFor({ timeout: 30_000 });
    const tabs = page.locator('.graphiql-tab');
    expect(await tabs.count()).toBe(examples.length);
    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'tmp/graphiql-1280.png') });

    for (const [i, name] of operationNames.entries()) {
      const tab = tabs.nth(i);
      // In sight without scrolling anything: inside the window, and not clipped by the tab bar.
      expect(await inSight(page, i), `tab ${name} is in sight`).toBe(true);
      await tab.locator('.graphiql-tab-button').click();
      await page.locator('.graphiql-tab-active').filter({ hasText: name }).waitFor({ timeout: 10_000 });
      await page.locator('.graphiql-query-editor').filter({ hasText: `query ${name}` }).waitFor({ timeout: 10_000 });
      expect(await page.locator('.graphiql-tab-active').innerText()).toBe(name);
    }
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});

/** Whether the i-th tab is wholly inside the window and what the browser shows at its centre. */
function inSight(page: Page, i: number): Promise<boolean> {
  return page.evaluate((index) => {
    const tab = document.querySelectorAll('.graphiql-tab')[index]!;
    const box = tab.getBoundingClientRect();
    if (box.left < 0 || box.top < 0 || box.right > window.innerWidth || box.bottom > window.innerHeight) return false;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && tab.contains(hit);
  }, i);
}
