/**
 * Validator messages a person can act on, one class at a time: a quote not in the body names the
 * closest span; an unknown field, the fields the object takes; a date, the form it takes and how a
 * partial date is written; a conflict between files, both files and both values; counts, their noun
 * in the right number.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFileSchema } from '../../src/corpus/format/article.js';
import { citySchema } from '../../src/corpus/format/entities.js';
import { CorpusError } from '../../src/corpus/issues.js';
import { checkCorpus, loadCorpus } from '../../src/corpus/load.js';
import { summarize } from '../../src/corpus/summary.js';
import { validateArticleFile } from '../../src/corpus/validate-file.js';
import { fixture, readJson, SEED_FILE } from './helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A corpus folder holding the given articles, each in a file with the given name. */
function corpusWith(files: Record<string, object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'news-graph-messages-'));
  made.push(dir);
  for (const [name, article] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(article));
  return dir;
}

const FILE = 'fixture-messages.json';
const article = (fields: object) => ({
  key: 'fixture-messages',
  title: 'Fixture: messages',
  source: 'Fixture News',
  publishedAt: '2015-01-05T10:00:00+01:00',
  language: 'en',
  body: ['Copenhagen’s mayor, Frank Jensen, met Beijing’s mayor on Monday.', 'The two mayors discussed district heating.'],
  ...fields,
});
const messagesOf = (fields: object) => validateArticleFile(FILE, JSON.stringify(article(fields))).issues.map((issue) => `${issue.path}: ${issue.message}`);
const city = (fields: object) => ({ key: 'copenhagen', name: 'Copenhagen', evidence: [{ quote: 'Copenhagen' }], ...fields });

describe('a quote not in the body: the closest span, with its paragraph', () => {
  it('a retyped quote: the words the body has instead', () => {
    const seed = readJson(SEED_FILE);
    const body = seed.body as string[];
    const paragraph = body.findIndex((text) => text.includes('the pipes of Copenhagen'));
    const text = body[paragraph]!;
    const closest = text.slice(text.indexOf('the loss of drinking water'), text.indexOf('7 percent') + '7 percent'.length);
    const retyped = { ...seed, topics: [], cities: [{ key: 'copenhagen', name: 'Copenhagen', evidence: [{ quote: "the loss of drinking water in Copenhagen's pipes is only 7 per cent" }] }] };
    const issues = validateArticleFile(`${seed.key as string}.json`, JSON.stringify(retyped)).issues;
    expect(issues).toContainEqual({
      file: `${seed.key as string}.json`,
      path: '$.cities[0].evidence[0].quote',
      message: `quote not found in the body; closest: paragraph ${paragraph}, ${JSON.stringify(closest)}`,
    });
  });

  it('a quote with straight quotation marks for the body\'s curly ones: the same words, to be copied from the body', () => {
    expect(messagesOf({ cities: [city({ evidence: [{ quote: "Copenhagen's mayor" }] })] })).toEqual([
      '$.cities[0].evidence[0].quote: quote not found in the body; closest: paragraph 0, "Copenhagen’s mayor" (the same words but for quotation marks, dashes, spaces or capitals: copy the quote from the body)',
    ]);
  });

  it('a quote pinned to the wrong paragraph: where the words are', () => {
    expect(messagesOf({ topics: [{ key: 'district-heating', name: 'district heating', evidence: [{ quote: 'district heating', paragraph: 0 }] }] })).toEqual([
      '$.topics[0].evidence[0].quote: quote not found in paragraph 0; closest: paragraph 1, "district heating" (the quote exactly: correct or remove "paragraph")',
    ]);
  });

  it.each([
    [1, 'the body has 1 paragraph, numbered 0'],
    [3, 'the body has 3 paragraphs, numbered 0 to 2'],
  ])('a paragraph that does not exist, in a body of %i: how many there are', (count, says) => {
    const body = Array.from({ length: count }, () => 'Copenhagen met Beijing.');
    expect(messagesOf({ body, cities: [city({ evidence: [{ quote: 'Copenhagen', paragraph: 7 }] })] })).toEqual([`$.cities[0].evidence[0].quote: paragraph 7 does not exist; ${says}`]);
  });
});

describe('an unknown field: the fields the object takes, and the closest to a misspelt one', () => {
  const fields = Object.keys(citySchema.shape).join(', ');

  it('a misspelt field of an entity', () => {
    expect(messagesOf({ cities: [city({ evidance: [] })] })).toEqual([`$.cities[0]: unknown field "evidance" (did you mean "evidence"?); the fields here are ${fields}`]);
  });

  it('a misspelt list of the article', () => {
    const message = messagesOf({ citys: [] })[0]!;
    expect(message).toBe(`$: unknown field "citys" (did you mean "cities"?); the fields here are ${Object.keys(articleFileSchema.shape).join(', ')}`);
  });

  it('several unknown fields, one near no field: each named, the near one with its suggestion', () => {
    expect(messagesOf({ cities: [city({ colour: 'red', capitol: true })] })).toEqual([
      `$.cities[0]: unknown fields "colour" and "capitol" (did you mean "capital"?); the fields here are ${fields}`,
    ]);
  });
});

describe('dates: the form expected, with an example, and how to write a partial date', () => {
  const HOW = 'Write only the parts the article states: YYYY-MM-DD ("2014-12-03"), YYYY-MM ("2014-12") or YYYY ("2014"), or --MM-DD ("--10-12") or --MM ("--10") when it gives no year; its own words go in "words" (see "Time references" in docs/data-format.md)';
  const timeMessage = (date: string) => messagesOf({ events: [{ key: 'talks', kind: 'meeting', description: 'talks', time: { words: 'some day', date }, evidence: [{ quote: 'met' }] }] });

  it.each([
    ['5 January 2015', '2015-01-05'],
    ['January 5, 2015', '2015-01-05'],
    ['2015/1/5', '2015-01-05'],
    ['20150105', '2015-01-05'],
    ['Oct 12', '--10-12'],
    ['12th of October', '--10-12'],
    ['June 2012', '2012-06'],
  ])('a date in another form, "%s", is shown as it is written here, "%s"', (date, written) => {
    expect(timeMessage(date)).toEqual([`$.events[0].time.date: "${date}" is not written as a date: write "${written}". ${HOW}`]);
  });

  it('words that are no date: the forms', () => {
    expect(timeMessage('next week')).toEqual([`$.events[0].time.date: "next week" is not written as a date. ${HOW}`]);
  });

  it.each([
    ['2015-02-29', 'days in February 2015 run from 01 to 28'],
    ['2016-02-30', 'days in February 2016 run from 01 to 29'],
    ['--02-30', 'days in February run from 01 to 29'],
    ['2014-04-31', 'days in April 2014 run from 01 to 30'],
    ['2014-13', 'months run from 01 to 12'],
  ])('a date that does not exist, "%s": %s', (date, why) => {
    expect(timeMessage(date)).toEqual([`$.events[0].time.date: "${date}" is not a real date: ${why}`]);
  });

  const FORMS = 'write the date-time with its UTC offset, e.g. "2014-12-04T09:55:13+08:00" ("Z" for UTC), or the date alone, e.g. "2014-12-04", when the article gives no time of day';
  it.each([
    ['2015-01-05T10:00:00', '"2015-01-05T10:00:00" has no UTC offset: add the publisher\'s, e.g. "2015-01-05T10:00:00+08:00" for Beijing time ("Z" for UTC), or write the date alone, "2015-01-05", when the article gives no time of day'],
    ['2015-01-05 10:00', '"2015-01-05 10:00" needs a "T" between the date and the time, and the UTC offset: e.g. "2015-01-05T10:00:00+08:00" for Beijing time ("Z" for UTC), or the date alone, "2015-01-05", when the article gives no time of day'],
    ['2015-01-05T10:00+01:00', '"2015-01-05T10:00+01:00" needs its seconds: write "2015-01-05T10:00:00+01:00"'],
    ['2015-02-30', `"2015-02-30" is not a real date: days in February 2015 run from 01 to 28; ${FORMS}`],
    ['2015-01-05T24:10:00Z', `"2015-01-05T24:10:00Z" has a time of day that does not exist (hours run from 00 to 23, minutes and seconds from 00 to 59); ${FORMS}`],
    ['Dec 4, 2014', '"Dec 4, 2014" is not written as a publication date: write "2014-12-04" (the date alone, when the article gives no time of day) or the date-time with its UTC offset, e.g. "2014-12-04T09:55:13+08:00" ("Z" for UTC)'],
    ['December 2014', `"December 2014" is not a whole date: a publication needs its year, month and day; ${FORMS}`],
    ['yesterday', `"yesterday" is not written as a publication date: ${FORMS}`],
  ])('a publication "%s"', (publishedAt, message) => {
    expect(messagesOf({ publishedAt })).toEqual([`$.publishedAt: ${message}`]);
  });
});

describe('an entity two files declare differently: both files and both values, neither blamed', () => {
  const declaring = (key: string, name: string, fields: object = {}) => ({
    ...article({ key, body: [`${name} is a city.`] }),
    cities: [{ key: 'copenhagen', name, evidence: [{ quote: name }], ...fields }],
  });

  it.each([
    ['the first file in the folder', 'a-copenhagen.json', 'b-kobenhavn.json'],
    ['the second file in the folder', 'b-copenhagen.json', 'a-kobenhavn.json'],
  ])('with "Copenhagen" in %s', (_, english, danish) => {
    const dir = corpusWith({ [english]: declaring(english.replace('.json', ''), 'Copenhagen'), [danish]: declaring(danish.replace('.json', ''), 'København') });
    const [issue, ...more] = checkCorpus(dir).issues;
    expect(more).toEqual([]);
    expect(issue!.message).toMatch(/^the articles that declare City "copenhagen" disagree on its name: /);
    expect(issue!.message).toContain(`"Copenhagen" in ${join(dir, english)} $.cities[0].name`);
    expect(issue!.message).toContain(`"København" in ${join(dir, danish)} $.cities[0].name`);
    expect(issue!.message).toMatch(/; make them agree, or give different things different keys$/);
  });

  it('a value a later file filled in is named with that file, not with the first', () => {
    const country = (key: string) => ({ key, name: key, evidence: [{ quote: 'city' }] });
    const dir = corpusWith({
      'a.json': declaring('a', 'Copenhagen'),
      'b.json': { ...declaring('b', 'Copenhagen', { country: 'denmark' }), countries: [country('denmark')] },
      'c.json': { ...declaring('c', 'Copenhagen', { country: 'sweden' }), countries: [country('sweden')] },
    });
    const messages = checkCorpus(dir).issues.map((issue) => issue.message);
    expect(messages).toEqual([expect.stringContaining(`disagree on its country: "denmark" in ${join(dir, 'b.json')} $.cities[0].country, "sweden" in ${join(dir, 'c.json')} $.cities[0].country`)]);
  });
});

describe('counts: the noun in the right number', () => {
  it('the summary says "1 region" and "2 cities"', () => {
    const store = loadCorpus(fixture('authoring-kit', 'corpus'));
    const { entityDetail, factDetail } = summarize(store);
    expect(entityDetail).toMatch(/\b1 region\b/);
    expect(entityDetail).toMatch(/\b2 cities\b/);
    expect(entityDetail).toMatch(/\b0 venues\b/);
    expect(factDetail).toMatch(/\b1 visit\b/);
  });

  it('"The corpus has 1 problem"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-graph-messages-'));
    made.push(dir);
    copyFileSync(fixture('defects', 'quote-not-in-body', 'fixture-quote-not-in-body.json'), join(dir, 'fixture-quote-not-in-body.json'));
    expect(() => loadCorpus(dir)).toThrow(CorpusError);
    expect(() => loadCorpus(dir)).toThrow(/^The corpus has 1 problem:\n/);
  });
});
