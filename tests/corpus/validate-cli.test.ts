/** `npm run validate [-- DIR]` as a data author runs it. */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusOf, fixture, FIXTURE_FILE, removeCorpora, ROOT, SEED_FILE, SEED_FILES } from './helpers.js';

afterAll(removeCorpora);

const validate = (...args: string[]) => {
  const run = spawnSync('npm', ['run', '--silent', 'validate', ...(args.length ? ['--', ...args] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
};

describe('npm run validate', { timeout: 30_000 }, () => {
  it('checks data/articles by default and exits 0 with a summary: entities, facts, and facts several articles report', () => {
    const { status, output } = validate();
    expect(status).toBe(0);
    expect(output).toMatch(/^data\/articles: \d+ files?, \d+ articles?, no problems$/m);
    expect(output).toMatch(
      /^ {2}\d+ entit(y|ies): \d+ countr(y|ies), \d+ regions?, \d+ cit(y|ies), \d+ venues?, \d+ (person|people), \d+ organisations?, \d+ topics?$/m,
    );
    expect(output).toMatch(/^ {2}\d+ facts?: \d+ visits?, \d+ events?, \d+ agreements?, \d+ metrics?, \d+ statements?$/m);
    expect(output).toMatch(/^ {2}\d+ facts? reported by several articles, \d+ with disagreements$/m);
  });

  it('prints the exact counts of a known corpus: the seed, the article it reports on, and the follow-up', () => {
    const dir = corpusOf(...SEED_FILES, FIXTURE_FILE);
    const { status, output } = validate(dir);
    expect(status).toBe(0);
    expect(output.trim().split('\n')).toEqual([
      `${dir}: 3 files, 3 articles, no problems`,
      '  26 entities: 2 countries, 0 regions, 2 cities, 1 venue, 4 people, 6 organisations, 11 topics',
      '  31 facts: 3 visits, 5 events, 3 agreements, 6 metrics, 14 statements',
      // The sister-city agreement (reported by the seed), the MoU and the visit (reported by the follow-up);
      // the follow-up's departure date disagrees with the seed's.
      '  3 facts reported by several articles, 1 with disagreements',
    ]);
  });

  it('exits 1 on a defect, printing the file and JSON path of the problem', () => {
    const dir = fixture('defects', 'quote-not-in-body');
    const { status, output } = validate(dir);
    expect(status).toBe(1);
    expect(output).toContain(
      `${dir}/fixture-quote-not-in-body.json $.people[0].evidence[0].quote: quote not found in the body; closest: paragraph 0, "Copenhagen Mayor Frank Jensen"`,
    );
    expect(output).toContain(`${dir}: 1 problem in 1 file`);
  });

  it('exits 1 on the seed alone: its report names an agreement no article in the folder declares', () => {
    const dir = corpusOf(SEED_FILE);
    const { status, output } = validate(dir);
    expect(status).toBe(1);
    expect(output).toContain(
      `${dir}/xinhua-2014-12-04-copenhagen-mayor-beijing-visit.json $.reports.agreements[0].key: unknown Agreement "copenhagen-beijing-sister-cities"`,
    );
    expect(output).toContain(`${dir}: 1 problem in 1 file`);
  });

  it('prints every problem of a run, one per line', () => {
    const { status, output } = validate(fixture('many-defects'));
    expect(status).toBe(1);
    const lines = output.split('\n').filter((line) => /^ {2}\S+ \$\S*: /.test(line));
    expect(lines).toHaveLength(15);
    expect(output).toMatch(/: 15 problems in 5 files$/m);
  });

  it('exits 1 when the folder cannot be read', () => {
    const { status, output } = validate('no/such/folder');
    expect(status).toBe(1);
    expect(output).toContain('no/such/folder $: cannot read the corpus folder');
  });
});
