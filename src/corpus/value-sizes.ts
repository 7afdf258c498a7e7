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
  const meter = new ValueMeter();
  for (const article of articles) meter.article(article);
  for (const record of records) meter.record(record);
  return meter.sizes();
}

/**
 * Measures articles and records one at a time, in any order: the ingest measures each chunk of facts
 * as it writes it, and never holds them all (src/pg/ingest.ts).
 */
export class ValueMeter {
  private readonly texts: Record<string, number> = Object.create(null);
  private readonly lists: Record<string, number> = Object.create(null);
  private quote = 0;
  private paragraph = 0;
  private body = 0;
  private participations = 0;
  private mostEvents = 0;
  private readonly eventsPerVisit = new Map<string, number>();

  article(article: ArticleRecord): void {
    let length = 0;
    for (const text of article.body) {
      length += text.length;
      if (text.length > this.paragraph) this.paragraph = text.length;
    }
    if (length > this.body) this.body = length;
    for (const field in article) if (field !== 'body' && !INTERNAL.has(field)) this.walk(field, article[field as keyof ArticleRecord]);
  }

  record(record: AnyRecord): void {
    if (record.type === 'Article') return;
    if (record.type === 'Visit' || record.type === 'Event' || record.type === 'Agreement') {
      let count = 0;
      for (const row of record.participants) count += row.who?.length ?? 1;
      if (count > this.participations) this.participations = count;
    }
    if (record.type === 'Event' && record.visit !== undefined) {
      const count = (this.eventsPerVisit.get(record.visit) ?? 0) + 1;
      this.eventsPerVisit.set(record.visit, count);
      if (count > this.mostEvents) this.mostEvents = count;
    }
    const entity = ENTITY_KINDS.includes(record.type as EntityKind);
    for (const field in record) if (!INTERNAL.has(field)) this.walk(field, record[field as keyof typeof record], entity);
  }

  sizes(): ValueSizes {
    const byField = new Map(Object.entries(this.texts));
    const lists = new Map(Object.entries(this.lists));
    return {
      text: Math.max(0, ...byField.values()),
      byField,
      paragraph: this.paragraph,
      body: this.body,
      quote: this.quote,
      lists,
      list: Math.max(0, ...lists.values()),
      participations: this.participations,
      eventsPerVisit: this.mostEvents,
    };
  }

  /**
   * Records are trees of plain objects and arrays (a few levels deep), so this recursion is shallow.
   * In an entity, evidence at any depth (its own, its offices') gathers every article's and is paged: not counted.
   */
  private walk(name: string, value: unknown, entity = false): void {
    if (typeof value === 'string') {
      if (value.length > (this.texts[name] ?? 0)) this.texts[name] = value.length;
    } else if (Array.isArray(value)) {
      if (entity && name === 'evidence') return;
      if (value.length > (this.lists[name] ?? 0)) this.lists[name] = value.length;
      // Evidence is located quotes: only their length, not a walk of their fields.
      if (name === 'evidence') {
        for (let i = 0; i < value.length; i++) {
          const { start, end } = value[i] as LocatedQuote;
          if (end - start > this.quote) this.quote = end - start;
        }
      } else for (let i = 0; i < value.length; i++) this.walk(name, value[i], entity);
    } else if (value !== null && typeof value === 'object') {
      for (const field in value) if (!INTERNAL.has(field)) this.walk(field, (value as Record<string, unknown>)[field], entity);
    }
  }
}
