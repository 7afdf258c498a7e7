/** Pins evidence quotes to their paragraph, character offsets and enclosing sentence. */
import type { Evidence } from './format.js';
import type { LocatedEvidence } from './model.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export class EvidenceLocator {
  private readonly sentences = new Map<number, { start: number; end: number }[]>();

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
    const candidates = paragraph === undefined ? this.body.map((_, i) => i) : [paragraph];
    for (const index of candidates) {
      const text = this.body[index]!;
      const start = text.indexOf(quote);
      if (start >= 0) {
        const end = start + quote.length;
        // Slices share the body's memory: no per-quote copies of the text.
        return { quote: text.slice(start, end), articleKey: this.articleKey, paragraph: index, start, end, sentence: this.sentence(index, start, end) };
      }
    }
    const where = paragraph === undefined ? 'the article body' : `paragraph ${paragraph}`;
    return `quote does not occur verbatim in ${where}: "${quote}"`;
  }

  private sentence(paragraph: number, start: number, end: number): string {
    const text = this.body[paragraph]!;
    let bounds = this.sentences.get(paragraph);
    if (!bounds) {
      bounds = [...segmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
      this.sentences.set(paragraph, bounds);
    }
    const touching = bounds.filter((s) => s.start < end && s.end > start);
    return text.slice(touching[0]!.start, touching.at(-1)!.end).trim();
  }
}
