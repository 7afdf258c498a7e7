/**
 * Persisted operations as clients send them (docs/persisted-operations.md), straight into the app
 * (app.fetch): automatic persisted queries in Apollo's protocol, the examples and a manifest as
 * trusted documents, and the trusted-documents-only mode. Through a real socket, the response cache
 * and Apollo Client itself: persisted-operations-wired.test.ts.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/examples.js';
import { readTrustedDocuments } from '../../src/trusted-documents.js';
import { createApp, type App } from '../../src/yoga.js';
import { store } from '../helpers.js';

const examples = loadExamples();
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const apollo = JSON.parse(readFileSync('examples/persisted-query-manifest.json', 'utf8')) as { operations: { id: string; name: string; body: string }[] };
const codegen = JSON.parse(readFileSync('examples/persisted-documents.json', 'utf8')) as Record<string, string>;
const [cityProfile] = apollo.operations.filter((o) => o.name === 'CityProfile');
const codegenCityProfile = Object.keys(codegen).find((id) => codegen[id]!.startsWith('query CityProfile'))!;

const apq = (sha256Hash: string, version: unknown = 1) => ({ persistedQuery: { version, sha256Hash } });

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

async function answer(response: Response): Promise<Answer> {
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}
/** A POST as Apollo Client's HttpLink sends it. */
const post = async (app: App, body: object) =>
  answer(await app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify(body) }));
/** A GET with these parameters, JSON ones encoded as JSON. */
const get = async (app: App, params: Record<string, unknown>) => {
  const search = new URLSearchParams(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
  return answer(await app.fetch(`http://yoga/graphql?${search}`, { headers: { accept: 'application/graphql-response+json' } }));
};
const code = (a: Answer) => a.body.errors?.[0]?.extensions['code'];
const fresh = (config: Parameters<typeof createApp>[0]['config'] = {}) => createApp({ store, examples, config });

/** A query no manifest holds, different for each call. */
let made = 0;
const newQuery = () => `{ city(key: "copenhagen") { name q${++made}: key } }`;

describe('the examples, by the ids client build tools give them', () => {
  const app = fresh();
  const byText = post(app, { query: cityProfile!.body });

  it("runs one by the id of Apollo's persisted-query manifest, over POST, as the text would", async () => {
    const byId = await post(app, { extensions: apq(cityProfile!.id) });
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual((await byText).body);
    expect(byId.body.data?.['city']).toBeTruthy();
  });

  it('runs it over GET, with no query in the URL, so a CDN can cache it', async () => {
    const byGet = await get(app, { extensions: apq(cityProfile!.id) });
    expect(byGet.status).toBe(200);
    expect(byGet.body).toEqual((await byText).body);
  });

  it.each([
    ['documentId, POST', { documentId: codegenCityProfile }],
    ['sha256Hash with the sha256: prefix', { extensions: apq(codegenCityProfile) }],
    ['sha256Hash without it', { extensions: apq(codegenCityProfile.slice('sha256:'.length)) }],
  ])("runs one by graphql-codegen's id: %s", async (_, body) => {
    const byId = await post(app, body);
    expect(byId.status).toBe(200);
    expect(byId.body.errors).toBeUndefined();
    expect(byId.body.data?.['city']).toMatchObject({ name: 'Copenhagen' });
  });

  it("runs one by codegen's id as documentId over GET", async () => {
    const byGet = await get(app, { documentId: codegenCityProfile });
    expect(byGet.status).toBe(200);
    expect(byGet.body.data?.['city']).toMatchObject({ name: 'Copenhagen' });
  });

  it('runs every example by the SHA-256 of its file, the text GraphiQL sends', async () => {
    for (const example of examples) {
      const byHash = await post(app, { extensions: apq(sha256(example.query)), variables: example.variables });
      expect(byHash.status, example.name).toBe(200);
      expect(byHash.body.errors, example.name).toBeUndefined();
    }
  });
});

describe("automatic persisted queries, Apollo's protocol", () => {
  it('answers an unknown hash as Apollo Server does: 200, PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound", never cached', async () => {
    const app = fresh();
    const query = newQuery();
    for (const notFound of [await post(app, { extensions: apq(sha256(query)) }), await get(app, { extensions: apq(sha256(query)) })]) {
      expect(notFound.status).toBe(200);
      expect(notFound.headers.get('cache-control')).toBe('private, no-cache, must-revalidate');
      expect(notFound.body.data).toBeUndefined();
      expect(notFound.body.errors).toEqual([
        {
          message: 'PersistedQueryNotFound',
          extensions: {
            code: 'PERSISTED_QUERY_NOT_FOUND',
            detail: `No query is registered under "${sha256(query)}": send it again with its text as "query" and the same extensions.persistedQuery to register it.`,
          },
        },
      ]);
    }
  });

  it('registers a query sent with its hash; the hash alone then runs it, over POST and over GET', async () => {
    const app = fresh();
    const query = newQuery();
    const registration = await post(app, { query, extensions: apq(sha256(query)) });
    expect(registration.status).toBe(200);
    expect(registration.body.data?.['city']).toMatchObject({ name: 'Copenhagen' });
    expect(app.memory.caches()['persisted_queries']!.bytes).toBeGreaterThan(query.length);
    expect(await post(app, { extensions: apq(sha256(query)) })).toMatchObject({ status: 200, body: registration.body });
    expect(await get(app, { extensions: apq(sha256(query)) })).toMatchObject({ status: 200, body: registration.body });
  });

  it('refuses a hash that is not the SHA-256 of the query with 400 PERSISTED_QUERY_HASH_MISMATCH, saying which it should be, and keeps nothing', async () => {
    const app = fresh();
    const query = newQuery();
    const wrong = sha256(`${query} `);
    const refused = await post(app, { query, extensions: apq(wrong) });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      {
        message: `The query's SHA-256 is ${sha256(query)}, not "${wrong}": extensions.persistedQuery.sha256Hash must be the SHA-256 of the exact "query" text, in lowercase hex.`,
        extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH', expected: sha256(query), received: wrong },
      },
    ]);
    // Upper-case hex is not the hash Apollo Client sends.
    expect(code(await post(app, { query, extensions: apq(sha256(query).toUpperCase()) }))).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    expect(code(await post(app, { extensions: apq(wrong) }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(app.memory.caches()['persisted_queries']!.bytes).toBe(0);
  });

  it.each([
    ['version 2', { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } }, 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED', 'extensions.persistedQuery.version is 2: only version 1 of the persisted-query protocol is supported.'],
    ['no version', { persistedQuery: { sha256Hash: 'a'.repeat(64) } }, 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED', 'extensions.persistedQuery.version is undefined: only version 1 of the persisted-query protocol is supported.'],
    ['no hash', { persistedQuery: { version: 1 } }, 'PERSISTED_QUERY_INVALID', 'extensions.persistedQuery.sha256Hash must be a string, the SHA-256 of the query in lowercase hex, got undefined.'],
    ['a hash that is a number', { persistedQuery: { version: 1, sha256Hash: 42 } }, 'PERSISTED_QUERY_INVALID', 'extensions.persistedQuery.sha256Hash must be a string, the SHA-256 of the query in lowercase hex, got 42.'],
    ['persistedQuery a string', { persistedQuery: 'abc' }, 'PERSISTED_QUERY_INVALID', 'extensions.persistedQuery must be an object { "version": 1, "sha256Hash": "<hex>" }, got "abc".'],
  ])('refuses %s with 400 and a code', async (_, extensions, expectedCode, message) => {
    const refused = await post(fresh(), { extensions });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ message, extensions: expect.objectContaining({ code: expectedCode }) }]);
  });

  it('refuses a documentId that names another document than the hash sent with it', async () => {
    const refused = await post(fresh(), { documentId: codegenCityProfile, extensions: apq('a'.repeat(64)) });
    expect(refused.status).toBe(400);
    expect(code(refused)).toBe('PERSISTED_QUERY_INVALID');
  });

  it.each([
    ['does not parse', '{ city(key: "copenhagen") { name ', 'GRAPHQL_PARSE_FAILED'],
    ['does not validate', '{ city(key: "copenhagen") { population } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['is over a query limit', `{ city(key: "copenhagen") { ${'country { cities { nodes { '.repeat(5)}name${' } } }'.repeat(5)} } }`, 'MAX_DEPTH_EXCEEDED'],
  ])('keeps no registration of a document that %s', async (_, query, expectedCode) => {
    const app = fresh();
    const registration = await post(app, { query, extensions: apq(sha256(query)) });
    expect(registration.status).toBe(400);
    expect(code(registration)).toBe(expectedCode);
    expect(code(await post(app, { extensions: apq(sha256(query)) }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(app.memory.caches()['persisted_queries']!.bytes).toBe(0);
  });

  it('keeps registrations within their byte budget (PERSISTED_QUERIES_BYTES), the least recently used dropped first', async () => {
    const app = fresh({ memory: { persistedQueriesBytes: 2_000 } });
    const queries = Array.from({ length: 10 }, () => `${newQuery()} # ${'x'.repeat(300)}`);
    for (const query of queries) expect((await post(app, { query, extensions: apq(sha256(query)) })).status).toBe(200);
    const { bytes, budget } = app.memory.caches()['persisted_queries']!;
    expect(budget).toBe(2_000);
    expect(bytes).toBeLessThanOrEqual(2_000);
    expect(bytes).toBeGreaterThan(1_000);
    expect(code(await post(app, { extensions: apq(sha256(queries[0]!)) }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(app, { extensions: apq(sha256(queries[9]!)) })).body.errors).toBeUndefined();
  });
});

describe('trusted documents from a manifest (TRUSTED_DOCUMENTS)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trusted-'));
  const body = 'query TwoCities { copenhagen: city(key: "copenhagen") { name } beijing: city(key: "beijing") { name } }';
  const file = join(dir, 'manifest.json');
  writeFileSync(file, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256(body), name: 'TwoCities', type: 'query', body }] }));
  const trustedDocuments = readTrustedDocuments(file);

  it("runs the manifest's documents by their id", async () => {
    const byId = await post(fresh({ trustedDocuments }), { extensions: apq(sha256(body)) });
    expect(byId.status).toBe(200);
    expect(byId.body.data).toEqual({ copenhagen: { name: 'Copenhagen' }, beijing: { name: 'Beijing' } });
  });

  describe('and only them: TRUSTED_DOCUMENTS_ONLY=true', () => {
    const app = fresh({ trustedDocuments, trustedDocumentsOnly: true });

    it.each([
      ["the manifest's document by id", { extensions: apq(sha256(body)) }],
      ["the manifest's document as text", { query: body }],
      ["an example by Apollo's id", { extensions: apq(cityProfile!.id) }],
      ["an example by codegen's documentId", { documentId: codegenCityProfile }],
      ['an example as GraphiQL sends it, its file', { query: examples.find((e) => e.name === 'city-profile')!.query }],
      ["an example as Apollo Client's link retries it, with its text and hash", { query: cityProfile!.body, extensions: apq(cityProfile!.id) }],
    ])('runs %s', async (_, request) => {
      const ran = await post(app, request);
      expect(ran.status).toBe(200);
      expect(ran.body.errors).toBeUndefined();
    });

    it('refuses any other text with 400 TRUSTED_DOCUMENTS_ONLY, naming the mode', async () => {
      const refused = await post(app, { query: '{ __typename }' });
      expect(refused.status).toBe(400);
      expect(code(refused)).toBe('TRUSTED_DOCUMENTS_ONLY');
      expect(refused.body.errors![0]!.message).toMatch(/^This server runs only trusted documents \(TRUSTED_DOCUMENTS_ONLY=true\) and this query text is not one of them/);
      // An example's text changed by a byte is not the example.
      expect(code(await post(app, { query: `${cityProfile!.body} ` }))).toBe('TRUSTED_DOCUMENTS_ONLY');
    });

    it('refuses to register: a new query with its hash is refused, and its hash stays unknown', async () => {
      const query = newQuery();
      const registration = await post(app, { query, extensions: apq(sha256(query)) });
      expect(registration.status).toBe(400);
      expect(code(registration)).toBe('TRUSTED_DOCUMENTS_ONLY');
      expect(registration.body.errors![0]!.message).toContain('Automatic persisted queries cannot register new ones.');
      const byHash = await post(app, { extensions: apq(sha256(query)) });
      expect(byHash.status).toBe(400);
      expect(byHash.body.errors).toEqual([
        {
          message: `No trusted document has the id "${sha256(query)}": this server runs only trusted documents (TRUSTED_DOCUMENTS_ONLY=true), those of its manifest and the examples, and registers none.`,
          extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST', id: sha256(query) },
        },
      ]);
      expect(app.memory.caches()['persisted_queries']!.bytes).toBe(0);
    });
  });
});
