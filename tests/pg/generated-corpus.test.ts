/**
 * A generated corpus of 1,000 articles (npm run gen-corpus) ingested into PostgreSQL: the same rows
 * and answers as the in-memory store, and how long it takes (printed, not asserted: the machine is shared).
 */
import { describe, expect, it } from 'vitest';
import { countsOf, expectedCounts, expectSameAnswers, expectStoreRows, expectSameSearch, ingested, rowVersions, tsRankComparison, useCluster, useGeneratedCorpus } from './helpers.js';

const ARTICLES = 1000;
const pg = useCluster();
const generated = useGeneratedCorpus(ARTICLES);
const { dir } = generated;

describe(`a generated corpus of ${ARTICLES} articles`, { timeout: 300_000 }, () => {
  it('ingests into the rows and answers of the in-memory store, its facts read again in chunks; again, it writes nothing', async () => {
    const url = await pg.database();
    // Chunks of 150 files: most visits' events, and the facts reports add to, are in other chunks than theirs.
    const first = await ingested({ databaseUrl: url, dir, chunkSize: 150 });
    expect(first).toMatchObject({ added: ARTICLES, changed: 0, unchanged: 0 });
    const counts = await countsOf(url);
    expect(counts).toEqual(expectedCounts(generated.store()));
    await expectStoreRows(url, generated.store());
    await expectSameAnswers(url, generated.store());

    const before = await rowVersions(url);
    const again = await ingested({ databaseUrl: url, dir });
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: ARTICLES, batches: 0 });
    expect(await rowVersions(url)).toEqual(before);

    const rows = Object.entries(counts).map(([table, n]) => `${n} ${table}`).join(', ');
    console.log(
      `ingest of ${ARTICLES} generated articles (${rows}): checked in ${first.checkSeconds.toFixed(1)} s, written in ${first.writeSeconds.toFixed(1)} s ` +
        `(${first.batches} transactions); again, unchanged: checked in ${again.checkSeconds.toFixed(1)} s, compared in ${again.writeSeconds.toFixed(1)} s`,
    );
  });

  it('searches as the in-memory index does, past 2,000 matches too (where only the best get the bonuses)', async () => {
    const url = await pg.database();
    await ingested({ databaseUrl: url, dir });
    const city = generated.store().list('City')[0]!.name;
    const texts = ['district heating', 'water', city, `${city} city hall`, 'business', 'mayor', 'courtesy call', 'business companies', 'sister cities'];
    const found = await expectSameSearch(url, generated.store(), texts);
    expect(found.find((f) => f.text === 'business')!.hits).toBeGreaterThan(2000);
    console.log(`search, ${ARTICLES} generated articles: ${found.map((f) => `"${f.text}" ${f.hits} hits`).join(', ')}`);
    console.log(await tsRankComparison(url, generated.store(), texts));
  });
});
