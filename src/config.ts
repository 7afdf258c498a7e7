/** Environment -> typed configuration, with the defaults documented in the README. */
import { isIP } from 'node:net';
import { z } from 'zod';
import {
  DEFAULT_ADMISSION,
  DEFAULT_HTTP_TIMEOUTS,
  DEFAULT_LIMITS,
  DEFAULT_MAX_RECORDS_READ,
  DEFAULT_STANDBY_POLL_MS,
  DEFAULT_MEMORY_BUDGETS,
  DEFAULT_METRICS_PATH,
  LOG_LEVELS,
  type AdmissionLimits,
  type HttpTimeouts,
  type Limits,
  type LogLevel,
  type MemoryBudgets,
} from './http/defaults.js';
import { readTrustedDocuments, type TrustedDocument } from './trusted-documents.js';

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const millis = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** An IPv4 or IPv6 address, or a subnet of them in CIDR form (10.0.0.0/8, fd00::/8). */
const isAddressOrSubnet = (entry: string) => {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
};
const addressList = z
  .string()
  .default('')
  .transform((text) => text.split(',').map((entry) => entry.trim()).filter(Boolean))
  .superRefine((entries, ctx) => {
    for (const entry of entries.filter((e) => !isAddressOrSubnet(e))) ctx.addIssue({ code: 'custom', message: `"${entry}" is not an IP address or CIDR subnet (e.g. 10.0.0.1, 10.0.0.0/8, fd00::/8)` });
  });

const envSchema = z.object({
  HOST: z.string().min(1).default('localhost'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATA_DIR: z.string().min(1).default('data/articles'),
  CORS_ORIGIN: z.string().min(1).default('*'),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(DEFAULT_LIMITS.maxBodyBytes),
  // Hardening: limits on queries, timeouts, error details, logs and metrics (docs/security.md).
  MAX_QUERY_TOKENS: count(DEFAULT_LIMITS.maxTokens),
  MAX_QUERY_DEPTH: count(DEFAULT_LIMITS.maxDepth),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.maxAliases),
  MAX_ALIAS_LENGTH: count(DEFAULT_LIMITS.maxAliasLength),
  MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.maxDirectives),
  MAX_QUERY_COST: count(DEFAULT_LIMITS.maxCost),
  MAX_LIST_ITEMS: count(DEFAULT_LIMITS.maxListItems),
  MAX_JSON_DEPTH: count(DEFAULT_LIMITS.maxJsonDepth),
  EXECUTION_TIMEOUT_MS: millis(DEFAULT_LIMITS.executionTimeoutMs),
  FIELD_SUGGESTIONS: z.stringbool().default(DEFAULT_LIMITS.fieldSuggestions),
  // Operations in one batched request; 0 turns batching off (docs/protocol.md). The operations of a batch share its cost limit and its execution time.
  MAX_BATCH_OPERATIONS: z.coerce.number().int().min(0).max(100).default(DEFAULT_LIMITS.maxBatchOperations),
  HTTP_HEADERS_TIMEOUT_MS: millis(DEFAULT_HTTP_TIMEOUTS.headersTimeoutMs),
  HTTP_REQUEST_TIMEOUT_MS: millis(DEFAULT_HTTP_TIMEOUTS.requestTimeoutMs),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: millis(DEFAULT_HTTP_TIMEOUTS.keepAliveTimeoutMs),
  HTTP_SOCKET_IDLE_TIMEOUT_MS: millis(DEFAULT_HTTP_TIMEOUTS.socketIdleTimeoutMs),
  EXPOSE_ERROR_DETAILS: z.stringbool().default(false),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  METRICS_PATH: z
    .string()
    .regex(/^(\/[\w./-]*|off)$/, 'a path starting with / (or "off")')
    .default(DEFAULT_METRICS_PATH),
  // Serve the metrics on a port of their own (reachable by the scraper, not by the API's clients): the API's port then answers the metrics path 404.
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  // Admission: overload shedding and the per-client share of server time (docs/security.md).
  MAX_CONCURRENT_EXECUTIONS: count(DEFAULT_ADMISSION.maxConcurrent),
  MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).default(DEFAULT_ADMISSION.maxQueued),
  MAX_QUEUE_WAIT_MS: millis(DEFAULT_ADMISSION.maxQueueWaitMs),
  CLIENT_TIME_BUDGET_MS: millis(DEFAULT_ADMISSION.clientBudgetMs),
  // A client cannot be given back more than a second of server time per second; fractions are allowed.
  CLIENT_TIME_REFILL_MS_PER_S: z.coerce.number().positive().max(1000).default(DEFAULT_ADMISSION.clientRefillMsPerS),
  MAX_CLIENT_CONCURRENCY: count(DEFAULT_ADMISSION.maxClientConcurrency),
  MAX_TRACKED_CLIENTS: count(DEFAULT_ADMISSION.maxClients),
  TRUST_PROXY: addressList,
  // Memory: byte budgets of the caches that grow with requests (docs/security.md).
  QUERY_MEMO_BYTES: count(DEFAULT_MEMORY_BUDGETS.queryMemoBytes),
  PREPARED_OPERATIONS_BYTES: count(DEFAULT_MEMORY_BUDGETS.preparedOperationsBytes),
  DOCUMENT_CACHE_BYTES: count(DEFAULT_MEMORY_BUDGETS.documentCacheBytes),
  PARSE_ERROR_CACHE_BYTES: count(DEFAULT_MEMORY_BUDGETS.parseErrorCacheBytes),
  COST_CACHE_BYTES: count(DEFAULT_MEMORY_BUDGETS.costCacheBytes),
  PERSISTED_QUERIES_BYTES: count(DEFAULT_MEMORY_BUDGETS.persistedQueriesBytes),
  // Persisted operations (docs/persisted-operations.md): a manifest of trusted documents, read at startup, and whether only they run.
  TRUSTED_DOCUMENTS: z
    .string()
    .default('')
    .transform((path, ctx) => {
      if (!path) return [];
      try {
        return readTrustedDocuments(path);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  TRUSTED_DOCUMENTS_ONLY: z.stringbool().default(false),
  // Serve the API as an Apollo Federation 2 subgraph (_service, _entities; docs/federation.md), or not.
  FEDERATION: z.enum(['off', 'subgraph']).default('off'),
  // The corpus in PostgreSQL instead of DATA_DIR (docs/postgres.md): filled by npm run ingest, read by any number of servers.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'a PostgreSQL connection URL, postgres://user@host:port/database')
    .optional(),
  PG_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  PG_MAX_RECORDS_READ: count(DEFAULT_MAX_RECORDS_READ),
  PG_STANDBY_POLL_MS: z.coerce.number().int().min(50).max(3_600_000).default(DEFAULT_STANDBY_POLL_MS),
}).refine((env) => env.HTTP_HEADERS_TIMEOUT_MS <= env.HTTP_REQUEST_TIMEOUT_MS, {
  message: 'must not exceed HTTP_REQUEST_TIMEOUT_MS',
  path: ['HTTP_HEADERS_TIMEOUT_MS'],
});

export type Config = {
  host: string;
  port: number;
  dataDir: string;
  /** "*" allows every origin; otherwise a comma-separated list of allowed origins. */
  corsOrigins: string[] | '*';
  /** Largest request body accepted, in bytes; larger ones get 413. */
  maxBodyBytes: number;
  /** Limits on requests and queries (maxBodyBytes repeats the one above). */
  limits: Limits;
  /** node:http timeouts against slow clients. */
  httpTimeouts: HttpTimeouts;
  /** Send originalError/stack in error answers. Off unless EXPOSE_ERROR_DETAILS=true, whatever NODE_ENV says. */
  exposeErrorDetails: boolean;
  logLevel: LogLevel;
  /** Where Prometheus metrics are served, or false for nowhere. */
  metricsPath: string | false;
  /** A port of their own for the metrics (METRICS_PORT; 0 picks a free one); undefined serves them on the API's port. */
  metricsPort?: number;
  /** Overload shedding and per-client shares (src/http/admission.ts). */
  admission: AdmissionLimits;
  /** Byte budgets of the caches that grow with requests. */
  memory: MemoryBudgets;
  /** The documents of the TRUSTED_DOCUMENTS manifest (an Apollo persisted-query manifest or graphql-codegen's persisted-documents.json). */
  trustedDocuments: TrustedDocument[];
  /** TRUSTED_DOCUMENTS_ONLY: only trusted documents (the manifest's and the examples) run, and automatic persisted queries register none. */
  trustedDocumentsOnly: boolean;
  /** FEDERATION: "subgraph" serves the Apollo Federation 2 subgraph schema (the public one plus _service and _entities). */
  federation: 'off' | 'subgraph';
  /** DATABASE_URL: serve the corpus from PostgreSQL, through a pool of at most PG_POOL_SIZE connections, a request reading at most PG_MAX_RECORDS_READ records, a standby polled every PG_STANDBY_POLL_MS; undefined reads DATA_DIR into memory. */
  database?: { url: string; poolSize: number; maxRecordsRead: number; standbyPollMs: number };
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const { HOST, PORT, DATA_DIR, CORS_ORIGIN, MAX_BODY_BYTES } = parsed.data;
  const settings = parsed.data;
  return {
    host: HOST,
    port: PORT,
    dataDir: DATA_DIR,
    corsOrigins: CORS_ORIGIN === '*' ? '*' : CORS_ORIGIN.split(',').map((o) => o.trim()),
    maxBodyBytes: MAX_BODY_BYTES,
    limits: {
      maxTokens: settings.MAX_QUERY_TOKENS,
      maxDepth: settings.MAX_QUERY_DEPTH,
      maxAliases: settings.MAX_QUERY_ALIASES,
      maxAliasLength: settings.MAX_ALIAS_LENGTH,
      maxDirectives: settings.MAX_QUERY_DIRECTIVES,
      maxCost: settings.MAX_QUERY_COST,
      maxListItems: settings.MAX_LIST_ITEMS,
      maxBodyBytes: MAX_BODY_BYTES,
      maxJsonDepth: settings.MAX_JSON_DEPTH,
      executionTimeoutMs: settings.EXECUTION_TIMEOUT_MS,
      fieldSuggestions: settings.FIELD_SUGGESTIONS,
      maxBatchOperations: settings.MAX_BATCH_OPERATIONS,
    },
    httpTimeouts: {
      headersTimeoutMs: settings.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: settings.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: settings.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      socketIdleTimeoutMs: settings.HTTP_SOCKET_IDLE_TIMEOUT_MS,
    },
    exposeErrorDetails: settings.EXPOSE_ERROR_DETAILS,
    logLevel: settings.LOG_LEVEL,
    metricsPath: settings.METRICS_PATH === 'off' ? false : settings.METRICS_PATH,
    ...(settings.METRICS_PORT === undefined ? {} : { metricsPort: settings.METRICS_PORT }),
    ...(settings.DATABASE_URL === undefined ? {} : { database: { url: settings.DATABASE_URL, poolSize: settings.PG_POOL_SIZE, maxRecordsRead: settings.PG_MAX_RECORDS_READ, standbyPollMs: settings.PG_STANDBY_POLL_MS } }),
    admission: {
      maxConcurrent: settings.MAX_CONCURRENT_EXECUTIONS,
      maxQueued: settings.MAX_QUEUED_REQUESTS,
      maxQueueWaitMs: settings.MAX_QUEUE_WAIT_MS,
      clientBudgetMs: settings.CLIENT_TIME_BUDGET_MS,
      clientRefillMsPerS: settings.CLIENT_TIME_REFILL_MS_PER_S,
      maxClientConcurrency: settings.MAX_CLIENT_CONCURRENCY,
      maxClients: settings.MAX_TRACKED_CLIENTS,
      trustProxy: settings.TRUST_PROXY,
    },
    memory: {
      queryMemoBytes: settings.QUERY_MEMO_BYTES,
      preparedOperationsBytes: settings.PREPARED_OPERATIONS_BYTES,
      documentCacheBytes: settings.DOCUMENT_CACHE_BYTES,
      parseErrorCacheBytes: settings.PARSE_ERROR_CACHE_BYTES,
      costCacheBytes: settings.COST_CACHE_BYTES,
      persistedQueriesBytes: settings.PERSISTED_QUERIES_BYTES,
    },
    trustedDocuments: settings.TRUSTED_DOCUMENTS,
    trustedDocumentsOnly: settings.TRUSTED_DOCUMENTS_ONLY,
    federation: settings.FEDERATION,
  };
}
