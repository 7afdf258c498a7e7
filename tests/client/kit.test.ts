/**
 * The client kit (client/, docs/client-kit.md) as a package: its generated files are those of the
 * schema and examples of today (npm run client-kit rewrites them), graphql-codegen types every
 * custom scalar, the caches' configurations cover every type of the schema, and Apollo's
 * InMemoryCache pages and merges with it as a front end relies on. The kit in real front ends:
 * browser-clients.test.ts; Relay: relay.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gql, InMemoryCache } from '@apollo/client';
import { build } from 'esbuild';
import { buildSchema, isObjectType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cacheConfig, mergeValues, typePolicies } from '../../client/apollo.js';
import { connectionFields, possibleTypes, typesWithoutId, valueListFields } from '../../client/generated/schema-facts.js';
import { codegenScalars } from '../../client/scalars.js';
import { graphcacheOptions, keys, resolvers } from '../../client/urql.js';
import { codegenFiles, INTROSPECTION_PATH, introspectionText, ROOT, SCHEMA_FACTS_PATH, schemaFacts, schemaFactsText } from '../../scripts/client-kit-files.js';
import codegenConfig from '../../codegen.js';
import { generate } from '@graphql-codegen/cli';

const schema = buildSchema(readFileSync(join(ROOT, 'schema/schema.graphql'), 'utf8'));
const committed = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('generated files (run `npm run client-kit` to update)', () => {
  it(`${SCHEMA_FACTS_PATH} is the schema's`, () => {
    expect(committed(SCHEMA_FACTS_PATH)).toBe(schemaFactsText());
  });

  it(`${INTROSPECTION_PATH} is the schema's`, () => {
    expect(committed(INTROSPECTION_PATH)).toBe(introspectionText());
  });

  it('client/gql/ is what graphql-codegen writes with codegen.ts for the examples', async () => {
    const files = await codegenFiles();
    expect([...files.keys()].sort()).toEqual(['client/gql/gql.ts', 'client/gql/graphql.ts', 'client/gql/index.ts']);
    for (const [path, content] of files) expect(committed(path), path).toBe(content);
  }, 60_000);
});

describe('graphql-codegen with codegen.ts', () => {
  const customScalars = Object.values(schema.getTypeMap())
    .filter((type) => isScalarType(type) && !isSpecifiedScalarType(type))
    .map((type) => type.name)
    .sort();

  it('maps every custom scalar of the schema, and refuses to run without one of them (strictScalars)', async () => {
    expect(Object.keys(codegenScalars).sort()).toEqual(customScalars);
    const { Date: _date, ...withoutDate } = codegenScalars;
    const target = Object.values(codegenConfig.generates)[0] as { config: Record<string, unknown> };
    const config = { ...codegenConfig, cwd: ROOT, silent: true, generates: { 'client/gql/': { ...target, config: { ...target.config, scalars: withoutDate } } } };
    await expect(generate(config as never, false)).rejects.toThrow('Unknown scalar type Date');
  }, 60_000);

  it('types the scalars of the examples\' answers as strings, not unknown', () => {
    // The types, without the documents (export const ... = {...} as unknown as DocumentNode) and the preset's Exact helper.
    const types = committed('client/gql/graphql.ts')
      .split('\n')
      .filter((line) => !line.startsWith('export const ') && !line.startsWith('type Exact<'))
      .join('\n');
    expect(types.match(/.{0,60}(:|<|\|)\s*(unknown|any)\b.{0,20}/g)).toBeNull();
    expect(types).toMatch(/\bearliest: string \| null/); // Date
    expect(types).toMatch(/\bpublishedAt: string \| null/); // DateTime
    expect(types).toMatch(/\bisoAlpha2: string\b/); // CountryCode
  });
});

describe('the caches\' configurations cover the schema', () => {
  const objects = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && !type.name.startsWith('__') && type.name !== 'Query');

  it('possibleTypes lists, for every interface and union, the object types it stands for', () => {
    const facts = schemaFacts(schema);
    expect(possibleTypes).toEqual(facts.possibleTypes);
    expect(possibleTypes.Entity).toContain('Topic');
    expect(possibleTypes.SearchResult).toContain('Article');
    expect(cacheConfig().possibleTypes).toBe(possibleTypes);
  });

  it('every object type has an id (normalised by it) or is kept inside its holder', () => {
    const withoutId = objects.filter((type) => !('id' in (type as { getFields: () => object }).getFields())).map((t) => t.name);
    expect([...typesWithoutId].sort()).toEqual(withoutId.sort());
    // The values the issue found overwriting each other, and the search hits, now have ids.
    for (const name of ['Evidence', 'Participation', 'Office', 'VisitPurpose', 'SearchHit', 'FactReport', 'StatedValue', 'Disagreement']) expect(typesWithoutId).not.toContain(name);
    // Apollo: each value type merges into its holder; Graphcache: each one is embedded on purpose (no "Invalid key").
    const policies = typePolicies();
    for (const name of typesWithoutId.filter((t) => !/(Connection|Edge)$/.test(t) && t !== 'PageInfo')) expect(policies[name], name).toMatchObject({ keyFields: false, merge: true });
    const urqlKeys = keys();
    for (const name of typesWithoutId) expect(urqlKeys[name]?.({ __typename: name }), name).toBeNull();
  });

  it('every connection field pages, with its choosing arguments as Apollo\'s keyArgs', () => {
    const policies = typePolicies();
    const urqlResolvers = resolvers();
    let count = 0;
    for (const [type, fields] of Object.entries(connectionFields)) {
      for (const [field, keyArgs] of Object.entries(fields)) {
        count++;
        const policy = policies[type]!.fields![field] as { keyArgs: unknown; merge: unknown; read: unknown };
        expect(policy.keyArgs, `${type}.${field}`).toEqual(keyArgs.length ? keyArgs : false);
        expect(typeof policy.merge).toBe('function');
        expect(typeof urqlResolvers[type]![field]).toBe('function');
      }
    }
    expect(count).toBeGreaterThan(50);
    expect(connectionFields.Query!.visits).toEqual(['filter', 'orderBy']);
    expect(connectionFields.Query!.search).toEqual(['text']);
    expect(valueListFields).toEqual({ Metric: ['alsoStatedAs'] });
    expect(graphcacheOptions().schema).toBeDefined();
  });
});

describe('Apollo\'s InMemoryCache with the kit', () => {
  const PAGE = gql`
    query Cities($first: Int!, $after: String) {
      cities(first: $first, after: $after) {
        __typename
        totalCount
        pageInfo { __typename hasNextPage endCursor }
        nodes { __typename id name }
      }
    }
  `;
  const page = (names: string[], endCursor: string, hasNextPage: boolean) => ({
    cities: {
      __typename: 'CityConnection',
      totalCount: 5,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      nodes: names.map((name) => ({ __typename: 'City', id: `City:${name}`, name })),
    },
  });

  it('appends a page fetched with after: to a list read through the nodes shortcut (relayStylePagination replaces it)', () => {
    const cache = new InMemoryCache(cacheConfig());
    cache.writeQuery({ query: PAGE, variables: { first: 2 }, data: page(['a', 'b'], 'c2', true) });
    cache.writeQuery({ query: PAGE, variables: { first: 2, after: 'c2' }, data: page(['c', 'd'], 'c4', true) });
    const read = cache.readQuery<ReturnType<typeof page>>({ query: PAGE, variables: { first: 2 } })!;
    expect(read.cities.nodes.map((n) => n.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(read.cities.pageInfo).toMatchObject({ endCursor: 'c4', hasNextPage: true });
    // A first page again (neither after nor before) starts the list anew, as relayStylePagination does.
    cache.writeQuery({ query: PAGE, variables: { first: 2 }, data: page(['a', 'b'], 'c2', true) });
    expect(cache.readQuery<ReturnType<typeof page>>({ query: PAGE, variables: { first: 2 } })!.cities.nodes.map((n) => n.name)).toEqual(['a', 'b']);
  });

  it('keeps what two queries select of a value without an id, and of the items of a list of them', () => {
    const cache = new InMemoryCache(cacheConfig());
    const metric = (fields: string) => gql`query M { metric(key: "m") { __typename id value { __typename ${fields} } alsoStatedAs { __typename ${fields} } } }`;
    const data = (value: Record<string, unknown>) => ({ metric: { __typename: 'Metric', id: 'M1', value: { __typename: 'Money', ...value }, alsoStatedAs: [{ __typename: 'Money', ...value }] } });
    cache.writeQuery({ query: metric('words'), data: data({ words: '215 million euros' }) });
    cache.writeQuery({ query: metric('amount'), data: data({ amount: 215000000 }) });
    expect(cache.readQuery({ query: metric('words amount') })).toEqual(data({ words: '215 million euros', amount: 215000000 }));
  });

  it('mergeValues: a list of another length, or an object of another type, replaces', () => {
    expect(mergeValues([{ a: 1 }], [{ b: 2 }, { b: 3 }])).toEqual([{ b: 2 }, { b: 3 }]);
    expect(mergeValues({ __typename: 'Money', a: 1 }, { __typename: 'Count', b: 2 })).toEqual({ __typename: 'Count', b: 2 });
    expect(mergeValues({ __typename: 'Money', a: 1, n: { x: 1 } }, { __typename: 'Money', b: 2, n: { y: 2 } })).toEqual({ __typename: 'Money', a: 1, b: 2, n: { x: 1, y: 2 } });
  });
});

describe('the package', () => {
  const require = createRequire(join(ROOT, 'package.json'));
  const exportsMap = (JSON.parse(committed('package.json')) as { exports: Record<string, string> }).exports;

  it.each(['news-graph/client', 'news-graph/client/apollo', 'news-graph/client/urql', 'news-graph/client/examples', 'news-graph/schema.graphql'])('exports %s', (specifier) => {
    const file = require.resolve(specifier);
    expect(existsSync(file)).toBe(true);
    expect(file).toBe(join(ROOT, exportsMap[specifier.replace('news-graph', '.')]!));
  });

  it('bundles for a browser with esbuild: the Apollo entry without urql or the introspection, the urql entry without Apollo', async () => {
    const bundle = async (entry: string) => {
      const result = await build({
        stdin: { contents: `export * from '${entry}';`, resolveDir: ROOT, loader: 'ts' },
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        metafile: true,
        logLevel: 'silent',
      });
      return Object.keys(result.metafile.inputs);
    };
    const apollo = await bundle('news-graph/client/apollo');
    expect(apollo).toContain('client/apollo.ts');
    expect(apollo.filter((input) => /urql|introspection|@apollo\/client/.test(input))).toEqual([]);
    const urql = await bundle('news-graph/client/urql');
    expect(urql).toContain('client/generated/introspection.ts');
    expect(urql.filter((input) => /@apollo/.test(input))).toEqual([]);
  });
});
