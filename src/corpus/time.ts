/**
 * Dates as articles state them: some parts known, others not. A partial date is written in ISO 8601's
 * reduced and truncated forms: "2014-12-03", "2014-12", "2014", "--10-12" (12 October, year not
 * stated) and "--10" (October, year not stated). Bounds are the first and last calendar day the
 * stated parts allow; without a year there are none, because no year is invented.
 */

export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
}

export type Precision = 'day' | 'month' | 'year';

const PARTIAL_DATE = /^(?:(\d{4})|-)-?(?:(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a partial date, or returns why it is not one. */
export function parsePartialDate(text: string): PartialDate | string {
  const form = 'a date as YYYY-MM-DD, YYYY-MM or YYYY, or --MM-DD / --MM when the year is not stated (e.g. "2014-12-03", "--10-12")';
  const match = PARTIAL_DATE.exec(text);
  // "--" alone, "2014-" and "-10" are not forms of ISO 8601.
  if (!match || text === '--' || text.endsWith('-') || (match[1] === undefined && !text.startsWith('--'))) return `must be ${form}`;
  if (match[1] !== undefined && text.length > 4 && text[4] !== '-') return `must be ${form}`;
  const year = match[1] === undefined ? undefined : Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year === undefined && month === undefined) return `must be ${form}`;
  if (month !== undefined && (month < 1 || month > 12)) return `month ${match[2]} does not exist`;
  // Without a year, 29 February is possible.
  if (day !== undefined && (day < 1 || day > daysInMonth(year ?? 2000, month!))) return `day ${match[3]} does not exist in month ${match[2]}`;
  return { ...(year !== undefined && { year }), ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
}

export const precisionOf = (date: PartialDate): Precision => (date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year');

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The date as written in the format, e.g. "--10-12". */
export function formatPartialDate({ year, month, day }: PartialDate): string {
  return `${year === undefined ? '-' : pad(year, 4)}${month === undefined ? '' : `-${pad(month)}`}${day === undefined ? '' : `-${pad(day)}`}`;
}

/** The full calendar date (YYYY-MM-DD) when every part is known. */
export const fullDate = (date: PartialDate): string | undefined =>
  date.year !== undefined && date.month !== undefined && date.day !== undefined ? formatPartialDate(date) : undefined;

/** First calendar day the date allows; undefined when the year is not stated. */
export function earliestDay(date: PartialDate): string | undefined {
  if (date.year === undefined) return undefined;
  return `${pad(date.year, 4)}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/** Last calendar day the date allows; undefined when the year is not stated. */
export function latestDay(date: PartialDate): string | undefined {
  if (date.year === undefined) return undefined;
  const month = date.month ?? 12;
  return `${pad(date.year, 4)}-${pad(month)}-${pad(date.day ?? daysInMonth(date.year, month))}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** What a time reference's bounds need of it (the format's TimeReference). */
interface Stated {
  date?: string;
  end?: string;
}

/** The parts a time reference states, for its start (or its only date) and its end. */
export function partsOf(time: Stated): { start?: PartialDate; end?: PartialDate } {
  const parse = (value: string | undefined) => {
    if (value === undefined) return undefined;
    const date = parsePartialDate(value);
    return typeof date === 'string' ? undefined : date;
  };
  return { start: parse(time.date), end: parse(time.end) };
}

/**
 * The end of a range as its words mean it: "from 2014-10-12 to --10-14" ends in the start's year,
 * and "from 2014-12-30 to --01-02" in the next one. The end is undefined for a time that is not a range.
 */
function endOf(start: PartialDate | undefined, end: PartialDate | undefined): PartialDate | undefined {
  if (!end || end.year !== undefined || start?.year === undefined) return end;
  const before = end.month !== undefined && start.month !== undefined && (end.month < start.month || (end.month === start.month && (end.day ?? 32) < (start.day ?? 0)));
  return { ...end, year: start.year + (before ? 1 : 0) };
}

/**
 * The first and last day a time reference allows: a range runs from its start's earliest to its
 * end's latest day (an end without a year is in its start's year, or the next). A bound is
 * undefined where no year is stated, and where a range leaves its start or end open.
 */
export function boundsOf(time: Stated): { earliest?: string; latest?: string } {
  const parts = partsOf(time);
  const { start } = parts;
  const end = endOf(start, parts.end);
  return {
    earliest: start ? earliestDay(start) : undefined,
    latest: end ? latestDay(end) : start && time.end === undefined ? latestDay(start) : undefined,
  };
}
