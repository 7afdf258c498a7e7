/**
 * Full-text search in PostgreSQL (tsvector + GIN, src/pg/search-doc.ts and searchReads in src/pg/reads.ts) finds what
 * the in-memory index finds, ranked the same; and how PostgreSQL's own ts_rank would rank it instead.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { ArticleRecord } from '../../src/corpus/model.js';
import { migrate } from '../../src/pg/migrate.js';
import { searchReads } from '../../src/pg/reads.js';
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
  // More words than a search statement writes a term for each of (reads.ts INLINE_WORDS), all in one title.
  'Jinan opens a three-day commodity fair for sister cities from 17 countries and regions',
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
    expect(found.find((f) => f.text.startsWith('Jinan'))!.hits).toBeGreaterThan(0);
    expect(searchTermsOf(found.find((f) => f.text.startsWith('Jinan'))!.text).words.length).toBeGreaterThan(8);
    console.log(`search, data/articles: ${found.map((f) => `"${f.text}" ${f.hits} hits (scan ${f.scanSize})`).join(', ')}`);
    console.log(await tsRankComparison(url, store, SEARCH_TEXTS));
  });

  it('ranks a name that is the query first, even past the best 2,000 matches by word weight (exact names always get the bonus)', async () => {
    await withClient(await pg.database(), async (client) => {
      await migrate(client);
      // 2,100 articles with "alpha" in their titles, ranked before a topic named "Alpha" at the same word weight: articles rank before topics.
      await client.query(`INSERT INTO articles (key, file, content_hash, records_hash, title, source, published_at, language, body, order_key, published_earliest, published_latest)
                          VALUES ('a', 'a.json', '', '', 'Alpha', 'S', '2014-12-04', 'en', '{}', '2014-12-04', now(), now())`);
      await client.query(`INSERT INTO search_docs (kind, key, article, order_key, doc, names, phrases, undated)
                          SELECT 'Article', 'a' || lpad(i::text, 5, '0'), 'a', lpad(i::text, 5, '0'), '''alpha'':1A ''news'':2A'::tsvector, '{alpha news}'::text[], '{}'::text[], false
                            FROM generate_series(1, 2100) AS i
                          UNION ALL SELECT 'Topic', 'alpha', 'a', 'alpha', '''alpha'':1A', '{alpha}', '{alpha}', true`);
      const first = (await client.query(searchReads.first('Alpha', 3)!)).rows;
      expect(first).toEqual([
        { kind: 'Topic', key: 'alpha', score: 4.5, total: 2101 },
        { kind: 'Article', key: 'a00001', score: 3, total: 2101 },
        { kind: 'Article', key: 'a00002', score: 3, total: 2101 },
      ]);
      expect((await client.query(searchReads.page('Alpha', 0, 3)!)).rows).toEqual(first.map(({ total: _total, ...hit }) => hit));
    });
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
