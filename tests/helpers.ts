/** Test helpers: one app over the real corpus, and a client that talks to it like a front end. */
import { loadCorpus } from '../src/corpus/load.js';
import { loadExamples } from '../src/examples.js';
import { createApp } from '../src/yoga.js';

export const store = loadCorpus('data/articles');
export const app = createApp({ store, examples: loadExamples() });

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** POSTs an operation and returns the HTTP status with the parsed body. */
export async function gql<T = any>(query: string, variables?: Record<string, unknown>) {
  const response = await app.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}

/** Runs an operation that must succeed, and returns its data. */
export async function data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { status, body } = await gql<T>(query, variables);
  if (status !== 200 || body.errors) throw new Error(`Expected success, got ${status}: ${JSON.stringify(body.errors)}`);
  return body.data!;
}
