/**
 * `npm start` gives the server the heap it needs where its corpus lives (src/heap-flags.ts): the
 * in-memory load's 8 GB old space and 64 MB semi-space, or, served from PostgreSQL, a 1 GB old
 * space and Node's default young generation, which keeps the RSS of a busy server near its start.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const flagsFor = (env: Record<string, string>) => {
  const { DATABASE_URL: _, ...inherited } = process.env;
  const run = spawnSync(process.execPath, ['dist/heap-flags.js'], { cwd: ROOT, env: { ...inherited, ...env }, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
};

describe('npm start', () => {
  it('starts the built server with the flags dist/heap-flags.js prints', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['start']).toMatch(/&& node \$\(node dist\/heap-flags\.js\) dist\/server\.js$/);
  });

  it('loads a corpus into memory with a large heap and young generation', () => {
    expect(flagsFor({})).toBe('--max-old-space-size=8192 --max-semi-space-size=64');
  });

  it('serves from PostgreSQL with a bounded heap and the default young generation', () => {
    expect(flagsFor({ DATABASE_URL: 'postgres://reader@db.internal:5432/news' })).toBe('--max-old-space-size=1024');
  });
});
