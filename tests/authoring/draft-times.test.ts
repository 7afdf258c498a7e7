/** The time reader of npm run draft: each relative form resolved against the publication date, with its basis written out. */
import { describe, expect, it } from 'vitest';
import { timeReferenceSchema } from '../../src/corpus/format/values.js';
import { findTimes, publicationOf } from '../../src/authoring/draft/times.js';

// Thursday 4 December 2014, 09:55 Beijing time: the seed's publication.
const THURSDAY = publicationOf('2014-12-04T09:55:13+08:00');
const times = (text: string, publication = THURSDAY) => findTimes(text, publication).map((found) => found.time);

describe('relative dates, resolved against the publication', () => {
  it.each([
    ['Jensen has left for Beijing on Wednesday', { words: 'on Wednesday', date: '2014-12-03', basis: 'the Wednesday before publication on Thursday 2014-12-04 (UTC+08:00)' }],
    ['the delegation arrived last Friday', { words: 'last Friday', date: '2014-11-28', basis: 'the Friday before publication on Thursday 2014-12-04 (UTC+08:00)' }],
    ['the two mayors will meet on Friday', { words: 'on Friday', date: '2014-12-05', basis: 'the Friday after publication on Thursday 2014-12-04 (UTC+08:00)' }],
    ['the forum opened on Thursday', { words: 'on Thursday', date: '2014-12-04', basis: 'the day of publication on Thursday 2014-12-04 (UTC+08:00)' }],
    ['the mayor said yesterday', { words: 'yesterday', date: '2014-12-03', basis: 'the day before publication on 2014-12-04 (UTC+08:00)' }],
    ['the talks end today', { words: 'today', date: '2014-12-04', basis: 'the day of publication on 2014-12-04 (UTC+08:00)' }],
    ['they sign tomorrow', { words: 'tomorrow', date: '2014-12-05', basis: 'the day after publication on 2014-12-04 (UTC+08:00)' }],
    ['Jensen, who visited China two years ago, said', { words: 'two years ago', date: '2012', approximate: true, basis: 'two years before publication in 2014' }],
    ['a plan agreed three months ago', { words: 'three months ago', date: '2014-09', approximate: true, basis: 'three months before publication in 2014-12' }],
    ['the office opened five days ago', { words: 'five days ago', date: '2014-11-29', basis: 'five days before publication on 2014-12-04 (UTC+08:00)' }],
    ['exports rose last year', { words: 'last year', date: '2013', basis: 'the year before publication in 2014' }],
    ['the expo opens next month', { words: 'next month', date: '2015-01', basis: 'the month after publication in 2014-12' }],
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual([expected]);
  });

  it('writes no time zone into the basis when the publication has only a date', () => {
    expect(times('he left on Monday', publicationOf('2014-12-04'))).toEqual([{ words: 'on Monday', date: '2014-12-01', basis: 'the Monday before publication on Thursday 2014-12-04' }]);
  });

  it('reads the tense of the whole sentence, also when it comes after the weekday, and not of the sentence before', () => {
    const saturday = publicationOf('2023-04-22');
    expect(times('On Monday the group is due to sit in on the council meeting.', saturday)).toEqual([
      { words: 'On Monday', date: '2023-04-24', basis: 'the Monday after publication on Saturday 2023-04-22' },
    ]);
    expect(times('They will stay a week. On Monday they met the council.', saturday)).toEqual([
      { words: 'On Monday', date: '2023-04-17', basis: 'the Monday before publication on Saturday 2023-04-22' },
    ]);
  });
});

describe('dates the text states', () => {
  it.each([
    ['Beijing and Copenhagen have become "sister cities" since 2012, and', { words: 'since 2012', date: '2012' }],
    ['By 2020, exports of district-heating technology are expected to triple', { words: 'By 2020', date: '2020' }],
    ['the fair opens on Oct 12', { words: 'on Oct 12', date: '--10-12' }],
    ['signed On December 4', { words: 'On December 4', date: '--12-04' }],
    ['signed on Oct. 12, 2013 in Beijing', { words: 'on Oct. 12, 2013', date: '2013-10-12' }],
    ['held on 12 October 2013', { words: 'on 12 October 2013', date: '2013-10-12' }],
    ['the expo runs from Oct 12 to 14', { words: 'from Oct 12 to 14', date: '--10-12', end: '--10-14' }],
    ['launched in June 2012', { words: 'in June 2012', date: '2012-06' }],
    ['launched in June', { words: 'in June', date: '--06' }],
    ['opening in early 2015', { words: 'in early 2015', date: '2015', part: 'early' }],
    ['from 2010 to 2012', { words: 'from 2010 to 2012', date: '2010', end: '2012' }],
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual([expected]);
  });

  it('says what each time is to a fact: "since" starts a period, "by" ends one', () => {
    expect(findTimes('By 2020 exports will have risen since 2010', THURSDAY).map((found) => [found.time.words, found.cue])).toEqual([
      ['By 2020', 'by'],
      ['since 2010', 'since'],
    ]);
  });

  it('reads no time in a modal "may" or a number that is no year', () => {
    expect(times('the cities may sign 215 agreements')).toEqual([]);
  });
});

it('gives the offsets of the words, and every time it reads is valid in the format', () => {
  const text = 'Jensen, who visited China two years ago, left on Wednesday; by 2020 and from Oct 12 to 14.';
  const found = findTimes(text, THURSDAY);
  expect(found).toHaveLength(4);
  for (const f of found) {
    expect(text.slice(f.start, f.end)).toBe(f.time.words);
    expect(timeReferenceSchema.safeParse(f.time).success).toBe(true);
  }
});
