/**
 * Security headers: strict ones on the API's answers, and a Content-Security-Policy on the GraphiQL
 * page that lets exactly its own inline script run. In headless Chromium, GraphiQL must load under
 * that policy with no violation reported, fetch the schema by introspection and run a query.
 */
import { createHash } from 'node:crypto';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { loadExamples } from '../../src/examples.js';
import { API_CSP } from '../../src/http/security-headers.js';
import { createApp } from '../../src/yoga.js';
import { CHROMIUM_ARGS, findChromium } from '../browser/chromium.js';
import { listenWired, type WiredServer } from '../wired-server.js';

const app = createApp({ store: loadCorpus('data/articles'), examples: loadExamples() });

const JSON_REQUEST = {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', origin: 'https://elsewhere.example' },
  body: JSON.stringify({ query: '{ __typename }' }),
};

describe('headers on API answers, as the serving layer writes them', () => {
  let wired: WiredServer;
  beforeAll(async () => {
    wired = await listenWired(app);
  });
  afterAll(() => wired.close());

  it.each([
    ['a query', '/graphql', JSON_REQUEST, 200],
    ['a refused query', '/graphql', { ...JSON_REQUEST, body: JSON.stringify({ query: '{ nope }' }) }, 400],
    ['an unknown route', '/nope', { method: 'GET' }, 404],
    ['readiness', '/ready', { method: 'GET' }, 200],
  ] as const)('%s', async (_name, path, init, status) => {
    const response = await fetch(`${wired.base}${path}`, init);
    await response.arrayBuffer();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toBe(API_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('allows any origin to read it, without credentials', async () => {
    const preflight = await fetch(`${wired.base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const response = await fetch(`${wired.base}/graphql`, JSON_REQUEST);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('the GraphiQL page', () => {
  it('allows its own inline script by hash, and nothing from elsewhere', async () => {
    const response = await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    const html = await response.text();
    const csp = response.headers.get('content-security-policy')!;
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/https?:/);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });
});

const CHROMIUM = findChromium();

describe('GraphiQL under its CSP, in headless Chromium', { timeout: 90_000 }, () => {
  let server: WiredServer;
  let base = '';
  beforeAll(async () => {
    server = await listenWired(app);
    base = server.base;
  });
  afterAll(() => server.close());

  it.skipIf(!CHROMIUM)('loads, introspects the schema and runs a query with no CSP violation', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __violations: string[] }).__violations ??= [];
          (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      const introspected = page.waitForResponse(
        (r) => r.request().method() === 'POST' && /__schema/.test(r.request().postData() ?? ''),
        { timeout: 60_000 },
      );
      const response = await page.goto(`${base}/graphql`, { waitUntil: 'load', timeout: 60_000 });
      expect(response?.headers()['content-security-policy']).toContain("script-src 'sha256-");
      const introspection = await introspected;
      expect(introspection.status()).toBe(200);
      expect(((await introspection.json()) as { data?: { __schema?: unknown } }).data?.__schema).toBeDefined();

      await page.locator('.graphiql-query-editor').waitFor({ timeout: 60_000 });
      const answered = page.waitForResponse((r) => r.request().method() === 'POST' && !/__schema/.test(r.request().postData() ?? ''), { timeout: 30_000 });
      await page.locator('.graphiql-execute-button').click();
      expect((await answered).status()).toBe(200);
      // The editor's workers (blob: URLs) have had time to start and report.
      await page.waitForTimeout(500);
      const reported = await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
      expect([...violations, ...reported]).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
