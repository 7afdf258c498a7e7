/**
 * Full-text search over entities and facts: an inverted index built once at load.
 * Ranking: each query word scores by the field it matched (names and titles weigh
 * most), every word must match, documents containing the whole phrase score double,
 * and a name or title that is exactly the query scores half as much again (the phrase
 * bonus applies to the best 2,000 matches by word weight, and to exact names).
 */
import type { AnyRecord } from './model.js';

export interface SearchHit {
  record: AnyRecord;
  score: number;
}

const NAME_WEIGHT = 3;
const TOPIC_WEIGHT = 2;
const TEXT_WEIGHT = 1;

/** Lowercase words: runs of letters and digits (any script). */
export function tokenize(text: string): string[] {
  // ASCII text (nearly all of it) is split by hand: the Unicode regex below costs several times more.
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const wordChar = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (wordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  if (start >= 0) tokens.push(text.slice(start).toLowerCase());
  return tokens;
}
const normalize = (text: string): string => tokenize(text).join(' ');

/** The searchable text of a record, by weight. */
function fieldsOf(record: AnyRecord): [weight: number, text: string][] {
  switch (record.type) {
    case 'Article':
      return [[NAME_WEIGHT, record.title]];
    case 'Country':
    case 'City':
    case 'Person':
    case 'Company':
    case 'Topic':
      return [[NAME_WEIGHT, record.name]];
    case 'Visit':
      return [
        [TEXT_WEIGHT, record.purposes.map((p) => p.description).join(' ')],
        [TEXT_WEIGHT, record.delegation?.description ?? ''],
        [TOPIC_WEIGHT, record.purposes.flatMap((p) => p.topics).join(' ')],
      ];
    case 'Agreement':
      return [
        [NAME_WEIGHT, record.title],
        [TOPIC_WEIGHT, record.areas.join(' ')],
      ];
    case 'Metric':
      return [
        [NAME_WEIGHT, record.measure],
        [TOPIC_WEIGHT, record.topics.join(' ')],
      ];
    case 'Statement':
      return [
        [TEXT_WEIGHT, record.text],
        [TOPIC_WEIGHT, record.topics.join(' ')],
      ];
  }
}

/** The documents containing one word, in ascending id order, with the best weight per document. */
interface Posting {
  ids: number[];
  weights: number[];
}

export class SearchIndex {
  private readonly postings = new Map<string, Posting>();
  private readonly records: AnyRecord[] = [];
  /** Ids by name (or title, or measure), normalized: the exact-name bonus must not depend on where a record ranks. */
  private readonly byName = new Map<string, number[]>();

  constructor(records: Iterable<AnyRecord>) {
    for (const record of records) {
      const id = this.records.push(record) - 1;
      for (const [weight, text] of fieldsOf(record)) {
        const tokens = tokenize(text);
        if (weight === NAME_WEIGHT) {
          const name = tokens.join(' ');
          const ids = this.byName.get(name);
          if (ids) ids.push(id);
          else this.byName.set(name, [id]);
        }
        for (const token of tokens) {
          let posting = this.postings.get(token);
          if (!posting) this.postings.set(token, (posting = { ids: [], weights: [] }));
          const last = posting.ids.length - 1;
          // Ids only grow, so a repeat of this document can only be the last entry.
          if (posting.ids[last] === id) posting.weights[last] = Math.max(posting.weights[last]!, weight);
          else {
            posting.ids.push(id);
            posting.weights.push(weight);
          }
        }
      }
    }
  }

  /** Every record matching all words of the query, best first. */
  query(text: string): SearchHit[] {
    const words = [...new Set(tokenize(text))];
    if (words.length === 0) return [];
    const lists = words.map((word) => this.postings.get(word) ?? { ids: [], weights: [] });
    lists.sort((a, b) => a.ids.length - b.ids.length);
    const [first, ...others] = lists as [Posting, ...Posting[]];
    const query = normalize(text);
    const hits: (SearchHit & { id: number })[] = [];
    first.ids.forEach((id, i) => {
      let score = first.weights[i]!;
      for (const list of others) {
        const at = indexOf(list.ids, id);
        if (at < 0) return;
        score += list.weights[at]!;
      }
      hits.push({ record: this.records[id]!, score, id });
    });
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
      if (words.length > 1 && fieldsOf(hit.record).some(([, field]) => normalize(field).includes(query))) hit.score *= 2;
      if (exact.has(hit.id)) hit.score *= 1.5;
    }
    candidates.sort(byScore);
    return [...candidates, ...rest].map(({ record, score }) => ({ record, score }));
  }
}

/** How many of the best matches (by word weight) get the phrase and exact-name bonuses. */
const BONUS_CANDIDATES = 2000;

/** Best first; ties keep index order (kind, then natural order): numbers compare fast on big results. */
const byScore = (a: { score: number; id: number }, b: { score: number; id: number }) => b.score - a.score || a.id - b.id;

/** Binary search in ascending ids. */
function indexOf(ids: readonly number[], id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = ids[mid]!;
    if (value === id) return mid;
    if (value < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
