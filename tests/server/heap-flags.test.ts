/**
 * `npm start` gives the server the heap it needs where its corpus lives (src/heap-flags.ts): the
 * in-memory load's 8 GB old space and 64 MB semi-space, or, served from PostgreSQL, a 1 GB old
 * space and Node's default young generation, which keeps the RSS of a busy server near its start.
 * The tools that check a whole folder in memory get three quarters of the machine's memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
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

describe('the tools that check a whole corpus folder', () => {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

  it.each(['ingest', 'validate', 'preview', 'start:pg', 'bench:pg-scale'])('npm run %s runs with the heap flags src/heap-flags.ts prints for a tool', (name) => {
    expect(scripts[name]).toMatch(/(^|&& )tsx \$\(node --import tsx src\/heap-flags\.ts tool\) \S+\.ts$/);
  });

  it("gets three quarters of the machine's memory as old space (a 300,000-article check outgrew Node's default) and the in-memory load's semi-space", () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/heap-flags.ts', 'tool'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const [, megabytes] = /^--max-old-space-size=(\d+) --max-semi-space-size=64$/.exec(run.stdout.trim())!;
    expect(Number(megabytes)).toBe(Math.floor((totalmem() / 2 ** 20) * 0.75));
  });

  it('is the heap the script runs in: tsx passes the flags to the process it starts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heap-'));
    const probe = join(dir, 'probe.ts');
    writeFileSync(probe, "import { getHeapStatistics } from 'node:v8';\nconsole.log(getHeapStatistics().heap_size_limit);\n");
    try {
      // As npm runs a script: node_modules/.bin first on the PATH.
      const env = { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env['PATH']}` };
      const run = spawnSync('sh', ['-c', scripts['ingest']!.replace('scripts/ingest.ts', probe)], { cwd: ROOT, encoding: 'utf8', env });
      expect(run.status, run.stderr).toBe(0);
      expect(Number(run.stdout) / 2 ** 20).toBeGreaterThanOrEqual(Math.floor((totalmem() / 2 ** 20) * 0.75));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
