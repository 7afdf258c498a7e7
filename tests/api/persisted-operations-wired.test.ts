/**
 * Persisted queries over a real socket, served as src/server.ts serves the app (listenWired: the
 * response cache and the prepared-operation path in front of yoga), and with Apollo Client 4's own
 * persisted-query link (@apollo/client/link/persisted-queries, sha256 from node:crypto) in Node.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/examples.js';
import { createApp } from '../../src/yoga.js';
import { store } from '../helpers.js';
import { listenWired, type WiredServer } from '../wired-server.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const apollo = JSON.parse(readFileSync('examples/persisted-query-manifest.json', 'utf8')) as { operations: { id: string; name: string; body: string }[] };

let server: WiredServer;
beforeAll(async () => {
  server = await listenWired(createApp({ store, examples: loadExamples() }));
});
afterAll(() => server.close());

let made = 0;
/** A query no manifest holds, different for each call. */
const newQuery = () => `query Wired${++made} { city(key: "beijing") { name key } }`;
const extensions = (hash: string) => JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
const getByHash = (hash: string) => fetch(`${server.base}/graphql?extensions=${encodeURIComponent(extensions(hash))}`, { headers: { accept: 'application/graphql-response+json' } });
const register = (query: string) =>
  fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, extensions: JSON.parse(extensions(sha256(query))) as object }),
  });
const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.[0]?.extensions?.code;

describe('automatic persisted queries through the response cache', () => {
  it('a registered hash sent again and again by GET answers the same data each time', async () => {
    const query = newQuery();
    const registration = await register(query);
    expect(registration.status).toBe(200);
    const data = ((await registration.json()) as { data: object }).data;
    for (let i = 0; i < 4; i++) {
      const byHash = await getByHash(sha256(query));
      expect(byHash.status).toBe(200);
      expect(((await byHash.json()) as { data: object }).data).toEqual(data);
    }
  });

  it('a hash refused before it was registered is not answered from a kept refusal once it is', async () => {
    const query = newQuery();
    // More than the two identical requests after which the response cache keeps an answer.
    for (let i = 0; i < 3; i++) {
      const notFound = await getByHash(sha256(query));
      expect(notFound.status).toBe(200);
      expect(codeOf((await notFound.json()) as object)).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
    expect((await register(query)).status).toBe(200);
    const byHash = await getByHash(sha256(query));
    expect(byHash.status).toBe(200);
    expect(((await byHash.json()) as { data: unknown }).data).toEqual({ city: { name: 'Beijing', key: 'beijing' } });
  });

  // Else a CDN, which keeps GET answers for five minutes (public, max-age=300), would keep the refusal after the hash is registered.
  it("a GET of an unknown hash keeps Apollo Server's Cache-Control, so that no CDN keeps the refusal", async () => {
    const notFound = await getByHash(sha256(newQuery()));
    expect(notFound.status).toBe(200);
    expect(notFound.headers.get('cache-control')).toBe('private, no-cache, must-revalidate');
  });

  it("an example's Apollo id by GET answers as its text does", async () => {
    const cityProfile = apollo.operations.find((o) => o.name === 'CityProfile')!;
    const answers = await Promise.all([getByHash(cityProfile.id), getByHash(cityProfile.id), getByHash(cityProfile.id)].map(async (r) => [(await r).status, await (await r).text()]));
    const byText = await fetch(`${server.base}/graphql?query=${encodeURIComponent(cityProfile.body)}`, { headers: { accept: 'application/graphql-response+json' } });
    for (const [status, text] of answers) {
      expect(status).toBe(200);
      expect(text).toBe(await byText.clone().text());
    }
  });
});

describe("Apollo Client's persisted-query link (createPersistedQueryLink, sha256 from node:crypto)", () => {
  interface Sent {
    method: string;
    /** Whether the request carried the query text. */
    withQuery: boolean;
    status: number;
  }

  /** A client of its own (as a new page load would make), whose requests are recorded. */
  function client(useGETForHashedQueries: boolean) {
    const sent: Sent[] = [];
    const countingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = String(input);
      const body = typeof init?.body === 'string' ? init.body : '';
      sent.push({ method: init?.method ?? 'GET', withQuery: url.includes('query=') || body.includes('"query"'), status: response.status });
      return response;
    };
    const link = ApolloLink.from([
      createPersistedQueryLink({ sha256: (text: string) => sha256(text), useGETForHashedQueries }),
      new HttpLink({ uri: `${server.base}/graphql`, fetch: countingFetch }),
    ]);
    return { sent, apolloClient: new ApolloClient({ link, cache: new InMemoryCache() }) };
  }

  it.each([
    ['POST', false],
    ['GET', true],
  ])('registers on the first run and sends the hash alone on the second, by %s, with no 400', async (method, useGET) => {
    const query = parse(newQuery());
    const first = client(useGET);
    const firstRun = await first.apolloClient.query({ query, fetchPolicy: 'no-cache' });
    expect(firstRun.data).toEqual({ city: { __typename: 'City', name: 'Beijing', key: 'beijing' } });
    // The hash alone (unknown: PERSISTED_QUERY_NOT_FOUND), then the link sends the query with its hash, by POST.
    expect(first.sent).toEqual([
      { method, withQuery: false, status: 200 },
      { method: 'POST', withQuery: true, status: 200 },
    ]);

    const second = client(useGET);
    const secondRun = await second.apolloClient.query({ query, fetchPolicy: 'no-cache' });
    expect(secondRun.data).toEqual(firstRun.data);
    expect(second.sent).toEqual([{ method, withQuery: false, status: 200 }]);
  });

  it('finds an example at the first request: the hash Apollo Client makes of it is trusted', async () => {
    const example = loadExamples().find((e) => e.name === 'delegation-to-beijing')!;
    const { sent, apolloClient } = client(true);
    const run = await apolloClient.query({ query: parse(example.query), fetchPolicy: 'no-cache' });
    expect(run.data).toBeTruthy();
    expect(sent).toEqual([{ method: 'GET', withQuery: false, status: 200 }]);
  });
});
