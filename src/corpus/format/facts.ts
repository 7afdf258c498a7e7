/**
 * Facts: what articles state. One article declares a fact with every field it needs; later
 * articles can report on it (article.ts, "reports") with only the fields they state.
 * Each fact is defined by its fields (a zod shape) and the rules across them, kept apart so
 * that the report form can be derived from the same fields.
 */
import { z } from 'zod';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  describeTerms,
  EVENT_KINDS,
  EVENT_STATUSES,
  type PARTICIPANT_ROLES,
  termsOf,
  VISIT_STATUSES,
} from './vocabulary.js';
import { draftMark, evidence, key, participationSchema, PARTY_PREFIXES, quantitySchema, SCALES, text, timeReferenceSchema, typedRef } from './values.js';

const enumOf = <V extends Record<string, unknown>>(vocabulary: V, what: string) =>
  z.enum(termsOf(vocabulary as never), { message: `must be one of ${describeTerms(vocabulary as never)}` }).describe(what) as z.ZodEnum<{
    [K in keyof V & string]: K;
  }>;

const participants = z
  .array(participationSchema)
  .default([])
  .describe('Who takes part, in which role (see participationSchema), each with evidence.');

const purposes = z
  .array(
    z.strictObject({
      description: text.describe('The aim, summarised close to the article\'s words.'),
      topics: z.array(key).default([]),
      evidence,
    }),
  )
  .default([]);

export const visitShape = {
  key,
  participants: participants.describe('Who travels and who hosts: leader, visitor, member (of the delegation), host.'),
  visitingCity: key.optional().describe('Key of the city the visitors represent.'),
  visitingRegion: key.optional().describe('Key of the region the visitors represent.'),
  visitingCountry: key.optional().describe('Key of the country the visitors come from, when stated.'),
  visitingOrganisation: key.optional().describe('Key of the organisation the visitors represent.'),
  hostCity: key.optional().describe('Key of the city visited.'),
  hostRegion: key.optional().describe('Key of the region visited.'),
  hostCountry: key.optional().describe('Key of the country visited, when stated (otherwise derived from the host city or region).'),
  venue: key.optional().describe('Key of the venue the visit is to, when there is one.'),
  status: enumOf(VISIT_STATUSES, 'State of the visit at publication, when the article makes it clear.').optional(),
  time: timeReferenceSchema.optional().describe('When the visit takes place: a date, or a range ("from Oct 12 to 14").'),
  departure: timeReferenceSchema.optional().describe('When the visitors left, when stated.'),
  duration: quantitySchema.optional().describe('Length of the visit, unit DAY.'),
  delegation: z
    .strictObject({
      description: text.describe('How the article describes the delegation.'),
      size: quantitySchema.optional().describe('How many members, e.g. around 20 companies.'),
      evidence,
    })
    .optional()
    .describe('The delegation travelling with the visitors; its named members are participants with role "member".'),
  purposes,
  previousVisit: key.optional().describe('Key of an earlier visit by the same visitors.'),
  evidence,
  draft: draftMark,
};

export const eventShape = {
  key,
  kind: enumOf(EVENT_KINDS, 'What kind of event it is.'),
  description: text.describe('What the event is, close to the article\'s words, e.g. "business-matching session".'),
  status: enumOf(EVENT_STATUSES, 'Whether it has taken place, when the article makes it clear.').optional(),
  time: timeReferenceSchema.optional(),
  city: key.optional(),
  region: key.optional(),
  country: key.optional(),
  venue: key.optional(),
  participants: participants.describe('Who takes part: organiser, host, participant, speaker, signatory, witness, leader.'),
  visit: key.optional().describe('Key of the visit the event was part of.'),
  agreements: z.array(key).default([]).describe('Keys of the agreements signed at it or that it led to.'),
  topics: z.array(key).default([]),
  evidence,
  draft: draftMark,
};

export const agreementShape = {
  key,
  kind: enumOf(AGREEMENT_KINDS, 'The kind of agreement; see the vocabulary for synonyms (twinning is "sister-cities").'),
  title: text.describe('The agreement as the article names it.'),
  parties: z
    .array(typedRef(PARTY_PREFIXES, 'a party'))
    .min(2, 'an agreement needs at least two parties')
    .describe('The parties, any number of cities, regions, countries and organisations, e.g. ["city:copenhagen", "city:beijing"].'),
  status: enumOf(AGREEMENT_STATUSES, 'State at publication, when the article makes it clear.').optional(),
  date: timeReferenceSchema.optional().describe('When it was or will be signed, or since when it holds.'),
  participants: participants.describe('Who signed (for which party) and who witnessed: roles signatory and witness.'),
  visit: key.optional().describe('Key of the visit during which it is or was signed.'),
  areas: z.array(key).default([]).describe('Keys of the topics it covers.'),
  areasExhaustive: z.boolean().default(true).describe('False when the article lists areas as examples ("in areas such as ...").'),
  evidence,
  draft: draftMark,
};

export const METRIC_KINDS = ['level', 'change', 'forecast', 'rate'] as const;
export const metricShape = {
  key,
  measure: text.describe('What is measured, e.g. "loss of drinking water in the pipes".'),
  kind: z.enum(METRIC_KINDS),
  subjects: z.array(typedRef()).default([]).describe('What the metric is about; only an exchange rate may have none.'),
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
  draft: draftMark,
};

export const statementShape = {
  key,
  speaker: key,
  mode: z.enum(['direct', 'reported']).describe('A direct quotation, or reported speech.'),
  text: text.describe('What was said, verbatim from the body (inside quotation marks when direct).'),
  setting: text.optional().describe('Where or how it was said, e.g. "in an interview with Xinhua".'),
  about: z.array(typedRef()).default([]),
  topics: z.array(key).default([]),
  evidence,
  draft: draftMark,
};

type Role = keyof typeof PARTICIPANT_ROLES;
type Check<T> = (row: T, ctx: z.RefinementCtx) => void;

/** Participant roles that make sense on each kind of fact. */
export const ROLES_BY_FACT = {
  visit: ['leader', 'visitor', 'member', 'host', 'organiser', 'participant'],
  event: ['leader', 'host', 'organiser', 'participant', 'speaker', 'signatory', 'witness'],
  agreement: ['signatory', 'witness'],
} as const satisfies Record<string, readonly Role[]>;

const rolesAllowed =
  (fact: keyof typeof ROLES_BY_FACT): Check<{ participants?: readonly { role: Role }[] }> =>
  (row, ctx) => {
    const allowed: readonly Role[] = ROLES_BY_FACT[fact];
    row.participants?.forEach((p, i) => {
      if (!allowed.includes(p.role)) {
        const article = /^[aeiou]/.test(fact) ? 'an' : 'a';
        ctx.addIssue({ code: 'custom', path: ['participants', i, 'role'], message: `${article} ${fact} takes participants in the roles ${allowed.join(', ')}, not "${p.role}"` });
      }
    });
  };

/**
 * Rules across fields that hold for declarations and reports alike (a report states only some
 * fields, so these check only what is there). A rule that needs a field a report may leave out
 * (visitHasVisitors) applies to declarations only.
 */
export const visitRules: Check<Partial<z.output<z.ZodObject<typeof visitShape>>>> = rolesAllowed('visit');
export const eventRules = rolesAllowed('event');
export const agreementRules = rolesAllowed('agreement');
export const metricRules: Check<Partial<z.output<z.ZodObject<typeof metricShape>>>> = (metric, ctx) => {
  if (metric.kind === 'rate' && metric.value && metric.value.per === undefined) {
    ctx.addIssue({ code: 'custom', path: ['value', 'per'], message: 'a rate needs "per", e.g. USD per EUR' });
  }
  if (metric.kind !== undefined && metric.kind !== 'rate' && metric.subjects?.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['subjects'], message: 'a metric needs at least one subject' });
  }
  // A level in percent is a share of a whole, which cannot exceed all of it; a change (a rise of 300 percent) can.
  if (metric.kind === 'level') {
    const share = (q: { value: number; scale: keyof typeof SCALES; unit: string } | undefined, path: (string | number)[]) => {
      if (q?.unit === 'PERCENT' && Number.isFinite(q.value) && q.value * SCALES[q.scale] > 100) {
        ctx.addIssue({ code: 'custom', path, message: 'a share (PERCENT in a metric of kind "level") cannot exceed 100; a rise or fall of more than 100 percent is a metric of kind "change"' });
      }
    };
    share(metric.value, ['value', 'value']);
    metric.alsoStatedAs?.forEach((q, i) => share(q, ['alsoStatedAs', i, 'value']));
  }
};

/** A visit names who visits: a visiting side, a leader, visitor or member, or a delegation. */
const visitHasVisitors: Check<z.output<z.ZodObject<typeof visitShape>>> = (visit, ctx) => {
  const side = visit.visitingCity ?? visit.visitingRegion ?? visit.visitingCountry ?? visit.visitingOrganisation;
  const travelling = visit.participants.some((p) => p.role === 'leader' || p.role === 'visitor' || p.role === 'member');
  if (side === undefined && !travelling && visit.delegation === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['participants'],
      message: 'a visit needs to say who visits: a participant with role leader, visitor or member, a visiting city, region, country or organisation, or a delegation',
    });
  }
};

export const visitSchema = z.strictObject(visitShape).superRefine((v, ctx) => {
  visitRules(v, ctx);
  visitHasVisitors(v, ctx);
});
export const eventSchema = z.strictObject(eventShape).superRefine(eventRules);
export const agreementSchema = z.strictObject(agreementShape).superRefine(agreementRules);
export const metricSchema = z.strictObject(metricShape).superRefine(metricRules);
export const statementSchema = z.strictObject(statementShape);

/**
 * The form of a report on a fact of this shape: the key and evidence, and any other field,
 * without defaults (a report states a field or leaves it alone).
 */
export function reportSchema<S extends z.ZodRawShape>(shape: S, rules?: Check<never>) {
  const fields = Object.fromEntries(
    Object.entries(shape).map(([name, field]) => {
      if (name === 'key' || name === 'evidence') return [name, field];
      const bare = (field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType;
      return [name, bare instanceof z.ZodOptional ? bare : bare.optional()];
    }),
  );
  const schema = z.strictObject(fields);
  return (rules ? schema.superRefine(rules as Check<unknown>) : schema).describe(
    'A report on a fact another article declares: its key, the evidence in this article, and only the fields this article states.',
  );
}

/** The defaults a fact's fields take when a declaration leaves them out (an empty list, areasExhaustive true). */
export function defaultsOf(schema: z.ZodType): Record<string, unknown> {
  const shape = (schema as z.ZodObject).shape;
  return Object.fromEntries(
    Object.entries(shape)
      .filter(([, field]) => field instanceof z.ZodDefault)
      .map(([name, field]) => [name, (field as z.ZodDefault).def.defaultValue]),
  );
}
