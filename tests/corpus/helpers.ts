/** Paths to the seed and the fixtures, and throwaway corpus folders built from them. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { CorpusIssue } from '../../src/corpus/issues.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { LocatedEvidence } from '../../src/corpus/model.js';
import type { Store } from '../../src/corpus/store.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTICLES_DIR = join(ROOT, 'data/articles');
export const SEED_KEY = 'xinhua-2014-12-04-copenhagen-mayor-beijing-visit';
export const SEED_FILE = join(ARTICLES_DIR, `${SEED_KEY}.json`);
/**
 * The article that declares the sister-city agreement the seed reports on (its "reports" section):
 * the seed validates only together with it, so "the seed" in these tests is the two of them.
 */
export const SISTER_KEY = 'chinadaily-2012-06-17-copenhagen-mayor-sister-city-agreement';
export const SISTER_FILE = join(ARTICLES_DIR, `${SISTER_KEY}.json`);
export const SEED_FILES = [SEED_FILE, SISTER_FILE] as const;
/** The fictional follow-up to the seed (tests/fixtures/two-articles/). */
export const FIXTURE_KEY = 'fixture-news-2014-12-08-copenhagen-beijing-mou-signed';
export const FIXTURE_FILE = join(ROOT, 'tests/fixtures/two-articles', `${FIXTURE_KEY}.json`);

/** A path under tests/fixtures. */
export const fixture = (...parts: string[]): string => join(ROOT, 'tests/fixtures', ...parts);

const made: string[] = [];

/** A fresh temporary corpus folder holding copies of the given files. */
export function corpusOf(...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'news-graph-corpus-'));
  made.push(dir);
  for (const file of files) copyFileSync(file, join(dir, basename(file)));
  return dir;
}

/** Removes the folders corpusOf made; call from afterAll. */
export function removeCorpora(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Loads a corpus made of the given files only (data/articles may hold more articles than these). */
export function loadFiles(...files: string[]): Store {
  const dir = mkdtempSync(join(tmpdir(), 'news-graph-corpus-'));
  try {
    for (const file of files) copyFileSync(file, join(dir, basename(file)));
    return loadCorpus(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let seedStore: Store | undefined;
/** The store of the seed (with the article declaring what it reports on), loaded once per test file. */
export const seed = (): Store => (seedStore ??= loadFiles(...SEED_FILES));

/** An article file as JSON. */
export const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** Keys of records, in the order given. */
export const keys = (records: Iterable<{ key: string }>): string[] => [...records].map((r) => r.key);

/** Every located evidence quote anywhere in a value, however deeply nested, each quote once. */
export function evidenceIn(value: unknown, found = new Set<LocatedEvidence>()): Set<LocatedEvidence> {
  if (Array.isArray(value)) for (const item of value) evidenceIn(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [field, child] of Object.entries(value)) {
      if (field === 'evidence' && Array.isArray(child)) for (const evidence of child as LocatedEvidence[]) found.add(evidence);
      else evidenceIn(child, found);
    }
  }
  return found;
}

/** The articles some evidence comes from, sorted. */
export const articlesOf = (evidence: Iterable<LocatedEvidence>): string[] => [...new Set([...evidence].map((e) => e.articleKey))].sort();

/** Issues reduced to what a reader checks: the file's name, the JSON path and the message; sorted. */
export const brief = (issues: readonly CorpusIssue[]): { file: string; path: string; message: string }[] =>
  issues
    .map((issue) => ({ file: basename(issue.file), path: issue.path, message: issue.message }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.path.localeCompare(b.path));

/** Expected issues as [file name, JSON path, message pattern], in the order brief() sorts them. */
export const issuesLike = (rows: readonly (readonly [file: string, path: string, message: RegExp])[]) =>
  [...rows]
    .sort(([fa, pa], [fb, pb]) => fa.localeCompare(fb) || pa.localeCompare(pb))
    .map(([file, path, message]) => ({ file, path, message: expect.stringMatching(message) as unknown as string }));
