/**
 * The cost model (src/schema/cost.ts, src/http/introspection-cost.ts): a unit is one value of the
 * answer or 100 characters of text, sized on what the store holds, so that the cost of an operation
 * bounds its answer before it runs.
 */
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { measureCost } from '../../src/http/cost.js';
import { schema } from '../../src/schema/index.js';
import { data, store } from '../helpers.js';

const cost = (query: string, variables?: Record<string, unknown>) => measureCost(schema, { store }, parse(query), undefined, variables)!;
const units = (characters: number) => Math.ceil(characters / 100);

describe('what a field costs', () => {
  it('nodes(ids:) multiplies what it selects by the number of ids', () => {
    const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    const one = cost(query, { ids: ['a'] });
    expect(cost(query, { ids: Array(10).fill('a') }) - cost(query, { ids: [] })).toBe(10 * (one - cost(query, { ids: [] })));
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(cost(query, { ids: ['a', 'b', 'c'] }));
  });

  it("an article's paragraphs cost the longest body the store holds, by the 100 characters", () => {
    expect(store.sizes.body).toBeGreaterThan(1000);
    const withText = cost('{ articles(first: 10) { nodes { key paragraphs } } }');
    const without = cost('{ articles(first: 10) { nodes { key } } }');
    expect(withText - without).toBe(10 * units(store.sizes.body));
  });

  it('evidence costs its quote and its whole sentence by their longest stored lengths', () => {
    const base = cost('{ visits(first: 1) { nodes { evidence { paragraph } } } }');
    const text = cost('{ visits(first: 1) { nodes { evidence { paragraph quote sentence } } } }');
    const evidencePerVisit = store.sizes.lists.get('evidence') ?? store.sizes.list;
    expect(text - base).toBe(evidencePerVisit * (units(store.sizes.quote) + units(store.sizes.paragraph)));
  });

  it('a list that is not a connection multiplies by the longest such list the store holds', () => {
    const participants = cost('{ visits(first: 1) { nodes { participants { role } } } }') - cost('{ visits(first: 1) { nodes { key } } }');
    expect(participants).toBeGreaterThanOrEqual(store.sizes.participations);
  });

  it('a search, or a filter by text, adds the records its rarest word reaches, one unit per 50, whatever the page size', () => {
    const reads = (text: string) => Math.ceil(store.search.scanSize(text) / 50);
    expect(store.search.scanSize('copenhagen')).toBeGreaterThan(0);
    expect(store.search.scanSize('copenhagen beijing')).toBeLessThanOrEqual(store.search.scanSize('copenhagen'));
    expect(store.search.scanSize('copenhagen zzzunknownword')).toBe(0);
    const page = cost('{ visits(first: 1) { nodes { key } } }');
    expect(cost('{ visits(first: 1, filter: { text: "copenhagen" }) { nodes { key } } }') - page).toBe(reads('copenhagen'));
    expect(cost('{ search(text: "copenhagen", first: 1) { nodes { score } } }') - cost('{ search(text: "zzzunknownword", first: 1) { nodes { score } } }')).toBe(reads('copenhagen'));
    // Given as a variable, it is counted the same.
    expect(cost('query ($t: String!) { search(text: $t, first: 1) { nodes { score } } }', { t: 'copenhagen' })).toBe(cost('{ search(text: "copenhagen", first: 1) { nodes { score } } }'));
  });

  it('introspection costs what it answers, one unit per 100 bytes', async () => {
    const query = '{ __schema { types { name description } } }';
    const answer = await data(query);
    const bytes = Buffer.byteLength(JSON.stringify(answer));
    expect(cost(query)).toBeGreaterThanOrEqual(Math.floor(bytes / 100));
    expect(cost(query)).toBeLessThanOrEqual(units(bytes) + 5);
    // Aliased dumps cost each: fifteen of them used to cost 15.
    expect(cost(`{ a: __schema { types { name description } } b: __schema { types { name description } } }`)).toBeGreaterThanOrEqual(2 * Math.floor(bytes / 100));
  });
});

describe("an office's evidence is a page, not the whole list", () => {
  it('pages the quotes that state an office, with their total', async () => {
    const result = await data<{ mayors: { nodes: { name: string; offices: { evidence: { totalCount: number; nodes: { quote: string }[] } }[] }[] } }>(
      '{ mayors(first: 5) { nodes { name offices { evidence(first: 1) { totalCount nodes { quote } } } } } }',
    );
    const offices = result.mayors.nodes.flatMap((m) => m.offices);
    expect(offices.length).toBeGreaterThan(0);
    for (const office of offices) {
      expect(office.evidence.nodes.length).toBe(Math.min(1, office.evidence.totalCount));
      expect(office.evidence.totalCount).toBeGreaterThan(0);
    }
  });
});
