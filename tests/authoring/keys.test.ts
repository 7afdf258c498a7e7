/** `npm run keys [-- KIND]` as an author runs it: which keys does the corpus already use, so that my article reuses them? */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS, FACT_KINDS, KINDS, ROW_KINDS } from '../../src/corpus/kinds.js';
import { corpusOf, fixture, readJson, removeCorpora, ROOT } from '../corpus/helpers.js';

afterAll(removeCorpora);

const CORPUS = fixture('authoring-kit', 'corpus');
const FILES = readdirSync(CORPUS).map((name) => join(CORPUS, name));

const keys = (...args: string[]) => {
  const run = spawnSync('npm', ['run', '--silent', 'keys', ...(args.length ? ['--', ...args] : [])], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

type Row = { key: string; name?: string };
/** The rows a kind's list declares across the corpus files, each key once. */
const declared = (list: string): Row[] => {
  const byKey = new Map<string, Row>();
  for (const file of FILES) for (const row of (readJson(file)[list] ?? []) as Row[]) if (!byKey.has(row.key)) byKey.set(row.key, row);
  return [...byKey.values()];
};
/** How many files name a key: as a key or in a "type:key" reference, anywhere in the file. */
const filesNaming = (key: string) => FILES.filter((file) => new RegExp(`"(\\w+:)?${key}"`).test(readFileSync(file, 'utf8'))).length;
const articles = (n: number) => `${n} article${n === 1 ? '' : 's'}`;

describe('npm run keys', { timeout: 60_000 }, () => {
  it('lists every kind of the registry, and under each the keys the corpus declares, with name and how many articles use them', () => {
    const { status, stdout } = keys('--dir', CORPUS);
    expect(status).toBe(0);
    for (const kind of ROW_KINDS) expect(stdout).toMatch(new RegExp(`^${KINDS[kind].list}: (none|\\d+ keys?)$`, 'm'));
    for (const kind of ENTITY_KINDS) {
      for (const row of declared(KINDS[kind].list)) expect(stdout).toMatch(new RegExp(`^ {2}${row.key} +${row.name} +${articles(filesNaming(row.key))}$`, 'm'));
    }
    for (const kind of FACT_KINDS) {
      for (const row of declared(KINDS[kind].list)) expect(stdout).toMatch(new RegExp(`^ {2}${row.key} .*${articles(filesNaming(row.key))}$`, 'm'));
    }
    expect(stdout).toContain(`${CORPUS}: ${FILES.length} files read`);
  });

  it('a key one article declares and another refers to counts both articles', () => {
    const { stdout } = keys('people', '--dir', CORPUS);
    const people = declared('people').filter((row) => filesNaming(row.key) === FILES.length);
    expect(people.length).toBeGreaterThan(0);
    for (const row of people) expect(stdout).toMatch(new RegExp(`^ {2}${row.key} +${row.name} +${articles(FILES.length)}$`, 'm'));
  });

  it('KIND lists one kind, named in the singular or the plural', () => {
    const singular = keys('city', '--dir', CORPUS);
    const plural = keys('--dir', CORPUS, 'Cities');
    expect(singular.status).toBe(0);
    expect(singular.stdout).toBe(plural.stdout);
    expect(singular.stdout).toMatch(/^cities: /m);
    expect(singular.stdout).not.toMatch(/^people: /m);
  });

  it('an unknown kind: exits 2, suggests the nearest and lists the kinds', () => {
    const { status, stderr } = keys('citys', '--dir', CORPUS);
    expect(status).toBe(2);
    expect(stderr).toContain('unknown kind "citys" (did you mean "city"?)');
    for (const kind of ROW_KINDS) expect(stderr).toContain(kind.toLowerCase());
  });

  it('a file with problems is left out and named; the other files are listed', () => {
    const broken = fixture('authoring-kit', 'kit-news-2015-03-23-problems.json');
    const dir = corpusOf(...FILES, broken);
    const { status, stdout } = keys('statements', '--dir', dir);
    expect(status).toBe(0);
    for (const row of declared('statements')) expect(stdout).toContain(`  ${row.key} `);
    expect(stdout).not.toContain((readJson(broken).statements as Row[])[0]!.key);
    expect(stdout).toContain(`${dir}: ${FILES.length} files read; left out, with problems of their own (npm run validate lists them): kit-news-2015-03-23-problems.json`);
  });

  it('reads data/articles by default', () => {
    const { status, stdout } = keys('cities');
    expect(status).toBe(0);
    const seed = readJson(join(ROOT, 'data/articles', readdirSync(join(ROOT, 'data/articles'))[0]!));
    for (const city of (seed.cities ?? []) as Row[]) expect(stdout).toMatch(new RegExp(`^ {2}${city.key} `, 'm'));
  });

  it('a folder that cannot be read: exits 1', () => {
    const { status, stderr } = keys('--dir', 'no/such/folder');
    expect(status).toBe(1);
    expect(stderr).toContain('cannot read the corpus folder');
  });
});
