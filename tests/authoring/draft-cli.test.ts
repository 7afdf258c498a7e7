/** `npm run draft -- FILE.txt --source NAME --published DATE ...` as an author runs it, then checks and validates what it wrote. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_DIR, corpusOf, fixture, removeCorpora, ROOT, SEED_FILE } from '../corpus/helpers.js';

const TEXT = fixture('authoring/aarhus-kunming-visit.txt');
const SEED_TEXT = fixture('authoring/seed/000_76a9726fdb4f1947.txt');
const KEY = 'fixture-news-2015-03-12-aarhus-mayor-heads-kunming';
const out: string[] = [];
afterAll(() => {
  removeCorpora();
  for (const dir of out) rmSync(dir, { recursive: true, force: true });
});

const run = (script: string, ...args: string[]) => {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
};
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-graph-draft-'));
  out.push(dir);
  return dir;
};
type Row = Record<string, any>;
const rowsOf = (article: Row) =>
  ['countries', 'regions', 'cities', 'venues', 'people', 'organisations', 'topics', 'visits', 'events', 'agreements', 'metrics', 'statements'].flatMap((list) => article[list] ?? []);
const withoutMarks = (text: string) => text.replace(/^\s*"draft": .*\n/gm, '');

describe('npm run draft', { timeout: 60_000 }, () => {
  let corpus: string;
  let file: string;
  let article: Row;
  let output: string;

  beforeAll(() => {
    // A corpus that knows China (from the seed's sister-city article), into which the draft is written.
    corpus = corpusOf(join(ARTICLES_DIR, 'chinadaily-2012-06-17-copenhagen-mayor-sister-city-agreement.json'));
    const result = run('draft', TEXT, '--source', 'Fixture News', '--published', '2015-03-12T10:00:00+01:00', '--corpus', corpus);
    expect(result.status, result.output).toBe(0);
    output = result.output;
    file = join(corpus, `${KEY}.json`);
    article = JSON.parse(readFileSync(file, 'utf8'));
  });

  it('writes <key>.json into the corpus folder, with the metadata, a suggested key and the body paragraph by paragraph, verbatim', () => {
    expect(output).toContain(`Wrote ${file}: 8 paragraphs`);
    // One line counts every kind, each count with its noun in the right number.
    const counts = /proposed (.*)$/m.exec(output)![1]!.split(', ');
    expect(counts).toHaveLength(12);
    for (const count of counts) expect(count).toMatch(/^(1 (country|region|city|venue|person|organisation|topic|visit|event|agreement|metric|statement)|(0|[2-9]\d*) (countries|regions|cities|venues|people|organisations|topics|visits|events|agreements|metrics|statements))$/);
    expect(article).toMatchObject({
      $schema: expect.stringMatching(/schema\/article\.schema\.json$/),
      key: KEY,
      title: 'Aarhus mayor heads to Kunming to sign water pact',
      source: 'Fixture News',
      publishedAt: '2015-03-12T10:00:00+01:00',
      language: 'en',
    });
    const paragraphs = readFileSync(TEXT, 'utf8').split('\n\n').map((p) => p.trim());
    expect(article.body).toEqual(paragraphs.slice(2, 10));
  });

  it('tells the author what it left out of the body', () => {
    expect(output).toContain('left out of the body: "Aarhus mayor heads to Kunming to sign water pact"');
    expect(output).toContain('left out of the body: "Source: Fixture News Published: 2015-03-12 10:00:00"');
    expect(output).toContain('left out of the body: "Posted in: World"');
    expect(output).toContain('left out of the body: "blog comments powered by Disqus"');
  });

  it('marks every proposal as a draft, saying what proposed it and why', () => {
    const rows = rowsOf(article);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row.draft, row.key).toMatch(/^proposed by npm run draft: .+\(paragraph \d+\)/);
  });

  it('proposes the people with their offices, the places, and the companies listed after "companies, including"', () => {
    const keys = (list: string) => article[list].map((row: Row) => row.key);
    expect(keys('people')).toEqual(['anna-holm', 'li-wei']);
    expect(article.people[0]).toMatchObject({ name: 'Anna Holm', offices: [{ role: 'mayor', title: 'Mayor', of: 'city:aarhus', evidence: [{ quote: 'Aarhus Mayor Anna Holm' }] }] });
    expect(article.people[1].offices).toMatchObject([{ role: 'mayor', of: 'city:kunming' }]);
    expect(keys('cities')).toEqual(['aarhus', 'kunming']);
    expect(article.organisations.map((row: Row) => [row.key, row.kind])).toEqual([
      ['nordvand', 'company'],
      ['vestkraft', 'company'],
      ['blaavand', 'company'],
    ]);
  });

  it('takes the key and reference data of a name the corpus knows, and says so', () => {
    expect(article.countries).toEqual([
      expect.objectContaining({
        key: 'china',
        name: 'China',
        reference: { isoAlpha2: 'CN', source: 'ISO 3166-1 (reference data, not stated by the article)' },
        draft: expect.stringContaining('the corpus\'s country "china"'),
      }),
    ]);
  });

  it('proposes the visit with its departure resolved against the publication, its delegation and the earlier visit', () => {
    const [visit, earlier] = article.visits;
    expect(visit).toMatchObject({
      key: 'anna-holm-kunming-2015-03',
      participants: [
        { role: 'visitor', who: ['person:anna-holm'] },
        { role: 'member', who: ['organisation:nordvand', 'organisation:vestkraft', 'organisation:blaavand'] },
      ],
      visitingCity: 'aarhus',
      hostCity: 'kunming',
      status: 'underway',
      departure: { words: 'on Monday', date: '2015-03-09', basis: 'the Monday before publication on Thursday 2015-03-12 (UTC+01:00)' },
      delegation: { description: 'a Danish business delegation', size: { words: 'around 30 Danish companies', value: 30, unit: 'COUNT', counting: 'companies', approximate: true } },
      previousVisit: 'anna-holm-china-2012',
    });
    expect(earlier).toMatchObject({
      key: 'anna-holm-china-2012',
      hostCountry: 'china',
      status: 'completed',
      time: { words: 'three years ago', date: '2012', approximate: true, basis: 'three years before publication in 2015' },
    });
  });

  it('proposes the memorandum to be signed during the visit, and the sister-city relation since a year', () => {
    expect(article.agreements).toEqual([
      expect.objectContaining({
        key: 'aarhus-kunming-mou',
        kind: 'memorandum-of-understanding',
        title: 'memorandum of understanding (MoU) on wastewater treatment',
        parties: ['city:aarhus', 'city:kunming'],
        status: 'planned',
        visit: 'anna-holm-kunming-2015-03',
      }),
      expect.objectContaining({ kind: 'sister-cities', parties: ['city:aarhus', 'city:kunming'], status: 'in-force', date: { words: 'since 2008', date: '2008' } }),
    ]);
  });

  it('proposes metrics from the figures, with what is measured, the period and who gives them', () => {
    expect(article.metrics).toEqual([
      expect.objectContaining({
        measure: 'Trade between Aarhus and Kunming',
        kind: 'change',
        subjects: ['city:aarhus', 'city:kunming'],
        value: { words: '12 percent', value: 12, unit: 'PERCENT' },
        change: { words: 'has grown', direction: 'up' },
        from: { words: 'since 2010', date: '2010' },
        attributedTo: 'anna-holm',
      }),
      expect.objectContaining({
        measure: 'exports of water technology to China',
        kind: 'forecast',
        subjects: ['country:china'],
        value: { words: '40 million euros', value: 40, scale: 'million', unit: 'EUR' },
        alsoStatedAs: [{ words: '50 million US dollars', value: 50, scale: 'million', unit: 'USD' }],
        change: { words: 'double', factor: 2, direction: 'up' },
        to: { words: 'By 2020', date: '2020' },
      }),
    ]);
  });

  it('proposes statements: direct inside quotation marks, reported otherwise, the speaker found through "she"', () => {
    const said = article.statements.map((row: Row) => [row.speaker, row.mode, row.text]);
    expect(said).toContainEqual(['anna-holm', 'direct', 'Aarhus and Kunming have a lot to learn from each other on clean water']);
    expect(said).toContainEqual(['anna-holm', 'reported', 'she hoped the visit would bring more Chinese students to Aarhus']);
    for (const row of article.statements) expect(row.evidence).toEqual([{ quote: row.text }]);
  });

  it('writes a file the validator refuses for its draft marks only, and accepts once a person deletes them', () => {
    const marked = run('validate', corpus);
    expect(marked.status).toBe(1);
    const problems = marked.output.split('\n').filter((line) => /^ {2}\S+ \$\S*: /.test(line));
    expect(problems.length).toBe(rowsOf(article).length);
    for (const line of problems) expect(line).toMatch(/\.draft: not checked yet: proposed by npm run draft: .*then delete the "draft" field$/);

    writeFileSync(file, withoutMarks(readFileSync(file, 'utf8')));
    const checked = run('validate', corpus);
    expect(checked.output).toContain('no problems');
    expect(checked.status).toBe(0);
  });
});

describe('npm run draft on the seed', { timeout: 60_000 }, () => {
  it('matches names and the sister-city agreement to what the corpus declares', () => {
    const others = readdirSync(ARTICLES_DIR).filter((name) => name.endsWith('.json') && join(ARTICLES_DIR, name) !== SEED_FILE);
    const corpus = corpusOf(...others.map((name) => join(ARTICLES_DIR, name)));
    const target = join(folder(), 'seed-draft.json');
    const { status, output } = run('draft', SEED_TEXT, '--source', 'Xinhua', '--published', '2014-12-04T09:55:13+08:00', '--corpus', corpus, '--out', target);
    expect(status, output).toBe(0);
    const article = JSON.parse(readFileSync(target, 'utf8'));
    expect(article.key).toBe('xinhua-2014-12-04-copenhagen-mayor-beijing-visit');
    expect(article.people.map((row: Row) => [row.key, row.draft])).toEqual([
      ['frank-jensen', expect.stringContaining('the corpus\'s person "frank-jensen"')],
      ['wang-anshun', expect.stringContaining('the corpus\'s person "wang-anshun"')],
    ]);
    expect(article.reports.agreements).toEqual([
      expect.objectContaining({ key: 'copenhagen-beijing-sister-cities', date: { words: 'since 2012', date: '2012' }, draft: expect.stringContaining('which the corpus declares') }),
    ]);
  });

  it('proposes what the curated seed says Jensen said, word for word, except what "the mayor" told Xinhua (the seed names two mayors)', () => {
    const target = join(folder(), 'seed-draft.json');
    const { status, output } = run('draft', SEED_TEXT, '--source', 'Xinhua', '--published', '2014-12-04T09:55:13+08:00', '--corpus', folder(), '--out', target);
    expect(status, output).toBe(0);
    const said = (file: Row) => file.statements.map((row: Row) => [row.speaker, row.mode, row.text]);
    const curated = said(JSON.parse(readFileSync(SEED_FILE, 'utf8'))).filter(([, , text]: string[]) => !text!.startsWith('During his visit, Jensen will meet'));
    expect(said(JSON.parse(readFileSync(target, 'utf8')))).toEqual(curated);
  });
});

describe('npm run draft refuses', { timeout: 60_000 }, () => {
  it.each([
    [['--published', '2014-12-04'], '--source is required'],
    [['--source', 'Xinhua'], '--published is required'],
    [['--source', 'Xinhua', '--published', '2014-12-04T09:55'], '--published'],
  ])('a run without what it needs (%j), with the usage', (args, problem) => {
    const { status, output } = run('draft', TEXT, ...args);
    expect(status).toBe(2);
    expect(output).toContain(problem);
    expect(output).toContain('usage: npm run draft -- FILE.txt --source NAME --published DATE');
  });

  it('to overwrite a file without --force', () => {
    const target = join(folder(), 'exists.json');
    writeFileSync(target, '{}');
    const { status, output } = run('draft', TEXT, '--source', 'Fixture News', '--published', '2015-03-12', '--out', target, '--corpus', folder());
    expect(status).toBe(2);
    expect(output).toContain(`${target} exists; pass --force to overwrite it`);
    expect(readFileSync(target, 'utf8')).toBe('{}');
    expect(existsSync(target)).toBe(true);
  });
});
