/**
 * Time references in a sentence, resolved against the publication date where it fixes them, in
 * the format's terms (format/values.ts timeReferenceSchema): the words, the date with only the
 * parts they state, a range's end, early/mid/late, approximate, and the basis of a relative one.
 */
import type { z } from 'zod';
import type { timeReferenceSchema } from '../../corpus/format/values.js';
import { formatPartialDate } from '../../corpus/time.js';
import { NUMBER_SOURCE, parseNumber } from './numbers.js';

export type TimeReference = z.input<typeof timeReferenceSchema>;

/** The word that introduces a time, which says what it is to a fact: "since 2010" starts a period, "by 2020" ends one. */
export type Cue = 'since' | 'by' | 'on' | 'in' | 'from' | 'until' | 'ago' | 'none';

export interface FoundTime {
  start: number;
  end: number;
  cue: Cue;
  time: TimeReference;
}

/** The publication as the article's own calendar sees it: its local date, weekday and UTC offset. */
export interface Publication {
  year: number;
  month: number;
  day: number;
  /** "+08:00", "Z", or undefined when only the date is known. */
  offset?: string;
}

export function publicationOf(publishedAt: string): Publication {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.exec(publishedAt);
  if (!match) throw new Error(`publication date "${publishedAt}" is not a date or a date-time with offset`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), ...(match[4] !== undefined && { offset: match[4] }) };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_SOURCE = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const YEAR_SOURCE = '(?:1[89]|20)\\d\\d';
const DAY_SOURCE = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const CUES: Record<string, Cue> = { since: 'since', by: 'by', on: 'on', in: 'in', from: 'from', until: 'until', till: 'until', before: 'by', after: 'since', during: 'in', at: 'on' };
const CUE_SOURCE = `(?:(${Object.keys(CUES).join('|')}) )?`;
const PART_SOURCE = '(?:(early|mid|late|the end of|the beginning of|the middle of)[- ])?';
const PARTS: Record<string, 'early' | 'mid' | 'late'> = { early: 'early', 'the beginning of': 'early', mid: 'mid', 'the middle of': 'mid', late: 'late', 'the end of': 'late' };

/** Words that put a weekday after publication: "will meet on Friday". Without them a weekday is the one before. */
const FUTURE = /\b(will|shall|is to|are to|is due to|are due to|plans? to|planning to|is set to|are set to|is scheduled to|are scheduled to|is expected to|are expected to|upcoming|next)\b/i;

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (written: string) => MONTHS.findIndex((name) => name.startsWith(written.toLowerCase().replace('.', '').slice(0, 3))) + 1;
const isoDay = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const zone = (publication: Publication) => (publication.offset === undefined ? '' : ` (UTC${publication.offset === 'Z' ? '' : publication.offset})`);

/** Every time reference in the text, in order, none overlapping. */
export function findTimes(text: string, publication: Publication): FoundTime[] {
  const found: FoundTime[] = [];
  const add = (time: FoundTime | undefined) => {
    if (time && !found.some((other) => time.start < other.end && other.start < time.end)) found.push(time);
  };
  // The most specific forms first: a day of a month wins over its month, a month over its year.
  for (const reader of [monthDays, dayMonths, weekdays, relativeDays, ago, relativePeriods, monthYears, years]) {
    for (const time of reader(text, publication)) add(time);
  }
  return found.sort((a, b) => a.start - b.start);
}

type Reader = (text: string, publication: Publication) => Iterable<FoundTime | undefined>;

const cueOf = (written: string | undefined): Cue => (written === undefined ? 'none' : (CUES[written.toLowerCase()] ?? (written as Cue)));

const found = (match: RegExpMatchArray, cue: string | undefined, time: Omit<TimeReference, 'words'>): FoundTime => ({
  start: match.index!,
  end: match.index! + match[0].length,
  cue: cueOf(cue),
  time: { words: match[0], ...time },
});

/** "Oct 12", "on December 4, 2014", "from Oct 12 to 14", "Oct 12-14". */
const monthDays: Reader = function* (text) {
  const pattern = new RegExp(`\\b${CUE_SOURCE}(${MONTH_SOURCE}) (${DAY_SOURCE})(?:(?: ?- ?| to | and )(${DAY_SOURCE}))?(?:,? (${YEAR_SOURCE}))?\\b`, 'gi');
  for (const match of text.matchAll(pattern)) {
    if (!/^[A-Z]/.test(match[2]!)) continue;
    yield dated(match, match[1], match[5], monthOf(match[2]!), match[3]!, match[4]);
  }
};

/** "12 October", "4 December 2014". */
const dayMonths: Reader = function* (text) {
  const pattern = new RegExp(`\\b${CUE_SOURCE}(${DAY_SOURCE})(?: ?- ?| to | and )?(${DAY_SOURCE})? (${MONTH_SOURCE})(?:,? (${YEAR_SOURCE}))?\\b`, 'gi');
  for (const match of text.matchAll(pattern)) {
    if (!/^[A-Z]/.test(match[4]!)) continue;
    yield match[3] === undefined ? dated(match, match[1], match[5], monthOf(match[4]!), match[2]!) : dated(match, match[1], match[5], monthOf(match[4]!), match[2]!, match[3]);
  }
};

function dated(match: RegExpMatchArray, cue: string | undefined, year: string | undefined, month: number, day: string, endDay?: string): FoundTime | undefined {
  const date = (d: string) => formatPartialDate({ ...(year !== undefined && { year: Number(year) }), month, day: parseInt(d, 10) });
  if (month < 1) return undefined;
  return found(match, cue, { date: date(day), ...(endDay !== undefined && { end: date(endDay) }) });
}

/** "on Wednesday", "last Friday": the weekday before publication, or after it when the sentence speaks of the future. */
const weekdays: Reader = function* (text, publication) {
  // The qualifier also capitalised, at the start of a sentence; the weekday as names are written.
  const qualifiers = ['on', 'last', 'next', 'this', 'by', 'since', 'until'].flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1)]);
  const pattern = new RegExp(`\\b(?:(${qualifiers.join('|')}) )?(${WEEKDAYS.join('|')})\\b`, 'g');
  const published = new Date(Date.UTC(publication.year, publication.month - 1, publication.day));
  const weekday = WEEKDAYS[published.getUTCDay()]!;
  for (const match of text.matchAll(pattern)) {
    const target = WEEKDAYS.indexOf(match[2]!);
    const qualifier = match[1]?.toLowerCase();
    const future = qualifier === 'next' || (qualifier !== 'last' && FUTURE.test(sentenceAround(text, match.index!)));
    let shift = target - published.getUTCDay();
    if (future) shift = (shift + 7) % 7;
    else shift = -((7 - shift) % 7);
    const date = new Date(published.getTime() + shift * 86_400_000);
    const on = `publication on ${weekday} ${isoDay(published)}${zone(publication)}`;
    const basis = shift === 0 ? `the day of ${on}` : `the ${match[2]} ${future ? 'after' : 'before'} ${on}`;
    yield found(match, qualifier === 'by' || qualifier === 'since' || qualifier === 'until' ? qualifier : 'on', { date: isoDay(date), basis });
  }
};

/** The sentence holding position `at`: the tense may come before the weekday or after it ("On Monday the group is due to ..."). */
function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('? ', at), text.lastIndexOf('! ', at)) + 1;
  const ends = ['. ', '? ', '! '].map((stop) => text.indexOf(stop, at)).filter((end) => end >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

/** "yesterday", "today", "tomorrow". */
const relativeDays: Reader = function* (text, publication) {
  const published = new Date(Date.UTC(publication.year, publication.month - 1, publication.day));
  const shifts: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };
  for (const match of text.matchAll(/\b(yesterday|today|tomorrow)\b/gi)) {
    const shift = shifts[match[1]!.toLowerCase()]!;
    const date = isoDay(new Date(published.getTime() + shift * 86_400_000));
    const basis = `${shift === 0 ? 'the day of' : shift < 0 ? 'the day before' : 'the day after'} publication on ${isoDay(published)}${zone(publication)}`;
    yield found(match, undefined, { date, basis });
  }
};

/** "two years ago", "a month ago", "three days ago": approximate, except for days. */
const ago: Reader = function* (text, publication) {
  const pattern = new RegExp(`\\b(${NUMBER_SOURCE}|a|an|a few) (day|week|month|year|decade)s? ago\\b`, 'gi');
  for (const match of text.matchAll(pattern)) {
    const written = match[1]!.toLowerCase();
    const count = written === 'a' || written === 'an' ? 1 : parseNumber(written);
    if (count === undefined) continue;
    const unit = match[2]!.toLowerCase();
    const published = new Date(Date.UTC(publication.year, publication.month - 1, publication.day));
    const basis = `${match[1]} ${unit}${count === 1 ? '' : 's'} before publication`;
    if (unit === 'year' || unit === 'decade') {
      const year = publication.year - count * (unit === 'decade' ? 10 : 1);
      yield { ...found(match, 'ago', { date: String(year), approximate: true, basis: `${basis} in ${publication.year}` }) };
    } else if (unit === 'month') {
      const month = new Date(Date.UTC(publication.year, publication.month - 1 - count, 1));
      yield found(match, 'ago', { date: isoDay(month).slice(0, 7), approximate: true, basis: `${basis} in ${publication.year}-${pad(publication.month)}` });
    } else {
      const days = unit === 'week' ? count * 7 : count;
      const date = isoDay(new Date(published.getTime() - days * 86_400_000));
      yield found(match, 'ago', { date, ...(unit === 'week' && { approximate: true }), basis: `${basis} on ${isoDay(published)}${zone(publication)}` });
    }
  }
};

/** "last year", "next month", "this year". */
const relativePeriods: Reader = function* (text, publication) {
  for (const match of text.matchAll(/\b(last|next|this) (year|month)\b/gi)) {
    const shift = { last: -1, next: 1, this: 0 }[match[1]!.toLowerCase() as 'last' | 'next' | 'this'];
    const unit = match[2]!.toLowerCase();
    const relation = shift === 0 ? `the ${unit} of publication,` : `the ${unit} ${shift < 0 ? 'before' : 'after'} publication in`;
    if (unit === 'year') {
      yield found(match, undefined, { date: String(publication.year + shift), basis: `${relation} ${publication.year}` });
    } else {
      const month = new Date(Date.UTC(publication.year, publication.month - 1 + shift, 1));
      yield found(match, undefined, { date: isoDay(month).slice(0, 7), basis: `${relation} ${publication.year}-${pad(publication.month)}` });
    }
  }
};

/** "in June 2012", "early 2015" is below; "late December" and "in June" without a year stay without one. */
const monthYears: Reader = function* (text) {
  const pattern = new RegExp(`\\b${CUE_SOURCE}${PART_SOURCE}(${MONTH_SOURCE})(?:,? (${YEAR_SOURCE}))?\\b`, 'gi');
  for (const match of text.matchAll(pattern)) {
    const [, cue, part, month, year] = match;
    // A month without a year needs a word that makes it a time: "May" alone is also a verb.
    if (!/^[A-Z]/.test(month!) || (year === undefined && cue === undefined && part === undefined)) continue;
    const date = formatPartialDate({ ...(year !== undefined && { year: Number(year) }), month: monthOf(month!) });
    yield found(match, cue, { date, ...(part !== undefined && { part: PARTS[part.toLowerCase()] }) });
  }
};

/** "since 2012", "By 2020", "early 2015", "from 2010 to 2012", "2010-2012". */
const years: Reader = function* (text) {
  const pattern = new RegExp(`\\b${CUE_SOURCE}${PART_SOURCE}(${YEAR_SOURCE})(?:(?: ?- ?| to | and )(${YEAR_SOURCE}))?\\b(?![-,.]?\\d)`, 'gi');
  for (const match of text.matchAll(pattern)) {
    const [, cue, part, year, endYear] = match;
    yield found(match, cue, { date: year!, ...(endYear !== undefined && { end: endYear }), ...(part !== undefined && { part: PARTS[part.toLowerCase()] }) });
  }
};
