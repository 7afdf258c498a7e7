/**
 * The server checks the corpus on worker threads (checkCorpusInParallel); it must find exactly
 * what the single-threaded check finds, in the same order, whatever order the workers finish in.
 */
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCorpus, checkCorpusInParallel } from '../../src/corpus/load.js';
import { ARTICLES_DIR, corpusOf, fixture, FIXTURE_FILE, removeCorpora, SEED_FILE } from './helpers.js';

afterAll(removeCorpora);

// One file per job on two workers: jobs finish out of order, and results must still be taken in file order.
const inParallel = (dir: string) => checkCorpusInParallel(dir, { threads: 2, filesPerJob: 1 });

describe('checking a corpus on worker threads', () => {
  it('builds the same store from a valid corpus: the same records, with evidence pinned to the same sentences', async () => {
    const dir = corpusOf(SEED_FILE, FIXTURE_FILE);
    const [parallel, single] = [await inParallel(dir), checkCorpus(dir)];
    expect(parallel.issues).toEqual([]);
    for (const kind of ['Article', 'City', 'Person', 'Company', 'Visit', 'Agreement', 'Metric', 'Statement'] as const) {
      expect(parallel.store!.list(kind).map((r) => r.key)).toEqual(single.store!.list(kind).map((r) => r.key));
    }
    const copenhagen = (check: typeof parallel) => check.store!.get('City', 'copenhagen')!;
    const sentences = (check: typeof parallel) => copenhagen(check).evidence.map((e) => [e.articleKey, e.paragraph, e.quote, e.sentence]);
    expect(sentences(parallel)).toEqual(sentences(single));
    expect(copenhagen(parallel).articleKeys).toEqual(copenhagen(single).articleKeys);
  });

  it('reports the same issues, in the same order, for a folder of many defects', async () => {
    const dir = fixture('many-defects');
    const parallel = await inParallel(dir);
    expect(parallel.store).toBeUndefined();
    expect(parallel.issues.length).toBeGreaterThan(3);
    expect(parallel).toEqual(checkCorpus(dir));
  });

  it.each(readdirSync(fixture('defects')))('reports the same issues for the defect "%s"', async (defect) => {
    const dir = fixture('defects', defect);
    expect(await inParallel(dir)).toEqual(checkCorpus(dir));
  });

  it('loads the shipped corpus with one worker per CPU', async () => {
    const { store, issues, files } = await checkCorpusInParallel(ARTICLES_DIR);
    expect(issues).toEqual([]);
    expect(store!.count('Article')).toBe(files);
  });

  it('reports a folder that cannot be read, without starting workers', async () => {
    expect(await inParallel('/no/such/folder')).toEqual({
      files: 0,
      issues: [{ file: '/no/such/folder', path: '$', message: expect.stringContaining('cannot read the corpus folder') }],
    });
  });
});
