/**
 * Full-text search over entities and facts: an inverted index built once at load.
 * Ranking: each query word scores by the field it matched (names and titles weigh
 * most), every word must match, documents containing the whole phrase score double,
 * and a name or title that is exactly the query scores half as much again.
 */
import type { AnyRecord } from './model.js';

export interface SearchHit {
  record: AnyRecord;
  score: number;
}

const NAME_WEIGHT = 3;
const TOPIC_WEIGHT = 2;
const TEXT_WEIGHT = 1;

export const tokenize = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
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

export class SearchIndex {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly documents: { record: AnyRecord; phrase: string; title: string }[] = [];

  constructor(records: Iterable<AnyRecord>) {
    for (const record of records) {
      const id = this.documents.length;
      const fields = fieldsOf(record);
      const phrase = fields.map(([, text]) => normalize(text)).join(' | ');
      this.documents.push({ record, phrase, title: normalize(fields[0]![1]) });
      for (const [weight, text] of fields) {
        for (const token of tokenize(text)) {
          let posting = this.postings.get(token);
          if (!posting) this.postings.set(token, (posting = new Map()));
          posting.set(id, Math.max(posting.get(id) ?? 0, weight));
        }
      }
    }
  }

  /** Every record matching all words of the query, best first. */
  query(text: string): SearchHit[] {
    const words = [...new Set(tokenize(text))];
    if (words.length === 0) return [];
    const lists = words.map((word) => this.postings.get(word) ?? new Map<number, number>());
    lists.sort((a, b) => a.size - b.size);
    const query = normalize(text);
    const hits: SearchHit[] = [];
    for (const [id, firstWeight] of lists[0]!) {
      let score = firstWeight;
      let matched = true;
      for (const list of lists.slice(1)) {
        const weight = list.get(id);
        if (weight === undefined) {
          matched = false;
          break;
        }
        score += weight;
      }
      if (!matched) continue;
      const document = this.documents[id]!;
      if (words.length > 1 && document.phrase.includes(query)) score *= 2;
      if (document.title === query) score *= 1.5;
      hits.push({ record: document.record, score });
    }
    return hits.sort((a, b) => b.score - a.score || a.record.type.localeCompare(b.record.type) || a.record.key.localeCompare(b.record.key));
  }
}
