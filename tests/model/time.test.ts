/**
 * Times as articles state them: a day, a month, a year, "early 2015", a range ("from Oct 12 to
 * 14"), a relative day resolved with its basis, a date without its year, and a publication date
 * with no time of day. Parts an article does not state stay null, bounds are null without a year,
 * and filters and ordering by date use the bounds, leaving undated and year-less facts out of
 * ranges and last in either direction.
 * Fixtures: tests/fixtures-model/time (valid), tests/fixtures-model/time-invalid (one defect a file).
 */
import { describe, expect, it } from 'vitest';
import { Queries } from '../../src/corpus/queries.js';
import { boundsOf } from '../../src/corpus/time.js';
import { clientOf, issue, issuesOf, keys, loadFixture, where } from './helpers.js';

const store = loadFixture('time');
const query = clientOf(store);
const ARTICLE = 'fixture-news-2015-04-10-norrevik-exchange-calendar';

const TIME = `{ words precision year month day date earliest latest isRange part basis approximate
  start { iso precision year month day date } end { iso precision year month day date } }`;

const visitTime = async (key: string) =>
  (await query<{ visit: { time: unknown } }>(`query ($key: String!) { visit(key: $key) { time ${TIME} } }`, { key })).visit.time;

describe('a time states only the parts the article gives', () => {
  it.each([
    [
      'a year alone ("in 2012")',
      'norrevik-valle-alto-2012',
      { words: 'in 2012', precision: 'YEAR', year: 2012, month: null, day: null, date: null, earliest: '2012-01-01', latest: '2012-12-31', isRange: false, part: null },
    ],
    [
      'a month and year ("in June 2013")',
      'norrevik-tarana-2013-06',
      { words: 'in June 2013', precision: 'MONTH', year: 2013, month: 6, day: null, date: null, earliest: '2013-06-01', latest: '2013-06-30', isRange: false },
    ],
    [
      'part of a year ("in early 2015"): the bounds still cover the whole year',
      'norrevik-tarana-engineers-early-2015',
      { words: 'in early 2015', precision: 'YEAR', year: 2015, month: null, part: 'EARLY', earliest: '2015-01-01', latest: '2015-12-31' },
    ],
    [
      'a day and month without a year ("on March 5")',
      'norrevik-valle-alto-choir-march-5',
      { words: 'on March 5', precision: 'DAY', year: null, month: 3, day: 5, date: null, earliest: null, latest: null, isRange: false, start: { iso: '--03-05', precision: 'DAY', year: null, month: 3, day: 5, date: null }, end: null },
    ],
    [
      'a month without a year ("in October")',
      'norrevik-tarana-sailing-october',
      { words: 'in October', precision: 'MONTH', year: null, month: 10, day: null, earliest: null, latest: null, start: { iso: '--10', precision: 'MONTH', year: null, month: 10, day: null, date: null } },
    ],
  ])('%s', async (_, key, expected) => {
    expect(await visitTime(key)).toMatchObject(expected);
  });

  it('a range with its year ("from Sept. 25 to 27, 2013") has a start, an end and both bounds', async () => {
    expect(await visitTime('norrevik-kisora-trade-mission-2013-09')).toEqual({
      words: 'from Sept. 25 to 27, 2013',
      precision: 'DAY',
      year: 2013,
      month: 9,
      day: 25,
      date: '2013-09-25',
      earliest: '2013-09-25',
      latest: '2013-09-27',
      isRange: true,
      part: null,
      basis: null,
      approximate: false,
      start: { iso: '2013-09-25', precision: 'DAY', year: 2013, month: 9, day: 25, date: '2013-09-25' },
      end: { iso: '2013-09-27', precision: 'DAY', year: 2013, month: 9, day: 27, date: '2013-09-27' },
    });
  });

  it('a range without a year ("from Oct 12 to 14") keeps "--10-12" and "--10-14", and has no bounds', async () => {
    expect(await visitTime('norrevik-kisora-culture-oct-12-14')).toMatchObject({
      words: 'from Oct 12 to 14',
      precision: 'DAY',
      year: null,
      month: 10,
      day: 12,
      date: null,
      isRange: true,
      earliest: null,
      latest: null,
      start: { iso: '--10-12', year: null, month: 10, day: 12, date: null },
      end: { iso: '--10-14', year: null, month: 10, day: 14, date: null },
    });
  });

  it('a range without a year may cross the new year ("from Dec 30 to Jan 2"): valid, with no bounds', async () => {
    expect(await visitTime('norrevik-tarana-winter-camp-dec-30-jan-2')).toMatchObject({
      words: 'from Dec 30 to Jan 2',
      isRange: true,
      earliest: null,
      latest: null,
      start: { iso: '--12-30', year: null, month: 12, day: 30 },
      end: { iso: '--01-02', year: null, month: 1, day: 2 },
    });
  });

  it('a range open at its start ("until March 2015") has an end and a latest day only', async () => {
    expect(await visitTime('norrevik-valle-alto-students-until-2015-03')).toMatchObject({
      words: 'until March 2015',
      precision: 'MONTH',
      isRange: true,
      start: null,
      end: { iso: '2015-03', precision: 'MONTH', year: 2015, month: 3, day: null },
      earliest: null,
      latest: '2015-03-31',
    });
  });

  it('a relative day ("On Wednesday") is resolved to a date, with the basis of that resolution', async () => {
    expect(await visitTime('norrevik-kisora-orchestra-wednesday')).toMatchObject({
      words: 'On Wednesday',
      precision: 'DAY',
      date: '2015-04-08',
      earliest: '2015-04-08',
      latest: '2015-04-08',
      basis: 'the Wednesday before publication on Friday 2015-04-10',
    });
  });

  it('a visit with no time answers null', async () => {
    expect(await visitTime('norrevik-tarana-sports-undated')).toBeNull();
  });

  it('in the store, bounds are the first and last day the stated parts allow, none without a year', () => {
    const bounds = (key: string) => boundsOf(store.get('Visit', key)!.time!);
    expect(bounds('norrevik-valle-alto-2012')).toEqual({ earliest: '2012-01-01', latest: '2012-12-31' });
    expect(bounds('norrevik-tarana-2013-06')).toEqual({ earliest: '2013-06-01', latest: '2013-06-30' });
    expect(bounds('norrevik-kisora-culture-oct-12-14')).toEqual({ earliest: undefined, latest: undefined });
    expect(bounds('norrevik-valle-alto-students-until-2015-03')).toEqual({ earliest: undefined, latest: '2015-03-31' });
  });
});

describe('a publication date without a time of day', () => {
  it('is served as publishedOn, with publishedAt and utcOffset null', async () => {
    const { article } = await query(`query ($key: String!) { article(key: $key) { publishedAt publishedOn utcOffset } }`, { key: ARTICLE });
    expect(article).toEqual({ publishedAt: null, publishedOn: '2015-04-10', utcOffset: null });
  });
});

const DATED_ASC = [
  'norrevik-valle-alto-2012',
  'norrevik-tarana-2013-06',
  'norrevik-kisora-trade-mission-2013-09',
  'norrevik-tarana-engineers-early-2015',
  'norrevik-valle-alto-students-until-2015-03',
  'norrevik-kisora-orchestra-wednesday',
];
/** Year-less visits by month and day, then the undated one. */
const WITHOUT_BOUNDS = [
  'norrevik-valle-alto-choir-march-5',
  'norrevik-tarana-sailing-october',
  'norrevik-kisora-culture-oct-12-14',
  'norrevik-tarana-winter-camp-dec-30-jan-2',
  'norrevik-tarana-sports-undated',
];

describe('ordering by date', () => {
  const visitsBy = async (direction: 'ASC' | 'DESC') =>
    keys(
      (await query(`query ($direction: OrderDirection!) { visits(first: 50, orderBy: { field: DATE, direction: $direction }) { nodes { key } } }`, { direction }))
        .visits.nodes,
    );

  it('oldest first: dated visits by their bounds, then year-less ones by month and day, then the undated', async () => {
    expect(await visitsBy('ASC')).toEqual([...DATED_ASC, ...WITHOUT_BOUNDS]);
  });

  it('newest first: dated visits reversed, and still the year-less and undated ones last', async () => {
    expect(await visitsBy('DESC')).toEqual([...[...DATED_ASC].reverse(), ...WITHOUT_BOUNDS]);
  });

  it('the store\'s natural order is the ascending one', () => {
    expect(keys(store.list('Visit'))).toEqual([...DATED_ASC, ...WITHOUT_BOUNDS]);
  });

  it('events too: the year-less forum and the undated reception come after the dated fair in both directions', async () => {
    for (const direction of ['ASC', 'DESC']) {
      const { events } = await query(`query ($direction: OrderDirection!) { events(orderBy: { field: DATE, direction: $direction }) { nodes { key } } }`, { direction });
      expect(keys(events.nodes)).toEqual(['kisora-trade-fair-2014-11', 'tarana-harbour-forum-nov-5', 'norrevik-partner-cities-reception']);
    }
  });
});

describe('filtering by from and to', () => {
  const visitsIn = async (filter: { from?: string; to?: string }) =>
    keys((await query(`query ($filter: VisitFilter) { visits(filter: $filter, orderBy: { field: DATE, direction: ASC }) { nodes { key } } }`, { filter })).visits.nodes);

  it('keeps the visits whose bounds overlap the range, boundary days included', async () => {
    expect(await visitsIn({ from: '2013-06-30', to: '2015-01-01' })).toEqual([
      'norrevik-tarana-2013-06', // June 2013 ends on the first day of the range
      'norrevik-kisora-trade-mission-2013-09',
      'norrevik-tarana-engineers-early-2015', // 2015 starts on the last day of the range
      'norrevik-valle-alto-students-until-2015-03', // open at its start, so it may overlap
    ]);
  });

  it('a range open at one end: from alone', async () => {
    expect(await visitsIn({ from: '2015-04-01' })).toEqual(['norrevik-tarana-engineers-early-2015', 'norrevik-kisora-orchestra-wednesday']);
  });

  it('a range open at one end: to alone', async () => {
    expect(await visitsIn({ to: '2012-12-31' })).toEqual(['norrevik-valle-alto-2012', 'norrevik-valle-alto-students-until-2015-03']);
  });

  it('leaves out undated and year-less visits, whatever the range', async () => {
    const all = await visitsIn({ from: '0001-01-01', to: '9999-12-31' });
    expect(all).toEqual(DATED_ASC);
    for (const key of WITHOUT_BOUNDS) expect(all).not.toContain(key);
  });

  it('filters events the same way', async () => {
    const { events } = await query(`{ events(filter: { from: "2014-01-01", to: "2014-12-31" }) { nodes { key } } }`);
    expect(keys(events.nodes)).toEqual(['kisora-trade-fair-2014-11']);
  });

  it('the store answers the same', () => {
    const queries = new Queries(store);
    expect(keys(queries.visits({ from: '2013-06-30', to: '2015-01-01' }, { field: 'date', direction: 'asc' }).slice())).toEqual([
      'norrevik-tarana-2013-06',
      'norrevik-kisora-trade-mission-2013-09',
      'norrevik-tarana-engineers-early-2015',
      'norrevik-valle-alto-students-until-2015-03',
    ]);
    expect(keys(queries.events({ from: '2014-01-01' }, { field: 'date', direction: 'asc' }).slice())).toEqual(['kisora-trade-fair-2014-11']);
  });
});

describe('invalid times', () => {
  const issues = issuesOf('time-invalid');
  const DATE_FORM = 'is not written as a date. Write only the parts the article states: YYYY-MM-DD ("2014-12-03"), YYYY-MM ("2014-12") or YYYY ("2014"), or --MM-DD ("--10-12") or --MM ("--10") when it gives no year';
  const INVALID = [
    ['a month that does not exist ("2014-13")', 'fixture-time-month-13.json', '$.visits[0].time.date', '"2014-13" is not a real date: months run from 01 to 12'],
    ['a day that does not exist ("2014-02-30")', 'fixture-time-february-30.json', '$.visits[0].time.date', '"2014-02-30" is not a real date: days in February 2014 run from 01 to 28'],
    ['a day that does not exist, year-less ("--12-32")', 'fixture-time-event-day-32.json', '$.events[0].time.date', '"--12-32" is not a real date: days in December run from 01 to 31'],
    ['a date without hyphens ("20141203")', 'fixture-time-no-hyphens.json', '$.visits[0].time.date', '"20141203" is not written as a date: write "2014-12-03". Write only the parts'],
    ['hyphens alone ("--")', 'fixture-time-hyphens-only.json', '$.visits[0].time.date', DATE_FORM],
    ['a range that ends before it starts', 'fixture-time-end-before-start.json', '$.visits[0].time.end', 'the range ends (2015-10-12) before it starts (2015-10-14)'],
    ['"part" with a full day', 'fixture-time-part-with-day.json', '$.visits[0].time.part', '"part" qualifies a year or a month ("early 2015"), not a day'],
    ['a time with neither date nor end', 'fixture-time-neither-date-nor-end.json', '$.visits[0].time', 'a time reference needs "date", "end" or both'],
    ['publishedAt with a time but no offset', 'fixture-time-published-without-offset.json', '$.publishedAt', 'has no UTC offset: add the publisher\'s'],
  ] as const;

  it.each(INVALID)('%s: %s %s says so', (_, file, path, message) => {
    expect(issues).toContainEqual(issue(file, path, message));
  });

  it('nothing else is reported (the base article is valid)', () => {
    expect(where(issues)).toEqual(where(INVALID.map(([, file, path]) => ({ file, path }))));
  });
});
