/**
 * The names of the list statements (src/pg/reads.ts): PostgreSQL keeps 63 bytes of a prepared
 * statement's name, so a longer one would be cut, and two statements whose names begin alike would
 * be one on a connection. Every list a request can ask for, in every order and part, gets a name
 * that fits and is its own.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleFilter, FacetFilter } from '../../src/corpus/queries.js';
import { pageReads, sourceOf, type ListPart, type ListQuestion } from '../../src/pg/reads.js';

const ARTICLE_FIELDS: Required<ArticleFilter> = { source: 'Xinhua', section: 'World', language: 'en', paraphrased: true, publishedFrom: 0, publishedTo: 1 };

/**
 * Every set of an article's fields (64), alone, for an entity's articles, for a text's and for both; a kind's records, with
 * and without a range or a mode, and people by their offices; an index list, a union
 * of them or a text's matches, with every set of the tests a list of references takes (a range, a
 * second index list, a union or a text, further lists, a role, offices, a mode).
 */
function questions(): ListQuestion[] {
  const fields = Object.entries(ARTICLE_FIELDS);
  const subsets = Array.from({ length: 2 ** fields.length }, (_, bits) => Object.fromEntries(fields.filter((_, i) => bits & (1 << i))) as ArticleFilter);
  const range: FacetFilter = { range: { from: '2015-01-01' } };
  const role: FacetFilter = { role: { who: 'organisation:maersk', role: 'member' } };
  const offices: FacetFilter = { offices: [{ roles: ['mayor'], current: true }] };
  const mode: FacetFilter = { mode: ['direct'] };
  const city = { target: 'City' as const, key: 'copenhagen' };
  const country = { target: 'Country' as const, key: 'denmark', or: [city] };
  const text = { text: 'district heating' };
  return [
    ...subsets.flatMap((article) => [
      { kind: 'Article' as const, where: { article } },
      { kind: 'Article' as const, where: { article }, index: city },
      { kind: 'Article' as const, where: { article }, index: text },
      { kind: 'Article' as const, where: { article }, index: city, also: text },
    ]),
    ...[{}, range, offices, mode].map((where) => ({ kind: 'Visit' as const, where })),
    ...[{}, range, role, { ...range, ...role }, offices, { ...range, ...role, ...offices }, mode].flatMap((where) =>
      [[city], [country], [text], [city, city], [city, country], [country, city], [city, text], [country, text], [city, text, city], [city, city, city]].map(([index, also, more]) => ({
        kind: 'Visit' as const,
        where,
        index: index!,
        ...(also ? { also } : {}),
        ...(more ? { more: [more as typeof city] } : {}),
      })),
    ),
  ];
}

describe('list statements', () => {
  it('have names PostgreSQL keeps whole, one for each statement', () => {
    const texts = new Map<string, string>();
    for (const question of questions()) {
      const source = sourceOf(question);
      const statements = [pageReads.count(source, [question])];
      for (const sort of ['natural', 'naturalDesc', 'key', 'keyDesc'] as const) {
        for (const part of ['all', 'dated', 'undated'] as ListPart[]) statements.push(pageReads.page(source, sort, part, [{ ...question, sort, part, offset: 0, limit: 5 }]));
      }
      for (const { name, text } of statements) {
        expect(Buffer.byteLength(name!), name).toBeLessThanOrEqual(63);
        // One name, one text: a name that two statements shared would run the first one's text.
        expect(texts.get(name!) ?? text, name).toBe(text);
        texts.set(name!, text);
      }
    }
    // 256 sources of articles and 70 of visits (people, statements), a count and 12 pages each; all the articles, and a
    // kind's records by mode, are counted as a kind's records are, by the same statement (from record_counts).
    expect(texts.size).toBe(326 * 13 - 2);
  });
});
