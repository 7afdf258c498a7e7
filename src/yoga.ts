/** Builds the GraphQL app around a loaded store. No I/O, no port: tests call yoga.fetch directly. */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { PreparedOperations } from './cache/prepared-operations.js';
import { Queries } from './corpus/queries.js';
import type { Store } from './corpus/store.js';
import type { Config } from './config.js';
import type { Example } from './examples.js';
import { DEFAULT_MEMORY_BUDGETS, hardening, type MemoryBudgets } from './http/index.js';
import type { Logger } from './http/logging.js';
import { useTrustedExamples } from './persisted-operations.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  store: Store;
  config?: Partial<Pick<Config, 'corsOrigins' | 'limits' | 'exposeErrorDetails' | 'metricsPath'>> & { memory?: Partial<MemoryBudgets> };
  examples?: Example[];
  /** Request notes and yoga's own errors go here; silent when not given. */
  logger?: Logger;
}

export function createApp({ store, config, examples = [], logger }: AppOptions) {
  // Every cache that grows with requests is bounded in bytes (MemoryBudgets, src/http/defaults.ts):
  // the query memo here, the prepared operations below, yoga's documents and parse errors and the
  // costs in hardening().
  const memory: MemoryBudgets = { ...DEFAULT_MEMORY_BUDGETS, ...config?.memory };
  const context = { store, queries: new Queries(store, memory.queryMemoBytes) };
  const otherCaches = () => ({
    query_memo: { bytes: context.queries.memoBytes, budget: memory.queryMemoBytes },
    prepared_operations: { bytes: prepared.byteSize, budget: memory.preparedOperationsBytes },
  });
  // Limits, error masking, body limit, CSRF, security headers, metrics (src/http, docs/security.md).
  const hardened = hardening({ ...config, memory, logger, otherPaths: ['/health', '/ready', '/_yoga/health'], otherCaches }, renderGraphiQL);
  // The fast path for accepted operations sent again with other variables (the server wires it in),
  // with the same check of the cost and list limits as yoga's plugin.
  const prepared = new PreparedOperations(schema, context, hardened.limits, { maxBytes: memory.preparedOperationsBytes, limit: hardened.checkOperation });
  const yoga = createYoga({
    schema,
    context: () => context,
    landingPage: false,
    // Yoga's own check answers any path ending in /health; ours below answers exactly /health.
    healthCheckEndpoint: '/_yoga/health',
    cors: { origin: config?.corsOrigins ?? '*', methods: ['GET', 'POST'], credentials: false },
    ...hardened.options,
    graphiql: {
      title: 'News graph: facts from news articles, each traceable to its sentence',
      defaultTabs: examples.map((e) => ({
        query: e.query,
        ...(e.variables ? { variables: JSON.stringify(e.variables, null, 2) } : {}),
      })),
    },
    plugins: [
      {
        // Liveness and readiness for orchestrators: an app that exists has its corpus loaded.
        onRequest({ url, endResponse, fetchAPI }) {
          if (url.pathname === '/health' || url.pathname === '/ready') {
            endResponse(new fetchAPI.Response(JSON.stringify({ status: 'ok' }), { headers: { 'content-type': 'application/json' } }));
          }
        },
      },
      ...hardened.plugins,
      useTrustedExamples(examples),
    ],
  });
  return Object.assign(yoga, {
    prepared,
    /** The caches that grow with requests: their budgets, and what each holds (`caches()`, bytes as estimated, with its budget). */
    memory: { budgets: memory, caches: hardened.caches },
  });
}

export type App = ReturnType<typeof createApp>;
