/**
 * Prometheus metrics from @graphql-yoga/plugin-prometheus, at GET /metrics (METRICS_PATH).
 *
 * Labels a client controls (operation name, URL, error path) are switched off: each distinct value
 * would be a new time series kept forever, a memory leak any caller could drive. What is left is
 * bounded: operation type, HTTP method, status code and phase. Each app has its own registry.
 */
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Registry, type Metric } from 'prom-client';

export interface MetricsOptions {
  /** Path of the scrape endpoint. */
  path: string;
  registry?: Registry;
}

/** Metrics counted in front of the app (the serving layer's answers, requests shed by src/http/admission.ts): every app's endpoint serves them too. */
export const serverMetrics: Metric[] = [];

/** Every answer the serving layer writes, by status: cached ones, refusals before GraphQL and Node's own (400, 408, 431) included. */
export const httpResponses = new Counter({
  name: 'news_graph_http_responses_total',
  help: 'HTTP answers by status code, including cached answers and requests refused before GraphQL (404, 405, 413, 415, 503) or by Node (400, 408, 431).',
  labelNames: ['status'],
  registers: [],
});
serverMetrics.push(httpResponses);

export function useMetrics({ path, registry = new Registry() }: MetricsOptions): Plugin {
  collectDefaultMetrics({ register: registry, prefix: 'news_graph_' });
  for (const metric of serverMetrics) registry.registerMetric(metric);
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        usePrometheus({
          endpoint: path,
          registry,
          labels: { operationName: false, url: false, path: false, fieldName: false, typeName: false, returnType: false },
          metrics: {
            // Each metric costs a few microseconds per request: requests and latency by status
            // (the histogram's count is the request count) and errors by phase are kept.
            graphql_yoga_http_duration: true,
            graphql_envelop_error_result: true,
            graphql_envelop_request: false,
            graphql_envelop_phase_execute: false,
            graphql_envelop_request_duration: false,
            graphql_envelop_request_time_summary: false,
            graphql_envelop_phase_parse: false,
            graphql_envelop_phase_validate: false,
            graphql_envelop_phase_context: false,
            graphql_envelop_phase_subscribe: false,
            graphql_envelop_deprecated_field: false,
            graphql_envelop_schema_change: false,
            graphql_envelop_execute_resolver: false,
          },
        }),
      );
    },
  };
}

/** What a cache that grows with requests holds and may hold, in bytes, as it estimates them (src/cache/sizes.ts). */
export interface CacheBytes {
  bytes: number;
  budget: number;
}

/**
 * Gauges of the caches that grow with requests, by cache (a fixed set of names), read at each scrape:
 * news_graph_cache_bytes and news_graph_cache_budget_bytes (MemoryBudgets, src/http/defaults.ts).
 */
export function registerCacheGauges(registry: Registry, caches: () => Record<string, CacheBytes>): void {
  new Gauge({
    name: 'news_graph_cache_bytes',
    help: 'Bytes a cache that grows with requests holds, as it estimates them (query memo, prepared operations, documents, parse errors, costs).',
    labelNames: ['cache'],
    registers: [registry],
    collect() {
      for (const [cache, { bytes }] of Object.entries(caches())) this.set({ cache }, bytes);
    },
  });
  new Gauge({
    name: 'news_graph_cache_budget_bytes',
    help: 'Bytes a cache that grows with requests may hold (its MemoryBudgets setting); the least recently used entries go first.',
    labelNames: ['cache'],
    registers: [registry],
    collect() {
      for (const [cache, { budget }] of Object.entries(caches())) this.set({ cache }, budget);
    },
  });
}
