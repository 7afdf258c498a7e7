/**
 * What PostgreSQL's full-text search holds of a record, made to find exactly what the in-memory
 * index (src/corpus/search.ts) finds: the words are search.ts's own (tokenize: lowercase runs of
 * letters and digits, stopwords left out, nothing stemmed), written into the tsvector as they are,
 * so PostgreSQL's parser and dictionaries never see the text. Each word is stored once, with the
 * best weight it has in the record (A: a name or title, B: a keyword, C: running text), as the
 * in-memory postings keep it; positions only carry those weights (nothing searches phrases by
 * position). The normalized names and fields go beside the tsvector for the two bonuses of the
 * ranking (docs/postgres.md, "Search").
 */
import { createHash } from 'node:crypto';
import type { AnyRecord } from '../corpus/model.js';
import { fieldsOf, KEYWORD_WEIGHT, NAME_WEIGHT, normalize, TEXT_WEIGHT, tokenize } from '../corpus/search.js';

/** search.ts's weights as tsvector weights. */
const TSVECTOR_WEIGHT: Record<number, string> = { [NAME_WEIGHT]: 'A', [KEYWORD_WEIGHT]: 'B', [TEXT_WEIGHT]: 'C' };

/** PostgreSQL's longest lexeme, in bytes. */
const MAX_LEXEME_BYTES = 2047;

/**
 * A word as a lexeme: itself, or, past PostgreSQL's limit (a long run of CJK characters is one word
 * to tokenize), "#" and its SHA-256. A word never holds "#", so the two never meet, and a query word
 * goes through the same function: the match stays exact.
 */
export function lexemeOf(word: string): string {
  if (Buffer.byteLength(word) <= MAX_LEXEME_BYTES) return word;
  return `#${createHash('sha256').update(word).digest('hex')}`;
}

/** A lexeme quoted for tsvector and tsquery input. */
const quote = (lexeme: string) => `'${lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/** tsvector positions run from 1 to 16383; PostgreSQL reads a larger one as 16383, which is harmless here (positions only carry weights). */
const MAX_POSITION = 16383;

export interface SearchDoc {
  /** tsvector input: each word once, at its own position, with its best weight. */
  doc: string;
  /** The normalized names (and an article's title): a query equal to one gets the exact-name bonus. */
  names: string[];
  /** The normalized fields but an article's body: a query contained in one gets the phrase bonus. */
  phrases: string[];
}

export function searchDocOf(record: AnyRecord): SearchDoc {
  const best = new Map<string, number>();
  const names: string[] = [];
  for (const [weight, text] of fieldsOf(record, true)) {
    const tokens = tokenize(text);
    if (weight === NAME_WEIGHT) names.push(tokens.join(' '));
    for (const token of tokens) if ((best.get(token) ?? 0) < weight) best.set(token, weight);
  }
  let position = 0;
  const entries: string[] = [];
  for (const [word, weight] of best) entries.push(`${quote(lexemeOf(word))}:${Math.min(++position, MAX_POSITION)}${TSVECTOR_WEIGHT[weight]}`);
  const phrases = [...new Set(fieldsOf(record, false).map(([, text]) => normalize(text)))];
  return { doc: entries.join(' '), names: [...new Set(names)], phrases };
}

/**
 * A search text as search.ts reads it: its distinct words (as lexemes), their AND as a tsquery,
 * each word as a tsquery at the name weight and at the keyword weight (what a record holds it at
 * says its score), and its normal form.
 */
export function searchTermsOf(text: string): { words: string[]; tsquery: string; weighted: { name: string[]; keyword: string[] }; normal: string } {
  const words = [...new Set(tokenize(text))].map(lexemeOf);
  const at = (weight: number) => words.map((word) => `${quote(word)}:${TSVECTOR_WEIGHT[weight]}`);
  return { words, tsquery: words.map(quote).join(' & '), weighted: { name: at(NAME_WEIGHT), keyword: at(KEYWORD_WEIGHT) }, normal: normalize(text) };
}
