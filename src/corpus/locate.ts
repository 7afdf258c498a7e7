/** Pins evidence quotes to their paragraph, character offsets and enclosing sentence. */
import type { Evidence } from './format/article.js';
import type { LocatedEvidence } from './model.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Sentences already found, kept outside the quotes: millions of quotes are loaded, few are ever asked for. */
const sentences = new WeakMap<LocatedQuote, string>();

/**
 * A quote found in a paragraph. The quote and its sentence are computed from the paragraph
 * when first read: at load, only the offsets are needed, and most evidence is never queried.
 */
export class LocatedQuote implements LocatedEvidence {
  constructor(
    private readonly text: string,
    readonly articleKey: string,
    readonly paragraph: number,
    readonly start: number,
    readonly end: number,
  ) {}

  get quote(): string {
    return this.text.slice(this.start, this.end);
  }

  get sentence(): string {
    let sentence = sentences.get(this);
    if (sentence === undefined) sentences.set(this, (sentence = sentenceAround(this.text, this.start, this.end)));
    return sentence;
  }

  /** As JSON, a quote is its offsets packed in one number (transfer.ts): the text is the article's. */
  toJSON(): number {
    return packOffsets(this.paragraph, this.start, this.end);
  }
}

/** The whole sentence (or sentences) of text that the range [start, end) touches. */
function sentenceAround(text: string, start: number, end: number): string {
  let first = -1;
  let last = -1;
  for (const { index, segment } of segmenter.segment(text)) {
    if (index >= end) break;
    if (index + segment.length > start) {
      if (first < 0) first = index;
      last = index + segment.length;
    }
  }
  return text.slice(first, last).trim();
}

export class EvidenceLocator {
  constructor(
    private readonly articleKey: string,
    private readonly body: readonly string[],
  ) {}

  /** Returns the located quote, or a reason it could not be found. */
  locate(evidence: Evidence): LocatedEvidence | string {
    const { quote, paragraph } = evidence;
    if (paragraph !== undefined && paragraph >= this.body.length) {
      return `paragraph ${paragraph} does not exist; the body has ${this.body.length} paragraphs (numbered from 0)`;
    }
    const first = paragraph ?? 0;
    const last = paragraph ?? this.body.length - 1;
    for (let index = first; index <= last; index++) {
      const text = this.body[index]!;
      const start = text.indexOf(quote);
      if (start >= 0) return new LocatedQuote(text, this.articleKey, index, start, start + quote.length);
    }
    const where = paragraph === undefined ? 'the article body' : `paragraph ${paragraph}`;
    return `quote does not occur verbatim in ${where}: "${quote}"`;
  }
}

/**
 * A quote's paragraph and offsets in one number, which costs a parser no array: 13 bits of paragraph
 * and 20 of each offset fit a double exactly. The format bounds paragraphs to fit (format/article.ts).
 */
export const packOffsets = (paragraph: number, start: number, end: number): number => paragraph * 2 ** 40 + start * 2 ** 20 + end;

export function unpackOffsets(packed: number): [paragraph: number, start: number, end: number] {
  const paragraph = Math.floor(packed / 2 ** 40);
  const offsets = packed - paragraph * 2 ** 40;
  return [paragraph, Math.floor(offsets / 2 ** 20), offsets % 2 ** 20];
}

/** The limits packOffsets needs: paragraphs per article, and characters per paragraph. */
export const MAX_PARAGRAPHS = 2 ** 13;
export const MAX_PARAGRAPH_LENGTH = 2 ** 20 - 1;
