/**
 * Finds words in an article body as a person reads them: after folding curly and straight quotation
 * marks, dashes, the ellipsis, runs of spaces and case. When the words are not there, finds the span
 * of the body that comes closest: the span of whole words at the least edit (Levenshtein) distance,
 * by fastest-levenshtein. The validator names it when a quote is not in the body (locate.ts), and
 * `npm run quote` prints it.
 */
import { distance } from 'fastest-levenshtein';

/** Words of one paragraph: `body[paragraph].slice(start, end)` is `text`. */
export interface Span {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface ClosestSpan extends Span {
  /** Edits between the folded words and the folded span: 0 when they are the same after folding. */
  distance: number;
}

/** What folding makes of a text: the folded text, and for each of its characters the offset it comes from in the original. */
export interface Folded {
  text: string;
  /** `from[i]` is the original offset of folded character i; one more entry gives the original length. */
  from: number[];
}

const FOLDS = new Map<string, string>([
  ...[...'‘’‚‛′ʼ`´'].map((c): [string, string] => [c, "'"]),
  ...[...'“”„‟″'].map((c): [string, string] => [c, '"']),
  ...[...'‐‑‒–—―−﹘﹣－'].map((c): [string, string] => [c, '-']),
  ['…', '...'],
]);
const SPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The text with quotation marks, dashes and the ellipsis made plain, every run of spaces one space, in lower case. */
export function fold(text: string): Folded {
  let folded = '';
  const from: number[] = [];
  let at = 0;
  let inSpace = false;
  for (const char of text) {
    if (SPACE.test(char)) {
      if (!inSpace) {
        folded += ' ';
        from.push(at);
      }
      inSpace = true;
    } else {
      inSpace = false;
      const plain = (FOLDS.get(char) ?? char).toLowerCase();
      folded += plain;
      for (let i = 0; i < plain.length; i++) from.push(at);
    }
    at += char.length;
  }
  from.push(at);
  return { text: folded, from };
}

/** Words longer than this are not looked for approximately: each comparison would cost too much (a quote is a sentence or two). */
const MAX_FUZZY_LENGTH = 4000;
/** Spans tried are the words' count give or take a quarter, at most this many words either way. */
const MAX_SPREAD = 8;
/**
 * The work (characters compared, in blocks of 32) one search may do, a few tens of milliseconds: beyond
 * it, spans are first ranked by the words they share with the needle, and the best compared until it is spent.
 */
const WORK_BUDGET = 10_000_000;
/** How many best-ranked starts are compared, when ranking is needed. */
const RANKED_STARTS = 16;

interface Paragraph extends Folded {
  /** Each word's [start, end) in the folded text. */
  words: [number, number][];
}

/** One article body, folded once, asked for several quotes. */
export class BodyMatcher {
  private folded?: Paragraph[];

  constructor(private readonly body: readonly string[]) {}

  private get paragraphs(): Paragraph[] {
    return (this.folded ??= this.body.map((text) => {
      const folded = fold(text);
      return { ...folded, words: [...folded.text.matchAll(/\S+/g)].map((m): [number, number] => [m.index, m.index + m[0].length]) };
    }));
  }

  /** Every place the words occur after folding, in body order (occurrences do not overlap). */
  find(words: string): Span[] {
    const needle = fold(words).text.trim();
    if (needle === '') return [];
    const spans: Span[] = [];
    this.paragraphs.forEach((paragraph, index) => {
      for (let at = paragraph.text.indexOf(needle); at >= 0; at = paragraph.text.indexOf(needle, at + needle.length)) {
        spans.push(this.span(index, at, at + needle.length));
      }
    });
    return spans;
  }

  /**
   * The first place the words occur after folding (distance 0), or else the span of whole words
   * closest to them; undefined for words that fold to nothing or are too long to compare.
   */
  closest(words: string): ClosestSpan | undefined {
    const found = this.find(words)[0];
    if (found) return { ...found, distance: 0 };
    const needle = fold(words).text.trim();
    if (needle === '' || needle.length > MAX_FUZZY_LENGTH) return undefined;
    const count = needle.split(' ').length;
    const spread = Math.min(MAX_SPREAD, Math.max(1, Math.ceil(count / 4)));
    // Lengths in words, nearest the words' own count first, so that a tie goes to the span of about their length.
    const lengths = [count];
    for (let d = 1; d <= spread; d++) lengths.push(count + d, ...(count - d >= 1 ? [count - d] : []));

    let best: { paragraph: number; start: number; end: number; distance: number } | undefined;
    const blocks = Math.ceil(needle.length / 32);
    let work = 0;
    const compare = (paragraph: number, first: number) => {
      const { text, words } = this.paragraphs[paragraph]!;
      for (const length of lengths) {
        // A paragraph shorter than the words is compared whole.
        const last = Math.min(first + length, words.length) - 1;
        if (last < first || (first + length > words.length && first > 0)) continue;
        const start = words[first]![0];
        const end = words[last]![1];
        const d = distance(needle, text.slice(start, end));
        work += blocks * (end - start);
        if (!best || d < best.distance) best = { paragraph, start, end, distance: d };
      }
    };
    const windows = this.paragraphs.reduce((sum, p) => sum + p.words.length, 0) * lengths.length;
    if (windows * blocks * needle.length <= WORK_BUDGET) {
      this.paragraphs.forEach((paragraph, index) => {
        for (let first = 0; first < paragraph.words.length; first++) compare(index, first);
      });
    } else {
      ranked: for (const { paragraph, first } of this.rankedStarts(needle, count)) {
        // The ranked start first, then its neighbours, nearest first.
        for (let offset = 0; offset <= 2 * spread; offset++) {
          const f = first + (offset % 2 === 0 ? offset / 2 : -(offset + 1) / 2);
          if (f >= 0 && f < this.paragraphs[paragraph]!.words.length) compare(paragraph, f);
          if (work > WORK_BUDGET && best) break ranked;
        }
      }
    }
    if (!best) return undefined;
    const { text } = this.paragraphs[best.paragraph]!;
    // Words carry their punctuation ("percent,", "(265"): drop what makes the span no closer.
    let { start, end, distance: d } = best;
    while (end - start > 1 && !LETTER_OR_DIGIT.test(text[start]!)) {
      const shorter = distance(needle, text.slice(start + 1, end));
      if (shorter > d) break;
      start++;
      d = shorter;
    }
    while (end - start > 1 && !LETTER_OR_DIGIT.test(text[end - 1]!)) {
      const shorter = distance(needle, text.slice(start, end - 1));
      if (shorter > d) break;
      end--;
      d = shorter;
    }
    return { ...this.span(best.paragraph, start, end), distance: d };
  }

  /** The starts of the spans of `count` words that share the most words with the needle, best first. */
  private rankedStarts(needle: string, count: number): { paragraph: number; first: number }[] {
    const wanted = new Map<string, number>();
    for (const word of needle.split(' ')) wanted.set(word, (wanted.get(word) ?? 0) + 1);
    const ranked: { paragraph: number; first: number; shared: number }[] = [];
    this.paragraphs.forEach(({ text, words }, paragraph) => {
      const held = new Map<string, number>();
      let shared = 0;
      const wordAt = (i: number) => text.slice(words[i]![0], words[i]![1]);
      const add = (word: string, step: 1 | -1) => {
        const before = held.get(word) ?? 0;
        held.set(word, before + step);
        const limit = wanted.get(word) ?? 0;
        shared += Math.min(before + step, limit) - Math.min(before, limit);
      };
      for (let i = 0; i < words.length; i++) {
        add(wordAt(i), 1);
        if (i >= count) add(wordAt(i - count), -1);
        if (i >= count - 1 || i === words.length - 1) ranked.push({ paragraph, first: Math.max(0, i - count + 1), shared });
      }
    });
    return ranked.sort((a, b) => b.shared - a.shared || a.paragraph - b.paragraph || a.first - b.first).slice(0, RANKED_STARTS);
  }

  /** The original text of a folded range. */
  private span(paragraph: number, start: number, end: number): Span {
    const { from } = this.paragraphs[paragraph]!;
    const original = { start: from[start]!, end: from[end]! };
    return { paragraph, ...original, text: this.body[paragraph]!.slice(original.start, original.end) };
  }
}
