/** Pins evidence quotes to their paragraph, character offsets and enclosing sentence. */
import { BodyMatcher } from './closest-span.js';
import type { Evidence } from './format/article.js';
import type { LocatedEvidence } from './model.js';
import { plural } from './plural.js';

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
  /** Made for the first quote not found, to name the closest span. */
  private matcher?: BodyMatcher;

  constructor(
    private readonly articleKey: string,
    private readonly body: readonly string[],
  ) {}

  /** Returns the located quote, or a reason it could not be found. */
  locate(evidence: Evidence): LocatedEvidence | string {
    const { quote, paragraph } = evidence;
    if (paragraph !== undefined && paragraph >= this.body.length) {
      const numbered = this.body.length === 1 ? 'numbered 0' : `numbered 0 to ${this.body.length - 1}`;
      return `paragraph ${paragraph} does not exist; the body has ${plural(this.body.length, 'paragraph')}, ${numbered}`;
    }
    const first = paragraph ?? 0;
    const last = paragraph ?? this.body.length - 1;
    for (let index = first; index <= last; index++) {
      const text = this.body[index]!;
      const start = text.indexOf(quote);
      if (start >= 0) return new LocatedQuote(text, this.articleKey, index, start, start + quote.length);
    }
    return this.notFound(quote, paragraph);
  }

  /** Why a quote is not found, with the span of the whole body closest to it (closest-span.ts). */
  private notFound(quote: string, paragraph: number | undefined): string {
    const message = `quote not found in ${paragraph === undefined ? 'the body' : `paragraph ${paragraph}`}`;
    const closest = (this.matcher ??= new BodyMatcher(this.body)).closest(quote);
    if (!closest) return message;
    const where = `${message}; closest: paragraph ${closest.paragraph}, ${JSON.stringify(closest.text)}`;
    if (closest.text === quote) return `${where} (the quote exactly: correct or remove "paragraph")`;
    if (closest.distance === 0) return `${where} (the same words but for quotation marks, dashes, spaces or capitals: copy the quote from the body)`;
    return where;
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
