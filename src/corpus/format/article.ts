/**
 * The article file format: one JSON file per article under data/articles/. Its lists come from the
 * registry of kinds (kinds.ts), so a new kind needs no change here. This zod schema is the single
 * definition of the format; schema/article.schema.json is generated from it (npm run schema).
 * Cross-file rules (quotes occur in the body, references resolve, keys are unique) are checked
 * by validate-file.ts and build-store.ts because they need the whole file or the whole corpus.
 */
import { z } from 'zod';
import { FACT_KINDS, KINDS, ROW_KINDS, type FactKind, type Kinds, type RowKind } from '../kinds.js';
import { MAX_PARAGRAPH_LENGTH, MAX_PARAGRAPHS } from '../locate.js';
import { publishedAtMessage } from './date-messages.js';
import { key, text, type evidenceSchema } from './values.js';

const DATE_TIME = z.iso.datetime({ offset: true, local: false });
const DATE = z.iso.date();

const PUBLISHED_ERROR = { error: (issue: { input?: unknown }) => publishedAtMessage(String(issue.input)), abort: true };

/** A date, optionally with a time and its offset: the pattern goes into the JSON Schema; the refinement checks that the date exists. */
export const publishedAtSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/, PUBLISHED_ERROR)
  .refine((value) => DATE_TIME.safeParse(value).success || DATE.safeParse(value).success, PUBLISHED_ERROR)
  .describe('When the article was published: a date-time with its UTC offset, or a date alone when no time of day is given.');

export const paraphraseSchema = z
  .strictObject({
    by: text.describe('Who wrote the body, e.g. "news-graph editors".'),
    note: text.optional().describe('Anything a reader should know, e.g. which part of the original was available.'),
  })
  .describe(
    'Present when the body is not the publisher\'s text but written from its report\'s facts in other words. The source, publishedAt and url then describe the original report.',
  );

type Lists = { [K in RowKind as Kinds[K]['list']]: z.ZodDefault<z.ZodArray<Kinds[K]['schema']>> };
type ReportLists = { [K in FactKind as Kinds[K]['list']]: z.ZodOptional<z.ZodArray<Kinds[K]['report']>> };

const lists = Object.fromEntries(ROW_KINDS.map((kind) => [KINDS[kind].list, z.array(KINDS[kind].schema).default([])])) as Lists;
const reportLists = Object.fromEntries(FACT_KINDS.map((kind) => [KINDS[kind].list, z.array(KINDS[kind].report).optional()])) as ReportLists;

export const articleFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    key,
    title: text.describe('The headline; for a paraphrased article, a title in the paraphrase\'s own words.'),
    source: text.describe('The publisher, e.g. "Xinhua".'),
    publishedAt: publishedAtSchema,
    section: text.optional(),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a BCP 47 tag such as "en"'),
    url: z.url().optional(),
    paraphrase: paraphraseSchema.optional(),
    body: z
      .array(text.max(MAX_PARAGRAPH_LENGTH, `a paragraph may hold at most ${MAX_PARAGRAPH_LENGTH} characters`))
      .min(1)
      .max(MAX_PARAGRAPHS, `an article may have at most ${MAX_PARAGRAPHS} paragraphs`)
      .describe('The full text, one string per paragraph: verbatim, or the paraphrase.'),
    ...lists,
    reports: z
      .strictObject(reportLists)
      .optional()
      .describe('Facts another article declares that this article also reports, with what this article states of them.'),
  })
  .describe('One news article: its metadata, its full text and the facts it states, each with evidence.');

export type ArticleFile = z.output<typeof articleFileSchema>;
export type Evidence = z.output<typeof evidenceSchema>;
