/** Points in time as an article words them, resolved to a date or a year. */
import type { TimeReference } from '../corpus/format.js';
import { builder } from './builder.js';

export const DatePrecision = builder.enumType('DatePrecision', {
  description: 'How precisely a time expression pins the time down.',
  values: {
    DAY: { value: 'day', description: 'A specific calendar day.' },
    MONTH: { value: 'month', description: 'A calendar month; date gives its first day.' },
    YEAR: { value: 'year', description: 'A calendar year.' },
  } as const,
});

export const TimeReferenceRef = builder.objectRef<TimeReference>('TimeReference').implement({
  description: 'A point in time in the article\'s own words ("on Wednesday", "since 2012"), resolved to a date or year.',
  fields: (t) => ({
    words: t.exposeString('words', { description: 'The article\'s words for the time, verbatim.' }),
    precision: t.expose('precision', { type: DatePrecision, description: 'How precise the resolved time is.' }),
    date: t.expose('date', {
      type: 'Date',
      nullable: true,
      description: 'The resolved calendar date (YYYY-MM-DD); null when only the year is known.',
    }),
    year: t.int({
      description: 'The resolved year.',
      resolve: (time) => time.year ?? Number(time.date!.slice(0, 4)),
    }),
    approximate: t.exposeBoolean('approximate', { description: 'True when the words are approximate, e.g. "two years ago".' }),
    basis: t.exposeString('basis', {
      nullable: true,
      description: 'How a relative expression was resolved, e.g. "the Wednesday before publication".',
    }),
  }),
});
