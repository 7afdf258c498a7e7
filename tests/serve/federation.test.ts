/**
 * FEDERATION=subgraph: the API as an Apollo Federation 2 subgraph, served as src/server.ts serves it
 * (listenWired, on a loopback port), composed with @theguild/federation-composition and queried
 * through Hive Gateway's runtime, in process. A second, tiny subgraph returns references to cities,
 * so that the gateway asks this one for them through `_entities`.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { entityTypeNames } from '../../src/schema/federation.js';
import { createApp } from '../../src/yoga.js';
import { store } from '../helpers.js';
import { listenWired, type WiredServer } from '../wired-server.js';

interface Result {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const copenhagen = encodeGlobalID('City', 'copenhagen');
const beijing = encodeGlobalID('City', 'beijing');

/** The other subgraph: "featured" cities, by reference only (their fields are this API's). */
const featuredSdl = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
  type Query {
    featuredCities: [City!]!
  }
  type City @key(fields: "id", resolvable: false) {
    id: ID!
  }
`;

let news: WiredServer;
let featured: Server;
let featuredUrl: string;
let gateway: GatewayRuntime;
let newsSdl: string;

const post = async (url: string, query: string, variables?: Record<string, unknown>): Promise<Result> => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as Result;
};
const direct = (query: string, variables?: Record<string, unknown>) => post(`${news.base}/graphql`, query, variables);
const throughGateway = async (query: string, variables?: Record<string, unknown>): Promise<Result> => {
  const response = await gateway.fetch('http://gateway/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as Result;
};

beforeAll(async () => {
  news = await listenWired(createApp({ store, config: { federation: 'subgraph' } }));
  const featuredSchema = buildSubgraphSchema({ typeDefs: parse(featuredSdl), resolvers: { Query: { featuredCities: () => [{ id: copenhagen }, { id: beijing }] } } });
  featured = createServer(createYoga({ schema: featuredSchema, logging: false }));
  await new Promise<void>((resolve) => featured.listen(0, '127.0.0.1', resolve));
  featuredUrl = `http://127.0.0.1:${(featured.address() as AddressInfo).port}/graphql`;

  newsSdl = ((await direct('{ _service { sdl } }')).data!['_service'] as { sdl: string }).sdl;
  const composed = composeServices([
    { name: 'news', typeDefs: parse(newsSdl), url: `${news.base}/graphql` },
    { name: 'featured', typeDefs: parse(featuredSdl), url: featuredUrl },
  ]);
  if (composed.errors) throw new Error(`Composition failed: ${composed.errors.map((e) => e.message).join('; ')}`);
  gateway = createGatewayRuntime({ supergraph: composed.supergraphSdl, logging: false, maskedErrors: false });
});
afterAll(async () => {
  await gateway?.dispose();
  await new Promise<void>((resolve) => featured?.close(() => resolve()));
  await news?.close();
});

describe('the subgraph', () => {
  it('FEDERATION is off unless set to subgraph', () => {
    expect(loadConfig({}).federation).toBe('off');
    expect(loadConfig({ FEDERATION: 'subgraph' }).federation).toBe('subgraph');
    expect(() => loadConfig({ FEDERATION: 'supergraph' })).toThrow('FEDERATION');
  });

  it('_service { sdl } links Federation 2 and keys every Node type by id', () => {
    expect(newsSdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])');
    for (const name of entityTypeNames()) expect(newsSdl).toMatch(new RegExp(`type ${name} implements [^{]*@key\\(fields: "id"\\)`));
    expect(entityTypeNames()).toEqual(expect.arrayContaining(['Agreement', 'Article', 'City', 'Country', 'Visit']));
  });

  it('_entities answers each representation as node(id:) does, null for an unknown key or another type, in order', async () => {
    const visit = encodeGlobalID('Visit', 'frank-jensen-beijing-2014-12');
    const representations = [
      { __typename: 'City', id: copenhagen },
      { __typename: 'Visit', id: visit },
      { __typename: 'City', id: encodeGlobalID('City', 'atlantis') },
      { __typename: 'City', id: visit },
    ];
    const result = await direct('query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on City { id name } ... on Visit { id key } } }', { r: representations });
    expect(result).toEqual({
      data: { _entities: [{ __typename: 'City', id: copenhagen, name: 'Copenhagen' }, { __typename: 'Visit', id: visit, key: 'frank-jensen-beijing-2014-12' }, null, null] },
    });
    const refetched = await direct(`{ a: node(id: "${copenhagen}") { id ... on City { name } } }`);
    expect(refetched.data?.['a']).toEqual({ id: copenhagen, name: 'Copenhagen' });
  });

  it('_entities: a malformed id is BAD_USER_INPUT at its index; more representations than MAX_LIST_ITEMS are refused', async () => {
    const result = await direct('query($r: [_Any!]!) { _entities(representations: $r) { ... on City { name } } }', { r: [{ __typename: 'City', id: copenhagen }, { __typename: 'City', id: '!!!' }] });
    expect(result.data).toEqual({ _entities: [{ name: 'Copenhagen' }, null] });
    expect(result.errors?.[0]).toMatchObject({ path: ['_entities', 1], extensions: { code: 'BAD_USER_INPUT', argument: 'representations', reason: 'MALFORMED_ID' } });
    const many = await direct('query($r: [_Any!]!) { _entities(representations: $r) { ... on City { name } } }', { r: Array(101).fill({ __typename: 'City', id: copenhagen }) });
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'MAX_LIST_ITEMS_EXCEEDED', max: 100, value: 101 });
  });

  it('_entities is costed by its representations', async () => {
    const limited = await listenWired(createApp({ store, config: { federation: 'subgraph', limits: { ...loadConfig({}).limits, maxCost: 500 } } }));
    try {
      const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on City { name visits(first: 50) { nodes { key } } } } }';
      const one = await post(`${limited.base}/graphql`, query, { r: [{ __typename: 'City', id: copenhagen }] });
      expect(one.errors).toBeUndefined();
      const ten = await post(`${limited.base}/graphql`, query, { r: Array(10).fill({ __typename: 'City', id: copenhagen }) });
      expect(ten.errors?.[0]?.extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED', max: 500 });
    } finally {
      await limited.close();
    }
  });
});

describe('through Hive Gateway', () => {
  it.each([
    ['a city, its country and visits', '{ city(key: "copenhagen") { id name country { name } visits(first: 2) { totalCount nodes { key } } } }'],
    ['the @oneOf lookup', '{ city(by: { key: "beijing" }) { name } }'],
    ['a search', '{ search(text: "district heating", first: 3) { totalCount } }'],
  ])('%s: the same data as the subgraph answers directly', async (_case, query) => {
    const viaGateway = await throughGateway(query);
    const own = await direct(query);
    console.log(`Hive Gateway answered ${_case}:`, JSON.stringify(viaGateway));
    expect(viaGateway.errors).toBeUndefined();
    expect(viaGateway.data).toEqual(own.data);
  });

  it("cities referenced by the other subgraph are resolved here through _entities", async () => {
    const viaGateway = await throughGateway('{ featuredCities { id name country { name } } }');
    console.log('Hive Gateway answered featuredCities:', JSON.stringify(viaGateway));
    const own = await direct(`{ nodes(ids: ["${copenhagen}", "${beijing}"]) { id ... on City { name country { name } } } }`);
    expect(viaGateway).toEqual({ data: { featuredCities: own.data!['nodes'] } });
  });
});
