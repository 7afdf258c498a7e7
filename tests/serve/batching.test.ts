/**
 * Request batching (a JSON array of operations) through the serving layer, as src/server.ts serves
 * it: Apollo Client 4's BatchHttpLink for real, the cap on operations, one cost limit and one
 * deadline for the whole batch, the response cache keyed on the batch body, the prepared-operation
 * path left out.
 */
import { ApolloClient, gql as tag, InMemoryCache } from '@apollo/client';
import { BatchHttpLink } from '@apollo/client/link/batch-http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { parse } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreparedOperations } from '../../src/cache/prepared-operations.js';
import { loadConfig } from '../../src/config.js';
import { Queries } from '../../src/corpus/queries.js';
import { measureCost } from '../../src/http/cost.js';
import { DEFAULT_LIMITS, hardening } from '../../src/http/index.js';
import { schema } from '../../src/schema/index.js';
import { createApp, type App } from '../../src/yoga.js';
import { store } from '../helpers.js';
import { appAround, listenWired, type WiredServer } from '../wired-server.js';

interface Result {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

let server: WiredServer;
let app: App;
beforeAll(async () => {
  app = createApp({ store });
  server = await listenWired(app);
});
afterAll(() => server.close());

const post = (base: string, body: unknown, accept = 'application/graphql-response+json') =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe("Apollo Client's BatchHttpLink", () => {
  it('sends three queries in one request and gets each its own answer', async () => {
    const bodies: unknown[] = [];
    const counting: typeof fetch = (input, init) => {
      bodies.push(JSON.parse(String(init?.body)));
      return fetch(input, init);
    };
    const client = new ApolloClient({
      link: new BatchHttpLink({ uri: `${server.base}/graphql`, batchMax: 10, batchInterval: 20, fetch: counting }),
      cache: new InMemoryCache(),
    });
    const [copenhagen, beijing, denmark] = await Promise.all([
      client.query({ query: tag`query Copenhagen { city(by: { key: "copenhagen" }) { key name } }` }),
      client.query({ query: tag`query Beijing { city(key: "beijing") { key name } }` }),
      client.query({ query: tag`query Denmark { country(key: "denmark") { key name } }` }),
    ]);
    console.log('BatchHttpLink sent', JSON.stringify(bodies.map((b) => (b as { operationName: string }[]).map((o) => o.operationName))), 'and got', JSON.stringify([copenhagen.data, beijing.data, denmark.data]));
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toHaveLength(3);
    expect(copenhagen.data).toEqual({ city: { __typename: 'City', key: 'copenhagen', name: 'Copenhagen' } });
    expect(beijing.data).toEqual({ city: { __typename: 'City', key: 'beijing', name: 'Beijing' } });
    expect(denmark.data).toEqual({ country: { __typename: 'Country', key: 'denmark', name: 'Denmark' } });
  });

  it("an operation's error reaches that operation only", async () => {
    const client = new ApolloClient({ link: new BatchHttpLink({ uri: `${server.base}/graphql`, batchInterval: 20 }), cache: new InMemoryCache() });
    const [good, bad] = await Promise.allSettled([
      client.query({ query: tag`query Good { city(key: "copenhagen") { name } }` }),
      client.query({ query: tag`query Bad { city { name } }` }),
    ]);
    expect(good).toMatchObject({ status: 'fulfilled', value: { data: { city: { name: 'Copenhagen' } } } });
    expect(bad.status).toBe('rejected');
    expect(String((bad as PromiseRejectedResult).reason)).toContain('takes exactly one of "by", "key" or "id"');
  });
});

describe('the cap on operations (MAX_BATCH_OPERATIONS)', () => {
  const operation = { query: '{ city(key: "copenhagen") { name } }' };

  it(`a batch of ${DEFAULT_LIMITS.maxBatchOperations} is answered, one more is refused with 400 MAX_BATCH_OPERATIONS_EXCEEDED`, async () => {
    const full = await post(server.base, Array(DEFAULT_LIMITS.maxBatchOperations).fill(operation));
    expect(full.status).toBe(200);
    expect(((await full.json()) as Result[]).map((r) => r.data)).toEqual(Array(DEFAULT_LIMITS.maxBatchOperations).fill({ city: { name: 'Copenhagen' } }));
    const over = await post(server.base, Array(DEFAULT_LIMITS.maxBatchOperations + 1).fill(operation));
    expect(over.status).toBe(400);
    expect(await over.json()).toEqual({
      errors: [
        {
          message: `The batch has too many operations: ${DEFAULT_LIMITS.maxBatchOperations + 1}, the maximum is ${DEFAULT_LIMITS.maxBatchOperations}. Send fewer at a time.`,
          extensions: { code: 'MAX_BATCH_OPERATIONS_EXCEEDED', limit: 'batchOperations', max: DEFAULT_LIMITS.maxBatchOperations, value: DEFAULT_LIMITS.maxBatchOperations + 1 },
        },
      ],
    });
  });

  it('a batch of 3,000 operations is refused fast, and for application/json clients too', async () => {
    const started = performance.now();
    const response = await post(server.base, Array(3000).fill({ query: '{ a }' }), 'application/json');
    expect(response.status).toBe(400);
    expect(((await response.json()) as Result).errors?.[0]?.extensions?.['code']).toBe('MAX_BATCH_OPERATIONS_EXCEEDED');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('an empty batch is a BAD_REQUEST', async () => {
    const response = await post(server.base, []);
    expect(response.status).toBe(400);
    expect(((await response.json()) as Result).errors?.[0]).toMatchObject({ message: expect.stringContaining('The batch is empty'), extensions: { code: 'BAD_REQUEST' } });
  });

  it('MAX_BATCH_OPERATIONS=0 turns batching off', async () => {
    expect(loadConfig({ MAX_BATCH_OPERATIONS: '0' }).limits.maxBatchOperations).toBe(0);
    expect(() => loadConfig({ MAX_BATCH_OPERATIONS: '-1' })).toThrow('MAX_BATCH_OPERATIONS');
    const off = await listenWired(createApp({ store, config: { limits: { ...DEFAULT_LIMITS, maxBatchOperations: 0 } } }));
    try {
      const response = await post(off.base, [operation]);
      expect(response.status).toBe(400);
      expect(((await response.json()) as Result).errors?.[0]).toMatchObject({ message: 'Batching is not supported.', extensions: { code: 'BAD_REQUEST' } });
    } finally {
      await off.close();
    }
  });
});

describe('one cost limit for the whole batch', () => {
  const query = '{ cities(first: 40) { nodes { key name country { name } } } }';
  const cost = measureCost(schema, { store, queries: new Queries(store) }, parse(query))!;

  it('operations that fit alone but not together: the one that would take the batch over the limit is refused with MAX_COST_EXCEEDED', async () => {
    // Room for two of them, not three.
    const maxCost = Math.floor(cost * 2.5);
    const limited = await listenWired(createApp({ store, config: { limits: { ...DEFAULT_LIMITS, maxCost } } }));
    try {
      const alone = await post(limited.base, { query });
      expect(alone.status).toBe(200);
      const response = await post(limited.base, [{ query }, { query }, { query }]);
      expect(response.status).toBe(200);
      const results = (await response.json()) as Result[];
      expect(results[0]?.data).toEqual(((await (await post(limited.base, { query })).json()) as Result).data);
      expect(results[1]?.data).toEqual(results[0]?.data);
      expect(results[2]).toEqual({
        errors: [
          {
            message: `The batch is too expensive: this operation (cost ${cost}) would bring the cost of its operations to ${3 * cost}, the maximum for a whole batch is ${maxCost}. Send it in a batch of its own or in a request of its own.`,
            extensions: { code: 'MAX_COST_EXCEEDED', limit: 'cost', max: maxCost, value: 3 * cost },
          },
        ],
      });
    } finally {
      await limited.close();
    }
  });

  it('an operation over the limit on its own is refused as it would be alone, and its batch is still answered', async () => {
    const response = await post(server.base, [{ query: '{ city(key: "copenhagen") { name } }' }, { query: '{ cities(first: 100) { nodes { visits(first: 100) { nodes { key } } } } }' }]);
    expect(response.status).toBe(200);
    const [first, second] = (await response.json()) as Result[];
    expect(first?.data).toEqual({ city: { name: 'Copenhagen' } });
    expect(second?.errors?.[0]?.extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED' });
  });
});

describe('the serving layer', () => {
  it('keeps a batch answered twice in the response cache (keyed on its body), and never takes the prepared-operation path', async () => {
    const body = [{ query: 'query Cached { city(key: "copenhagen") { name } }' }, { query: 'query Cached2($key: String!) { city(key: $key) { name } }', variables: { key: 'beijing' } }];
    const hits = server.handler.cache.hits;
    const fast = app.prepared.served;
    const texts: string[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await post(server.base, body);
      expect(response.status).toBe(200);
      texts.push(await response.text());
    }
    expect(new Set(texts).size).toBe(1);
    expect(JSON.parse(texts[0]!)).toEqual([{ data: { city: { name: 'Copenhagen' } } }, { data: { city: { name: 'Beijing' } } }]);
    // Kept on the second answer: the last four are hits.
    expect(server.handler.cache.hits - hits).toBe(4);
    expect(app.prepared.served).toBe(fast);
  });
});

describe('one deadline for the whole batch', () => {
  const slowSchema = createSchema({
    typeDefs: 'type Query { slow(ms: Int!): Int items(n: Int!): [Item!]! } type Item { a: Int }',
    resolvers: {
      Query: {
        items: (_: unknown, { n }: { n: number }) => Array.from({ length: n }, (_, a) => ({ a })),
        slow: (_: unknown, { ms }: { ms: number }) => {
          const until = performance.now() + ms;
          while (performance.now() < until);
          return ms;
        },
      },
    },
  });

  it('operations that each fit in EXECUTION_TIMEOUT_MS but not together: the later ones time out, and the answer is not kept', async () => {
    const hardened = hardening({ limits: { executionTimeoutMs: 150 } }, renderGraphiQL);
    const yoga = createYoga({ schema: slowSchema, ...hardened.options, plugins: hardened.plugins });
    const prepared = new PreparedOperations(slowSchema, {}, { ...hardened.limits });
    const slow = await listenWired(appAround(yoga as unknown as App['yoga'], prepared, hardened.caches));
    try {
      const query = '{ slow(ms: 100) items(n: 20) { a } }';
      const alone = (await (await post(slow.base, { query })).json()) as Result;
      expect(alone.data?.['slow']).toBe(100);
      const batch = [{ query }, { query }, { query }];
      for (let i = 0; i < 3; i++) {
        const response = await post(slow.base, batch);
        expect(response.status).toBe(200);
        const results = (await response.json()) as Result[];
        expect(results[0]).toEqual(alone);
        expect(results.slice(1).map((r) => r.errors?.[0]?.extensions?.['code'])).toEqual(['EXECUTION_TIMEOUT', 'EXECUTION_TIMEOUT']);
      }
      // Asked three times and never kept: a timeout depends on the load, not on the request.
      expect(slow.handler.cache.size).toBe(0);
    } finally {
      await slow.close();
    }
  });
});
