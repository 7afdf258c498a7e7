/**
 * The HTTP hardening of the app, as graphql-yoga options and plugins (docs/security.md).
 * src/yoga.ts spreads `options` into createYoga and puts `plugins` into its plugin list.
 */
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { useBodyLimit } from './body-limit.js';
import { useOperationLimits } from './cost.js';
import { DEFAULT_LIMITS, DEFAULT_METRICS_PATH, type Limits } from './defaults.js';
import { useErrorHygiene } from './errors.js';
import { useQueryLimits } from './limits.js';
import { silentLogger, useRequestNotes, yogaLogger, type Logger } from './logging.js';
import { useMetrics } from './metrics.js';
import { usePolicy } from './requests.js';
import { securityHeaders, type RenderGraphiQL } from './security-headers.js';
import { useExecutionTimeout } from './timeout.js';

export { DEFAULT_LIMITS, type Limits } from './defaults.js';

export interface HardeningSettings {
  limits?: Partial<Limits>;
  /** Send originalError and stacks to clients: only with EXPOSE_ERROR_DETAILS=true. */
  exposeErrorDetails?: boolean;
  /** Where Prometheus metrics are served; false for nowhere. */
  metricsPath?: string | false;
  logger?: Logger;
  graphqlEndpoint?: string;
  /** Paths other plugins answer (health, readiness): not 404. */
  otherPaths?: readonly string[];
}

export function hardening(settings: HardeningSettings, renderGraphiQL: RenderGraphiQL) {
  const limits: Limits = { ...DEFAULT_LIMITS, ...settings.limits };
  const logger = settings.logger ?? silentLogger;
  const graphqlEndpoint = settings.graphqlEndpoint ?? '/graphql';
  const metricsPath = settings.metricsPath === undefined ? DEFAULT_METRICS_PATH : settings.metricsPath;
  const headers = securityHeaders(renderGraphiQL);
  const exposeDetails = settings.exposeErrorDetails === true;

  const options = {
    graphqlEndpoint,
    renderGraphiQL: headers.renderGraphiQL,
    // Our body limit (body-limit.ts) replaces yoga's, which streams every body through a transform.
    maxRequestBodySize: false,
    batching: false,
    multipart: false,
    // Errors are masked in every environment; details only on explicit request (yoga would add them when NODE_ENV=development).
    maskedErrors: { isDev: exposeDetails },
    logging: yogaLogger(logger),
  } satisfies Partial<YogaServerOptions<object, object>>;

  const plugins: Plugin[] = [
    headers.plugin,
    usePolicy({
      graphqlEndpoint,
      otherPaths: [...(settings.otherPaths ?? []), ...(metricsPath ? [metricsPath] : [])],
      maxJsonDepth: limits.maxJsonDepth,
    }),
    useBodyLimit({ maxBytes: limits.maxBodyBytes, maxJsonDepth: limits.maxJsonDepth }),
    useQueryLimits(limits),
    useOperationLimits({ maxCost: limits.maxCost, maxListItems: limits.maxListItems }),
    useExecutionTimeout({ timeoutMs: limits.executionTimeoutMs }),
    useErrorHygiene({ exposeDetails, hideSuggestions: !limits.fieldSuggestions }),
    useRequestNotes(logger),
    ...(metricsPath ? [useMetrics({ path: metricsPath })] : []),
  ];
  return { limits, options, plugins };
}
