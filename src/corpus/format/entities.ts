/**
 * Entities: the things articles mention. They merge across articles by key; every mention brings
 * its own evidence. Where a place's country or region is not stated, `reference` may give it,
 * marked with its source.
 */
import { z } from 'zod';
import { describeTerms, OFFICE_ROLES, OFFICE_STATUSES, ORGANISATION_KINDS, REGION_KINDS, termsOf } from './vocabulary.js';
import { draftMark, evidence, key, referenceDataSchema, text, typedRef } from './values.js';

export const countrySchema = z.strictObject({
  key,
  name: text,
  reference: referenceDataSchema.optional(),
  evidence,
  draft: draftMark,
});

export const regionSchema = z.strictObject({
  key,
  name: text.describe('The name as the article writes it, e.g. "Shandong Province".'),
  kind: z.enum(termsOf(REGION_KINDS), { message: `must be one of ${describeTerms(REGION_KINDS)}` }).describe('What kind of region it is.'),
  country: key.optional().describe('Key of the country, when the article states it.'),
  parent: key.optional().describe('Key of the region this one lies in, when the article states it.'),
  reference: referenceDataSchema.optional(),
  evidence,
  draft: draftMark,
});

export const citySchema = z.strictObject({
  key,
  name: text,
  country: key.optional().describe('Key of the country the city is in, when the article states it (otherwise see "reference").'),
  region: key.optional().describe('Key of the region the city is in, when the article states it.'),
  capital: z.boolean().optional().describe('True when the article states the city is its country\'s capital.'),
  reference: referenceDataSchema.optional(),
  evidence,
  draft: draftMark,
});

export const venueSchema = z.strictObject({
  key,
  name: text.describe('The name as the article writes it, e.g. "Beijing City Hall".'),
  city: key.optional().describe('Key of the city it is in, when stated.'),
  region: key.optional().describe('Key of the region it is in, when stated and no city is.'),
  evidence,
  draft: draftMark,
});

export const officeSchema = z
  .strictObject({
    role: z.enum(termsOf(OFFICE_ROLES), { message: `must be one of ${describeTerms(OFFICE_ROLES)}` }).describe('The kind of office.'),
    title: text.describe('The title in the article\'s words, e.g. "Lord Mayor", "Vice Governor".'),
    of: typedRef(['city', 'region', 'country', 'organisation'], 'the jurisdiction or body served')
      .optional()
      .describe('What the office serves: "city:beijing", "region:shandong", "organisation:chinese-embassy-solomon-islands".'),
    status: z
      .enum(termsOf(OFFICE_STATUSES), { message: `must be one of ${describeTerms(OFFICE_STATUSES)}` })
      .default('current')
      .describe('Current unless the article says former, acting or elect.'),
    evidence,
  })
  .superRefine((office, ctx) => {
    if (office.role === 'mayor' && !office.of?.startsWith('city:')) {
      ctx.addIssue({ code: 'custom', path: ['of'], message: 'a mayor\'s office needs "of": "city:<key>"' });
    }
  });

export const personSchema = z.strictObject({
  key,
  name: text,
  offices: z.array(officeSchema).default([]).describe('The offices the article says the person holds or held.'),
  evidence,
  draft: draftMark,
});

export const organisationSchema = z.strictObject({
  key,
  name: text.describe('The name as the article writes it, e.g. "Mandaue City Chamber of Commerce and Industry".'),
  kind: z
    .enum(termsOf(ORGANISATION_KINDS), { message: `must be one of ${describeTerms(ORGANISATION_KINDS)}` })
    .describe('What kind of organisation it is.'),
  country: key.optional().describe('Key of its country (for an embassy, the country it represents), when stated.'),
  city: key.optional().describe('Key of the city it is based in or governs, when stated.'),
  region: key.optional().describe('Key of the region it is based in or governs, when stated.'),
  parent: key.optional().describe('Key of the organisation it belongs to, when stated.'),
  evidence,
  draft: draftMark,
});

export const topicSchema = z.strictObject({
  key,
  name: text.describe('Short name of the subject area, e.g. "district heating".'),
  evidence,
  draft: draftMark,
});
