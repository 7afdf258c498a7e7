/** Finding words in a body as a person reads them (closest-span.ts): what folding forgives, and what the closest span is. */
import { describe, expect, it } from 'vitest';
import { BodyMatcher, fold } from '../../src/corpus/closest-span.js';

const BODY = [
  'Copenhagen’s mayor, Frank Jensen, said: “Clean water — especially clean drinking water — is very important.”',
  'The loss of drinking water in the pipes of Copenhagen is only 7 percent,  Jensen said…',
];

describe('folding', () => {
  it.each([
    ['curly and straight single quotation marks', 'Copenhagen’s', "copenhagen's"],
    ['curly and straight double quotation marks', '“Clean', '"clean'],
    ['dashes and hyphens', 'water — especially', 'water - especially'],
    ['runs of spaces, tabs and no-break spaces', 'only 7\u00a0percent,  Jensen', 'only 7 percent, jensen'],
    ['an ellipsis and three dots', 'said…', 'said...'],
    ['capitals', 'FRANK Jensen', 'frank jensen'],
  ])('forgives %s', (_, written, typed) => {
    expect(fold(written).text).toBe(fold(typed).text);
  });

  it('keeps what tells words apart: letters, digits, other punctuation', () => {
    expect(fold('7 percent').text).not.toBe(fold('7 per cent').text);
    expect(fold('water, especially').text).not.toBe(fold('water especially').text);
  });
});

describe('finding words', () => {
  const matcher = new BodyMatcher(BODY);

  it('returns the span as the body has it, with offsets into its paragraph', () => {
    const [span, ...more] = matcher.find("clean water - especially clean drinking water");
    expect(more).toEqual([]);
    expect(span!.paragraph).toBe(0);
    expect(span!.text).toBe('Clean water — especially clean drinking water');
    expect(BODY[0]!.slice(span!.start, span!.end)).toBe(span!.text);
  });

  it('every occurrence, in body order', () => {
    expect(matcher.find('jensen').map(({ paragraph, text }) => [paragraph, text])).toEqual([
      [0, 'Jensen'],
      [1, 'Jensen'],
    ]);
  });

  it('the closest span: whole words, without punctuation the words do not have', () => {
    const closest = matcher.closest('the loss of drinking water in Copenhagen pipes is only 7 per cent')!;
    expect(closest.paragraph).toBe(1);
    expect(closest.text).toBe('The loss of drinking water in the pipes of Copenhagen is only 7 percent');
    expect(closest.distance).toBeGreaterThan(0);
    expect(BODY[1]!.slice(closest.start, closest.end)).toBe(closest.text);
  });

  it('words found after folding are their own closest span, at distance 0', () => {
    expect(matcher.closest('FRANK JENSEN')).toMatchObject({ paragraph: 0, text: 'Frank Jensen', distance: 0 });
  });

  it('words that fold to nothing have no closest span', () => {
    expect(matcher.closest('   ')).toBeUndefined();
  });

  it('stays quick in a body far longer than any article: two seconds at most, on a busy machine', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} says the mayor of town ${i} met the mayor of town ${i + 1} about water.`).join(' ');
    const started = performance.now();
    const closest = new BodyMatcher([long, 'The loss of drinking water in the pipes of Copenhagen is only 7 percent.']).closest('the loss of drinking water in Copenhagen pipes is 7 per cent');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(closest?.paragraph).toBe(1);
  });
});
