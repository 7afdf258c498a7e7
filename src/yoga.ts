/** Builds the GraphQL app around a loaded store. No I/O, no port: tests call yoga.fetch directly. */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { PreparedOperations } from './cache/prepared-operations.js';
import { Queries } from './corpus/queries.js';
import type { Store } from './corpus/store.js';
import type { Config } from './config.js';
import type { Example } from './examples.js';
import { hardening } from './http/index.js';
import type { Logger } from './http/logging.js';
import { useTrustedExamples } from './persisted-operations.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  store: Store;
  config?: Partial<Pick<Config, 'corsOrigins' | 'limits' | 'exposeErrorDetails' | 'metricsPath'>>;
  examples?: Example[];
  /** Request notes and yoga's own errors go here; silent when not given. */
  logger?: Logger;
}

export function createApp({ store, config, examples = [], logger }: AppOptions) {
  const context = { store, queries: new Queries(store) };
  // Limits, error masking, body limit, CSRF, security headers, metrics (src/http, docs/security.md).
  const hardened = hardening({ ...config, logger, otherPaths: ['/health', '/ready', '/_yoga/health'] }, renderGraphiQL);
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
  // The fast path for accepted operations sent again with other variables (the server wires it in).
  return Object.assign(yoga, { prepared: new PreparedOperations(schema, context, hardened.limits) });
}

export type App = ReturnType<typeof createApp>;
