/**
 * A draft article file from a plain-text article: the body split into paragraphs, a suggested key,
 * and proposals for the entities and facts the text states, each with its evidence quoted from the
 * body and a "draft" mark the validator reports until a person has checked it.
 */
import { proposeAgreements } from './agreements.js';
import type { KnownCorpus } from './corpus.js';
import { measure, type DraftContext } from './context.js';
import { findEntities, type EntityList } from './entities.js';
import { articleKey } from './key.js';
import { proposeMetrics } from './metrics.js';
import { splitArticle } from './paragraphs.js';
import { sentencesOf } from './sentences.js';
import { proposeStatements } from './statements.js';
import { publicationOf } from './times.js';
import { proposeVisits } from './visits.js';

export interface DraftInput {
  text: string;
  source: string;
  publishedAt: string;
  url?: string;
  title?: string;
  language?: string;
  /** Path from the draft's folder to schema/article.schema.json, for editors. */
  schema?: string;
  corpus: KnownCorpus;
}

export interface Draft {
  article: Record<string, unknown>;
  /** What the author should know: lines left out, names nothing classified, figures and times no fact took. */
  notes: string[];
}

const ENTITY_LISTS: readonly EntityList[] = ['countries', 'regions', 'cities', 'venues', 'people', 'organisations'];

export function draftArticle(input: DraftInput): Draft {
  const { title, body, dropped } = splitArticle(input.text, input.title);
  const publication = publicationOf(input.publishedAt);
  const sentences = sentencesOf(body);
  const { entities, mentions, unclassified } = findEntities(body, sentences, input.corpus);
  const context: DraftContext = {
    body,
    sentences,
    publishedAt: input.publishedAt,
    publication,
    entities,
    mentions,
    ...measure(sentences, publication),
    corpus: input.corpus,
    factKeys: new Set(input.corpus.factKeys),
  };
  const visits = proposeVisits(context);
  const agreements = proposeAgreements(context, visits);
  const metrics = proposeMetrics(context);
  const statements = proposeStatements(context);

  const lists: Record<string, unknown[]> = {};
  for (const list of ENTITY_LISTS) lists[list] = entities.filter((e) => e.list === list).map((e) => e.row);
  lists.visits = visits.map((v) => v.row);
  lists.agreements = agreements.filter((a) => !a.reported).map((a) => a.row);
  lists.metrics = metrics;
  lists.statements = statements;
  const reported = agreements.filter((a) => a.reported).map((a) => a.row);
  const article: Record<string, unknown> = {
    ...(input.schema !== undefined && { $schema: input.schema }),
    key: articleKey(input.source, input.publishedAt, title),
    title,
    source: input.source,
    publishedAt: input.publishedAt,
    language: input.language ?? 'en',
    ...(input.url !== undefined && { url: input.url }),
    body,
    ...Object.fromEntries(Object.entries(lists).filter(([, rows]) => rows.length > 0)),
    ...(reported.length > 0 && { reports: { agreements: reported } }),
  };
  return { article, notes: notesOf(context, article, dropped, unclassified) };
}

function notesOf(context: DraftContext, article: Record<string, unknown>, dropped: string[], unclassified: string[]): string[] {
  const notes = dropped.map((line) => `left out of the body: ${JSON.stringify(line)}`);
  if (context.corpus.warning) notes.push(context.corpus.warning);
  if (unclassified.length > 0) notes.push(`names not proposed (add them by hand if they are entities): ${unclassified.join(', ')}`);
  const json = JSON.stringify(article);
  for (const { quantity, assumption } of context.quantities) {
    if (assumption) notes.push(`"${quantity.words}": ${assumption}; check the currency`);
    if (!json.includes(JSON.stringify(quantity.words))) notes.push(`quantity in no proposal: "${quantity.words}"`);
  }
  for (const { time } of context.times) {
    if (!json.includes(`"words":${JSON.stringify(time.words)}`)) notes.push(`time in no proposal: "${time.words}" (${time.date ?? time.end})`);
  }
  return notes;
}
