/**
 * Moves validated articles between threads as JSON text: V8's structured clone was measured
 * here at about twice JSON.parse's cost on these articles. Evidence travels as its offsets,
 * packed in a number, and is rebuilt against the receiving thread's copy of the body.
 */
import { LocatedQuote, unpackOffsets } from './locate.js';
import type { LocatedArticle } from './validate-file.js';

/** Evidence is written as offsets by LocatedQuote.toJSON. */
export function articleToText(article: LocatedArticle): string {
  return JSON.stringify(article);
}

export function articleFromText(text: string): LocatedArticle {
  const article = JSON.parse(text) as LocatedArticle;
  relink(article, article);
  return article;
}

/** Replaces, in place, every packed evidence offset under value with a located quote in the article. */
function relink(value: unknown, article: LocatedArticle): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) relink(item, article);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (key === 'evidence') {
      record.evidence = (record.evidence as number[]).map((packed) => {
        const [paragraph, start, end] = unpackOffsets(packed);
        return new LocatedQuote(article.body[paragraph]!, article.key, paragraph, start, end);
      });
    } else relink(record[key], article);
  }
}
