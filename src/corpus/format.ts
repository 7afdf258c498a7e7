/**
 * The article file format: one JSON file per article under data/articles/.
 * This zod schema is the single definition of the format; the JSON Schema in
 * schema/article.schema.json is generated from it (npm run schema).
 * Cross-file rules (quotes occur in the body, references resolve, keys are unique)
 * live in validate.ts because they need the whole file or the whole corpus.
 */
import { CountryCodeResolver } from 'graphql-scalars';
import { z } from 'zod';

export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const key = z
  .string()
  .regex(KEY_PATTERN, 'must be lowercase words joined by hyphens, e.g. "copenhagen"')
  .describe('Stable, human-readable key. The same key in two articles is the same thing in the graph.');

/** The API serves isoAlpha2 as graphql-scalars' CountryCode, so the corpus accepts exactly what it does. */
function isCountryCode(code: string): boolean {
  try {
    CountryCodeResolver.parseValue(code);
    return true;
  } catch {
    return false;
  }
}

const text = z.string().trim().min(1, 'must not be empty');

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

const evidence = z
  .array(evidenceSchema)
  .min(1, 'every fact needs at least one evidence quote')
  .describe('One or more verbatim quotes from the body that state this.');

export const timeReferenceSchema = z
  .strictObject({
    words: text.describe('The article\'s own words for the time, e.g. "on Wednesday", "since 2012".'),
    precision: z.enum(['day', 'month', 'year']).describe('How precisely the words pin the time down.'),
    date: z.iso.date().optional().describe('The resolved calendar date (YYYY-MM-DD), for day or month precision.'),
    year: z.number().int().min(1000).max(9999).optional().describe('The resolved year.'),
    approximate: z.boolean().default(false).describe('True when the words are approximate ("two years ago").'),
    basis: text
      .optional()
      .describe('How a relative expression was resolved, e.g. "the Wednesday before publication".'),
  })
  .superRefine((t, ctx) => {
    if (t.precision === 'year' ? t.year === undefined : t.date === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: t.precision === 'year' ? 'year precision needs "year"' : `${t.precision} precision needs "date"`,
      });
    }
    if (t.date !== undefined && t.year !== undefined && !t.date.startsWith(String(t.year))) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: `year ${t.year} disagrees with date ${t.date}` });
    }
  })
  .describe('A point in time as the article words it, resolved to a date or year.');

export const UNITS = [
  'PERCENT',
  'COUNT',
  'DAY',
  'YEAR',
  'MULTIPLE',
  'EUR',
  'USD',
  'CNY',
  'DKK',
  'GBP',
  'JPY',
] as const;
export const CURRENCIES = ['EUR', 'USD', 'CNY', 'DKK', 'GBP', 'JPY'] as const;
export const SCALES = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9 } as const;

export const quantitySchema = z
  .strictObject({
    words: text.describe('The article\'s own words, verbatim, e.g. "215 million euros".'),
    value: z.number().finite().describe('The number as stated, before applying the scale (215 for "215 million").'),
    scale: z
      .enum(Object.keys(SCALES) as [keyof typeof SCALES, ...(keyof typeof SCALES)[]])
      .default('one')
      .describe('Multiplier the words apply to the value.'),
    unit: z.enum(UNITS, { message: `must be one of ${UNITS.join(', ')}` }).describe('Unit or ISO 4217 currency.'),
    per: z.enum(UNITS).optional().describe('Denominator unit for rates, e.g. USD per EUR.'),
    counting: text.optional().describe('What a COUNT counts, e.g. "companies".'),
    approximate: z.boolean().default(false).describe('True for "around 20", "about", "nearly".'),
  })
  .describe('A stated quantity with its unit.');

const ENTITY_TYPES = ['country', 'city', 'person', 'company', 'topic'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const entityRef = z
  .string()
  .regex(
    new RegExp(`^(${ENTITY_TYPES.join('|')}):[a-z0-9]+(?:-[a-z0-9]+)*$`),
    `must be "type:key" with type one of ${ENTITY_TYPES.join(', ')}, e.g. "city:copenhagen"`,
  )
  .describe('A reference to an entity of any type, written "type:key".');

const referenceData = z
  .strictObject({
    isoAlpha2: z
      .string()
      .refine(isCountryCode, 'must be an assigned ISO 3166-1 alpha-2 code, e.g. "DK"')
      .optional()
      .describe('ISO 3166-1 alpha-2 code.'),
    source: text.describe('Where the reference data comes from (it is not stated by the article).'),
  })
  .describe('Reference data from outside the article, marked as such.');

export const countrySchema = z.strictObject({
  key,
  name: text,
  reference: referenceData.optional(),
  evidence,
});

export const citySchema = z.strictObject({
  key,
  name: text,
  country: key.describe('Key of the country the city is in.'),
  capital: z.boolean().optional().describe('True when the article states the city is its country\'s capital.'),
  evidence,
});

export const OFFICE_ROLES = ['mayor', 'official'] as const;
export const personSchema = z.strictObject({
  key,
  name: text,
  offices: z
    .array(
      z.strictObject({
        role: z.enum(OFFICE_ROLES),
        title: text.describe('The title as the article words it, e.g. "Mayor".'),
        city: key.optional().describe('Key of the city the office belongs to; required for a mayor.'),
        evidence,
      }).refine((office) => office.role !== 'mayor' || office.city !== undefined, {
        path: ['city'],
        message: 'a mayor\'s office needs "city"',
      }),
    )
    .default([]),
  evidence,
});

export const companySchema = z.strictObject({
  key,
  name: text,
  country: key.optional().describe('Key of the company\'s country, when the article states it.'),
  evidence,
});

export const topicSchema = z.strictObject({
  key,
  name: text.describe('Short name of the subject area, e.g. "district heating".'),
  evidence,
});

export const VISIT_STATUSES = ['planned', 'underway', 'completed'] as const;
export const visitSchema = z.strictObject({
  key,
  visitors: z.array(key).min(1).describe('Keys of the people who travel.'),
  visitingCity: key.optional().describe('Key of the city the visitors represent.'),
  visitingCountry: key.optional(),
  hostCity: key.optional(),
  hostCountry: key,
  status: z.enum(VISIT_STATUSES).describe('State of the visit at publication time.'),
  departure: timeReferenceSchema.optional(),
  start: timeReferenceSchema.optional(),
  duration: quantitySchema.optional().describe('Length of the visit, unit DAY.'),
  delegation: z
    .strictObject({
      description: text.describe('How the article describes the delegation.'),
      size: quantitySchema.optional().describe('How many members, e.g. around 20 companies.'),
      companies: z.array(key).default([]).describe('Keys of the named member companies.'),
      evidence,
    })
    .optional(),
  meetings: z
    .array(
      z.strictObject({
        with: z.array(key).default([]).describe('Keys of named people met.'),
        description: text.describe('Who is met, in the article\'s words.'),
        attendees: z.array(z.enum(['visitors', 'delegation'])).min(1).describe('Who from the visit attends.'),
        status: z.enum(['planned', 'held']),
        evidence,
      }),
    )
    .default([]),
  purposes: z
    .array(z.strictObject({ description: text, topics: z.array(key).default([]), evidence }))
    .default([]),
  previousVisit: key.optional().describe('Key of an earlier visit by the same visitors.'),
  evidence,
});

export const AGREEMENT_KINDS = ['memorandum-of-understanding', 'sister-cities', 'cooperation-agreement'] as const;
export const AGREEMENT_STATUSES = ['planned', 'signed', 'in-force'] as const;
export const agreementSchema = z.strictObject({
  key,
  kind: z.enum(AGREEMENT_KINDS),
  title: text.describe('The agreement as the article names it.'),
  parties: z.array(entityRef).min(2).describe('The parties, e.g. ["city:copenhagen", "city:beijing"].'),
  status: z.enum(AGREEMENT_STATUSES).describe('State at publication time.'),
  date: timeReferenceSchema.optional().describe('When it was or will be signed, or since when it holds.'),
  visit: key.optional().describe('Key of the visit during which it is or was signed.'),
  areas: z.array(key).default([]).describe('Keys of the topics it covers.'),
  areasExhaustive: z
    .boolean()
    .default(true)
    .describe('False when the article lists areas as examples ("in areas such as ...").'),
  evidence,
});

export const METRIC_KINDS = ['level', 'change', 'forecast', 'rate'] as const;
export const metricSchema = z.strictObject({
  key,
  measure: text.describe('What is measured, e.g. "loss of drinking water in the pipes".'),
  kind: z.enum(METRIC_KINDS),
  subjects: z.array(entityRef).default([]).describe('What the metric is about; only an exchange rate may have none.'),
  topics: z.array(key).default([]),
  value: quantitySchema.describe('The figure as stated.'),
  alsoStatedAs: z.array(quantitySchema).default([]).describe('The same figure restated, e.g. in another currency.'),
  change: z
    .strictObject({ words: text, factor: z.number().positive().optional(), direction: z.enum(['up', 'down']) })
    .optional()
    .describe('A stated change: "triple" is factor 3, up.'),
  from: timeReferenceSchema.optional().describe('Start of the period ("since 2010").'),
  to: timeReferenceSchema.optional().describe('End or target of the period ("by 2020").'),
  asOf: timeReferenceSchema.optional().describe('The time a level holds at.'),
  flow: z
    .strictObject({ from: key, to: key })
    .optional()
    .describe('Direction of a flow, e.g. exports from denmark to china (country keys).'),
  attributedTo: key.optional().describe('Key of the person the article attributes the figure to.'),
  evidence,
}).superRefine((metric, ctx) => {
  if (metric.kind === 'rate' && metric.value.per === undefined) {
    ctx.addIssue({ code: 'custom', path: ['value', 'per'], message: 'a rate needs "per", e.g. USD per EUR' });
  }
  if (metric.kind !== 'rate' && metric.subjects.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['subjects'], message: 'a metric needs at least one subject' });
  }
});

export const statementSchema = z.strictObject({
  key,
  speaker: key,
  mode: z.enum(['direct', 'reported']).describe('A direct quotation, or reported speech.'),
  text: text.describe('What was said, verbatim from the body (inside quotation marks when direct).'),
  setting: text.optional().describe('Where or how it was said, e.g. "in an interview with Xinhua".'),
  about: z.array(entityRef).default([]),
  topics: z.array(key).default([]),
  evidence,
});

export const articleFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    key,
    title: text,
    source: text.describe('The publisher, e.g. "Xinhua".'),
    publishedAt: z.iso
      .datetime({ offset: true, local: false })
      .describe('Publication date-time with its UTC offset, e.g. "2014-12-04T09:55:13+08:00".'),
    section: text.optional(),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a BCP 47 tag such as "en"'),
    url: z.url().optional(),
    body: z.array(text).min(1).describe('The full text, one string per paragraph, verbatim.'),
    countries: z.array(countrySchema).default([]),
    cities: z.array(citySchema).default([]),
    people: z.array(personSchema).default([]),
    companies: z.array(companySchema).default([]),
    topics: z.array(topicSchema).default([]),
    visits: z.array(visitSchema).default([]),
    agreements: z.array(agreementSchema).default([]),
    metrics: z.array(metricSchema).default([]),
    statements: z.array(statementSchema).default([]),
  })
  .describe('One news article: its metadata, its full text and the facts it states, each with evidence.');

export type ArticleFile = z.output<typeof articleFileSchema>;
export type Evidence = z.output<typeof evidenceSchema>;
export type TimeReference = z.output<typeof timeReferenceSchema>;
export type Quantity = z.output<typeof quantitySchema>;
