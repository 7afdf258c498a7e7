/**
 * `npm run quote`: where some words are in an article's paragraphs, as the validator will find them,
 * and the evidence to write for them; or, when they are not there, the closest span (closest-span.ts).
 */
import { BodyMatcher, type Span } from '../corpus/closest-span.js';

export interface QuoteReport {
  /** True when the words occur in the paragraphs, after folding quotation marks, dashes, spaces and case. */
  found: boolean;
  lines: string[];
}

/** The paragraph with the span marked: `… [[the words]] …`. */
export const marked = (paragraph: string, span: Span): string =>
  `${paragraph.slice(0, span.start)}[[${span.text}]]${paragraph.slice(span.end)}`;

const characters = (span: Span) => `paragraph ${span.paragraph}, characters ${span.start}-${span.end}`;

export function quoteReport(paragraphs: readonly string[], words: string): QuoteReport {
  const matcher = new BodyMatcher(paragraphs);
  const spans = matcher.find(words);
  if (spans.length === 0) {
    const closest = matcher.closest(words);
    const lines = [`not found: no span of the text is ${JSON.stringify(words.trim())}, even ignoring quotation marks, dashes, spaces and capitals`];
    if (closest) lines.push(`closest: ${characters(closest)}: ${JSON.stringify(closest.text)}`, `  ${marked(paragraphs[closest.paragraph]!, closest)}`);
    return { found: false, lines };
  }
  const lines = spans.length === 1 ? [] : [`found ${spans.length} times; the validator takes the first place a quote occurs unless the evidence gives its "paragraph"`];
  for (const span of spans) {
    lines.push(`${characters(span)}: ${JSON.stringify(span.text)}`, `  ${marked(paragraphs[span.paragraph]!, span)}`, `  ${evidenceFor(paragraphs, span)}`);
  }
  return { found: true, lines };
}

/**
 * The evidence that finds this span, as validate-file.ts locates quotes: the first paragraph holding
 * the exact text, unless "paragraph" pins one; within a paragraph, always the first occurrence.
 */
function evidenceFor(paragraphs: readonly string[], span: Span): string {
  const quote = JSON.stringify(span.text);
  if (paragraphs[span.paragraph]!.indexOf(span.text) !== span.start) {
    return `evidence: none finds this one, the same words occur before it in paragraph ${span.paragraph}: quote more of the words around it`;
  }
  const first = paragraphs.findIndex((paragraph) => paragraph.includes(span.text));
  return first === span.paragraph ? `evidence: { "quote": ${quote} }` : `evidence: { "quote": ${quote}, "paragraph": ${span.paragraph} }`;
}
