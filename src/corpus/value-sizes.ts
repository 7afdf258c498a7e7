/**
 * The longest texts of the corpus, measured once at load, in characters. The cost of a query
 * (src/schema/cost.ts) counts a text field by the longest value it can return here, so the
 * cost limit bounds the size of the answer before anything runs, whatever the corpus holds.
 */
import { ENTITY_KINDS, type EntityKind } from './kinds.js';
import type { LocatedQuote } from './locate.js';
import type { AnyRecord, ArticleRecord } from './model.js';

export interface ValueSizes {
  /** Any string of an entity, a fact or an article's metadata: names, titles, wordings, descriptions. */
  text: number;
  /** The longest string under each field name, at any depth (`name`, `title`, `words`, ...). */
  byField: Map<string, number>;
  /** One paragraph of an article body; also bounds a sentence of it. */
  paragraph: number;
  /** A whole article body (Article.paragraphs). */
  body: number;
  /** An evidence quote. */
  quote: number;
  /** The longest list under each field name, at any depth (`participants`, `evidence`, `offices`), but an entity's evidence. */
  lists: Map<string, number>;
  /** The longest of them all. */
  list: number;
  /** The most participations of one visit, event or agreement (a row naming several people is one for each). */
  participations: number;
  /** The most events of one visit. */
  eventsPerVisit: number;
}

/** Fields the API never returns as they are: order keys, file paths, the articles that mention an entity. */
const INTERNAL = new Set(['order', 'file', 'articleKeys']);

export function measureValues(articles: readonly ArticleRecord[], records: Iterable<AnyRecord>): ValueSizes {
  const texts: Record<string, number> = Object.create(null);
  const lists: Record<string, number> = Object.create(null);
  let quote = 0;
  // Records are trees of plain objects and arrays (a few levels deep), so this recursion is shallow.
  // In an entity, evidence at any depth (its own, its offices') gathers every article's and is paged: not counted.
  const walk = (name: string, value: unknown, entity = false): void => {
    if (typeof value === 'string') {
      if (value.length > (texts[name] ?? 0)) texts[name] = value.length;
    } else if (Array.isArray(value)) {
      if (entity && name === 'evidence') return;
      if (value.length > (lists[name] ?? 0)) lists[name] = value.length;
      // Evidence is located quotes: only their length, not a walk of their fields.
      if (name === 'evidence') {
        for (let i = 0; i < value.length; i++) {
          const { start, end } = value[i] as LocatedQuote;
          if (end - start > quote) quote = end - start;
        }
      }
      else for (let i = 0; i < value.length; i++) walk(name, value[i], entity);
    } else if (value !== null && typeof value === 'object') {
      for (const field in value) if (!INTERNAL.has(field)) walk(field, (value as Record<string, unknown>)[field], entity);
    }
  };
  let paragraph = 0;
  let body = 0;
  for (const article of articles) {
    let length = 0;
    for (const text of article.body) {
      length += text.length;
      if (text.length > paragraph) paragraph = text.length;
    }
    if (length > body) body = length;
    for (const field in article) if (field !== 'body' && !INTERNAL.has(field)) walk(field, article[field as keyof ArticleRecord]);
  }
  let participations = 0;
  let mostEvents = 0;
  const eventsPerVisit = new Map<string, number>();
  for (const record of records) {
    if (record.type === 'Article') continue;
    if (record.type === 'Visit' || record.type === 'Event' || record.type === 'Agreement') {
      let count = 0;
      for (const row of record.participants) count += row.who?.length ?? 1;
      if (count > participations) participations = count;
    }
    if (record.type === 'Event' && record.visit !== undefined) {
      const count = (eventsPerVisit.get(record.visit) ?? 0) + 1;
      eventsPerVisit.set(record.visit, count);
      if (count > mostEvents) mostEvents = count;
    }
    const entity = ENTITY_KINDS.includes(record.type as EntityKind);
    for (const field in record) if (!INTERNAL.has(field)) walk(field, record[field as keyof typeof record], entity);
  }
  const byField = new Map(Object.entries(texts));
  const listsByField = new Map(Object.entries(lists));
  return {
    text: Math.max(0, ...byField.values()),
    byField,
    paragraph,
    body,
    quote,
    lists: listsByField,
    list: Math.max(0, ...listsByField.values()),
    participations,
    eventsPerVisit: mostEvents,
  };
}
