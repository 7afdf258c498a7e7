/**
 * Full-text search in PostgreSQL (tsvector + GIN, src/pg/search-doc.ts and searchReads in src/pg/reads.ts) finds what
 * the in-memory index finds, ranked the same; and how PostgreSQL's own ts_rank would rank it instead.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { ArticleRecord } from '../../src/corpus/model.js';
import { searchDocOf, searchTermsOf } from '../../src/pg/search-doc.js';
import { ARTICLES_DIR } from '../corpus/helpers.js';
import { expectSameSearch, ingested, tsRankComparison, useCluster, withClient } from './helpers.js';

const pg = useCluster();

const SEARCH_TEXTS = [
  'district heating',
  'water',
  'Copenhagen',
  'Beijing mayor',
  'sister cities',
  'Frank Jensen',
  'DISTRICT-heating!',
  'visit',
  // Stopwords only, and a word no record holds: nothing.
  'the of',
  'xylophone',
];

describe('search in PostgreSQL', () => {
  it('finds the records the in-memory search finds, with the same scores in the same order', async () => {
    const url = await pg.database();
    const store = loadCorpus(ARTICLES_DIR);
    await ingested({ databaseUrl: url, dir: ARTICLES_DIR });
    const found = await expectSameSearch(url, store, SEARCH_TEXTS);
    expect(found.find((f) => f.text === 'district heating')!.hits).toBeGreaterThan(0);
    expect(found.find((f) => f.text === 'Copenhagen')!.hits).toBeGreaterThan(5);
    expect(found.find((f) => f.text === 'the of')!.hits).toBe(0);
    console.log(`search, data/articles: ${found.map((f) => `"${f.text}" ${f.hits} hits (scan ${f.scanSize})`).join(', ')}`);
    console.log(await tsRankComparison(url, store, SEARCH_TEXTS));
  });

  it('finds a word longer than PostgreSQL\'s longest lexeme (a run of CJK characters is one word) by its hash', async () => {
    const long = '漢'.repeat(1000);
    const { words, tsquery } = searchTermsOf(`${long} heating`);
    expect(words[0]).toMatch(/^#[0-9a-f]{64}$/);
    const article = { type: 'Article', key: 'a', title: `District heating ${long}`, body: ['Water.'] } as unknown as ArticleRecord;
    const { doc } = searchDocOf(article);
    await withClient(await pg.database(), async (client) => {
      const match = (query: string) => client.query('SELECT $1::tsvector @@ $2::tsquery AS hit', [doc, query]).then((r) => r.rows[0].hit);
      expect(await match(tsquery)).toBe(true);
      expect(await match(searchTermsOf(`${long.slice(1)} heating`).tsquery)).toBe(false);
      expect(await match(searchTermsOf('water').tsquery)).toBe(true);
    });
  });
});
