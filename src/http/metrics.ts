/**
 * Prometheus metrics from @graphql-yoga/plugin-prometheus, at GET /metrics (METRICS_PATH).
 *
 * Labels a client controls (operation name, URL, error path) are switched off: each distinct value
 * would be a new time series kept forever, a memory leak any caller could drive. What is left is
 * bounded: operation type, HTTP method, status code and phase. Each app has its own registry.
 */
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Registry } from 'prom-client';

export interface MetricsOptions {
  /** Path of the scrape endpoint. */
  path: string;
  registry?: Registry;
}

export function useMetrics({ path, registry = new Registry() }: MetricsOptions): Plugin {
  collectDefaultMetrics({ register: registry, prefix: 'news_graph_' });
  const responses = new Counter({
    name: 'news_graph_http_responses_total',
    help: 'HTTP answers of the app by status code, including requests refused before GraphQL (404, 405, 413, 415).',
    labelNames: ['status'],
    registers: [registry],
  });
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
    onResponse({ response }) {
      responses.inc({ status: String(response.status) });
    },
  };
}
