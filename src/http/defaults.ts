/** The limits and timeouts, with their defaults (documented in docs/security.md). No dependencies: config.ts reads it. */

export interface Limits {
  /** Lexical tokens in the query document (names, punctuation, values). */
  maxTokens: number;
  /** Nesting of fields (fragments are flattened; introspection's __schema is left to graphql-js's own rule). */
  maxDepth: number;
  /** Aliased fields in an operation, __typename aliases included. */
  maxAliases: number;
  /** Characters of an alias: an answer repeats it in every item of a list, so it is part of the answer's size. */
  maxAliasLength: number;
  /** Directives used in an operation. */
  maxDirectives: number;
  /** Estimated cost (@pothos/plugin-complexity), where a connection's first/last multiplies what is under it. */
  maxCost: number;
  /** Items in any list given as an argument (literal or variable), e.g. nodes(ids:). */
  maxListItems: number;
  /** Request body size, in bytes. */
  maxBodyBytes: number;
  /** Nesting of arrays and objects in a JSON request body. */
  maxJsonDepth: number;
  /** Wall-clock time execution may take, in milliseconds. */
  executionTimeoutMs: number;
  /** Show "Did you mean ...?" in error messages. Off: the schema is discovered through GraphiQL and introspection. */
  fieldSuggestions: boolean;
  /** Operations in one batched request (a JSON array, as Apollo's BatchHttpLink sends); 0 turns batching off. */
  maxBatchOperations: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxTokens: 1000,
  maxDepth: 12,
  maxAliases: 15,
  maxAliasLength: 64,
  maxDirectives: 10,
  maxCost: 10_000,
  maxListItems: 100,
  maxBodyBytes: 100_000,
  maxJsonDepth: 32,
  executionTimeoutMs: 3000,
  fieldSuggestions: false,
  // A page's queries, sent together by a client that batches (BatchHttpLink sends at most 10 by default).
  maxBatchOperations: 10,
};

/**
 * Records (articles included) one request may read from PostgreSQL (PG_MAX_RECORDS_READ): a list
 * the database cannot page yet (a country's organisations, say) is read whole, and at 100,000 articles a
 * kind holds over 100,000 records, hundreds of megabytes parsed. Past the budget the request is
 * refused (400 MAX_RECORDS_READ_EXCEEDED) before the rows are read: a server's memory stays bounded.
 */
export const DEFAULT_MAX_RECORDS_READ = 20_000;

/**
 * How often a server reading a streaming replica looks for a new corpus version
 * (PG_STANDBY_POLL_MS): a replica cannot LISTEN, notifications are not replicated. Shorter, a
 * replica's servers follow an ingest sooner, at one small statement per poll each.
 */
export const DEFAULT_STANDBY_POLL_MS = 1000;

export interface HttpTimeouts {
  /** Time to receive the request headers (slowloris). Answered 408 and closed. */
  headersTimeoutMs: number;
  /** Time to receive the whole request, body included. Answered 408 and closed. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open after an answer. */
  keepAliveTimeoutMs: number;
  /** A socket with no traffic either way for this long is closed (e.g. a client that stops reading the answer). */
  socketIdleTimeoutMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: Readonly<HttpTimeouts> = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  socketIdleTimeoutMs: 60_000,
};

/** Admission (src/http/admission.ts): which requests start executing, and when. Refusals are 503 with Retry-After. */
export interface AdmissionLimits {
  /** Requests holding a slot (executing, or ended on this turn of the event loop): how many may start per turn. The others wait in the queue. */
  maxConcurrent: number;
  /** Requests waiting to start; one more is refused (OVERLOADED), or takes the place of a waiter whose client has less credit. */
  maxQueued: number;
  /** How long a request may wait to start before it is refused (OVERLOADED), in milliseconds. */
  maxQueueWaitMs: number;
  /** Server (CPU) time one client may spend in a burst, in milliseconds: the size of its token bucket. */
  clientBudgetMs: number;
  /** Server time a client gets back each second, in milliseconds: its sustained share. */
  clientRefillMsPerS: number;
  /** Requests of one client executing at once; its others wait in the queue. */
  maxClientConcurrency: number;
  /** Clients remembered, the least recently seen forgotten first: bounds the table's memory. */
  maxClients: number;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDR subnets). Empty: the client is the socket's address. */
  trustProxy: readonly string[];
}

/**
 * Why (measured on the seed corpus, docs/security.md "Overload and fairness"): a front end's request
 * takes 0.2–2 ms of CPU, GraphiQL's introspection 10–30 ms, a garbage collection landing on a request
 * up to 40 ms, the worst requests the limits accept 2–50 ms. A client may spend 25 ms at once, so
 * that an attacker's first burst is one or two of the worst requests, and 20 ms a second (2% of a
 * core) after that: with 50 ms at once and a cost limit of 20,000, the attack's first second alone
 * doubled the normal traffic's p99 in the soak (npm run soak). One request starts per turn of the event loop: 1, 2, 4 or 16 gave the same
 * throughput within 6% (resolvers are synchronous: more slots only let more start before the queue
 * is looked at, in the order they arrived), and with one every start goes to the waiting client
 * with the most credit.
 * 200 waiting requests are about 60 ms of ordinary ones; a longer queue would only add waiting.
 */
export const DEFAULT_ADMISSION: Readonly<AdmissionLimits> = {
  maxConcurrent: 1,
  maxQueued: 200,
  maxQueueWaitMs: 1000,
  clientBudgetMs: 25,
  clientRefillMsPerS: 20,
  maxClientConcurrency: 1,
  maxClients: 10_000,
  trustProxy: [],
};

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_METRICS_PATH = '/metrics';

/**
 * Memory budgets, in bytes, of the caches that grow with requests (docs/security.md, "Memory").
 * Each cache estimates what its entries take on the heap (src/cache/sizes.ts, factors measured on
 * Node 20) and drops the least recently used ones to stay within its budget. The defaults come to
 * 73 MB in all (totalCacheBytes), beside a corpus of hundreds of MB to GBs (docs/performance.md):
 * enough to keep every operation a front end sends and its pages, small enough that an attacker
 * sending distinct queries, texts and variables cannot grow the process.
 */
export interface MemoryBudgets {
  /**
   * Lists remembered by the query layer (src/corpus/queries.ts): filtered, ordered results and
   * search hits, keyed by the normalised query. 32 MB holds 38 searches of 10,000 hits (840 KB each)
   * and thousands of filtered lists.
   */
  queryMemoBytes: number;
  /**
   * Operations kept for the prepared-operation fast path (src/cache/prepared-operations.ts): request
   * key, parsed document and graphql-jit's compiled code: an example operation is charged about 135 KB
   * (it takes about 95), so 16 MB keeps over a hundred.
   */
  preparedOperationsBytes: number;
  /**
   * Parsed documents by query text, with their validation results (graphql-yoga's parse and
   * validation cache, src/cache/document-cache.ts): an example operation is charged about 47 KB (it
   * takes about 32), so 16 MB keeps over 300.
   */
  documentCacheBytes: number;
  /** Parse errors by query text (graphql-yoga's error cache): a malformed query sent again. */
  parseErrorCacheBytes: number;
  /** Estimated costs by operation and values of the variables they depend on (src/http/cost.ts). */
  costCacheBytes: number;
  /**
   * Queries registered by automatic persisted queries, by SHA-256 (src/persisted-operations.ts): their
   * text and hash. 4 MB keeps about 1,800 queries of 2 KB, many times the operations of a front end.
   */
  persistedQueriesBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_MEMORY_BUDGETS: Readonly<MemoryBudgets> = {
  queryMemoBytes: 32 * MB,
  preparedOperationsBytes: 16 * MB,
  documentCacheBytes: 16 * MB,
  parseErrorCacheBytes: 4 * MB,
  costCacheBytes: 1 * MB,
  persistedQueriesBytes: 4 * MB,
};

/** The budgets above in all: what the request-grown caches may hold (the response cache, src/cache/response-cache.ts, has its own 64 + 4 MB). */
export const totalCacheBytes = (budgets: MemoryBudgets): number =>
  budgets.queryMemoBytes + budgets.preparedOperationsBytes + budgets.documentCacheBytes + budgets.parseErrorCacheBytes + budgets.costCacheBytes + budgets.persistedQueriesBytes;
