/**
 * The examples as trusted documents: a front end can send extensions.persistedQuery.sha256Hash
 * (over GET, so a CDN can cache the URL) instead of the operation's text. Requests without a
 * hash are left to the ordinary pipeline; arbitrary operations are still accepted.
 */
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { persistedOperations, type Example } from './examples.js';

export function useTrustedExamples(examples: Example[]): Plugin {
  const documents = persistedOperations(examples);
  const plugin = usePersistedOperations({
    getPersistedOperation: (hash) => documents.get(hash) ?? null,
    allowArbitraryOperations: true,
    customErrors: {
      notFound: {
        message: 'No persisted operation has this sha256Hash; the persisted operations are the examples (examples/*.graphql).',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
    },
  });
  return {
    ...plugin,
    onParams(payload) {
      const persisted = (payload.params.extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery;
      // Without a hash, a missing query is the ordinary pipeline's "Must provide query string".
      if (persisted === undefined && !payload.params.query) return;
      return plugin.onParams?.(payload);
    },
  };
}
