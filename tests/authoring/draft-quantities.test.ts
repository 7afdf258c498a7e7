/** The quantity reader of npm run draft: what an author would write for the figures of a sentence. */
import { describe, expect, it } from 'vitest';
import { quantitySchema } from '../../src/corpus/format/values.js';
import { findQuantities } from '../../src/authoring/draft/quantities.js';

const first = (text: string) => findQuantities(text)[0]?.quantity;

describe('money with its currency', () => {
  it.each([
    ['exports are expected to triple to 215 million euros by then', { words: '215 million euros', value: 215, scale: 'million', unit: 'EUR' }],
    ['(265 millio US dollars)', { words: '265 millio US dollars', value: 265, scale: 'million', unit: 'USD' }],
    ['a budget of 1.5 billion yuan', { words: '1.5 billion yuan', value: 1.5, scale: 'billion', unit: 'CNY' }],
    ['an investment of RMB 100 million', { words: 'RMB 100 million', value: 100, scale: 'million', unit: 'CNY' }],
    ['a grant of US$3.5 billion', { words: 'US$3.5 billion', value: 3.5, scale: 'billion', unit: 'USD' }],
    ['costs of €20,000 a year', { words: '€20,000', value: 20000, unit: 'EUR' }],
    ['sales of 2,500 Danish kroner', { words: '2,500 Danish kroner', value: 2500, unit: 'DKK' }],
    ['a fund of 40 million New Zealand dollars', { words: '40 million New Zealand dollars', value: 40, scale: 'million', unit: 'NZD' }],
    ['worth about 3 million pounds', { words: 'about 3 million pounds', value: 3, scale: 'million', unit: 'GBP', approximate: true }],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it('reads "$5m" as US dollars and says it assumed so', () => {
    const [found] = findQuantities('a $5m loan');
    expect(found?.quantity).toEqual({ words: '$5m', value: 5, scale: 'million', unit: 'USD' });
    expect(found?.assumption).toMatch(/US dollars/);
  });

  it('reads an exchange rate as the second currency per the first', () => {
    expect(first('(1 euro = 1.25 US dollars)')).toEqual({ words: '1 euro = 1.25 US dollars', value: 1.25, unit: 'USD', per: 'EUR' });
  });
});

describe('percentages', () => {
  it.each([
    ['the loss is only 7 percent, he said', { words: 'only 7 percent', value: 7, unit: 'PERCENT' }],
    ['has risen by 70 percent since 2010', { words: '70 percent', value: 70, unit: 'PERCENT' }],
    ['a share of 12.5% of the market', { words: '12.5%', value: 12.5, unit: 'PERCENT' }],
    ['nearly 40 per cent of visitors', { words: 'nearly 40 per cent', value: 40, unit: 'PERCENT', approximate: true }],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });
});

describe('counts of what is counted', () => {
  it.each([
    ['representatives from around 20 Danish companies, including', { words: 'around 20 Danish companies', value: 20, unit: 'COUNT', counting: 'companies', approximate: true }],
    ['the mayor and seven officials arrived', { words: 'seven officials', value: 7, unit: 'COUNT', counting: 'officials' }],
    ['more than 1,200 visitors came', { words: 'more than 1,200 visitors', value: 1200, unit: 'COUNT', counting: 'visitors' }],
    ['twenty-five cities signed', { words: 'twenty-five cities', value: 25, unit: 'COUNT', counting: 'cities' }],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it.each([
    ['the two sides will sign', 'a number after "the" refers back to what the text named'],
    ['since 2012 the cities', 'a year is not a count'],
    ['he visited two years ago', 'a time is not a count'],
    ['one of the cities', 'nothing plural is counted'],
  ])('finds no count in "%s": %s', (text) => {
    expect(findQuantities(text).filter((f) => f.quantity.unit === 'COUNT')).toEqual([]);
  });
});

describe('lengths of time', () => {
  it.each([
    ['during their four-day visit to discuss', { words: 'four-day visit', value: 4, unit: 'DAY' }],
    ['a stay of three weeks', { words: 'three weeks', value: 3, unit: 'WEEK' }],
    ['a programme lasting 18 months', { words: '18 months', value: 18, unit: 'MONTH' }],
    ['for two years', { words: 'two years', value: 2, unit: 'YEAR' }],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it('does not read "two years ago" as a length of time', () => {
    expect(findQuantities('Jensen, who visited China two years ago, said')).toEqual([]);
  });
});

it('reads an area in square metres', () => {
  expect(first('an exhibition area of close to 4,000 square metres')).toEqual({ words: 'close to 4,000 square metres', value: 4000, unit: 'SQUARE_METRE', approximate: true });
});

it('gives the offsets of the words in the text, and every quantity it reads is valid in the format', () => {
  const text = 'By 2020, exports are expected to triple to 215 million euros(265 millio US dollars), around 20 companies said.';
  const found = findQuantities(text);
  expect(found.map((f) => f.quantity.words)).toEqual(['215 million euros', '265 millio US dollars', 'around 20 companies']);
  for (const f of found) {
    expect(text.slice(f.start, f.end)).toBe(f.quantity.words);
    expect(quantitySchema.safeParse(f.quantity).success).toBe(true);
  }
});
