/**
 * The HTTP hardening of the app, as graphql-yoga options and plugins (docs/security.md).
 * src/yoga.ts spreads `options` into createYoga and puts `plugins` into its plugin list.
 */
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { Registry } from 'prom-client';
import { DocumentCache } from '../cache/document-cache.js';
import { useBatching } from './batching.js';
import { useBodyLimit } from './body-limit.js';
import { operationLimiter, useOperationLimits } from './cost.js';
import { DEFAULT_LIMITS, DEFAULT_MEMORY_BUDGETS, DEFAULT_METRICS_PATH, type Limits, type MemoryBudgets } from './defaults.js';
import { useErrorHygiene } from './errors.js';
import { useWholeWhereNotStreamed } from './incremental.js';
import { useQueryLimits } from './limits.js';
import { silentLogger, useRequestNotes, yogaLogger, type Logger } from './logging.js';
import { registerCacheGauges, useMetrics, type CacheBytes } from './metrics.js';
import { usePolicy } from './requests.js';
import { securityHeaders, type RenderGraphiQL } from './security-headers.js';
import { useExecutionTimeout } from './timeout.js';

export { DEFAULT_LIMITS, DEFAULT_MEMORY_BUDGETS, type Limits, type MemoryBudgets } from './defaults.js';

export interface HardeningSettings {
  limits?: Partial<Limits>;
  /** Send originalError and stacks to clients: only with EXPOSE_ERROR_DETAILS=true. */
  exposeErrorDetails?: boolean;
  /** Where Prometheus metrics are served; false for nowhere. */
  metricsPath?: string | false;
  logger?: Logger;
  graphqlEndpoint?: string;
  /** Byte budgets of the caches that grow with requests; those made here are yoga's documents and parse errors, and the costs. */
  memory?: Partial<MemoryBudgets>;
  /** The sizes of caches made elsewhere (the query memo, prepared operations), for the metrics. */
  otherCaches?: () => Record<string, CacheBytes>;
}

export function hardening(settings: HardeningSettings, renderGraphiQL: RenderGraphiQL) {
  const limits: Limits = { ...DEFAULT_LIMITS, ...settings.limits };
  const logger = settings.logger ?? silentLogger;
  const graphqlEndpoint = settings.graphqlEndpoint ?? '/graphql';
  const metricsPath = settings.metricsPath === undefined ? DEFAULT_METRICS_PATH : settings.metricsPath;
  const headers = securityHeaders(renderGraphiQL);
  const exposeDetails = settings.exposeErrorDetails === true;
  const memory: MemoryBudgets = { ...DEFAULT_MEMORY_BUDGETS, ...settings.memory };
  // Parsed documents, parse errors and validation results, bounded in bytes (in place of yoga's, bounded in number).
  const documents = new DocumentCache({ documentBytes: memory.documentCacheBytes, errorBytes: memory.parseErrorCacheBytes });
  // One check of the cost and list limits, with one cost cache, for yoga's plugin and the prepared-operation path.
  const checkOperation = operationLimiter({ maxCost: limits.maxCost, maxListItems: limits.maxListItems, costCacheBytes: memory.costCacheBytes });
  const caches = (): Record<string, CacheBytes> => ({
    documents: { bytes: documents.sizes.documents, budget: memory.documentCacheBytes },
    parse_errors: { bytes: documents.sizes.parseErrors, budget: memory.parseErrorCacheBytes },
    costs: { bytes: checkOperation.cacheBytes(), budget: memory.costCacheBytes },
    ...settings.otherCaches?.(),
  });
  const registry = new Registry();
  if (metricsPath) registerCacheGauges(registry, caches);

  const options = {
    graphqlEndpoint,
    renderGraphiQL: headers.renderGraphiQL,
    // Our body limit (body-limit.ts) replaces yoga's, which streams every body through a transform.
    maxRequestBodySize: false,
    // A batch's size is checked by useBatching, with our error code; yoga's own check (413, BAD_REQUEST) must not come first.
    batching: limits.maxBatchOperations > 0 ? { limit: Number.MAX_SAFE_INTEGER } : false,
    multipart: false,
    // Errors are masked in every environment; details only on explicit request (yoga would add them when NODE_ENV=development).
    maskedErrors: { isDev: exposeDetails },
    logging: yogaLogger(logger),
    parserAndValidationCache: documents.yogaOptions,
  } satisfies Partial<YogaServerOptions<object, object>>;

  const plugins: Plugin[] = [
    headers.plugin,
    usePolicy({
      graphqlEndpoint,
      otherPaths: metricsPath ? [metricsPath] : [],
      maxJsonDepth: limits.maxJsonDepth,
    }),
    useBodyLimit({ maxBytes: limits.maxBodyBytes, maxJsonDepth: limits.maxJsonDepth }),
    useBatching(limits),
    useQueryLimits(limits),
    documents.plugin,
    // @defer and @stream where the answer cannot come in parts (a batch, Accept: application/json): run whole.
    useWholeWhereNotStreamed(),
    useOperationLimits(limits, checkOperation),
    useExecutionTimeout({ timeoutMs: limits.executionTimeoutMs }),
    useErrorHygiene({ exposeDetails, hideSuggestions: !limits.fieldSuggestions }),
    useRequestNotes(logger),
    ...(metricsPath ? [useMetrics({ path: metricsPath, registry })] : []),
  ];
  /** `caches()`: what each cache that grows with requests holds, in bytes, and its budget. */
  return { limits, options, plugins, memory, checkOperation, caches };
}
