/**
 * The "draft" mark: every record npm run draft proposes carries one, and the validator reports
 * each mark left in a file, so that a draft nobody has checked never validates and never loads.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { takeDraftMarks } from '../../src/corpus/drafts.js';
import { CorpusError } from '../../src/corpus/issues.js';
import { KINDS, ROW_KINDS } from '../../src/corpus/kinds.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { ArticleRows } from '../../src/corpus/references.js';
import { ARTICLE_JSON_SCHEMA_PATH } from '../../src/schema/print.js';
import { corpusOf, fixture, removeCorpora, ROOT } from '../corpus/helpers.js';

afterAll(removeCorpora);

const MARKED = fixture('authoring/marked/fixture-marked.json');
const validate = (dir: string) => {
  const run = spawnSync('npm', ['run', '--silent', 'validate', '--', dir], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
};
const message = (mark: string) => `not checked yet: ${mark}. Check this proposal against the article (fix or delete what is wrong), then delete the "draft" field`;

describe('a file with draft marks', { timeout: 30_000 }, () => {
  it('fails npm run validate, with the file, the JSON path of each mark and what to do', () => {
    const dir = corpusOf(MARKED);
    const { status, output } = validate(dir);
    expect(status).toBe(1);
    const file = `${dir}/fixture-marked.json`;
    expect(output).toContain(`${file} $.cities[0].draft: ${message('proposed by npm run draft: compromise knows "Copenhagen" as a city (paragraph 0)')}`);
    expect(output).toContain(`${file} $.visits[0].draft: ${message('proposed by npm run draft: "returned from" names a visit (paragraph 0)')}`);
    expect(output).toContain(`${dir}: 2 problems in 1 file`);
  });

  it('is refused by the loader the server starts with', () => {
    const dir = corpusOf(MARKED);
    expect(() => loadCorpus(dir)).toThrow(CorpusError);
    expect(() => loadCorpus(dir)).toThrow(/\$\.visits\[0\]\.draft: not checked yet/);
  });

  it('validates once a person has deleted the marks', () => {
    const dir = corpusOf(MARKED);
    const file = join(dir, 'fixture-marked.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^\s*"draft": .*\n/gm, ''));
    const { status, output } = validate(dir);
    expect(output).toContain('no problems');
    expect(status).toBe(0);
  });
});

it('reports the marks of every list and of reports, and takes them off the rows', () => {
  const rows = {
    people: [{ key: 'frank-jensen', draft: 'a person' }, { key: 'wang-anshun' }],
    metrics: [{ key: 'm', draft: 'a figure' }],
    reports: { agreements: [{ key: 'copenhagen-beijing-sister-cities', draft: 'a report' }] },
  } as unknown as ArticleRows;
  expect(takeDraftMarks(rows)).toEqual([
    ['$.people[0].draft', message('a person')],
    ['$.metrics[0].draft', message('a figure')],
    ['$.reports.agreements[0].draft', message('a report')],
  ]);
  expect(JSON.stringify(rows)).not.toContain('draft');
});

it('is in the JSON Schema editors use, on every entity and fact and on reports', () => {
  const schema = JSON.parse(readFileSync(ARTICLE_JSON_SCHEMA_PATH, 'utf8'));
  for (const kind of ROW_KINDS) {
    expect(schema.properties[KINDS[kind].list].items.properties.draft, kind).toMatchObject({ type: 'string' });
  }
  expect(schema.properties.reports.properties.visits.items.properties.draft).toMatchObject({ type: 'string' });
});
