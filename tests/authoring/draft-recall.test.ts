/**
 * `npm run draft:recall`: how much of the curated seed a draft of the seed's plain text proposes.
 * The figures it prints are recomputed here from the draft and the curated file, and must stay at
 * or above what the drafting rules reach today.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/authoring/draft/corpus.js';
import { draftArticle } from '../../src/authoring/draft/index.js';
import { formatRecall, recall } from '../../src/authoring/draft/recall.js';
import { ARTICLES_DIR, corpusOf, fixture, readJson, removeCorpora, ROOT, SEED_FILE } from '../corpus/helpers.js';

afterAll(removeCorpora);

/** The shares (percent of the curated items the draft has) reached on the seed; a change to the rules must not lower them. */
const REACHED = { people: 100, places: 100, organisations: 100, 'named entities': 100, quantities: 100, 'time references': 100 };

type Json = Record<string, any>;
const SEED_TEXT = fixture('authoring/seed/000_76a9726fdb4f1947.txt');

/** Every object of a shape anywhere in a file. */
const collect = (value: unknown, is: (v: Json) => boolean): Json[] =>
  Array.isArray(value)
    ? value.flatMap((item) => collect(item, is))
    : value && typeof value === 'object'
      ? is(value as Json)
        ? [value as Json]
        : Object.entries(value).flatMap(([name, child]) => (name === 'body' ? [] : collect(child, is)))
      : [];
/** How many of the curated items the proposed ones cover, each used once, compared by an identity. */
const covered = (curated: string[], proposed: string[]) => {
  const left = [...proposed];
  return curated.filter((item) => left.includes(item) && left.splice(left.indexOf(item), 1)).length;
};
const SCALE: Json = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9 };

describe('npm run draft:recall on the seed', { timeout: 60_000 }, () => {
  let printed: Map<string, number[]>;
  let expected: Map<string, number[]>;

  beforeAll(() => {
    const run = spawnSync('npm', ['run', '--silent', 'draft:recall'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    printed = new Map(
      run.stdout
        .split('\n')
        .map((line) => /^([a-z ]+?) +(\d+) +(\d+) +(\d+) +(\d+)%$/.exec(line))
        .filter((match) => match !== null)
        .map((match) => [match[1]!, [Number(match[2]), Number(match[3]), Number(match[4]), Number(match[5])]]),
    );

    // The same draft, made here: the seed's text against the corpus without the curated seed.
    const curated = readJson(SEED_FILE) as Json;
    const others = readdirSync(ARTICLES_DIR).filter((name) => name.endsWith('.json') && join(ARTICLES_DIR, name) !== SEED_FILE);
    const { article } = draftArticle({
      text: readFileSync(SEED_TEXT, 'utf8'),
      source: curated.source,
      publishedAt: curated.publishedAt,
      corpus: readCorpus(corpusOf(...others.map((name) => join(ARTICLES_DIR, name)))),
    });
    const names = (file: Json, lists: string[]) => lists.flatMap((list) => (file[list] ?? []).map((row: Json) => `${list}:${row.name.toLowerCase()}`));
    const quantities = (file: Json) => collect(file, (v) => typeof v.value === 'number' && typeof v.unit === 'string').map((q) => `${q.value * SCALE[q.scale ?? 'one']} ${q.unit}/${q.per ?? ''}`);
    const times = (file: Json) => collect(file, (v) => typeof v.words === 'string' && (v.date ?? v.end) !== undefined && v.unit === undefined).map((t) => `${t.date}..${t.end ?? ''}`);
    const row = (a: string[], b: string[]) => [a.length, b.length, covered(a, b), Math.round((100 * covered(a, b)) / a.length)];
    const places = ['countries', 'regions', 'cities', 'venues'];
    const all = ['people', ...places, 'organisations'];
    expected = new Map([
      ['people', row(names(curated, ['people']), names(article, ['people']))],
      ['places', row(names(curated, places), names(article, places))],
      ['organisations', row(names(curated, ['organisations']), names(article, ['organisations']))],
      ['named entities', row(names(curated, all), names(article, all))],
      ['quantities', row(quantities(curated), quantities(article))],
      ['time references', row(times(curated), times(article))],
    ]);
  });

  it('prints, for each kind, how many the curated file has, how many the draft proposes, how many it has right, and the share', () => {
    expect([...printed.keys()]).toEqual(Object.keys(REACHED));
    expect(Object.fromEntries(printed)).toEqual(Object.fromEntries(expected));
  });

  it.each(Object.entries(REACHED))('stays at or above the share reached for %s (%i%%)', (what, share) => {
    expect(printed.get(what)![3]).toBeGreaterThanOrEqual(share);
  });

  it('counts the curated seed: 11 named entities, 7 quantities, 6 time references', () => {
    expect(printed.get('named entities')![0]).toBe(11);
    expect(printed.get('quantities')![0]).toBe(7);
    expect(printed.get('time references')![0]).toBe(6);
  });
});

describe('recall', () => {
  const curated = {
    people: [{ key: 'frank-jensen', name: 'Frank Jensen' }],
    cities: [{ key: 'copenhagen', name: 'Copenhagen' }],
    metrics: [{ value: { words: '7 percent', value: 7, unit: 'PERCENT' }, from: { words: 'since 2010', date: '2010' } }],
  };

  it('counts an entity found under another key by its name, but not a city proposed as a region', () => {
    const rows = recall(curated, { people: [{ key: 'jensen', name: 'Frank Jensen' }], regions: [{ key: 'copenhagen', name: 'Copenhagen' }] });
    expect(rows.slice(0, 2)).toEqual([
      { what: 'people', curated: 1, proposed: 1, correct: 1 },
      { what: 'places', curated: 1, proposed: 1, correct: 0 },
    ]);
  });

  it('compares quantities by amount and unit, and times by their dates, each proposal used once', () => {
    const draft = { metrics: [{ value: { words: 'only 7 percent', value: 7, unit: 'PERCENT' }, to: { words: 'by 2010', date: '2010' } }, { value: { words: '7', value: 7, unit: 'COUNT' } }] };
    const rows = recall(curated, draft);
    expect(rows.slice(4)).toEqual([
      { what: 'quantities', curated: 1, proposed: 2, correct: 1 },
      { what: 'time references', curated: 1, proposed: 1, correct: 1 },
    ]);
  });

  it('prints a share only when the curated file has something to find', () => {
    expect(formatRecall([{ what: 'people', curated: 0, proposed: 2, correct: 0 }])).toMatch(/^people +0 +2 +0 +-$/m);
  });
});
