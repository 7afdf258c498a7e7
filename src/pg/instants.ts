/**
 * An instant (milliseconds since the epoch) as PostgreSQL's timestamptz input, for the rows the
 * ingest writes and the ranges a read compares them with.
 *
 * toISOString writes the years 1 to 9999 as PostgreSQL reads them, and those instants stay in
 * that form (an article's rows hash it: rows.ts). Before and after, it writes "0000", "-000001" and
 * "+010000", which PostgreSQL refuses, yet an article published on 0000-01-01 has its earliest
 * instant in the year before, and one published on 9999-12-31 its latest in 10000: those are
 * written as PostgreSQL reads them, "0002-12-31 10:00:00.000+00 BC" (the year -1) and
 * "10000-01-01 11:59:59.999+00". Past PostgreSQL's own range
 * (4714 BC to 294276; a range filter's instant can be anywhere JavaScript's dates reach),
 * -infinity and infinity compare with every row as the instant would.
 */
export function timestamptzOf(ms: number): string {
  if (ms >= FIRST_ISO && ms <= LAST_ISO) return new Date(ms).toISOString();
  if (ms < FIRST_POSTGRES) return '-infinity';
  if (ms > LAST_POSTGRES) return 'infinity';
  const at = new Date(ms);
  const year = at.getUTCFullYear();
  const time = `${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}.${pad(at.getUTCMilliseconds(), 3)}+00`;
  // No year 0 in PostgreSQL's calendar: the astronomical year 0 is 1 BC, -1 is 2 BC.
  return year > 0 ? `${year}-${time}` : `${pad(1 - year, 4)}-${time} BC`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const FIRST_ISO = Date.parse('0001-01-01T00:00:00.000Z');
const LAST_ISO = Date.parse('9999-12-31T23:59:59.999Z');
/** Within PostgreSQL's range by a margin (it starts at 4714-11-24 BC and ends in 294276). */
const FIRST_POSTGRES = Date.UTC(-4712, 0, 1);
const LAST_POSTGRES = Date.UTC(294275, 0, 1);
