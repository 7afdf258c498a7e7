/**
 * The rows an ingest writes for an article (src/pg/rows.ts), at a corpus size where lists outgrow
 * what a function call takes as arguments (about 125,000 here): an ingest of 300,000 generated
 * articles ended with "Maximum call stack size exceeded" on an entity's mentions, and one of
 * 1,000,000 with "Invalid string length" hashing an article's rows.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { StoreBuilder } from '../../src/corpus/build-store.js';
import { validateArticleFile } from '../../src/corpus/validate-file.js';
import { groupOf, ownersOf, recordsHashOf, rowSourceOf, type ArticleGroup } from '../../src/pg/rows.js';

/** More articles than a call's arguments on Node 20's default stack. */
const ARTICLES = 200_000;

/** One small article that names Copenhagen, validated once and given a key per copy. */
function articleNamingCopenhagen() {
  const text = JSON.stringify({
    key: 'wide',
    title: 'Copenhagen hosts a forum',
    source: 'Fixture News',
    publishedAt: '2015-01-05',
    language: 'en',
    body: ['Copenhagen hosted a forum on Monday.'],
    cities: [{ key: 'copenhagen', name: 'Copenhagen', evidence: [{ quote: 'Copenhagen hosted a forum' }] }],
  });
  const { article, issues } = validateArticleFile('wide.json', text);
  expect(issues).toEqual([]);
  return article!;
}

describe('the rows of an entity that more articles mention than a call takes arguments', () => {
  it('hold a mention and a quote for each article', () => {
    const article = articleNamingCopenhagen();
    const builder = new StoreBuilder();
    const key = (i: number) => `wide-${String(i).padStart(6, '0')}`;
    for (let i = 0; i < ARTICLES; i++) builder.add({ ...article, key: key(i), file: `${key(i)}.json` });
    const { store, issues } = builder.finish();
    expect(issues).toEqual([]);

    const owner = store!.get('Article', key(0))!;
    const group = groupOf(rowSourceOf(store!), owner, ownersOf(store!).get(owner.key)!, 'content');
    expect(group.records.map((r) => `${r.kind}:${r.key}`)).toEqual(['City:copenhagen']);
    expect(group.mentions).toHaveLength(ARTICLES);
    expect(group.mentions.at(-1)).toMatchObject({ article: key(ARTICLES - 1), kind: 'City', key: 'copenhagen' });
    expect(group.evidence).toHaveLength(ARTICLES);

    // The hash is the one written before it was taken a piece at a time, of the rows as one JSON
    // text (rows.ts recordsHashOf leaves the references' times and the search documents' facets out):
    // a database ingested then is not rewritten.
    const refs = group.refs.map(({ from_time_earliest: _e, from_time_latest: _l, ...ref }) => ref);
    const search = group.search.map(({ undated: _u, facet_kind: _k, facet_status: _s, time_earliest: _e, time_latest: _l, ...doc }) => doc);
    const { content_hash: _c, records_hash: _r, ...row } = group.article;
    const whole = JSON.stringify([row, group.records, refs, group.mentions, group.evidence, search]);
    expect(whole.length).toBeGreaterThan(2 ** 20);
    expect(group.article.records_hash).toBe(createHash('sha256').update(whole).digest('hex'));
  });

  it('are hashed when their JSON is longer than a string can be', () => {
    const builder = new StoreBuilder();
    builder.add(articleNamingCopenhagen());
    const built = builder.finish().store!;
    const owner = built.get('Article', 'wide')!;
    const group = groupOf(rowSourceOf(built), owner, ownersOf(built).get('wide')!, 'content');
    // 520 quotes naming an article whose key is a megabyte long (one string, shared): 545 MB of JSON.
    const long = 'k'.repeat(2 ** 20);
    const huge: ArticleGroup = { ...group, evidence: Array.from({ length: 520 }, (_, position) => ({ ...group.evidence[0]!, position, article: long })) };
    expect(() => JSON.stringify(huge.evidence)).toThrow(/Invalid string length/);
    const hash = recordsHashOf(huge);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(recordsHashOf({ ...huge, evidence: huge.evidence.slice(1) })).not.toBe(hash);
  });
});
