/**
 * Messages for dates written wrongly in an article file: the form expected, with an example, and
 * when the text can be read as a date ("5 January 2015", "2014/12/3"), the same date in that form.
 */
import { formatPartialDate, parsePartialDate, type PartialDate } from '../time.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthName = (month: number) => MONTHS[month - 1]!.replace(/^./, (c) => c.toUpperCase());

const PARTIAL_FORMS =
  'Write only the parts the article states: YYYY-MM-DD ("2014-12-03"), YYYY-MM ("2014-12") or YYYY ("2014"), or --MM-DD ("--10-12") or --MM ("--10") when it gives no year; its own words go in "words" (see "Time references" in docs/data-format.md)';
const PUBLISHED_FORMS = 'write the date-time with its UTC offset, e.g. "2014-12-04T09:55:13+08:00" ("Z" for UTC), or the date alone, e.g. "2014-12-04", when the article gives no time of day';

/** Why a time reference's date (or end) is refused: it is not in one of the forms, or it does not exist. */
export function partialDateMessage(value: string): string {
  const parsed = parsePartialDate(value);
  if (typeof parsed !== 'string') return `"${value}" is a date`;
  const real = /does not exist/.test(parsed) ? notReal(value) : undefined;
  if (real) return real;
  const read = readDate(value);
  const write = read && formatPartialDate(read) !== value ? `: write "${formatPartialDate(read)}". ` : '. ';
  return `"${value}" is not written as a date${write}${PARTIAL_FORMS}`;
}

/** Why a publication date (or date-time) is refused. */
export function publishedAtMessage(value: string): string {
  // A time of day with hours and minutes only is written with its seconds: "10:00:00".
  const withoutOffset = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?$/.exec(value);
  if (withoutOffset) {
    const [, date, time, seconds = ':00'] = withoutOffset;
    return `"${value}" has no UTC offset: add the publisher's, e.g. "${date}T${time}${seconds}+08:00" for Beijing time ("Z" for UTC), or write the date alone, "${date}", when the article gives no time of day`;
  }
  const spaced = /^(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2})(:\d{2})?$/.exec(value);
  if (spaced) {
    const [, date, time, seconds = ':00'] = spaced;
    return `"${value}" needs a "T" between the date and the time, and the UTC offset: e.g. "${date}T${time}${seconds}+08:00" for Beijing time ("Z" for UTC), or the date alone, "${date}", when the article gives no time of day`;
  }
  const noSeconds = /^(\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2}))(Z|[+-]\d{2}:\d{2})$/.exec(value);
  if (noSeconds && !notReal(value.slice(0, 10)) && Number(noSeconds[2]) <= 23 && Number(noSeconds[3]) <= 59) return `"${value}" needs its seconds: write "${noSeconds[1]}:00${noSeconds[4]}"`;
  const dated = /^(\d{4}-\d{2}-\d{2})(T(\d{2}):(\d{2})(?::(\d{2}))?.*)?$/.exec(value);
  if (dated) {
    const real = notReal(dated[1]!);
    if (real) return `${real}; ${PUBLISHED_FORMS}`;
    if (dated[2] !== undefined && (Number(dated[3]) > 23 || Number(dated[4]) > 59 || Number(dated[5] ?? 0) > 59)) {
      return `"${value}" has a time of day that does not exist (hours run from 00 to 23, minutes and seconds from 00 to 59); ${PUBLISHED_FORMS}`;
    }
  }
  const read = readDate(value);
  if (read?.year !== undefined && read.day !== undefined) {
    const date = formatPartialDate(read);
    return `"${value}" is not written as a publication date: write "${date}" (the date alone, when the article gives no time of day) or the date-time with its UTC offset, e.g. "${date}T09:55:13+08:00" ("Z" for UTC)`;
  }
  if (read) return `"${value}" is not a whole date: a publication needs its year, month and day; ${PUBLISHED_FORMS}`;
  return `"${value}" is not written as a publication date: ${PUBLISHED_FORMS}`;
}

/** Why a date in one of the forms does not exist, or undefined when it does (or is not in a form). */
function notReal(value: string): string | undefined {
  const match = /^(?:(\d{4})|-)-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return undefined;
  const year = match[1] === undefined ? undefined : Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `"${value}" is not a real date: months run from 01 to 12`;
  if (match[3] === undefined) return undefined;
  const days = year === undefined ? (month === 2 ? 29 : daysIn(2001, month)) : daysIn(year, month);
  const day = Number(match[3]);
  if (day >= 1 && day <= days) return undefined;
  const which = year === undefined ? monthName(month) : `${monthName(month)} ${year}`;
  return `"${value}" is not a real date: days in ${which} run from 01 to ${days}`;
}

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The date a text states in another common form, when it states one that exists: "2014/12/3",
 * "20141203", "5 January 2015", "January 5, 2015", "Oct 12", "June 2012".
 */
export function readDate(text: string): PartialDate | undefined {
  const real = (date: PartialDate) => (typeof parsePartialDate(formatPartialDate(date)) === 'string' ? undefined : date);
  const numeric = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(text.trim()) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim());
  if (numeric) return real({ year: Number(numeric[1]), month: Number(numeric[2]), ...(numeric[3] !== undefined && { day: Number(numeric[3]) }) });
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  for (const word of text.toLowerCase().split(/[\s,.]+/).filter(Boolean)) {
    const named = word.length >= 3 ? MONTHS.findIndex((name) => name.startsWith(word)) : -1;
    if (named >= 0 && month === undefined) month = named + 1;
    else if (/^\d{4}$/.test(word) && year === undefined) year = Number(word);
    else if (/^\d{1,2}(st|nd|rd|th)?$/.test(word) && day === undefined) day = parseInt(word, 10);
    else if (!['the', 'of', 'on', 'in'].includes(word)) return undefined;
  }
  if (month === undefined) return undefined;
  return real({ ...(year !== undefined && { year }), month, ...(day !== undefined && { day }) });
}
