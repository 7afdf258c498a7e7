import { describe, expect, it } from 'vitest';
import { loadExamples, operationHash } from '../../src/examples.js';
import { app } from '../helpers.js';

const [example] = loadExamples();
const persistedQuery = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

describe('persisted operations (the examples, by SHA-256 hash)', () => {
  it('runs an example sent as its hash over POST, with the same answer as its text', async () => {
    const post = (body: object) =>
      app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const byHash = await post({ extensions: persistedQuery(operationHash(example!.query)) });
    const byText = await post({ query: example!.query });
    expect(byHash.status).toBe(200);
    expect(await byHash.json()).toEqual(await byText.json());
  });

  it('runs it over GET, so a CDN can cache the URL', async () => {
    const extensions = encodeURIComponent(JSON.stringify(persistedQuery(operationHash(example!.query))));
    const response = await app.fetch(`http://yoga/graphql?extensions=${extensions}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: object }).data).toBeTruthy();
  });

  it('answers a hash that is not one of the examples with 400 PERSISTED_QUERY_NOT_FOUND', async () => {
    const response = await app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: persistedQuery('0'.repeat(64)) }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
