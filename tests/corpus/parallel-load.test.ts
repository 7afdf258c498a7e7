/**
 * The server checks the corpus on worker threads (checkCorpusInParallel); it must find exactly
 * what the single-threaded check finds, in the same order, whatever order the workers finish in.
 */
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ROW_KINDS } from '../../src/corpus/kinds.js';
import { checkCorpus, checkCorpusInParallel } from '../../src/corpus/load.js';
import { ARTICLES_DIR, corpusOf, fixture, FIXTURE_FILE, keys, removeCorpora, SEED_FILES } from './helpers.js';

afterAll(removeCorpora);

// One file per job on two workers: jobs finish out of order, and results must still be taken in file order.
const inParallel = (dir: string) => checkCorpusInParallel(dir, { threads: 2, filesPerJob: 1 });

describe('checking a corpus on worker threads', () => {
  it('builds the same store from a valid corpus: the same records, with evidence pinned to the same sentences', async () => {
    const dir = corpusOf(...SEED_FILES, FIXTURE_FILE);
    const [parallel, single] = [await inParallel(dir), checkCorpus(dir)];
    expect(parallel.issues).toEqual([]);
    for (const kind of ['Article', ...ROW_KINDS] as const) {
      expect(keys(parallel.store!.list(kind))).toEqual(keys(single.store!.list(kind)));
    }
    const copenhagen = (check: typeof parallel) => check.store!.get('City', 'copenhagen')!;
    const sentences = (check: typeof parallel) => copenhagen(check).evidence.map((e) => [e.articleKey, e.paragraph, e.quote, e.sentence]);
    expect(sentences(parallel)).toEqual(sentences(single));
    expect(copenhagen(parallel).articleKeys).toEqual(copenhagen(single).articleKeys);
  });

  it('merges the same reports: what each article states, the merged values and the disagreements', async () => {
    const dir = corpusOf(...SEED_FILES, FIXTURE_FILE);
    const [parallel, single] = [await inParallel(dir), checkCorpus(dir)];
    const merged = (check: typeof parallel, key: string) => {
      const { reports, disagreements, status, departure, evidence } = check.store!.get('Visit', key)!;
      return {
        reports: reports?.map((r) => ({ ...r, evidence: r.evidence.map((e) => [e.articleKey, e.paragraph, e.start, e.end]) })),
        disagreements,
        status,
        departure,
        evidence: evidence.map((e) => [e.articleKey, e.quote]),
      };
    };
    expect(merged(parallel, 'frank-jensen-beijing-2014-12')).toEqual(merged(single, 'frank-jensen-beijing-2014-12'));
    expect(merged(parallel, 'frank-jensen-beijing-2014-12').disagreements).toHaveLength(1);
    const mou = (check: typeof parallel) => check.store!.get('Agreement', 'copenhagen-beijing-drinking-water-mou')!;
    expect(mou(parallel).participants.map((p) => [p.who, p.for, p.evidence.map((e) => e.sentence)])).toEqual(
      mou(single).participants.map((p) => [p.who, p.for, p.evidence.map((e) => e.sentence)]),
    );
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
