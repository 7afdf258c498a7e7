/**
 * The rows an ingest writes for an article (src/pg/rows.ts), at a corpus size where lists outgrow
 * what a function call takes as arguments (about 125,000 here): an ingest of 300,000 generated
 * articles ended with "Maximum call stack size exceeded" on an entity's mentions.
 */
import { describe, expect, it } from 'vitest';
import { StoreBuilder } from '../../src/corpus/build-store.js';
import { validateArticleFile } from '../../src/corpus/validate-file.js';
import { groupOf, ownersOf, rowSourceOf } from '../../src/pg/rows.js';

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
  });
});
