/**
 * Lookups by key or ID in both forms: `city(by: { key: })` (a @oneOf input) and `city(key:)` /
 * `city(id:)`, which clients already send. None or several in the query's text are refused when it is
 * validated, before anything runs; variables that leave it open are checked when it runs.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { isInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { gql } from '../helpers.js';

const copenhagen = encodeGlobalID('City', 'copenhagen');

describe('the @oneOf form', () => {
  it('LookupBy is a @oneOf input and every lookup takes it beside key and id', () => {
    const by = schema.getType('LookupBy');
    expect(isInputObjectType(by) && by.isOneOf).toBe(true);
    const lookups = Object.values(schema.getQueryType()!.getFields()).filter((field) => field.extensions['lookup']);
    expect(lookups.length).toBeGreaterThanOrEqual(15);
    for (const field of lookups) expect(field.args.map((a) => a.name).sort()).toEqual(['by', 'id', 'key']);
  });

  it.each([
    ['by key', '{ city(by: { key: "copenhagen" }) { name } }', undefined],
    ['by id', `{ city(by: { id: "${copenhagen}" }) { name } }`, undefined],
    ['by a variable', 'query($by: LookupBy!) { city(by: $by) { name } }', { by: { key: 'copenhagen' } }],
    ['by key in a variable', 'query($key: String!) { city(by: { key: $key }) { name } }', { key: 'copenhagen' }],
    ['key (the short form)', '{ city(key: "copenhagen") { name } }', undefined],
    ['id (the short form)', `{ city(id: "${copenhagen}") { name } }`, undefined],
  ])('%s answers the same city', async (_case, query, variables) => {
    const { status, body } = await gql(query, variables);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { city: { name: 'Copenhagen' } } });
  });

  it('another lookup through the oneOf form, and null for an unknown key', async () => {
    const { body } = await gql('{ a: city(by: { key: "atlantis" }) { name } b: country(by: { key: "denmark" }) { name } }');
    expect(body).toEqual({ data: { a: null, b: { name: 'Denmark' } } });
  });
});

describe('none or several, refused when the operation is validated', () => {
  it.each([
    ['both in by', `{ city(by: { key: "copenhagen", id: "${copenhagen}" }) { name } }`, 'OneOf Input Object "LookupBy" must specify exactly one key.'],
    ['neither in by', '{ city(by: {}) { name } }', 'OneOf Input Object "LookupBy" must specify exactly one key.'],
    ['a null field in by', '{ city(by: { key: null }) { name } }', 'Field "LookupBy.key" must be non-null.'],
    ['a nullable variable in by', 'query($key: String) { city(by: { key: $key }) { name } }', 'must be non-nullable to be used for OneOf Input Object "LookupBy"'],
    ['no argument', '{ city { name } }', 'The lookup "city" takes exactly one of "by", "key" or "id", and none is given'],
    ['key and id', `{ city(key: "copenhagen", id: "${copenhagen}") { name } }`, 'and several of them are given'],
    ['by and key', '{ city(by: { key: "copenhagen" }, key: "copenhagen") { name } }', 'and several of them are given'],
    ['key and a non-null variable id', 'query($id: ID!) { city(key: "copenhagen", id: $id) { name } }', 'and several of them are given'],
    ['only null literals', '{ city(key: null, id: null) { name } }', 'and none is given'],
    ['in a fragment', 'query { ...F } fragment F on Query { visit { key } }', 'The lookup "visit" takes exactly one'],
  ])('%s: 400 GRAPHQL_VALIDATION_FAILED, no data', async (_case, query, message) => {
    const { status, body } = await gql(query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toContain(message);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('both in a by variable is refused before anything runs, as an invalid variable', async () => {
    const { status, body } = await gql('query($by: LookupBy!) { city(by: $by) { name } }', { by: { key: 'copenhagen', id: copenhagen } });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringContaining('Exactly one key must be specified for OneOf type "LookupBy"'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('a null by variable is known only when it runs: BAD_USER_INPUT naming "by"', async () => {
    const { status, body } = await gql('query($by: LookupBy) { city(by: $by) { name } }', { by: null });
    expect(status).toBe(200);
    expect(body).toMatchObject({ data: { city: null }, errors: [{ path: ['city'], extensions: { code: 'BAD_USER_INPUT', argument: 'by' } }] });
  });

  it('an id of another type given in by is WRONG_ID_TYPE naming "by"', async () => {
    const { body } = await gql(`{ city(by: { id: "${encodeGlobalID('Visit', 'frank-jensen-beijing-2014-12')}" }) { name } }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'WRONG_ID_TYPE', argument: 'by', expected: ['City'], actual: 'Visit' });
  });
});
