/**
 * One search box over everything: it finds people by their office titles ("governor",
 * "ambassador"), facts by their participants' roles ("witness"), organisations by the words
 * reporters use for their kind ("embassy" finds a consulate general, "chamber of commerce" a
 * traders' guild), regions by name, and articles by their text, showing the matching sentences.
 * Fixture: tests/fixtures-model/search.
 */
import { describe, expect, it } from 'vitest';
import { clientOf, loadFixture } from './helpers.js';

const store = loadFixture('search');
const query = clientOf(store);
const ARTICLE = 'fixture-news-2021-03-15-lakeshire-norwegian-partners';

interface Hit {
  score: number;
  item: { __typename: string; key: string };
  textMatches: { paragraph: number; sentence: string }[];
}

const search = async (text: string): Promise<Hit[]> =>
  (
    await query(`query ($text: String!) { search(text: $text, first: 50) { nodes {
      score
      item { __typename ... on Entity { key } ... on Fact { key } ... on Article { key } }
      textMatches { paragraph sentence }
    } } }`, { text })
  ).search.nodes;

/** "Type:key" of each hit, best first. */
const found = async (text: string): Promise<string[]> => (await search(text)).map((hit) => `${hit.item.__typename}:${hit.item.key}`);

describe('search finds', () => {
  it.each([
    ['an office title', 'governor', 'Official:ines-carrasco'],
    ['an office title', 'ambassador', 'Official:kari-solberg'],
    ['a region by its name', 'Lakeshire', 'Region:lakeshire'],
  ])('%s: "%s" finds %s', async (_, text, expected) => {
    expect(await found(text)).toContain(expected);
  });

  it('a participant role: "witness" finds the agreement that has a witness (the text says only "witnessed")', async () => {
    expect(await found('witness')).toEqual(['Agreement:lakeshire-norway-clean-shipping']);
  });

  it('an organisation kind by a synonym: "embassy" finds the consulate general, a diplomatic mission', async () => {
    expect(await found('embassy')).toEqual(['Institution:consulate-general-of-norway-puerto-lirio']);
  });

  it('an organisation kind by a synonym: "chamber of commerce" finds the traders\' guild, a business association', async () => {
    expect(await found('chamber of commerce')).toEqual(['Institution:puerto-lirio-traders-guild']);
  });

  it('the office title ranks the person above an article that merely mentions the word', async () => {
    expect(await found('ambassador')).toEqual(['Official:kari-solberg', `Article:${ARTICLE}`]);
  });

  it('the store\'s search index answers the same', () => {
    expect(store.search.query('embassy').map((hit) => hit.record.key)).toEqual(['consulate-general-of-norway-puerto-lirio']);
    expect(store.search.query('governor').map((hit) => `${hit.record.type}:${hit.record.key}`)).toContain('Person:ines-carrasco');
  });
});

describe('article text', () => {
  it('a hit in the body returns the article with the matching sentence and its paragraph', async () => {
    const hits = await search('solar ferries');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.item).toEqual({ __typename: 'Article', key: ARTICLE });
    expect(hits[0]!.textMatches).toEqual([
      { paragraph: 2, sentence: 'Puerto Lirio wants to replace its diesel boats with solar ferries by 2025, the governor said.' },
    ]);
  });

  it('every sentence holding all the words is a match', async () => {
    const [article] = (await search('governor')).filter((hit) => hit.item.__typename === 'Article');
    expect(article!.textMatches).toEqual([
      { paragraph: 0, sentence: 'Governor Ines Carrasco of Lakeshire Province welcomed a Norwegian delegation to Puerto Lirio on Monday.' },
      { paragraph: 2, sentence: 'Puerto Lirio wants to replace its diesel boats with solar ferries by 2025, the governor said.' },
      { paragraph: 3, sentence: 'An agreement on clean shipping was signed by the governor and the ambassador, witnessed by the head of the guild.' },
    ]);
  });

  it('a hit in the title only has no text matches', async () => {
    const hits = await search('Norwegian partners');
    expect(hits.map((hit) => hit.item.key)).toEqual([ARTICLE]);
    expect(hits[0]!.textMatches).toEqual([]);
  });

  it('entities and facts have no text matches', async () => {
    for (const hit of await search('governor')) if (hit.item.__typename !== 'Article') expect(hit.textMatches).toEqual([]);
  });

  it('articles(filter: { text }) finds the article by its body', async () => {
    const { articles } = await query(`{ articles(filter: { text: "diesel boats" }) { nodes { key } } }`);
    expect(articles.nodes).toEqual([{ key: ARTICLE }]);
  });
});
