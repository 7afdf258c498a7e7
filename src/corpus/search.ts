/**
 * Full-text search over articles (titles and text), entities and facts: an inverted index built
 * once at load. What each kind offers search comes from the registry (kinds.ts): names and titles,
 * keywords (office titles, topics, roles, vocabulary synonyms) and running text.
 * Ranking: each query word scores by the field it matched (names weigh most), every word must
 * match, documents whose names or keywords contain the whole phrase score double, and a name that
 * is exactly the query scores half as much again (the phrase bonus applies to the best 2,000
 * matches by word weight, and to exact names).
 */
import { KINDS, type Searchable } from './kinds.js';
import type { AnyRecord, ArticleRecord } from './model.js';

export interface SearchHit {
  record: AnyRecord;
  score: number;
  /** The query that found it, for the text matches shown with an article. */
  query: string;
}

/** A place in an article's text where every word of a query occurs. */
export interface TextMatch {
  paragraph: number;
  sentence: string;
}

export const NAME_WEIGHT = 3;
export const KEYWORD_WEIGHT = 2;
export const TEXT_WEIGHT = 1;

/**
 * English words too common to find anything by ("the", "of", "to"): they are neither indexed nor
 * searched for. Every article's text holds them, so each would post every article, and a query
 * still has to match all its other words.
 */
const STOPWORDS = new Set(
  'a an and are as at be been but by for from had has have he her his in is it its of on or she that the their they this to was were which will with would'.split(' '),
);

/** Lowercase words, stopwords left out: runs of letters and digits (any script). */
export function tokenize(text: string): string[] {
  // ASCII text (nearly all of it) is split by hand: the Unicode regex below costs several times more.
  const tokens: string[] = [];
  let start = -1;
  let upper = false;
  const take = (end: number) => {
    const word = upper ? text.slice(start, end).toLowerCase() : text.slice(start, end);
    if (!STOPWORDS.has(word)) tokens.push(word);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word && !STOPWORDS.has(word));
    const isUpper = c >= 65 && c <= 90;
    if ((c >= 97 && c <= 122) || isUpper || (c >= 48 && c <= 57)) {
      if (start < 0) {
        start = i;
        upper = false;
      }
      upper ||= isUpper;
    } else if (start >= 0) {
      take(i);
      start = -1;
    }
  }
  if (start >= 0) take(text.length);
  return tokens;
}
/**
 * A text's normal form: its words, lowercase, stopwords left out, joined by single spaces. Search
 * (SearchIndex.query, textMatches) reads a query only through these words, so texts with the same
 * normal form ("Delegation.", " delegation", "DELEGATION!") find the same records with the same
 * scores: the query memo (queries.ts) keys searches by it.
 */
export const normalize = (text: string): string => tokenize(text).join(' ');

/** The searchable text of a record, by weight; an article's body is searched too, as running text. */
export function fieldsOf(record: AnyRecord, withBody: boolean): [weight: number, text: string][] {
  if (record.type === 'Article') {
    return [[NAME_WEIGHT, record.title], ...(withBody ? record.body.map((p): [number, string] => [TEXT_WEIGHT, p]) : [])];
  }
  const { names = [], keywords = [], text = [] } = (KINDS[record.type].search as (row: AnyRecord) => Searchable)(record);
  const fields: [number, string][] = [];
  for (const name of names) if (name) fields.push([NAME_WEIGHT, name]);
  for (const keyword of keywords) if (keyword) fields.push([KEYWORD_WEIGHT, keyword]);
  for (const words of text) if (words) fields.push([TEXT_WEIGHT, words]);
  return fields;
}

/**
 * Postings in one flat layout: the documents containing word w are ids[starts[w] .. starts[w + 1]),
 * ascending, with the best weight of each in weights. Typed arrays hold a posting in 5 bytes, where
 * arrays of numbers took 16 and more, and the index is built without arrays of numbers at all:
 * a hundred thousand articles' text makes tens of millions of postings.
 */
export class SearchIndex {
  private readonly records: AnyRecord[] = [];
  private readonly slots = new Map<string, number>();
  private readonly starts: Int32Array;
  private readonly ids: Int32Array;
  private readonly weights: Uint8Array;
  /** Ids by name (or title, or measure), normalized: the exact-name bonus must not depend on where a record ranks. */
  private readonly byName = new Map<string, number[]>();

  constructor(records: Iterable<AnyRecord>) {
    // Postings are collected in the order they come (by document) as (word, document and weight)
    // pairs, then sorted by word with a counting sort, which keeps each word's documents ascending.
    const postings = new Postings();
    for (const record of records) {
      const id = this.records.push(record) - 1;
      for (const [weight, text] of fieldsOf(record, true)) {
        const tokens = tokenize(text);
        if (weight === NAME_WEIGHT) {
          const name = tokens.join(' ');
          const ids = this.byName.get(name);
          if (ids) ids.push(id);
          else this.byName.set(name, [id]);
        }
        for (const token of tokens) {
          let slot = this.slots.get(token);
          if (slot === undefined) this.slots.set(token, (slot = this.slots.size));
          postings.add(slot, id, weight);
        }
      }
    }
    ({ starts: this.starts, ids: this.ids, weights: this.weights } = postings.byWord(this.slots.size));
  }

  /** Every record matching all words of the query, best first. */
  query(text: string): SearchHit[] {
    const words = [...new Set(tokenize(text))];
    if (words.length === 0) return [];
    const lists = words.map((word) => this.posting(word));
    lists.sort((a, b) => a.end - a.start - (b.end - b.start));
    const [first, ...others] = lists as [Range, ...Range[]];
    const query = normalize(text);
    const hits: (Omit<SearchHit, 'query'> & { id: number })[] = [];
    for (let i = first.start; i < first.end; i++) {
      const id = this.ids[i]!;
      let score = this.weights[i]!;
      let all = true;
      for (const list of others) {
        const at = this.indexOf(list, id);
        if (at < 0) {
          all = false;
          break;
        }
        score += this.weights[at]!;
      }
      if (all) hits.push({ record: this.records[id]!, score, id });
    }
    hits.sort(byScore);
    // The phrase bonus needs each match's text, so on a very large result it is applied to the best
    // BONUS_CANDIDATES matches by word weight only; exact names are always among the candidates.
    const exact = new Set(this.byName.get(query));
    let candidates = hits;
    let rest: typeof hits = [];
    if (hits.length > BONUS_CANDIDATES) {
      candidates = hits.slice(0, BONUS_CANDIDATES);
      rest = hits.slice(BONUS_CANDIDATES);
      if (exact.size > 0) {
        candidates.push(...rest.filter((hit) => exact.has(hit.id)));
        rest = rest.filter((hit) => !exact.has(hit.id));
      }
    }
    for (const hit of candidates) {
      // An article's text is left out: normalizing thousands of bodies per query would cost more than the bonus is worth.
      if (words.length > 1 && fieldsOf(hit.record, false).some(([, field]) => normalize(field).includes(query))) hit.score *= 2;
      if (exact.has(hit.id)) hit.score *= 1.5;
    }
    candidates.sort(byScore);
    return [...candidates, ...rest].map(({ record, score }) => ({ record, score, query: text }));
  }

  /**
   * How many postings a query for `text` walks: those of its rarest word (0 when a word is in no
   * record). Known before the query runs, from the index alone; the cost of a search counts it.
   */
  scanSize(text: string): number {
    let least = Infinity;
    for (const word of new Set(tokenize(text))) {
      const { start, end } = this.posting(word);
      least = Math.min(least, end - start);
    }
    return least === Infinity ? 0 : least;
  }

  private posting(word: string): Range {
    const slot = this.slots.get(word);
    return slot === undefined ? { start: 0, end: 0 } : { start: this.starts[slot]!, end: this.starts[slot + 1]! };
  }

  /** Binary search for an id among the ascending ids of a posting; its position in ids, or -1. */
  private indexOf({ start, end }: Range, id: number): number {
    let lo = start;
    let hi = end - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const value = this.ids[mid]!;
      if (value === id) return mid;
      if (value < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

interface Range {
  start: number;
  end: number;
}

/**
 * Postings as they are collected: word slot and document with its weight (document * 4 + weight),
 * in typed arrays of a fixed size added as they fill (growing one array would copy tens of
 * millions of postings again and again).
 */
class Postings {
  private static readonly CHUNK = 1 << 20;
  private readonly words: Int32Array[] = [];
  private readonly documents: Int32Array[] = [];
  private length = 0;
  /** Where each word's latest posting is: a word repeated in one document keeps one posting, with its best weight. */
  private latest = new Int32Array(1 << 12).fill(-1);

  add(word: number, document: number, weight: number): void {
    if (word >= this.latest.length) {
      const latest = new Int32Array(this.latest.length * 2).fill(-1);
      latest.set(this.latest);
      this.latest = latest;
    }
    const at = this.latest[word]!;
    if (at >= 0) {
      const chunk = this.documents[at >>> 20]!;
      const posting = chunk[at & (Postings.CHUNK - 1)]!;
      if (posting >>> 2 === document) {
        if ((posting & 3) < weight) chunk[at & (Postings.CHUNK - 1)] = (document << 2) | weight;
        return;
      }
    }
    if ((this.length & (Postings.CHUNK - 1)) === 0) {
      this.words.push(new Int32Array(Postings.CHUNK));
      this.documents.push(new Int32Array(Postings.CHUNK));
    }
    this.words.at(-1)![this.length & (Postings.CHUNK - 1)] = word;
    this.documents.at(-1)![this.length & (Postings.CHUNK - 1)] = (document << 2) | weight;
    this.latest[word] = this.length++;
  }

  /** The postings grouped by word (a counting sort, stable: each word's documents stay ascending). */
  byWord(words: number): { starts: Int32Array; ids: Int32Array; weights: Uint8Array } {
    const starts = new Int32Array(words + 1);
    this.forEach((word) => starts[word + 1]!++);
    for (let w = 0; w < words; w++) starts[w + 1]! += starts[w]!;
    const next = starts.slice(0, words);
    const ids = new Int32Array(this.length);
    const weights = new Uint8Array(this.length);
    this.forEach((word, posting) => {
      const at = next[word]!++;
      ids[at] = posting >>> 2;
      weights[at] = posting & 3;
    });
    return { starts, ids, weights };
  }

  private forEach(visit: (word: number, posting: number) => void): void {
    for (let c = 0; c < this.words.length; c++) {
      const words = this.words[c]!;
      const documents = this.documents[c]!;
      const end = Math.min(Postings.CHUNK, this.length - c * Postings.CHUNK);
      for (let i = 0; i < end; i++) visit(words[i]!, documents[i]!);
    }
  }
}

/** Sentences a search hit shows at most: enough to judge it by, and a bound on its size. */
export const MAX_TEXT_MATCHES = 10;

/** The first sentences (at most MAX_TEXT_MATCHES) of an article's text that hold every word of a query, with their paragraphs. */
export function textMatches(article: ArticleRecord, text: string): TextMatch[] {
  const words = [...new Set(tokenize(text))];
  const matches: TextMatch[] = [];
  if (words.length === 0) return matches;
  for (let index = 0; index < article.body.length; index++) {
    for (const { segment } of segmenter.segment(article.body[index]!)) {
      const tokens = new Set(tokenize(segment));
      if (words.every((word) => tokens.has(word))) matches.push({ paragraph: index, sentence: segment.trim() });
      if (matches.length === MAX_TEXT_MATCHES) return matches;
    }
  }
  return matches;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** How many of the best matches (by word weight) get the phrase and exact-name bonuses. */
const BONUS_CANDIDATES = 2000;

/** Best first; ties keep index order (kind, then natural order): numbers compare fast on big results. */
const byScore = (a: { score: number; id: number }, b: { score: number; id: number }) => b.score - a.score || a.id - b.id;
