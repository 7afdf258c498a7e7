/**
 * The limits' defaults fit the API's real queries (the GraphiQL examples, GraphiQL's own
 * introspection query), every limit is configurable, and the cost is list-aware whether first
 * is a literal or a variable.
 */
import { getIntrospectionQuery, Lexer, parse, Source, TokenKind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { loadExamples } from '../../src/examples.js';
import { measureCost } from '../../src/http/cost.js';
import { DEFAULT_LIMITS } from '../../src/http/defaults.js';
import { schema } from '../../src/schema/index.js';
import { createApp } from '../../src/yoga.js';

const store = loadCorpus('data/articles');
const examples = loadExamples();
const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

function post(app: ReturnType<typeof createApp>, query: string, variables?: Record<string, unknown>) {
  return app.fetch('http://localhost/graphql', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ query, variables }) });
}

const tokens = (query: string) => {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
};

/** What GraphiQL sends to build its docs and autocompletion (the fullest variant graphql-js offers). */
const GRAPHIQL_INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

describe('defaults fit the real queries', () => {
  const app = createApp({ store, examples });

  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [e.name, e] as const))('the %s example runs under the default limits', async (_name, example) => {
    const response = await post(app, example.query, example.variables);
    const body = (await response.json()) as { errors?: unknown[] };
    expect(response.status, JSON.stringify(body.errors)).toBe(200);
    expect(body.errors).toBeUndefined();
    const cost = measureCost(schema, { store }, parse(example.query), undefined, example.variables);
    console.log(
      `${example.name}: ${tokens(example.query)} tokens (max ${DEFAULT_LIMITS.maxTokens}), cost ${cost} (max ${DEFAULT_LIMITS.maxCost})`,
    );
    expect(cost).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost / 1.5); // headroom for the examples to grow
    expect(tokens(example.query)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxTokens / 2);
  });

  it("GraphiQL's introspection query runs under the default limits", async () => {
    const response = await post(app, GRAPHIQL_INTROSPECTION);
    const body = (await response.json()) as { data?: { __schema: { types: unknown[] } }; errors?: unknown[] };
    expect(response.status, JSON.stringify(body.errors)).toBe(200);
    expect(body.data!.__schema.types.length).toBeGreaterThan(50);
    expect(tokens(GRAPHIQL_INTROSPECTION)).toBeLessThan(DEFAULT_LIMITS.maxTokens / 2);
    const cost = measureCost(schema, { store }, parse(GRAPHIQL_INTROSPECTION));
    console.log(`GraphiQL introspection: ${tokens(GRAPHIQL_INTROSPECTION)} tokens, cost ${cost}`);
    expect(cost).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost / 1.5); // the schema may grow and GraphiQL must still load it
  });
});

describe('list-aware cost', () => {
  const nested = (first: string) => `{ cities(first: ${first}) { nodes { visits(first: ${first}) { nodes { key } } } } }`;

  it('a connection multiplies what is under it by its first', () => {
    const ten = measureCost(schema, { store }, parse(nested('10')))!;
    const twenty = measureCost(schema, { store }, parse(nested('20')))!;
    expect(twenty / ten).toBeGreaterThan(3.5); // two nested connections: about (20/10)^2
  });

  it('first given as a variable costs the same as the literal', () => {
    const literal = measureCost(schema, { store }, parse(nested('50')));
    const variable = measureCost(schema, { store }, parse(`query Q($n: Int) ${nested('$n')}`), 'Q', { n: 50 });
    expect(variable).toBe(literal);
  });

  it('first over the page cap is counted at the cap', () => {
    expect(measureCost(schema, { store }, parse(nested('1000000')))).toBe(measureCost(schema, { store }, parse(nested('100'))));
  });

  it('a variable first over the cost limit is refused before execution, with no data', async () => {
    const app = createApp({ store });
    const response = await post(app, `query Q($n: Int) ${nested('$n')}`.replace('{ key }', '{ key hostCity { visits(first: $n) { nodes { key } } } }'), { n: 100 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { data?: unknown; errors: { extensions: Record<string, unknown> }[] };
    expect(body).not.toHaveProperty('data');
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED', limit: 'cost', max: DEFAULT_LIMITS.maxCost });
  });

  // The cost is remembered per operation and page-size variables: these check it is never reused for other page sizes.
  const deep = `query Q($key: String!, $n: Int = 100) {
    city(key: $key) { visits(first: $n) { nodes { hostCity { visits(first: $n) { nodes { hostCity { visits(first: $n) { nodes { key } } } } } } } } }
  }`;

  it('the same operation with another key costs the same, with a larger page size more', async () => {
    const app = createApp({ store });
    expect((await post(app, deep, { key: 'copenhagen', n: 1 })).status).toBe(200);
    expect((await post(app, deep, { key: 'beijing', n: 1 })).status).toBe(200);
    const costly = await post(app, deep, { key: 'beijing', n: 100 });
    expect(costly.status).toBe(400);
    expect(await costly.json()).toMatchObject({ errors: [{ extensions: { code: 'MAX_COST_EXCEEDED' } }] });
  });

  it('a page size left out takes its default, which costs more than one given as null', async () => {
    const app = createApp({ store });
    expect((await post(app, deep, { key: 'copenhagen', n: null })).status).toBe(200); // null: the default page size, 20
    const leftOut = await post(app, deep, { key: 'copenhagen' }); // the variable's default, 100
    expect(leftOut.status).toBe(400);
    expect(await leftOut.json()).toMatchObject({ errors: [{ extensions: { code: 'MAX_COST_EXCEEDED' } }] });
  });
});

describe('every limit is configurable', () => {
  const query = '{ a: city(key: "copenhagen") { name country { name } } b: __typename @include(if: true) }';
  it.each([
    ['maxTokens', { maxTokens: 10 }, 'MAX_TOKENS_EXCEEDED', 'the maximum is 10'],
    ['maxDepth', { maxDepth: 2 }, 'MAX_DEPTH_EXCEEDED', 'its depth is 3, the maximum is 2'],
    ['maxAliases', { maxAliases: 1 }, 'MAX_ALIASES_EXCEEDED', '2, the maximum is 1'],
    ['maxAliasLength', { maxAliasLength: 0 }, 'MAX_ALIAS_LENGTH_EXCEEDED', 'an alias of length 1, the maximum is 0'],
    ['maxDirectives', { maxDirectives: 0 }, 'MAX_DIRECTIVES_EXCEEDED', '1, the maximum is 0'],
    ['maxCost', { maxCost: 3 }, 'MAX_COST_EXCEEDED', 'the maximum is 3'],
  ] as const)('%s', async (_name, limits, code, message) => {
    const app = createApp({ store, config: { limits: { ...DEFAULT_LIMITS, ...limits } } });
    const response = await post(app, query);
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(response.status).toBe(400);
    expect(body.errors[0]).toMatchObject({ message: expect.stringContaining(message), extensions: { code } });
  });

  it('maxListItems', async () => {
    const app = createApp({ store, config: { limits: { ...DEFAULT_LIMITS, maxListItems: 2 } } });
    const response = await post(app, '{ nodes(ids: ["a", "b", "c"]) { id } }');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'MAX_LIST_ITEMS_EXCEEDED', max: 2, value: 3 } }] });
  });

  it('field suggestions can be turned back on', async () => {
    const app = createApp({ store, config: { limits: { ...DEFAULT_LIMITS, fieldSuggestions: true } } });
    const body = (await (await post(app, '{ citys { totalCount } }')).json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toContain('Did you mean');
  });

  it('reads every limit from the environment, with documented defaults', () => {
    const defaults = loadConfig({});
    expect(defaults.limits).toEqual(DEFAULT_LIMITS);
    expect(defaults.exposeErrorDetails).toBe(false);
    const set = loadConfig({
      MAX_QUERY_TOKENS: '500',
      MAX_QUERY_DEPTH: '8',
      MAX_QUERY_ALIASES: '5',
      MAX_ALIAS_LENGTH: '32',
      MAX_QUERY_DIRECTIVES: '3',
      MAX_QUERY_COST: '5000',
      MAX_LIST_ITEMS: '50',
      MAX_BODY_BYTES: '20000',
      MAX_JSON_DEPTH: '8',
      EXECUTION_TIMEOUT_MS: '1500',
      FIELD_SUGGESTIONS: 'true',
      MAX_BATCH_OPERATIONS: '4',
      HTTP_HEADERS_TIMEOUT_MS: '2000',
      HTTP_REQUEST_TIMEOUT_MS: '4000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
      HTTP_SOCKET_IDLE_TIMEOUT_MS: '9000',
      EXPOSE_ERROR_DETAILS: 'true',
      LOG_LEVEL: 'debug',
      METRICS_PATH: 'off',
    });
    expect(set.limits).toEqual({
      maxTokens: 500,
      maxDepth: 8,
      maxAliases: 5,
      maxAliasLength: 32,
      maxDirectives: 3,
      maxCost: 5000,
      maxListItems: 50,
      maxBodyBytes: 20000,
      maxJsonDepth: 8,
      executionTimeoutMs: 1500,
      fieldSuggestions: true,
      maxBatchOperations: 4,
    });
    expect(set.httpTimeouts).toEqual({ headersTimeoutMs: 2000, requestTimeoutMs: 4000, keepAliveTimeoutMs: 1000, socketIdleTimeoutMs: 9000 });
    expect(set).toMatchObject({ exposeErrorDetails: true, logLevel: 'debug', metricsPath: false, maxBodyBytes: 20000 });
  });

  it.each([
    ['MAX_QUERY_DEPTH', 'deep'],
    ['MAX_QUERY_COST', '-1'],
    ['LOG_LEVEL', 'loud'],
    ['EXPOSE_ERROR_DETAILS', 'maybe'],
    ['METRICS_PATH', 'metrics'],
    ['PG_STANDBY_POLL_MS', '0'],
    ['PG_STANDBY_POLL_MS', 'soon'],
  ])('refuses %s=%s with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`Invalid configuration: .*${name}`));
  });

  it('reads the database settings only with DATABASE_URL, each with its default', () => {
    expect(loadConfig({}).database).toBeUndefined();
    const url = 'postgres://reader@db.internal:5432/news';
    expect(loadConfig({ DATABASE_URL: url }).database).toEqual({ url, poolSize: 10, maxRecordsRead: 20_000, standbyPollMs: 1000 });
    expect(loadConfig({ DATABASE_URL: url, PG_POOL_SIZE: '4', PG_MAX_RECORDS_READ: '500', PG_STANDBY_POLL_MS: '250' }).database).toEqual({
      url,
      poolSize: 4,
      maxRecordsRead: 500,
      standbyPollMs: 250,
    });
  });

  it('refuses a headers timeout longer than the request timeout', () => {
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_REQUEST_TIMEOUT_MS: '1000' })).toThrow(/HTTP_HEADERS_TIMEOUT_MS/);
  });
});
