/** While a large corpus loads, the process is live (/health 200) but not ready (/ready 503 "loading"). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { killServers, ROOT, spawnServer, waitForListening } from './helpers.js';

const corpus = mkdtempSync(join(tmpdir(), 'news-graph-loading-'));
afterAll(async () => {
  await killServers();
  rmSync(corpus, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

it('answers /health and a 503 "loading" /ready during the load, then /ready 200', async () => {
  const generated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-corpus.ts', '--articles', '3000', '--out', join(corpus, 'articles')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(generated.status, generated.stderr).toBe(0);
  const port = await freePort();
  const server = spawnServer({ PORT: String(port), DATA_DIR: join(corpus, 'articles'), LOG_LEVEL: 'silent' });
  const base = `http://127.0.0.1:${port}`;
  const seen: string[] = [];
  let health = 0;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    try {
      const ready = await fetch(`${base}/ready`);
      const body = (await ready.json()) as { status: string };
      seen.push(`${ready.status} ${body.status}`);
      if (ready.status === 200) break;
      health = (await fetch(`${base}/health`)).status;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(seen).toContain('503 loading');
  expect(seen.at(-1)).toBe('200 ok');
  expect(health).toBe(200);
  await waitForListening(server);
}, 90_000);
