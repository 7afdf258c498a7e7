/** `npm run validate [-- DIR]` as a data author runs it. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT } from './helpers.js';

const validate = (...args: string[]) => {
  const run = spawnSync('npm', ['run', '--silent', 'validate', ...(args.length ? ['--', ...args] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
};

describe('npm run validate', { timeout: 30_000 }, () => {
  it('checks data/articles by default and exits 0 with a summary', () => {
    const { status, output } = validate();
    expect(status).toBe(0);
    expect(output).toMatch(/^data\/articles: \d+ files?, \d+ articles?, no problems$/m);
    expect(output).toMatch(/^ {2}\d+ entit(y|ies): \d+ countries, \d+ cities, \d+ people, \d+ companies, \d+ topics$/m);
    expect(output).toMatch(/^ {2}\d+ facts?: \d+ visits, \d+ agreements, \d+ metrics, \d+ statements$/m);
  });

  it('exits 1 on a defect, printing the file and JSON path of the problem', () => {
    const dir = fixture('defects', 'quote-not-in-body');
    const { status, output } = validate(dir);
    expect(status).toBe(1);
    expect(output).toContain(
      `${dir}/fixture-quote-not-in-body.json $.people[0].evidence[0].quote: quote does not occur verbatim in the article body`,
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
