/** Builds the GraphQL app around a loaded store. No I/O, no port: src/serve/handler.ts serves it, tests may call app.fetch directly. */
import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { createYoga, type Plugin } from 'graphql-yoga';
import { PreparedOperations } from './cache/prepared-operations.js';
import { Queries } from './corpus/queries.js';
import type { Store } from './corpus/store.js';
import { loadingSchema } from './pg/loading-schema.js';
import type { PgView } from './pg/view.js';
import type { RequestScope } from './serve/rounds.js';
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

/** A corpus in a database: a view of it per request (src/pg/corpus.ts). */
export interface Database {
  scope(deadline: number): { view: PgView; close(): Promise<void> };
  /** The corpus version last heard of (a new ingest raises it). */
  readonly snapshot: { version: string };
}

export interface AppOptions {
  /** The in-memory store; or else `database`. */
  store?: Store;
  database?: Database;
  config?: Partial<Pick<Config, 'corsOrigins' | 'limits' | 'exposeErrorDetails' | 'metricsPath' | 'trustedDocuments' | 'trustedDocumentsOnly' | 'federation'>> & {
    memory?: Partial<MemoryBudgets>;
  };
  examples?: Example[];
  /** Request notes and yoga's own errors go here; silent when not given. */
  logger?: Logger;
}

export function createApp({ store, database, config, examples = [], logger }: AppOptions) {
  // Every cache that grows with requests is bounded in bytes (MemoryBudgets, src/http/defaults.ts):
  // the query memo and the registered persisted queries here, the prepared operations below, yoga's
  // documents and parse errors and the costs in hardening().
  const memory: MemoryBudgets = { ...DEFAULT_MEMORY_BUDGETS, ...config?.memory };
  // FEDERATION=subgraph: the same schema plus _service and _entities, for a gateway (docs/federation.md).
  const published = config?.federation === 'subgraph' ? subgraphSchema() : schema;
  // A database store's resolvers wait for what they miss (src/pg/loading-schema.ts); the in-memory store's never miss.
  const served = store ? published : loadingSchema(published);
  // The in-memory store answers every request from one context; a database gives each request its own view (src/serve/rounds.ts).
  const context = store && { store, queries: new Queries(store, memory.queryMemoBytes) };
  if (!context && !database) throw new Error('createApp needs a store or a database.');
  const shared: RequestScope | undefined = context && { context, loads: false, asks: 0, load: async () => undefined, close: async () => undefined };
  const scope = (deadline: number): RequestScope => shared ?? databaseScope(database!, deadline, memory.queryMemoBytes);
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
    query_memo: { bytes: context?.queries.memoBytes ?? 0, budget: memory.queryMemoBytes },
    prepared_operations: { bytes: prepared.byteSize, budget: memory.preparedOperationsBytes },
  });
  // Limits, error masking, body limit, CSRF, security headers, metrics (src/http, docs/security.md).
  // GraphiQL is a small page whose files are served apart, under fingerprinted paths (docs/graphiql.md).
  const hardened = hardening({ ...config, memory, logger, otherCaches }, async (options) => (await graphiqlPage(options)).html);
  // The fast path for accepted operations sent again with other variables (the serving layer calls it),
  // with the same check of the cost and list limits as yoga's plugin.
  const prepared = new PreparedOperations(served, context, hardened.limits, { maxBytes: memory.preparedOperationsBytes, limit: hardened.checkOperation });
  // A lookup names exactly one of by, key and id: checked when the operation is validated (src/schema/lookup.ts).
  const lookupArguments: Plugin = { onValidate: ({ addValidationRule }) => addValidationRule(LookupArgumentsRule) };
  const yoga = createYoga({
    schema: served,
    // The serving layer hands each request its scope (src/serve/handler.ts); yoga's own fetch (tests) reads the in-memory store's.
    context: (initial) => {
      const given = (initial as { scope?: RequestScope }).scope?.context ?? context;
      if (!given) throw new Error('With a database, requests are answered through the serving layer, which gives each its scope.');
      return given;
    },
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
    /** What answers one request (its context), made by the serving layer for each request that reaches yoga. */
    scope,
    /** The version of the corpus answers are made from: the in-memory store's never changes; a database's changes with each ingest. */
    corpusVersion: (): string => database?.snapshot.version ?? '',
    /** The caches that grow with requests: their budgets, and what each holds (`caches()`, bytes as estimated, with its budget). */
    memory: { budgets: memory, caches: hardened.caches },
    /** yoga's own fetch: a request straight into the GraphQL pipeline, without the serving layer (tests). */
    fetch: yoga.fetch,
  };
}

export type App = ReturnType<typeof createApp>;

function databaseScope(database: Database, deadline: number, memoBytes: number): RequestScope {
  const { view, close } = database.scope(deadline);
  // The memo lives as long as the request: its lists hold the request's records (Queries compares them by identity).
  return { context: { store: view, queries: new Queries(view, memoBytes) }, loads: true, get asks() { return view.asks; }, get failure() { return view.failure; }, load: () => view.load(), close };
}
