/** The body's sentences and words, with their places in the paragraphs and compromise's tags for each word. */
import nlp from 'compromise';

export interface Token {
  /** The word as written, without the punctuation around it. */
  text: string;
  /** Offsets in the paragraph, end exclusive. */
  start: number;
  end: number;
  /** compromise's tags: Person, FirstName, LastName, Place, City, Country, Region, Organization, ProperNoun, Demonym, ... */
  tags: ReadonlySet<string>;
  /** The characters between this word and the next (punctuation and space). */
  after: string;
}

export interface Sentence {
  /** Position among all the body's sentences. */
  index: number;
  paragraph: number;
  /** Offsets in the paragraph, end exclusive: body[paragraph].slice(start, end) === text. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

interface Term {
  offset: { start: number; length: number };
  tags: string[];
}

export function sentencesOf(body: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  body.forEach((paragraph, index) => {
    const parsed = nlp(paragraph).json({ offset: true }) as { offset: { start: number; length: number }; terms: Term[] }[];
    for (const { offset, terms } of parsed) {
      // compromise leaves an opening quotation mark or bracket out of the sentence; the sentence is what lies between spaces.
      let start = offset.start;
      while (start > 0 && !/\s/.test(paragraph[start - 1]!)) start--;
      let end = offset.start + offset.length;
      while (end < paragraph.length && !/\s/.test(paragraph[end]!)) end++;
      while (end > start && /\s/.test(paragraph[end - 1]!)) end--;
      const tokens = terms.map((term) => tokenOf(paragraph, term)).filter((token): token is Token => token !== undefined);
      tokens.forEach((token, i) => (token.after = paragraph.slice(token.end, tokens[i + 1]?.start ?? token.end)));
      sentences.push({ index: sentences.length, paragraph: index, start, end, text: paragraph.slice(start, end), tokens });
    }
  });
  return sentences;
}

function tokenOf(paragraph: string, term: Term): Token | undefined {
  let start = term.offset.start;
  let end = start + term.offset.length;
  while (start < end && /[^\p{L}\p{N}$€£¥₱]/u.test(paragraph[start]!)) start++;
  while (end > start && /[^\p{L}\p{N}%]/u.test(paragraph[end - 1]!)) end--;
  if (start === end) return undefined;
  return { text: paragraph.slice(start, end), start, end, tags: new Set(term.tags), after: '' };
}
