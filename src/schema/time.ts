/** Times as an article words them: a date with only the stated parts, or a range, with bounds for filtering and sorting. */
import type { TimeReference } from '../corpus/format/values.js';
import { boundsOf, formatPartialDate, fullDate, partsOf, precisionOf, type PartialDate } from '../corpus/time.js';
import { builder } from './builder.js';
import { PeriodPart } from './vocabulary.js';

export const DatePrecision = builder.enumType('DatePrecision', {
  description: 'The finest part of a date the article states.',
  values: {
    DAY: { value: 'day', description: 'A day (with or without its year: "Oct 12" is a DAY whose year is null).' },
    MONTH: { value: 'month', description: 'A month.' },
    YEAR: { value: 'year', description: 'A year.' },
  } as const,
});

const PartialDateRef = builder.objectRef<PartialDate>('PartialDate').implement({
  description: 'A calendar date with the parts the article states; the others are null, never guessed.',
  fields: (t) => ({
    year: t.exposeInt('year', { nullable: true, description: 'The year; null when the article does not state it.' }),
    month: t.exposeInt('month', { nullable: true, description: 'The month (1-12); null when not stated.' }),
    day: t.exposeInt('day', { nullable: true, description: 'The day of the month; null when not stated.' }),
    precision: t.field({ type: DatePrecision, description: 'The finest part stated.', resolve: precisionOf }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'The calendar date, when year, month and day are all stated.',
      resolve: (date) => fullDate(date) ?? null,
    }),
    iso: t.string({
      complexity: 1,
      description: 'The stated parts in ISO 8601 form: "2014-12-03", "2014-12", "2014", or "--10-12" when the year is not stated.',
      resolve: formatPartialDate,
    }),
  }),
});

const start = (time: TimeReference): PartialDate | undefined => partsOf(time).start ?? partsOf(time).end;

export const TimeReferenceRef = builder.objectRef<TimeReference>('TimeReference').implement({
  description:
    'A time in the article\'s own words ("on Wednesday", "from Oct 12 to 14", "since 2012"): the parts it states, a range when it gives one, and the first and last day it allows. Parts the article does not state are null.',
  fields: (t) => ({
    words: t.exposeString('words', { description: 'The article\'s words for the time, verbatim.' }),
    precision: t.field({
      type: DatePrecision,
      description: 'The finest part stated (of the start, for a range).',
      resolve: (time) => precisionOf(start(time)!),
    }),
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'The calendar date (of the start, for a range), when year, month and day are all stated; otherwise null.',
      resolve: (time) => fullDate(start(time)!) ?? null,
    }),
    year: t.int({
      nullable: true,
      description: 'The year (of the start, for a range); null when the article does not state it ("Oct 12").',
      resolve: (time) => start(time)!.year ?? null,
    }),
    month: t.int({ nullable: true, description: 'The month (of the start, for a range), 1-12; null when not stated.', resolve: (time) => start(time)!.month ?? null }),
    day: t.int({ nullable: true, description: 'The day of the month (of the start, for a range); null when not stated.', resolve: (time) => start(time)!.day ?? null }),
    start: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'The time, or the start of a range; null for a range whose start is not stated.',
      resolve: (time) => partsOf(time).start ?? null,
    }),
    end: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'The end of a range ("14" in "from Oct 12 to 14"); null when the time is not a range.',
      resolve: (time) => partsOf(time).end ?? null,
    }),
    isRange: t.boolean({ description: 'True when the time is a range with an end.', resolve: (time) => time.end !== undefined }),
    part: t.field({
      type: PeriodPart,
      nullable: true,
      description: 'Which part of the stated year or month is meant ("early 2015"); the bounds still cover the whole period.',
      resolve: (time) => time.part ?? null,
    }),
    earliest: t.field({
      type: 'Date',
      nullable: true,
      description: 'The first day the time allows ("2012" allows 2012-01-01). Null when the year is not stated: no year is guessed.',
      resolve: (time) => boundsOf(time).earliest ?? null,
    }),
    latest: t.field({
      type: 'Date',
      nullable: true,
      description: 'The last day the time allows ("2012" allows 2012-12-31). Null when the year is not stated.',
      resolve: (time) => boundsOf(time).latest ?? null,
    }),
    approximate: t.exposeBoolean('approximate', { description: 'True when the words are approximate, e.g. "two years ago".' }),
    basis: t.exposeString('basis', {
      nullable: true,
      description: 'How a relative expression was resolved, e.g. "the Wednesday before publication on Thursday 2014-12-04"; null when the words state the date outright.',
    }),
  }),
});
