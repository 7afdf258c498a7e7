/**
 * A front end on another origin, as an app would write it: Apollo Client with the persisted-query
 * link sending hashed queries over GET (so that a CDN can keep them), SHA-256 from the browser's
 * crypto.subtle. Runs in Chromium only: tests/proxy/app-origin.ts bundles it with esbuild and
 * serves it; the test calls `globalThis.runOperations` with the API's URL and the operations.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { print } from '@apollo/client/utilities';

export interface AppOperation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface AppResult {
  name: string;
  /** The document and variables as Apollo Client sent them (its printed text, with the __typename fields it adds). */
  sent: { query: string; variables: Record<string, unknown> } | null;
  data: unknown;
  /** Apollo's error message, if the operation failed in any way. */
  error: string | null;
}

export type RunOperations = (api: string, operations: AppOperation[]) => Promise<AppResult[]>;

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** One visit: a new client and cache, each operation asked once, in turn. */
const runOperations: RunOperations = async (api, operations) => {
  const sent = new Map<string, AppResult['sent']>();
  const recordSent = new ApolloLink((operation, forward) => {
    sent.set(operation.operationName ?? '', { query: print(operation.query), variables: operation.variables });
    return forward(operation);
  });
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([recordSent, new PersistedQueryLink({ sha256, useGETForHashedQueries: true }), new HttpLink({ uri: api })]),
  });
  const results: AppResult[] = [];
  for (const operation of operations) {
    const document = gql(operation.query);
    const { data, error } = await client.query({ query: document, variables: operation.variables, fetchPolicy: 'no-cache', errorPolicy: 'all' });
    const name = /^\s*query\s+(\w+)/m.exec(operation.query)?.[1] ?? '';
    results.push({ name: operation.name, sent: sent.get(name) ?? null, data: data ?? null, error: error ? error.message : null });
  }
  client.stop();
  return results;
};

(globalThis as typeof globalThis & { runOperations?: RunOperations }).runOperations = runOperations;
