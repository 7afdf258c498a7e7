/** Builds the GraphQL app around a loaded store. No I/O, no port: src/serve/handler.ts serves it, tests may call app.fetch directly. */
import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { createYoga, type Plugin } from 'graphql-yoga';
import { PreparedOperations } from './cache/prepared-operations.js';
import { Queries } from './corpus/queries.js';
import type { Store } from './corpus/store.js';
import type { Config } from './config.js';
import type { Example } from './examples.js';
import { graphiqlPage } from './graphiql/index.js';
import { DEFAULT_MEMORY_BUDGETS, hardening, type MemoryBudgets } from './http/index.js';
import type { Logger } from './http/logging.js';
import { persistedOperations } from './persisted-operations.js';
import { subgraphSchema } from './schema/federation.js';
import { schema } from './schema/index.js';
import { LookupArgumentsRule } from './schema/lookup.js';
import { useServedParams } from './serve/params.js';

export interface AppOptions {
  store: Store;
  config?: Partial<Pick<Config, 'corsOrigins' | 'limits' | 'exposeErrorDetails' | 'metricsPath' | 'trustedDocuments' | 'trustedDocumentsOnly' | 'federation'>> & {
    memory?: Partial<MemoryBudgets>;
  };
  examples?: Example[];
  /** Request notes and yoga's own errors go here; silent when not given. */
  logger?: Logger;
}

export function createApp({ store, config, examples = [], logger }: AppOptions) {
  // Every cache that grows with requests is bounded in bytes (MemoryBudgets, src/http/defaults.ts):
  // the query memo and the registered persisted queries here, the prepared operations below, yoga's
  // documents and parse errors and the costs in hardening().
  const memory: MemoryBudgets = { ...DEFAULT_MEMORY_BUDGETS, ...config?.memory };
  // FEDERATION=subgraph: the same schema plus _service and _entities, for a gateway (docs/federation.md).
  const served = config?.federation === 'subgraph' ? subgraphSchema() : schema;
  const context = { store, queries: new Queries(store, memory.queryMemoBytes) };
  // Persisted operations: automatic persisted queries (registered ones bounded in bytes), the
  // examples and the TRUSTED_DOCUMENTS manifest as trusted documents (docs/persisted-operations.md).
  const persisted = persistedOperations({
    examples,
    trustedDocuments: config?.trustedDocuments,
    trustedOnly: config?.trustedDocumentsOnly,
    maxBytes: memory.persistedQueriesBytes,
  });
  const otherCaches = () => ({
    persisted_queries: { bytes: persisted.byteSize, budget: memory.persistedQueriesBytes },
    query_memo: { bytes: context.queries.memoBytes, budget: memory.queryMemoBytes },
    prepared_operations: { bytes: prepared.byteSize, budget: memory.preparedOperationsBytes },
  });
  // Limits, error masking, body limit, CSRF, security headers, metrics (src/http, docs/security.md).
  // GraphiQL is a small page whose files are served apart, under fingerprinted paths (docs/graphiql.md).
  const hardened = hardening({ ...config, memory, logger, otherCaches }, (options) => graphiqlPage(options).html);
  // The fast path for accepted operations sent again with other variables (the serving layer calls it),
  // with the same check of the cost and list limits as yoga's plugin.
  const prepared = new PreparedOperations(served, context, hardened.limits, { maxBytes: memory.preparedOperationsBytes, limit: hardened.checkOperation });
  // A lookup names exactly one of by, key and id: checked when the operation is validated (src/schema/lookup.ts).
  const lookupArguments: Plugin = { onValidate: ({ addValidationRule }) => addValidationRule(LookupArgumentsRule) };
  const yoga = createYoga({
    schema: served,
    context: () => context,
    landingPage: false,
    // Yoga's own check answers any path ending in /health; the serving layer answers exactly /health (src/serve/handler.ts).
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
      // @defer and @stream, answered in parts (multipart/mixed or text/event-stream) that the serving layer streams (docs/protocol.md).
      useDeferStream(),
      ...hardened.plugins,
      lookupArguments,
      // The parameters the serving layer read at the door, not parsed again (src/serve/params.ts).
      useServedParams(),
      persisted.plugin,
    ],
  });
  return {
    yoga,
    /** The fast path for operations already accepted (src/cache/prepared-operations.ts); the serving layer calls it. */
    prepared,
    /** The caches that grow with requests: their budgets, and what each holds (`caches()`, bytes as estimated, with its budget). */
    memory: { budgets: memory, caches: hardened.caches },
    /** yoga's own fetch: a request straight into the GraphQL pipeline, without the serving layer (tests). */
    fetch: yoga.fetch,
  };
}

export type App = ReturnType<typeof createApp>;
