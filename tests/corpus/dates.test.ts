/**
 * Dates as articles state them (src/corpus/time.ts): partial dates, their bounds, the natural order
 * of facts by time with undated facts last, and date ranges, which keep the facts whose bounds
 * overlap them. The dated facts are the events of tests/fixtures/dates/.
 */
import { describe, expect, it } from 'vitest';
import { Queries } from '../../src/corpus/queries.js';
import { boundsOf, formatPartialDate, fullDate, parsePartialDate, precisionOf, type PartialDate } from '../../src/corpus/time.js';
import { fixture, keys, loadFiles } from './helpers.js';

const store = loadFiles(fixture('dates/fixture-dates.json'));
const queries = new Queries(store);

describe('partial dates', () => {
  it.each<[string, PartialDate, 'day' | 'month' | 'year', string | undefined]>([
    ['2014-12-03', { year: 2014, month: 12, day: 3 }, 'day', '2014-12-03'],
    ['2014-12', { year: 2014, month: 12 }, 'month', undefined],
    ['2014', { year: 2014 }, 'year', undefined],
    ['--10-12', { month: 10, day: 12 }, 'day', undefined],
    ['--10', { month: 10 }, 'month', undefined],
    ['--02-29', { month: 2, day: 29 }, 'day', undefined], // without a year, 29 February may exist
    ['2016-02-29', { year: 2016, month: 2, day: 29 }, 'day', '2016-02-29'],
  ])('%s states %o: precision %s, full date %s', (text, parts, precision, full) => {
    expect(parsePartialDate(text)).toEqual(parts);
    expect(precisionOf(parts)).toBe(precision);
    expect(fullDate(parts)).toBe(full);
    expect(formatPartialDate(parts)).toBe(text);
  });

  const FORM = 'must be a date as YYYY-MM-DD, YYYY-MM or YYYY, or --MM-DD / --MM when the year is not stated (e.g. "2014-12-03", "--10-12")';
  it.each([
    ['2015-02-29', 'day 29 does not exist in month 02'],
    ['2014-04-31', 'day 31 does not exist in month 04'],
    ['--04-31', 'day 31 does not exist in month 04'],
    ['2014-12-00', 'day 00 does not exist in month 12'],
    ['2014-13', 'month 13 does not exist'],
    ['--00', 'month 00 does not exist'],
    ['5 January 2015', FORM],
    ['2014-1-3', FORM],
    ['20141203', FORM],
    ['2014-12-03T10:00', FORM],
    ['14-12-03', FORM],
    ['2014-', FORM],
    ['-10', FORM],
    ['--', FORM],
    ['---12', FORM],
    ['', FORM],
  ])('%j is not a partial date: %s', (text, message) => {
    expect(parsePartialDate(text)).toBe(message);
  });

  it.each<[{ date?: string; end?: string }, string | undefined, string | undefined]>([
    [{ date: '2014-12-03' }, '2014-12-03', '2014-12-03'],
    [{ date: '2014-12' }, '2014-12-01', '2014-12-31'],
    [{ date: '2014-02' }, '2014-02-01', '2014-02-28'],
    [{ date: '2016-02' }, '2016-02-01', '2016-02-29'],
    [{ date: '2014' }, '2014-01-01', '2014-12-31'],
    [{ date: '2014-11-28', end: '2014-12-02' }, '2014-11-28', '2014-12-02'],
    [{ date: '2012', end: '2014' }, '2012-01-01', '2014-12-31'],
    [{ end: '2013' }, undefined, '2013-12-31'], // "until 2013": open at the start
    [{ date: '--10-12' }, undefined, undefined], // no year is invented
    [{ date: '--10-12', end: '--10-14' }, undefined, undefined],
    [{ date: '--10-12', end: '2014-10-14' }, undefined, '2014-10-14'],
  ])('bounds of %o: from %s to %s', (time, earliest, latest) => {
    expect(boundsOf(time)).toEqual({ earliest, latest });
  });
});

describe('natural order of facts by time', () => {
  const DATED = [
    'pipe-replacement-programme', // until 2013: its only bound, 2013-12-31
    'district-heating-review', // 2014
    'aarhus-engineers-training', // from 2014-10-12
    'pumping-station-tour', // 2014-11-28 to 2014-12-02
    'pipe-leak-survey', // December 2014
    'aarhus-water-forum', // 2014-12-03
  ];
  const UNDATED = [
    'heat-festival', // October, no year
    'copenhagen-water-day', // 12 October, no year
    'next-mayors-meeting', // no time at all
  ];

  it('by the earliest day the time allows, then the latest; facts without bounds last, year-less ones by month and day', () => {
    expect(keys(store.list('Event'))).toEqual([...DATED, ...UNDATED]);
  });

  it('oldest first, and newest first with the undated facts still last', () => {
    expect(keys(queries.events({}, { field: 'date', direction: 'asc' }).slice())).toEqual([...DATED, ...UNDATED]);
    expect(keys(queries.events({}, { field: 'date', direction: 'desc' }).slice())).toEqual([...[...DATED].reverse(), ...UNDATED]);
  });

  it.each<[number, number, string[]]>([
    [0, 2, ['aarhus-water-forum', 'pipe-leak-survey']],
    [5, 7, ['pipe-replacement-programme', 'heat-festival']],
    [7, 20, ['copenhagen-water-day', 'next-mayors-meeting']],
  ])('a page of the newest-first list, slice(%i, %i), reads across into the undated tail', (start, end, expected) => {
    expect(keys(queries.events({}, { field: 'date', direction: 'desc' }).slice(start, end))).toEqual(expected);
  });

  it('ordered by key, descending: plain reverse key order, no undated tail', () => {
    const all = [...DATED, ...UNDATED].sort().reverse();
    expect(keys(queries.events({}, { field: 'key', direction: 'desc' }).slice())).toEqual(all);
  });
});

describe('date ranges keep the facts whose bounds overlap them; facts without bounds never match', () => {
  it.each<[{ from?: string; to?: string }, string[]]>([
    [{ from: '2010-01-01' }, ['pipe-replacement-programme', 'district-heating-review', 'aarhus-engineers-training', 'pumping-station-tour', 'pipe-leak-survey', 'aarhus-water-forum']],
    [{ to: '2013-06-30' }, ['pipe-replacement-programme']], // open at its start
    [{ from: '2013-12-31', to: '2013-12-31' }, ['pipe-replacement-programme']],
    [{ from: '2014-01-01', to: '2014-01-31' }, ['district-heating-review']], // a year overlaps each of its days
    [{ from: '2014-10-13', to: '2014-10-13' }, ['district-heating-review', 'aarhus-engineers-training']],
    [{ to: '2014-11-28' }, ['pipe-replacement-programme', 'district-heating-review', 'aarhus-engineers-training', 'pumping-station-tour']],
    [{ to: '2009-12-31' }, ['pipe-replacement-programme']], // "until 2013" states no start: it may have run then
  ])('%o', (range, expected) => {
    expect(keys(queries.events(range, { field: 'date', direction: 'asc' }).slice())).toEqual(expected);
  });
});

/**
 * A range may leave the year out of its end: "from Oct 12 to 14" has end "--10-14", and such an
 * end may fall in the next year ("from Dec 30 to Jan 2"). The end is the first such day after the
 * start, so a training from 12 to 14 October 2014 does not match a date range after it.
 */
describe('a range whose end states no year', () => {
  it('ends on the first such day after its start', () => {
    expect(boundsOf({ date: '2014-10-12', end: '--10-14' })).toEqual({ earliest: '2014-10-12', latest: '2014-10-14' });
    expect(boundsOf({ date: '2014-12', end: '--12-05' })).toEqual({ earliest: '2014-12-01', latest: '2014-12-05' });
    expect(boundsOf({ date: '2014-12-30', end: '--01-02' })).toEqual({ earliest: '2014-12-30', latest: '2015-01-02' });
  });

  it.each<[{ from?: string; to?: string }, string[]]>([
    [{ from: '2014-12-02', to: '2014-12-02' }, ['district-heating-review', 'pumping-station-tour', 'pipe-leak-survey']],
    [{ from: '2014-10-15', to: '2014-10-31' }, ['district-heating-review']],
    [{ from: '2020-01-01' }, []],
  ])('is not matched by a range after it: %o', (range, expected) => {
    expect(keys(queries.events(range, { field: 'date', direction: 'asc' }).slice())).toEqual(expected);
  });
});
