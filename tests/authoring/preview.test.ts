/** `npm run preview -- FILE` as an author runs it: what will the API show for my article, before it goes into the corpus? */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, readJson, ROOT, SEED_FILE, SEED_KEY } from '../corpus/helpers.js';

const KIT = fixture('authoring-kit');
const CORPUS = join(KIT, 'corpus');
const ARTICLE = join(KIT, 'kit-news-2015-03-16-aarhus-heating-plant.json');
const WITH_PROBLEMS = join(KIT, 'kit-news-2015-03-23-problems.json');

const preview = (...args: string[]) => {
  const run = spawnSync('npm', ['run', '--silent', 'preview', ...(args.length ? ['--', ...args] : [])], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
};

type Row = { key: string; name?: string; evidence?: { quote: string }[]; participants?: { role: string; who?: string[] }[] } & Record<string, unknown>;
const rows = (article: Record<string, unknown>, list: string) => (article[list] ?? []) as Row[];

/** Every evidence quote anywhere in an article file. */
function quotesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) quotesIn(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [field, child] of Object.entries(value)) {
      if (field === 'evidence') found.push(...(child as { quote: string }[]).map((e) => e.quote));
      else quotesIn(child, found);
    }
  }
  return found;
}

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('npm run preview', { timeout: 120_000 }, () => {
  const article = readJson(ARTICLE);
  const corpus = readdirSync(CORPUS).map((name) => readJson(join(CORPUS, name)));
  let output = '';
  let status: number | null = null;
  beforeAll(() => ({ status, output } = preview(ARTICLE, '--dir', CORPUS)), 120_000);

  it('checks the file with the corpus, as validate would with the file in the folder', () => {
    expect(status).toBe(0);
    expect(output).toContain(`${ARTICLE} with ${corpus.length} other files of ${CORPUS}: no problems`);
    expect(output).toContain(`Article ${article.key as string}: ${JSON.stringify(article.title)}`);
  });

  it('shows each entity the article declares, by key and name, with its evidence sentence and the quote marked', () => {
    for (const list of ['cities', 'organisations']) {
      for (const row of rows(article, list)) expect(output).toMatch(new RegExp(`^ {2}\\w+ ${row.key}: "${row.name}"$`, 'm'));
    }
    for (const quote of quotesIn(article)) expect(output).toContain(`[[${quote}]]`);
  });

  it('shows each fact the article declares, and who takes part in which role', () => {
    for (const list of ['events', 'metrics', 'statements']) {
      for (const row of rows(article, list)) expect(output).toMatch(new RegExp(`^ {2}\\w+ ${row.key}: declared here$`, 'm'));
    }
    const [event] = rows(article, 'events');
    const [participant] = event!.participants!;
    const organisation = rows(article, 'organisations').find((o) => `organisation:${o.key}` === participant!.who![0])!;
    expect(output).toContain(`${participant!.role.toUpperCase()} ${organisation.name} [${organisation.key}]`);
  });

  it('resolves keys other articles declare: the statement\'s speaker is declared only in the corpus', () => {
    const [statement] = rows(article, 'statements');
    const speaker = corpus.flatMap((a) => rows(a, 'people')).find((p) => p.key === statement!.speaker)!;
    expect(rows(article, 'people').some((p) => p.key === speaker.key)).toBe(false);
    expect(output).toContain(`speaker: ${speaker.name} [${speaker.key}]`);
  });

  it('lists what the API derives: a company\'s country from its city, the days a year stands for', () => {
    const derived = output.slice(output.indexOf('Derived by the API'));
    const [company] = rows(article, 'organisations');
    const city = corpus.flatMap((a) => rows(a, 'cities')).find((c) => c.key === company!.city && c.country)!;
    const country = corpus.flatMap((a) => rows(a, 'countries')).find((c) => c.key === city.country)!;
    expect(company!.country).toBeUndefined();
    expect(derived).toContain(`${company!.key}: country ${country.name} [${country.key}] (derived from what the articles state)`);
    const [event] = rows(article, 'events');
    const { date } = event!.time as { date: string };
    expect(date).toMatch(/^\d{4}$/);
    expect(derived).toContain(`date filters and ordering use ${date}-01-01 to ${date}-12-31`);
  });

  it('a file with problems: prints them as validate does, exits 1 and shows nothing else', () => {
    const run = preview(WITH_PROBLEMS, '--dir', CORPUS);
    const body = readJson(WITH_PROBLEMS).body as string[];
    const closest = body[1]!.slice(0, body[1]!.indexOf('talks') + 'talks'.length);
    expect(run.status).toBe(1);
    expect(run.output).toContain(`${WITH_PROBLEMS} $.statements[0].evidence[0].quote: quote not found in the body; closest: paragraph 1, ${JSON.stringify(closest)}`);
    expect(run.output).toContain(`${WITH_PROBLEMS} $.statements[0].about[0]: unknown City "odense": no article in the corpus declares it`);
    expect(run.output).toContain('2 problems in 1 file');
    expect(run.output).not.toContain('Entities');
  });

  it('by default with data/articles; a file with the key of a corpus file is shown in its place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-graph-preview-'));
    temporary.push(dir);
    const edited = { ...readJson(SEED_FILE), title: 'A title the author is trying out' };
    const file = join(dir, `${SEED_KEY}.json`);
    writeFileSync(file, JSON.stringify(edited, null, 2));
    const run = preview(file);
    const others = readdirSync(join(ROOT, 'data/articles')).filter((name) => name.endsWith('.json')).length - 1;
    expect(run.status).toBe(0);
    expect(run.output).toContain(`with ${others} other files of data/articles, in the place of data/articles/${SEED_KEY}.json: no problems`);
    expect(run.output).toContain(`Article ${SEED_KEY}: "A title the author is trying out"`);
  });

  it('no file: exits 2 with the usage', () => {
    const run = preview();
    expect(run.status).toBe(2);
    expect(run.output).toContain('usage: npm run preview -- FILE');
  });
});
