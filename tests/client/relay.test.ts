/**
 * Relay (docs/client-kit.md): relay-compiler, the npm package's own binary (no watchman is needed
 * for a single run), compiles tests/client/relay/CityArticles.ts against schema/schema.graphql: a
 * fragment on City with @refetchable (its refetch query goes through node(id:)) and a @connection
 * on its articles. Then relay-runtime runs what the compiler generated against the API: the
 * query, the fragment read from Relay's store, and the next page fetched with the refetch query,
 * which Relay's ConnectionHandler appends to the connection.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import {
  createOperationDescriptor,
  Environment,
  fetchQuery,
  getSelector,
  Network,
  RecordSource,
  Store,
  type ConcreteRequest,
  type ReaderFragment,
} from 'relay-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scalarTypes } from '../../client/scalars.js';
import { ROOT } from '../../scripts/client-kit-files.js';
import { app } from '../helpers.js';

const RELAY_COMPILER = join(ROOT, 'node_modules/.bin/relay-compiler');

/** The relay-compiler project: in tmp/ (so that the artifacts resolve relay-runtime from node_modules), with a tsconfig of its own. */
let dir = '';
let compiler: { status: number | null; output: string } = { status: null, output: '' };

beforeAll(() => {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  dir = mkdtempSync(join(ROOT, 'tmp', 'relay-'));
  mkdirSync(join(dir, 'src/__generated__'), { recursive: true });
  copyFileSync(join(ROOT, 'schema/schema.graphql'), join(dir, 'schema.graphql'));
  copyFileSync(join(ROOT, 'tests/client/relay/CityArticles.ts'), join(dir, 'src/CityArticles.ts'));
  // The artifacts import Relay's types without `import type`: compiled as an app compiles them, not with this repository's verbatimModuleSyntax.
  writeFileSync(join(dir, 'tsconfig.json'), '{}\n');
  const config = {
    src: './src',
    schema: './schema.graphql',
    language: 'typescript',
    artifactDirectory: './src/__generated__',
    eagerEsModules: true,
    customScalarTypes: scalarTypes,
  };
  writeFileSync(join(dir, 'relay.config.json'), JSON.stringify(config, null, 2));
  const run = spawnSync(RELAY_COMPILER, [], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  compiler = { status: run.status, output: stripVTControlCharacters(`${run.stdout}${run.stderr}`) };
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A Relay environment whose network is the app, as a front end's fetch would reach it. */
function environment(): Environment {
  const network = Network.create(async (params, variables) => {
    const response = await app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: params.text, variables }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as never;
  });
  return new Environment({ network, store: new Store(new RecordSource()) });
}

const artifact = async <T>(name: string) => ((await import(join(dir, 'src/__generated__', `${name}.graphql.ts`))) as { default: T }).default;

describe('relay-compiler, against schema/schema.graphql', () => {
  it('compiles a @refetchable fragment with a @connection, and the query that spreads it', () => {
    expect(compiler.status, compiler.output).toBe(0);
    expect(compiler.output).toMatch(/Compilation completed/);
    expect(compiler.output).not.toMatch(/\[(ERROR|WARN)/);
    expect(readdirSync(join(dir, 'src/__generated__')).sort()).toEqual([
      'CityArticlesPaginationQuery.graphql.ts',
      'CityArticlesQuery.graphql.ts',
      'CityArticles_city.graphql.ts',
    ]);
  });

  it('the refetch query goes through node(id:), and the connection asks for what Relay pages with', async () => {
    const pagination = await artifact<ConcreteRequest>('CityArticlesPaginationQuery');
    expect(pagination.params.text).toMatch(/node\(id: \$id\)/);
    expect(pagination.params.text).toMatch(/articles\(first: \$count, after: \$cursor\)/); // in the fragment the query spreads
    expect(pagination.params.text).toMatch(/pageInfo \{\s+endCursor\s+hasNextPage\s+\}/);
  });
});

describe('relay-runtime, with what relay-compiler generated', () => {
  it('runs the query, reads the fragment from the store, and appends the next page fetched with the refetch query', async () => {
    expect(existsSync(join(dir, 'src/__generated__/CityArticlesQuery.graphql.ts')), compiler.output).toBe(true);
    const query = await artifact<ConcreteRequest>('CityArticlesQuery');
    const pagination = await artifact<ConcreteRequest>('CityArticlesPaginationQuery');
    const fragment = await artifact<ReaderFragment>('CityArticles_city');
    const env = environment();
    const operation = createOperationDescriptor(query, { key: 'copenhagen' });
    env.retain(operation);

    await fetchQuery(env, query, { key: 'copenhagen' }).toPromise();
    const root = env.lookup(operation.fragment);
    expect(root.isMissingData).toBe(false);
    const selector = getSelector(fragment, (root.data as { city: object }).city);
    type City = {
      id: string;
      name: string;
      country: { isoAlpha2: string };
      evidence: { nodes: { id: string; quote: string }[] };
      articles: { totalCount: number; edges: { node: { id: string; source: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
    };
    const read = () => env.lookup(selector as never) as unknown as { data: City; isMissingData: boolean };
    const first = read();
    expect(first.isMissingData).toBe(false);
    expect(first.data).toMatchObject({ name: 'Copenhagen', country: { isoAlpha2: 'DK' }, articles: { totalCount: 4, pageInfo: { hasNextPage: true } } });
    expect(first.data.articles.edges).toHaveLength(2);
    // Evidence (values with ids) normalised by their id in Relay's store, as Relay does with any id.
    expect(first.data.evidence.nodes.length).toBeGreaterThan(0);
    expect(new Set(first.data.evidence.nodes.map((e) => e.id)).size).toBe(first.data.evidence.nodes.length);

    // usePaginationFragment's loadNext: the refetch query, by the city's global ID, from the end cursor.
    await fetchQuery(env, pagination, { id: first.data.id, count: 2, cursor: first.data.articles.pageInfo.endCursor }).toPromise();
    const next = read();
    expect(next.isMissingData).toBe(false);
    expect(next.data.articles.edges).toHaveLength(4);
    expect(next.data.articles.pageInfo.hasNextPage).toBe(false);

    // The four, in order, are the city's articles as the API lists them.
    const direct = (await (
      await app.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ city(key: "copenhagen") { articles(first: 4) { nodes { id } } } }' }),
      })
    ).json()) as { data: { city: { articles: { nodes: { id: string }[] } } } };
    expect(next.data.articles.edges.map((edge) => edge.node.id)).toEqual(direct.data.city.articles.nodes.map((n) => n.id));
  });
});
