/**
 * Error masking and the execution timeout, on a small schema whose resolvers fail or take long on
 * purpose, behind the same hardening (src/http) as the app.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterEach, describe, expect, it } from 'vitest';
import { PreparedOperations, REPEATS_BEFORE_COMPILING } from '../../src/cache/prepared-operations.js';
import { hardening } from '../../src/http/index.js';
import type { App } from '../../src/yoga.js';
import { appAround, listenWired } from '../wired-server.js';

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Query {
      boom: String
      items(n: Int!): [Item!]!
      slow(ms: Int!): Int
      hang: String
    }
    type Item {
      a: Int
    }
  `,
  resolvers: {
    Query: {
      boom: () => {
        throw new Error('secret: the database password is hunter2');
      },
      items: (_: unknown, { n }: { n: number }) => Array.from({ length: n }, (_, a) => ({ a })),
      slow: (_: unknown, { ms }: { ms: number }) => {
        const until = performance.now() + ms;
        while (performance.now() < until);
        return ms;
      },
      hang: () => new Promise(() => undefined),
    },
  },
});

function app(settings: Parameters<typeof hardening>[0] = {}) {
  const hardened = hardening(settings, renderGraphiQL);
  return createYoga({ schema, ...hardened.options, plugins: hardened.plugins });
}

async function run(yoga: ReturnType<typeof app>, query: string, accept = 'application/graphql-response+json') {
  const started = performance.now();
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }, ms: performance.now() - started };
}

const nodeEnv = process.env['NODE_ENV'];
afterEach(() => {
  process.env['NODE_ENV'] = nodeEnv;
});

describe('error masking', () => {
  it.each(['production', 'development', 'test'])('hides internal errors with NODE_ENV=%s', async (env) => {
    process.env['NODE_ENV'] = env;
    const { status, text, body } = await run(app(), '{ boom }');
    expect(status).toBe(200); // a field error: the rest of the answer stands
    expect(body.errors?.[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(text).not.toContain('hunter2');
    expect(text).not.toMatch(/originalError|stack/);
  });

  it('shows details only when explicitly enabled (EXPOSE_ERROR_DETAILS=true)', async () => {
    const { body } = await run(app({ exposeErrorDetails: true }), '{ boom }');
    expect(body.errors?.[0]?.extensions?.['originalError']).toMatchObject({ message: expect.stringContaining('hunter2') });
  });

  it('does not pass on the JSON parser\'s own error', async () => {
    const response = await app().fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ boom }"',
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).toContain('BAD_REQUEST');
    expect(text).not.toMatch(/originalError|SyntaxError|JSON at position/);
  });
});

describe('execution timeout', () => {
  it('stops synchronous work that runs past the limit: 503 EXECUTION_TIMEOUT, no data', async () => {
    const { status, body, text } = await run(app({ limits: { executionTimeoutMs: 50 } }), '{ slow(ms: 100) items(n: 5000) { a } }');
    expect(status).toBe(503);
    expect(body).not.toHaveProperty('data');
    expect(body.errors).toEqual([
      { message: 'Query execution timed out: it ran longer than 50 ms, the maximum.', extensions: { code: 'EXECUTION_TIMEOUT', limit: 'executionMs', max: 50 } },
    ]);
    expect(text).not.toContain('CRITICAL');
  });

  it('also for Accept: application/json clients', async () => {
    const { status, body } = await run(app({ limits: { executionTimeoutMs: 50 } }), '{ slow(ms: 100) items(n: 100) { a } }', 'application/json');
    expect(status).toBe(503);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('EXECUTION_TIMEOUT');
  });

  it('stops a resolver that never answers, on time', async () => {
    const { status, body, ms } = await run(app({ limits: { executionTimeoutMs: 100 } }), '{ hang }');
    expect(status).toBe(503);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('EXECUTION_TIMEOUT');
    expect(ms).toBeGreaterThanOrEqual(95);
    expect(ms).toBeLessThan(1000);
  });

  it('lets work within the limit finish', async () => {
    const { status, body } = await run(app({ limits: { executionTimeoutMs: 2000 } }), '{ slow(ms: 20) items(n: 5000) { a } }');
    expect(status).toBe(200);
    expect((body.data as { items: unknown[] }).items).toHaveLength(5000);
  });

  it('on the prepared-operation path too: a run past the limit is answered 503 by yoga, and the operation forgotten', async () => {
    const hardened = hardening({ limits: { executionTimeoutMs: 50 } }, renderGraphiQL);
    const yoga = createYoga({ schema, ...hardened.options, plugins: hardened.plugins });
    const prepared = new PreparedOperations(schema, {}, { ...hardened.limits });
    const server = await listenWired(appAround(yoga as unknown as App['yoga'], prepared, hardened.caches));
    const query = 'query Slow($ms: Int!, $n: Int!) { slow(ms: $ms) items(n: $n) { a } }';
    const send = async (variables: { ms: number; n: number }) => {
      const served = prepared.served;
      const response = await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
      return { status: response.status, code: body.errors?.[0]?.extensions.code, fast: prepared.served > served };
    };
    try {
      // yoga answers the first (which teaches the operation) and the next REPEATS_BEFORE_COMPILING
      for (let i = 0; i <= REPEATS_BEFORE_COMPILING; i++) expect(await send({ ms: 1, n: 10 + i })).toEqual({ status: 200, code: undefined, fast: false });
      expect(await send({ ms: 2, n: 10 })).toEqual({ status: 200, code: undefined, fast: true });
      expect(await send({ ms: 100, n: 5000 })).toEqual({ status: 503, code: 'EXECUTION_TIMEOUT', fast: false });
      expect(await send({ ms: 3, n: 10 })).toEqual({ status: 200, code: undefined, fast: false }); // forgotten: yoga again
    } finally {
      await server.close();
    }
  });
});
