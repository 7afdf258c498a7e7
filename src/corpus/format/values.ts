/**
 * The values the article format is made of: keys and references, evidence quotes, time references,
 * quantities and participations. Record schemas (entities.ts, facts.ts) are built from these.
 */
import { CountryCodeResolver } from 'graphql-scalars';
import { z } from 'zod';
import { parsePartialDate, type PartialDate } from '../time.js';
import { partialDateMessage } from './date-messages.js';
import { describeTerms, PARTICIPANT_ROLES, PERIOD_PARTS, termsOf } from './vocabulary.js';

export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const key = z
  .string()
  .regex(KEY_PATTERN, 'must be lowercase words joined by hyphens, e.g. "copenhagen"')
  .describe('Stable, human-readable key. The same key in two articles is the same thing in the graph.');

export const text = z.string().trim().min(1, 'must not be empty');

/** The prefixes of typed references ("city:copenhagen"), one per record kind that can be referenced. */
export const REF_PREFIXES = ['country', 'region', 'city', 'venue', 'person', 'organisation', 'topic'] as const;
export type RefPrefix = (typeof REF_PREFIXES)[number];

/** A "type:key" reference restricted to some kinds, e.g. typedRef(['city', 'region']). */
export function typedRef(prefixes: readonly RefPrefix[] = REF_PREFIXES, what = 'an entity') {
  const pattern = new RegExp(`^(${prefixes.join('|')}):[a-z0-9]+(?:-[a-z0-9]+)*$`);
  return z
    .string()
    .regex(pattern, `must be "type:key" with type one of ${prefixes.join(', ')}, e.g. "${prefixes[0]}:${prefixes[0] === 'city' ? 'copenhagen' : 'some-key'}"`)
    .describe(`A reference to ${what}, written "type:key" with type one of ${prefixes.join(', ')}.`);
}

/** The parties an agreement can have and the sides a participant can represent. */
export const PARTY_PREFIXES = ['city', 'region', 'country', 'organisation'] as const satisfies readonly RefPrefix[];

/** graphql-scalars' CountryCode is what the API serves, so the corpus accepts exactly what it does. */
function isCountryCode(code: string): boolean {
  try {
    CountryCodeResolver.parseValue(code);
    return true;
  } catch {
    return false;
  }
}
export const isoAlpha2 = z.string().refine(isCountryCode, 'must be an assigned ISO 3166-1 alpha-2 code, e.g. "DK"');

export const evidenceSchema = z
  .strictObject({
    quote: text.describe('Words copied verbatim from the article body that state the fact.'),
    paragraph: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Zero-based paragraph to search, when the quote occurs more than once in the body.'),
  })
  .describe('A verbatim quote from the body that states a fact.');

export const evidence = z
  .array(evidenceSchema)
  .min(1, 'every fact needs at least one evidence quote')
  .describe('One or more verbatim quotes from the body that state this.');

/** The forms of a partial date, as a pattern the JSON Schema carries (editors check it as authors type). */
const PARTIAL_DATE_FORMS = /^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$/;

const partialDate = z
  .string()
  .regex(PARTIAL_DATE_FORMS, { error: (issue) => partialDateMessage(String(issue.input)) })
  .superRefine((value, ctx) => {
    if (!PARTIAL_DATE_FORMS.test(value)) return;
    if (typeof parsePartialDate(value) === 'string') ctx.addIssue({ code: 'custom', message: partialDateMessage(value) });
  })
  .describe('A date with the parts the article states: "2014-12-03", "2014-12", "2014", or "--10-12" / "--10" when it gives no year.');

const parsed = (value: string | undefined): PartialDate | undefined => {
  if (value === undefined) return undefined;
  const date = parsePartialDate(value);
  return typeof date === 'string' ? undefined : date;
};

export const timeReferenceSchema = z
  .strictObject({
    words: text.describe('The article\'s own words for the time, e.g. "on Wednesday", "from Oct 12 to 14", "since 2012".'),
    date: partialDate.optional().describe('The time, or the start of a range, with only the parts the words (or their basis) state.'),
    end: partialDate.optional().describe('The end of a range ("to 14" in "from Oct 12 to 14" is "--10-14").'),
    part: z
      .enum(termsOf(PERIOD_PARTS))
      .optional()
      .describe('For "early 2015", "mid-2015", "late December": which part of the stated year or month.'),
    approximate: z.boolean().default(false).describe('True when the words are approximate ("around 2012", "two years ago").'),
    basis: text
      .optional()
      .describe('How a relative expression was resolved, e.g. "the Wednesday before publication on Thursday 2014-12-04".'),
  })
  .superRefine((t, ctx) => {
    if (t.date === undefined && t.end === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a time reference needs "date", "end" or both: write the parts the article states, e.g. "2014", "--10-12"' });
    }
    const start = parsed(t.date);
    const end = parsed(t.end);
    if (t.part !== undefined && start?.day !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['part'], message: '"part" qualifies a year or a month ("early 2015"), not a day' });
    }
    if (start && end && compareKnown(start, end) > 0) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `the range ends (${t.end}) before it starts (${t.date})` });
    }
  })
  .describe('A time as the article words it: a date with only the stated parts, or a range, with how a relative expression was resolved.');

/**
 * Compares two partial dates, year first; 0 when they cannot be told apart. Without both years
 * nothing can be said: "from Dec 30 to Jan 2" crosses the end of a year the article does not name.
 */
function compareKnown(a: PartialDate, b: PartialDate): number {
  if (a.year === undefined || b.year === undefined) return 0;
  for (const part of ['year', 'month', 'day'] as const) {
    if (a[part] === undefined || b[part] === undefined) return 0;
    if (a[part] !== b[part]) return a[part]! - b[part]!;
  }
  return 0;
}

export type TimeReference = z.output<typeof timeReferenceSchema>;

export const UNITS = [
  'PERCENT',
  'COUNT',
  'DAY',
  'WEEK',
  'MONTH',
  'YEAR',
  'MULTIPLE',
  'SQUARE_METRE',
  'EUR',
  'USD',
  'CNY',
  'DKK',
  'GBP',
  'JPY',
  'PHP',
  'NZD',
  'AUD',
  'INR',
  'KRW',
] as const;
export const CURRENCIES = ['EUR', 'USD', 'CNY', 'DKK', 'GBP', 'JPY', 'PHP', 'NZD', 'AUD', 'INR', 'KRW'] as const;
export const TIME_UNITS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export const SCALES = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9 } as const;

/**
 * The largest amount (value × scale, either sign) a quantity may state, in any unit. The largest
 * figures an article in this corpus can state are national economies in the currency with the
 * most units to the dollar: South Korea's GDP is about 2.4e15 won, Japan's about 6e14 yen; the
 * world's is about 1.1e14 US dollars, the Earth's surface 5.1e14 square metres. 1e16 is above
 * all of these; anything larger is a typing mistake (a scale applied twice) or an attempt to make
 * totals and conversions overflow (a GraphQL Float cannot carry Infinity).
 */
export const MAX_AMOUNT = 1e16;
/**
 * Bounds of an exchange rate (a currency per a currency): money.ts multiplies and divides amounts
 * by it, so a rate of 0 divides by zero and a tiny one overflows. The widest pair of the listed
 * currencies, KRW per GBP, is about 1.8e3; these bounds leave a factor of 500 either way.
 */
export const MIN_EXCHANGE_RATE = 1e-6;
export const MAX_EXCHANGE_RATE = 1e6;
/** Units that cannot be negative (a count, a length of time, an area), with what a negative one is refused with. */
const FALL = '; state a fall by its size, with "direction": "down" in the metric\'s "change"';
const NEGATIVE: Partial<Record<(typeof UNITS)[number], string>> = {
  COUNT: `a count (COUNT) cannot be negative${FALL}`,
  DAY: 'a duration (DAY) cannot be negative',
  WEEK: 'a duration (WEEK) cannot be negative',
  MONTH: 'a duration (MONTH) cannot be negative',
  YEAR: 'a duration (YEAR) cannot be negative',
  SQUARE_METRE: `an area (SQUARE_METRE) cannot be negative${FALL}`,
};
/** 1e16, 5e17, 1e-6: a number as a data author writes it. */
const exponential = (n: number): string => n.toExponential().replace('e+', 'e');

/** JSON holds no infinity, but a number beyond about 1.8e308 (say 1e400) parses as one. */
const finiteNumber = z.number({
  error: (issue) =>
    typeof issue.input === 'number' && !Number.isNaN(issue.input) ? 'must be a finite number: this one is too large to represent (it reads as Infinity)' : undefined,
});

export const quantitySchema = z
  .strictObject({
    words: text.describe('The article\'s own words, verbatim, e.g. "215 million euros".'),
    value: finiteNumber.describe('The number as stated, before applying the scale (215 for "215 million").'),
    scale: z
      .enum(Object.keys(SCALES) as [keyof typeof SCALES, ...(keyof typeof SCALES)[]])
      .default('one')
      .describe('Multiplier the words apply to the value.'),
    unit: z.enum(UNITS, { message: `must be one of ${UNITS.join(', ')}` }).describe('Unit or ISO 4217 currency.'),
    per: z.enum(UNITS).optional().describe('Denominator unit for rates, e.g. USD per EUR.'),
    counting: text.optional().describe('What a COUNT counts, e.g. "companies".'),
    approximate: z.boolean().default(false).describe('True for "around 20", "about", "nearly".'),
  })
  .superRefine((q, ctx) => {
    if (!Number.isFinite(q.value) || !Object.hasOwn(SCALES, q.scale)) return;
    const amount = q.value * SCALES[q.scale];
    const refuse = (message: string) => ctx.addIssue({ code: 'custom', path: ['value'], message });
    if (Math.abs(amount) > MAX_AMOUNT) {
      return refuse(`the amount (value × scale, here ${exponential(amount)}) is beyond ${exponential(MAX_AMOUNT)} in size, more than any article states: check the value and the scale`);
    }
    if (q.per !== undefined) {
      if (amount <= 0) return refuse('a rate (a quantity with "per", e.g. USD per EUR) must be above 0: conversions divide by it');
      const currencies: readonly string[] = CURRENCIES;
      if (currencies.includes(q.unit) && currencies.includes(q.per) && (amount < MIN_EXCHANGE_RATE || amount > MAX_EXCHANGE_RATE)) {
        return refuse(`an exchange rate (a currency per a currency) must be between ${exponential(MIN_EXCHANGE_RATE)} and ${exponential(MAX_EXCHANGE_RATE)}: conversions multiply and divide by it`);
      }
    }
    const negative = NEGATIVE[q.unit];
    if (negative !== undefined && amount < 0) refuse(negative);
  })
  .describe('A stated quantity with its unit.');
export type Quantity = z.output<typeof quantitySchema>;

export const participationSchema = z
  .strictObject({
    role: z.enum(termsOf(PARTICIPANT_ROLES), { message: `must be one of ${describeTerms(PARTICIPANT_ROLES)}` }).describe('What the participant does.'),
    who: z
      .array(typedRef(['person', 'organisation', 'city', 'region', 'country'], 'a person, organisation or place'))
      .min(1)
      .optional()
      .describe('The named participants, e.g. ["person:frank-jensen"]; several when the same words name several in one role.'),
    description: text
      .optional()
      .describe('Who, in the article\'s words, when it names no one or a group ("Chinese officials", "seven officials").'),
    for: typedRef(PARTY_PREFIXES, 'the party represented')
      .optional()
      .describe('The party the participant acts for, e.g. a signatory "for": "city:beijing".'),
    evidence,
  })
  .superRefine((p, ctx) => {
    if (p.who === undefined && p.description === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a participation needs "who" (keys of those named) or "description" (the article\'s words for them)' });
    }
  })
  .describe('Someone taking part in a fact in a role: who leads a visit, signs an agreement for a party, witnesses it, organises an event.');

export const referenceDataSchema = z
  .strictObject({
    source: text.describe('Where the reference data comes from (it is not stated by the article).'),
    isoAlpha2: isoAlpha2.optional().describe('ISO 3166-1 alpha-2 code (countries).'),
    country: key.optional().describe('Key of the country a place is in, from the reference source.'),
    region: key.optional().describe('Key of the region a place is in, from the reference source.'),
  })
  .describe('Reference data from outside the article, marked as such.');

/**
 * The mark of a record a tool proposed and no person has checked yet (npm run draft). The validator
 * reports every mark (../drafts.ts), so a draft is never loaded: a person checks the proposal, then
 * deletes the mark.
 */
export const draftMark = text
  .optional()
  .describe('Present while the record is a proposal nobody has checked: what proposed it and why. The validator refuses the file until a person checks the record and deletes this field.');
