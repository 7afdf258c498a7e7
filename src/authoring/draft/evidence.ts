/** Evidence quotes copied from the body, and the draft mark every proposal carries. */
import type { Evidence } from '../../corpus/format/article.js';

/** The draft mark: what proposed the record, why, and where in the body. A person checks the record, then deletes the mark. */
export const draftMark = (why: string, paragraph: number): string => `proposed by npm run draft: ${why} (paragraph ${paragraph})`;

/**
 * A quote of body[paragraph], pinned to its paragraph when an earlier paragraph holds the same
 * words (the loader takes the first paragraph that contains a quote).
 */
export function quoteOf(body: readonly string[], paragraph: number, quote: string): Evidence {
  const text = quote.trim();
  if (!body[paragraph]?.includes(text)) throw new Error(`internal error: "${text}" is not in paragraph ${paragraph}`);
  const first = body.findIndex((p) => p.includes(text));
  return first === paragraph ? { quote: text } : { quote: text, paragraph };
}
