/**
 * The caches that grow with requests, bounded in bytes (issue 12.2): respellings of a search share
 * one memo entry and get exactly the same answers; each cache drops its least recently used entries
 * beyond its budget; an entry is charged again when it grows (a validation result, compiled code);
 * and the size estimates count what makes documents large (comment tokens, spread fragments).
 */
import { GraphQLError, parse, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentCache } from '../../src/cache/document-cache.js';
import { REPEATS_BEFORE_COMPILING } from '../../src/cache/prepared-operations.js';
import { COMMENT_TOKEN_BYTES, documentBytes, spreadFields } from '../../src/cache/sizes.js';
import { Queries } from '../../src/corpus/queries.js';
import { normalize } from '../../src/corpus/search.js';
import { operationLimiter } from '../../src/http/cost.js';
import { schema } from '../../src/schema/index.js';
import { app, store } from '../helpers.js';
import { listenWired, type WiredServer } from '../wired-server.js';

const DATE_DESC = { field: 'date', direction: 'desc' } as const;
/** Records and scores: what search finds (a hit's `query` is the spelling that found it, read only through its words). */
const found = (hits: readonly { record: { type: string; key: string }; score: number }[]) => hits.map((h) => [h.record.type, h.record.key, h.score]);

describe('respellings of a search', () => {
  const spellings = ['district heating', 'District Heating', '  district   heating. ', 'DISTRICT-HEATING!', 'district, heating?', 'the district of heating', '"District heating"'];

  it('have one normal form, and search finds the same records with the same scores for each', () => {
    expect(new Set(spellings.map(normalize))).toEqual(new Set(['district heating']));
    const expected = found(store.search.query(spellings[0]!));
    expect(expected.length).toBeGreaterThan(0);
    for (const text of spellings) expect(found(store.search.query(text)), text).toEqual(expected);
  });

  it('search reads a text only through its normal form: any two texts with the same one find the same, however they are spelt', () => {
    // Words of the corpus, respelt at random: case, punctuation, spacing and stopwords around them.
    const words = [...new Set(store.list('Article').flatMap((a) => normalize(a.title).split(' ')))].filter((w) => /^[a-z0-9]+$/.test(w)).slice(0, 40);
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const respell = (word: string) =>
      [...word].map((c) => (random(2) ? c.toUpperCase() : c)).join('') + ['', '.', ',', '!', ' ', '-', '  ', '; the'][random(8)];
    let compared = 0;
    for (let i = 0; i < 200; i++) {
      const chosen = Array.from({ length: 1 + random(3) }, () => words[random(words.length)]!);
      const plain = chosen.join(' ');
      const respelt = `${' '.repeat(random(3))}${chosen.map(respell).join(random(2) ? ' ' : ' of ')}`;
      expect(normalize(respelt)).toBe(normalize(plain));
      const expected = found(store.search.query(plain));
      compared += expected.length;
      expect(found(store.search.query(respelt)), respelt).toEqual(expected);
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('share one memo entry', () => {
    const queries = new Queries(store);
    const first = queries.search(spellings[0]!);
    const entries = queries.memoEntries;
    for (const text of spellings) expect(queries.search(text), text).toBe(first);
    expect(queries.memoEntries).toBe(entries);
    // Stopwords alone ("to", "To.") find nothing, all in one entry.
    const none = queries.search('to');
    expect(none).toEqual([]);
    expect(queries.search('To.')).toBe(none);
    expect(queries.search(' to ')).toBe(none);
  });

  it('share one entry in text filters, where an empty text still filters nothing and a text of stopwords matches nothing', () => {
    const queries = new Queries(store);
    const list = queries.cities({ text: 'copenhagen' }, DATE_DESC);
    const entries = queries.memoEntries;
    expect(list.slice().map((c) => c.key)).toEqual(['copenhagen']);
    for (const text of ['Copenhagen', ' COPENHAGEN.', 'copenhagen!']) expect(queries.cities({ text }, DATE_DESC)).toBe(list);
    expect(queries.memoEntries).toBe(entries);
    expect(queries.cities({ text: '' }, DATE_DESC).length).toBe(store.list('City').length);
    expect(queries.cities({ text: ' to ' }, DATE_DESC).length).toBe(0);
  });

  it('get the same answer bytes through the API, text matches included', async () => {
    const query = 'query ($text: String!) { search(text: $text, first: 20) { totalCount nodes { score item { __typename ... on Article { title } } textMatches { paragraph sentence } } } }';
    const answers = new Set<string>();
    for (const text of spellings) {
      const response = await app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { text } }) });
      expect(response.status).toBe(200);
      answers.add(await response.text());
    }
    expect(answers.size).toBe(1);
    expect([...answers][0]).toContain('"sentence"');
  });
});

describe('least recently used entries go first', () => {
  it('in the query memo: beyond its budget, the entry not asked for longest is dropped', () => {
    const measure = new Queries(store);
    const size: Record<string, number> = {};
    for (const word of ['copenhagen', 'mayor', 'water', 'city']) {
      const before = measure.memoBytes;
      measure.search(word);
      size[word] = measure.memoBytes - before;
    }
    // b the largest, d the smallest: with room for a, b and c, adding d drops b alone once a is asked for again.
    const [d, a, c, b] = Object.keys(size).sort((x, y) => size[x]! - size[y]!) as [string, string, string, string];
    const queries = new Queries(store, size[a]! + size[b]! + size[c]!);
    const kept = Object.fromEntries([a, b, c].map((word) => [word, queries.search(word)]));
    expect(queries.memoBytes).toBe(size[a]! + size[b]! + size[c]!);
    expect(queries.search(a)).toBe(kept[a]); // a is now the most recently used: b the least
    queries.search(d);
    expect(queries.memoBytes).toBeLessThanOrEqual(size[a]! + size[b]! + size[c]!);
    expect(queries.search(a)).toBe(kept[a]);
    expect(queries.search(b)).not.toBe(kept[b]); // dropped, found again
    expect(queries.search(b)).toEqual(kept[b]);
  });

  it('in the document cache: parsed documents by text, within their budget', () => {
    const texts = ['{ a }', '{ b }', '{ c }', '{ d }'];
    const sizes = texts.map((text) => {
      const cache = new DocumentCache({ documentBytes: 1e9, errorBytes: 1e9 });
      cache.yogaOptions.documentCache!.set(text, parse(text));
      return cache.sizes.documents;
    });
    const cache = new DocumentCache({ documentBytes: sizes[0]! * 3, errorBytes: 1e6 });
    const { documentCache } = cache.yogaOptions;
    const documents = texts.map((text) => parse(text));
    for (let i = 0; i < 3; i++) documentCache!.set(texts[i]!, documents[i]!);
    expect(documentCache!.get(texts[0]!)).toBe(documents[0]);
    documentCache!.set(texts[3]!, documents[3]!);
    expect(cache.sizes.documents).toBeLessThanOrEqual(sizes[0]! * 3);
    expect(documentCache!.get(texts[0]!)).toBe(documents[0]);
    expect(documentCache!.get(texts[1]!)).toBeUndefined();
    expect(documentCache!.get(texts[2]!)).toBe(documents[2]);
    expect(documentCache!.get(texts[3]!)).toBe(documents[3]);
  });

  it('in the cost cache: many values of a cost variable stay within its budget, each cost as measured afresh', () => {
    const context = { store, queries: new Queries(store) };
    const document = parse('query ($n: Int) { cities(first: $n) { nodes { name } } }');
    const bounded = operationLimiter({ maxCost: 50, maxListItems: 100, costCacheBytes: 16 * 1024 });
    for (let n = 1; n <= 1000; n++) {
      const fresh = operationLimiter({ maxCost: 50, maxListItems: 100, costCacheBytes: 16 * 1024 });
      const args = { document, schema, contextValue: context };
      expect(bounded(args, { n })?.message, String(n)).toBe(fresh(args, { n })?.message);
    }
    expect(bounded.cacheBytes()).toBeGreaterThan(8 * 1024);
    expect(bounded.cacheBytes()).toBeLessThanOrEqual(16 * 1024);
  });

  it('in the cost cache: a cost measured on one corpus is not the answer for another (a database store after an ingest)', () => {
    const document = parse('query ($n: Int) { cities(first: $n) { nodes { name } } }');
    // The same store with names 50 times as long: what a new corpus version's value sizes look like to the cost.
    const longer = { ...store.sizes, text: store.sizes.text * 50, byField: new Map([...store.sizes.byField].map(([field, units]) => [field, units * 50])) };
    const before = { document, schema, contextValue: { store, queries: new Queries(store) } };
    const after = { document, schema, contextValue: { store: Object.assign(Object.create(store) as typeof store, { sizes: longer }), queries: new Queries(store) } };
    const limits = { maxCost: 1, maxListItems: 100 };
    const kept = operationLimiter(limits);
    expect(kept(before, { n: 10 })?.message).toBe(operationLimiter(limits)(before, { n: 10 })?.message);
    const measured = operationLimiter(limits)(after, { n: 10 })?.message;
    expect(measured).not.toBe(kept(before, { n: 10 })?.message);
    expect(kept(after, { n: 10 })?.message).toBe(measured);
  });
});

describe('entries charged for what they grow by', () => {
  it('a document, once validated with errors, is charged for them', () => {
    const cache = new DocumentCache({ documentBytes: 1e9, errorBytes: 1e9 });
    const document = parse('{ nosuchfield }');
    cache.yogaOptions.documentCache!.set('{ nosuchfield }', document);
    const parsed = cache.sizes.documents;
    const onValidate = cache.plugin.onValidate as unknown as (payload: unknown) => ((payload: { result: readonly Error[] }) => void) | void;
    const after = onValidate({ params: { documentAST: document }, setResult: () => undefined });
    after!({ result: [new GraphQLError('Cannot query field "nosuchfield" on type "Query".')] });
    expect(cache.sizes.documents).toBeGreaterThan(parsed + 2048);
    // And the result is kept: the next validation of the document is answered from it.
    let kept: unknown;
    onValidate({ params: { documentAST: document }, setResult: (result: unknown) => (kept = result) });
    expect(kept).toHaveLength(1);
  });

  describe('a prepared operation, once compiled, is charged for its code', () => {
    let server: WiredServer;
    let base: string;
    beforeAll(async () => {
      server = await listenWired(app);
      base = server.base;
    });
    afterAll(() => server.close());

    it('and the budget bounds it', async () => {
      const query = 'query Charged($key: String!) { city(key: $key) { name key country { name } } }';
      const sizes: number[] = [];
      for (let i = 0; i <= REPEATS_BEFORE_COMPILING + 1; i++) {
        const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { key: `city-${i}` } }) });
        expect(response.status).toBe(200);
        await response.text();
        sizes.push(app.prepared.byteSize);
      }
      // Taught by the first request, compiled on the last: 4 KB and 1.4 KB for each of its 5 fields more.
      expect(sizes.slice(0, REPEATS_BEFORE_COMPILING + 1)).toEqual(Array(REPEATS_BEFORE_COMPILING + 1).fill(sizes[0]));
      expect(sizes[REPEATS_BEFORE_COMPILING + 1]! - sizes[0]!).toBe(4096 + 5 * 1400);
      expect(app.prepared.byteSize).toBeLessThanOrEqual(app.memory.budgets.preparedOperationsBytes);
    });
  });
});

describe('size estimates', () => {
  it('count comment tokens, which the token limit does not', () => {
    const plain = parse('{ __typename }');
    const commented = parse(`{ __typename }\n${'#\n'.repeat(2000)}`);
    expect(documentBytes(commented) - documentBytes(plain)).toBeGreaterThanOrEqual(2000 * COMMENT_TOKEN_BYTES);
  });

  it('count fields with fragments spread, up to a cap (fragments in fragments multiply)', () => {
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join(' ');
    const document: DocumentNode = parse(`query { ...F30 } fragment F0 on Query { __typename } ${fragments}`);
    const started = performance.now();
    expect(spreadFields(document, undefined, 10_000)).toBe(10_000);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(spreadFields(parse('{ a { b c } ...on Query { d } }'), undefined, 100)).toBe(4);
  });
});
