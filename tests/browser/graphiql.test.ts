/** GraphiQL as a reader meets it: headless Chromium against the app on a real port, no network beyond it. */
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { loadExamples } from '../../src/examples.js';
import { createApp } from '../../src/yoga.js';
import { findChromium } from './chromium.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOT = join(ROOT, 'tmp/graphiql.png');
const TITLE = 'News graph: facts from news articles, each traceable to its sentence';


const CHROMIUM = findChromium();
const SKIP_REASON = 'SKIPPED: no chromium binary (not on PATH, no /usr/bin/chromium); install it with `apt-get install -y chromium`';
if (!CHROMIUM) console.warn(`tests/browser/graphiql.test.ts: ${SKIP_REASON}`);

const examples = loadExamples();
/** What GraphiQL names each tab: the operation's name. */
const operationNames = examples.map((e) => /^\s*(?:query|mutation|subscription)\s+(\w+)/m.exec(e.query)?.[1] ?? e.name);

describe('GraphiQL in headless Chromium', { timeout: 90_000 }, () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let base = '';

  beforeAll(async () => {
    if (!CHROMIUM) return;
    const yoga = createApp({ store: loadCorpus(join(ROOT, 'data/articles')), examples });
    server = createServer(yoga);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-quic',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    }
  });

  it.skipIf(!CHROMIUM)(
    `shows our title and the example tabs, runs the first example and shows its result${CHROMIUM ? '' : ` (${SKIP_REASON})`}`,
    async () => {
      const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
      const pageErrors: string[] = [];
      const foreign: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // GraphiQL must be self-hosted: every asset comes from our server (or blob:/data: URLs it makes itself).
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(`${base}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
      });

      const response = await page.goto(`${base}/graphql`, { waitUntil: 'load', timeout: 60_000 });
      expect(response?.status()).toBe(200);
      expect(await page.title()).toBe(TITLE);

      // One tab per example operation, in file order, the first one active.
      const tabs = page.locator('.graphiql-tab');
      await tabs.first().waitFor({ timeout: 60_000 });
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

      mkdirSync(join(ROOT, 'tmp'), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      expect(pageErrors).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    },
  );
});
