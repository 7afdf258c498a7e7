import { GraphQLError } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useErrorHygiene } from '../../src/http/errors.js';
import { CASES } from '../hardening/cases.js';
import { sendInProcess } from '../hardening/clients.js';
import { app, data, gql } from '../helpers.js';

const encode = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64');

describe('refetching by global ID', () => {
  it('node(id) returns any object by the id it exposes', async () => {
    const { city } = await data('{ city(key: "beijing") { id } }');
    const { node } = await data('query($id: ID!) { node(id: $id) { id ... on City { name } } }', { id: city.id });
    expect(node).toEqual({ id: city.id, name: 'Beijing' });
  });

  it('nodes(ids) returns objects of several types in order, with null for unknown ids, without an error', async () => {
    const ids = [encode('Mayor', 'wang-anshun'), encode('City', 'atlantis'), encode('Metric', 'copenhagen-drinking-water-loss')];
    // data() fails on any error: an unknown key is not one.
    const { nodes } = await data('query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Entity { name } ... on Metric { measure } } }', { ids });
    expect(nodes).toEqual([
      { __typename: 'Mayor', name: 'Wang Anshun' },
      null,
      { __typename: 'Metric', measure: 'loss of drinking water in the pipes of Copenhagen' },
    ]);
  });

  it.each([
    ['Visit', 'frank-jensen-beijing-2014-12'],
    ['Agreement', 'copenhagen-beijing-sister-cities'],
    ['Metric', 'eur-usd-exchange-rate-2014-12'],
    ['Statement', 'jensen-clean-water-importance'],
    ['Company', 'cowi'],
    ['Country', 'china'],
    ['Topic', 'tourism'],
    ['Article', 'xinhua-2014-12-04-copenhagen-mayor-beijing-visit'],
  ])('every %s is a Node', async (type, key) => {
    const { node } = await data('query($id: ID!) { node(id: $id) { __typename id } }', { id: encode(type, key) });
    expect(node).toEqual({ __typename: type, id: encode(type, key) });
  });
});

describe('lookups by key or ID', () => {
  it('an unknown key gives null, not an error', async () => {
    const { status, body } = await gql('{ city(key: "atlantis") { name } }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { city: null } });
  });

  it('a global ID of the wrong type gives a clear error', async () => {
    const { body } = await gql('query($id: ID) { city(id: $id) { name } }', { id: encode('Visit', 'frank-jensen-beijing-2014-12') });
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Expected the ID of a City, but'),
      path: ['city'],
      extensions: { code: 'WRONG_ID_TYPE', argument: 'id', expected: ['City'], actual: 'Visit' },
    });
  });

  // Neither or both in the query's text are refused when it is validated (tests/api/lookup-by.test.ts); variables leave it open until execution.
  it.each([
    ['neither key nor id, as null variables', 'query($key: String, $id: ID) { city(key: $key, id: $id) { name } }', {}, 'by'],
    ['both key and id, as variables', 'query($key: String, $id: ID) { city(key: $key, id: $id) { name } }', { key: 'copenhagen', id: encode('City', 'copenhagen') }, 'id'],
    ['an id that is not a global ID', '{ city(id: "!!!") { name } }', {}, 'id'],
  ])('%s is a BAD_USER_INPUT naming the argument', async (_case, query, variables, argument) => {
    const { body } = await gql(query, variables);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('bad arguments', () => {
  it.each([
    ['first over the cap', '{ cities(first: 101) { totalCount } }', ['cities'], 'first', 'at most 100'],
    ['negative first', '{ visits(first: -1) { totalCount } }', ['visits'], 'first', '0 or more'],
    ['a nested connection over the cap', '{ city(key: "copenhagen") { visits(last: 500) { totalCount } } }', ['city', 'visits'], 'last', 'at most 100'],
    ['a malformed cursor', '{ topics(after: "nonsense") { totalCount } }', ['topics'], 'after', 'Invalid cursor'],
    ['a forged negative cursor', `{ topics(first: 2, after: "${Buffer.from('OffsetConnection:-5').toString('base64')}") { totalCount } }`, ['topics'], 'after', 'is negative'],
    ['a cursor beyond the list', `{ topics(last: 2, before: "${Buffer.from('OffsetConnection:5000').toString('base64')}") { totalCount } }`, ['topics'], 'before', 'it points at position 5000'],
    ['a malformed node ID', '{ node(id: "!!!") { id } }', ['node'], 'id', 'is not a global ID'],
    ['the node ID of a type without IDs', `{ node(id: "${encode('Foo', 'bar')}") { id } }`, ['node'], 'id', 'which has no IDs'],
    ['a malformed ID in nodes(ids:)', `{ nodes(ids: ["${encode('City', 'copenhagen')}", "!!!"]) { id } }`, ['nodes', 1], 'ids', 'is not a global ID'],
  ])('%s gives BAD_USER_INPUT with the field path and argument', async (_case, query, path, argument, message) => {
    const { body } = await gql(query);
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining(message),
      path,
      extensions: { code: 'BAD_USER_INPUT', argument },
    });
  });

  it('an argument of the wrong type is rejected before execution', async () => {
    const { status, body } = await gql('{ visits(filter: { status: [SOMEDAY] }) { totalCount } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toContain('SOMEDAY');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});

describe('every error carries extensions.code', () => {
  const requests = [
    '{ city(key: "copenhagen") { name ',
    '{ citys { totalCount } }',
    '{ city(key: 1) { name } }',
    '{ node(id: "!!!") { id } }',
    `{ node(id: "${encode('Foo', 'bar')}") { id } }`,
    `{ node(id: "${encode('Evidence', 'x')}") { id } }`,
    `{ nodes(ids: ["!!!", "${encode('Foo', 'bar')}", "${encode('City', 'copenhagen')}"]) { id } }`,
    `{ city(id: "${encode('Foo', 'bar')}") { name } }`,
    `{ topics(after: "${Buffer.from('OffsetConnection:1.5').toString('base64')}") { totalCount } }`,
    '{ topics(after: "") { totalCount } }',
    '{ cities(first: 101) { totalCount } }',
  ];

  it.each(requests)('%s', async (query) => {
    const { body } = await gql(query);
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors!) expect(error.extensions?.['code'], JSON.stringify(error)).toEqual(expect.any(String));
  });

  it('in the answer to every hostile case', async () => {
    for (const c of CASES) {
      const answer = await sendInProcess(app, c);
      const errors = (JSON.parse(answer.text) as { errors?: { extensions?: Record<string, unknown> }[] }).errors ?? [];
      for (const error of errors) expect(error.extensions?.['code'], `${c.name}: ${JSON.stringify(error)}`).toEqual(expect.any(String));
    }
  });

  it('an error no layer gave a code gets INTERNAL_SERVER_ERROR (variable errors: BAD_USER_INPUT)', async () => {
    const yoga = createYoga({
      schema: createSchema({
        typeDefs: 'type A { a: Int } union U = A type Query { thrown: Int, unresolved: U, variable(n: Int): Int }',
        resolvers: { Query: { thrown: () => { throw new GraphQLError('A framework said no.'); }, unresolved: () => ({}), variable: () => 1 } },
      }),
      maskedErrors: true,
      logging: false,
      plugins: [useErrorHygiene({ exposeDetails: false, hideSuggestions: true })],
    });
    const ask = async (query: string, variables?: object) => {
      const response = await yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    };
    expect((await ask('{ thrown }')).errors[0]).toMatchObject({ message: 'A framework said no.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    // graphql-js's own execution errors are GraphQLErrors, which yoga does not mask.
    expect((await ask('{ unresolved { __typename } }')).errors[0]).toMatchObject({ message: expect.stringContaining('Abstract type "U" must resolve'), extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect((await ask('query($n: Int) { variable(n: $n) }', { n: 'x' })).errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
