/** The throwaway cluster (scripts/pg-cluster.ts): it serves, and nothing of it outlives its process. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startCluster } from '../../scripts/pg-cluster.js';
import { ROOT } from '../corpus/helpers.js';
import { withClient } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'news-graph-cluster-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** A script that starts a cluster, prints where, then ends as `ending` says. */
function script(ending: string): string {
  const file = join(scratch, `cluster-${Math.random().toString(36).slice(2)}.mts`);
  writeFileSync(
    file,
    `import { startCluster } from ${JSON.stringify(pathToFileURL(join(ROOT, 'scripts/pg-cluster.ts')).href)};
const cluster = await startCluster();
console.log(JSON.stringify({ dir: cluster.dir, port: cluster.port }));
${ending}\n`,
  );
  return file;
}

describe('the throwaway cluster', { timeout: 60_000 }, () => {
  it('serves on loopback with fsync off, in a folder of its own, gone once stopped', async () => {
    const cluster = await startCluster();
    try {
      expect(cluster.url).toBe(`postgres://postgres@127.0.0.1:${cluster.port}/postgres`);
      const url = await cluster.createDatabase();
      const settings = await withClient(url, async (client) => (await client.query("SELECT current_setting('fsync') AS fsync, current_setting('listen_addresses') AS listen")).rows[0]);
      expect(settings).toEqual({ fsync: 'off', listen: '127.0.0.1' });
      expect(existsSync(join(cluster.dir, 'data'))).toBe(true);
    } finally {
      await cluster.stop();
    }
    expect(existsSync(cluster.dir)).toBe(false);
    expect(await listening(cluster.port)).toBe(false);
  });

  it('is stopped and removed when its process exits without stopping it', async () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', script('process.exit(0);')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const { dir, port } = JSON.parse(run.stdout);
    expect(existsSync(dir)).toBe(false);
    expect(await listening(port)).toBe(false);
  });

  it('is stopped and removed by the next cluster when its process was killed', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', script('setInterval(() => {}, 1000);')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const started = await new Promise<{ dir: string; port: number }>((resolve) => child.stdout.once('data', (data) => resolve(JSON.parse(String(data)))));
    expect(await listening(started.port)).toBe(true);
    // SIGKILL: no exit handler runs.
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const next = await startCluster();
    await next.stop();
    expect(existsSync(started.dir)).toBe(false);
    expect(await listening(started.port)).toBe(false);
  });
});
