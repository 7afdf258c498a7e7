/**
 * Global IDs sent by clients (src/schema/node.ts): node(id:) and nodes(ids:) refuse an ID the API
 * cannot have given out with a coded error in the API's words, each at its own path, and give null
 * for a well-formed ID whose key is unknown. The lookups by ID check IDs the same way.
 */
import { execute, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { describe, expect, it } from 'vitest';
import { Queries } from '../../src/corpus/queries.js';
import { schema } from '../../src/schema/index.js';
import { data, gql, store } from '../helpers.js';

const encode = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64');
const base64 = (text: string) => Buffer.from(text).toString('base64');

const NODE = 'query($id: ID!) { node(id: $id) { id } }';
const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { name } } }';
const FRAMEWORK = /Invalid global ID|has not been implemented|does not support loading|Invalid base64/;

const MALFORMED: [string, string][] = [
  ['not base64', '!!!'],
  ['an empty string', ''],
  ['base64 without a colon', base64('Copenhagen')],
  ['an empty key', base64('City:')],
  ['an empty type', base64(':copenhagen')],
  ['a type that is not a name', base64('Ci-ty:copenhagen')],
  ['base64 without its padding', encode('City', 'copenhagen!').replace(/=+$/, '')],
  ['a number', '12345'],
];

const NOT_NODES: [string, string][] = [
  ['a type that does not exist', 'Foo'],
  ['an object type without IDs', 'TimeReference'],
  ['the root type', 'Query'],
  ['an interface that extends Node', 'Entity'],
  ['Node itself', 'Node'],
  ['PageInfo', 'PageInfo'],
];

describe('node(id:)', () => {
  it.each(MALFORMED)('%s is refused as MALFORMED_ID', async (_case, id) => {
    const { status, body } = await gql(NODE, { id });
    expect(status).toBe(200);
    expect(body).toEqual({
      data: { node: null },
      errors: [
        {
          message: `${JSON.stringify(id)} is not a global ID: pass the id field of an object from this API.`,
          locations: [{ line: 1, column: 19 }],
          path: ['node'],
          extensions: { code: 'BAD_USER_INPUT', argument: 'id', reason: 'MALFORMED_ID' },
        },
      ],
    });
  });

  it.each(NOT_NODES)('the ID of %s is refused as NOT_A_NODE_TYPE, in the API\'s words', async (_case, type) => {
    const id = encode(type, 'x');
    const { body } = await gql(NODE, { id });
    expect(body.data).toEqual({ node: null });
    expect(body.errors).toEqual([
      {
        message: `"${id}" is not a global ID: it names the type "${type}", which has no IDs of its own (only object types that implement Node have them).`,
        locations: [{ line: 1, column: 19 }],
        path: ['node'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'id', reason: 'NOT_A_NODE_TYPE' },
      },
    ]);
    expect(body.errors![0]!.message).not.toMatch(FRAMEWORK);
  });

  it('an ID of a Node type with an unknown key is null, without an error', async () => {
    expect((await gql(NODE, { id: encode('City', 'atlantis') })).body).toEqual({ data: { node: null } });
    expect((await gql(NODE, { id: encode('Mayor', 'copenhagen') })).body).toEqual({ data: { node: null } });
  });

  it('an ID whose key holds a colon keeps it', async () => {
    expect((await gql(NODE, { id: encode('City', 'copenhagen:extra') })).body).toEqual({ data: { node: null } });
  });

  it('a long ID is not repeated whole in the message', async () => {
    const { body } = await gql(NODE, { id: 'A'.repeat(5000) });
    expect(body.errors![0]!.message).toBe(`"${'A'.repeat(100)}…" is not a global ID: pass the id field of an object from this API.`);
  });

  it('the ID of a value (an Evidence, an Office...) is refused as NOT_A_NODE_TYPE, saying what to refetch instead', async () => {
    const { visit } = await data('{ visit(key: "frank-jensen-beijing-2014-12") { id evidence { id } } }');
    const id = visit.evidence[0].id as string;
    expect(Buffer.from(id, 'base64').toString()).toMatch(/^Evidence:/);
    const { body } = await gql(NODE, { id });
    expect(body.data).toEqual({ node: null });
    expect(body.errors).toEqual([
      {
        message: `"${id}" is the ID of a value of type "Evidence", which cannot be refetched on its own (its ID identifies it in client caches): refetch the entity or fact that holds it.`,
        locations: [{ line: 1, column: 19 }],
        path: ['node'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'id', reason: 'NOT_A_NODE_TYPE' },
      },
    ]);
  });

  it('works with an ID given inline', async () => {
    const { body } = await gql(`{ node(id: "${encode('Evidence', 'x')}") { id } }`);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id', reason: 'NOT_A_NODE_TYPE' });
  });
});

describe('nodes(ids:)', () => {
  it('keeps the objects of the valid IDs and reports each bad ID at its own index', async () => {
    const ids = [encode('City', 'copenhagen'), '!!!', encode('Foo', 'bar'), encode('City', 'atlantis'), encode('Evidence', 'x'), encode('Mayor', 'wang-anshun')];
    const { status, body } = await gql(NODES, { ids });
    expect(status).toBe(200);
    expect(body.data).toEqual({
      nodes: [{ id: ids[0], name: 'Copenhagen' }, null, null, null, null, { id: ids[5], name: 'Wang Anshun' }],
    });
    expect(body.errors).toEqual([
      {
        message: '"!!!" is not a global ID: pass the id field of an object from this API.',
        locations: [{ line: 1, column: 23 }],
        path: ['nodes', 1],
        extensions: { code: 'BAD_USER_INPUT', argument: 'ids', reason: 'MALFORMED_ID' },
      },
      {
        message: `"${ids[2]}" is not a global ID: it names the type "Foo", which has no IDs of its own (only object types that implement Node have them).`,
        locations: [{ line: 1, column: 23 }],
        path: ['nodes', 2],
        extensions: { code: 'BAD_USER_INPUT', argument: 'ids', reason: 'NOT_A_NODE_TYPE' },
      },
      {
        message: `"${ids[4]}" is the ID of a value of type "Evidence", which cannot be refetched on its own (its ID identifies it in client caches): refetch the entity or fact that holds it.`,
        locations: [{ line: 1, column: 23 }],
        path: ['nodes', 4],
        extensions: { code: 'BAD_USER_INPUT', argument: 'ids', reason: 'NOT_A_NODE_TYPE' },
      },
    ]);
  });

  it('the same bad ID twice is two errors', async () => {
    const { body } = await gql(NODES, { ids: ['x', 'x'] });
    expect(body.data).toEqual({ nodes: [null, null] });
    expect(body.errors?.map((e) => e.path)).toEqual([['nodes', 0], ['nodes', 1]]);
  });

  it('an empty list is an empty list', async () => {
    expect((await gql(NODES, { ids: [] })).body).toEqual({ data: { nodes: [] } });
  });

  it('a bad ID in a list given inline', async () => {
    const { body } = await gql(`{ nodes(ids: ["${encode('Topic', 'tourism')}", "nope"]) { __typename } }`);
    expect(body.data).toEqual({ nodes: [{ __typename: 'Topic' }, null] });
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({ path: ['nodes', 1], extensions: { code: 'BAD_USER_INPUT', argument: 'ids', reason: 'MALFORMED_ID' } });
  });
});

describe('lookups by ID check IDs the same way', () => {
  it.each([
    ['a malformed ID', '!!!', 'MALFORMED_ID'],
    ['the ID of a type without IDs', encode('TimeReference', 'x'), 'NOT_A_NODE_TYPE'],
    ['the ID of a type that does not exist', encode('Foo', 'copenhagen'), 'NOT_A_NODE_TYPE'],
  ])('%s is BAD_USER_INPUT with its reason', async (_case, id, reason) => {
    const { body } = await gql('query($id: ID) { city(id: $id) { name } }', { id });
    expect(body.data).toEqual({ city: null });
    expect(body.errors?.[0]).toMatchObject({ path: ['city'], extensions: { code: 'BAD_USER_INPUT', argument: 'id', reason } });
    expect(body.errors![0]!.message).toContain('is not a global ID');
  });

  it('the ID of another Node type is still WRONG_ID_TYPE', async () => {
    const id = encode('Topic', 'tourism');
    const { body } = await gql('query($id: ID) { city(id: $id) { name } }', { id });
    expect(body.errors).toEqual([
      {
        message: `Expected the ID of a City, but "${id}" is the ID of a Topic.`,
        locations: [{ line: 1, column: 18 }],
        path: ['city'],
        extensions: { code: 'WRONG_ID_TYPE', argument: 'id', expected: ['City'], actual: 'Topic' },
      },
    ]);
  });
});

describe('executors', () => {
  const contextValue = { store, queries: new Queries(store) };
  const document = parse('query($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }');

  it('node(id:) and nodes(ids:) resolve without a promise', () => {
    const result = execute({ schema, document, contextValue, variableValues: { id: encode('City', 'copenhagen'), ids: [encode('Topic', 'tourism'), 'bad'] } });
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toMatchObject({ data: { node: { id: encode('City', 'copenhagen') }, nodes: [{ id: encode('Topic', 'tourism') }, null] } });
  });

  it('graphql-jit (the prepared-operation path) reports a bad ID in nodes(ids:) too, so yoga answers it', () => {
    const compiled = compileQuery(schema, document);
    if (!isCompiledQuery(compiled)) throw new Error('not compiled');
    const result = compiled.query(undefined, contextValue, { id: encode('City', 'copenhagen'), ids: [encode('Topic', 'tourism'), 'bad'] }) as { data: unknown; errors?: unknown[] };
    expect(result).not.toBeInstanceOf(Promise);
    expect(result.data).toEqual({ node: { id: encode('City', 'copenhagen') }, nodes: [{ id: encode('Topic', 'tourism') }, null] });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['nodes', 1] });
  });
});
