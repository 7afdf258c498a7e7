import { expect, it } from 'vitest';
import type { TopicRecord } from '../../src/corpus/model.js';
import { SearchIndex } from '../../src/corpus/search.js';

const topic = (key: string, name: string) => ({ type: 'Topic', key, name, evidence: [], articleKeys: [] }) as unknown as TopicRecord;

it('ranks a result of thousands of matches: all are returned, the exact name first', () => {
  const topics = [topic('exact', 'heat pump'), ...Array.from({ length: 2500 }, (_, i) => topic(`t${i}`, `heat pump model ${i}`))];
  const hits = new SearchIndex(topics).query('Heat pump');
  expect(hits).toHaveLength(2501);
  expect(hits[0]).toMatchObject({ record: { key: 'exact' } });
  expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  expect(hits.slice(1).every((hit, i) => hit.score <= hits[i]!.score)).toBe(true);
});

it('finds words in any script and ignores case and punctuation', () => {
  const topics = [topic('kbh', 'Københavns Kommune'), topic('dh', 'District-heating (DH) exports'), topic('emoji', '😀 Smart city')];
  const index = new SearchIndex(topics);
  expect(index.query('københavns').map((hit) => hit.record.key)).toEqual(['kbh']);
  expect(index.query('DISTRICT heating, dh').map((hit) => hit.record.key)).toEqual(['dh']);
  expect(index.query('smart CITY').map((hit) => hit.record.key)).toEqual(['emoji']);
});

it('ranks the exact name first even behind thousands of equal matches', () => {
  const topics = [...Array.from({ length: 2500 }, (_, i) => topic(`t${i}`, `tourism board ${i}`)), topic('tourism', 'Tourism')];
  const hits = new SearchIndex(topics).query('tourism');
  expect(hits).toHaveLength(2501);
  expect(hits[0]).toMatchObject({ record: { key: 'tourism' } });
  expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
});
