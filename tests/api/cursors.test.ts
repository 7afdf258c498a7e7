/**
 * Cursors are checked before use (src/schema/paginate.ts): one the API cannot have given out is
 * MALFORMED_CURSOR, one beyond the list CURSOR_OUT_OF_RANGE, both BAD_USER_INPUT naming the argument.
 * Every cursor the API gives out still works, forwards and backwards.
 */
import { describe, expect, it } from 'vitest';
import { data, gql } from '../helpers.js';

const base64 = (text: string) => Buffer.from(text).toString('base64');
const cursor = (position: number | string) => base64(`OffsetConnection:${position}`);

const TOPICS = 'query($first: Int, $last: Int, $after: String, $before: String) { topics(first: $first, last: $last, after: $after, before: $before) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { key } } } }';

const { topics: all } = await data('{ topics(first: 100) { totalCount edges { cursor node { key } } } }');
const total: number = all.totalCount;
const keys: string[] = all.edges.map((e: any) => e.node.key);

describe('cursors the API cannot have given out are refused', () => {
  it.each([
    ['not base64', 'nonsense', 'is not a cursor of this API'],
    ['an empty string', '', 'is not a cursor of this API'],
    ['base64 of something else', base64('Foo:3'), 'is not a cursor of this API'],
    ['another prefix', base64('ArrayConnection:3'), 'is not a cursor of this API'],
    ['base64 without its padding', cursor(10).replace(/=+$/, ''), 'is not a cursor of this API'],
    ['base64 written another way (other padding bits)', cursor(10).replace('MA==', 'MB=='), 'is not a cursor of this API'],
    ['a negative position', cursor(-5), 'its position "-5" is negative'],
    ['position -1', cursor(-1), 'its position "-1" is negative'],
    ['a fractional position', cursor(1.5), 'its position "1.5" is not a whole number'],
    ['a position that is not a number', cursor('abc'), 'its position "abc" is not a number'],
    ['no position', cursor(''), 'its position "" is not a number'],
    ['a position with a leading zero', cursor('01'), 'its position "01" is not written as this API writes positions'],
    ['a position with a sign', cursor('+1'), 'is not written as this API writes positions'],
    ['a position in exponent notation', cursor('1e1'), 'is not written as this API writes positions'],
  ])('%s', async (_case, value, message) => {
    for (const argument of ['after', 'before'] as const) {
      const { status, body } = await gql(TOPICS, { first: argument === 'after' ? 3 : null, last: argument === 'before' ? 3 : null, [argument]: value });
      expect(status).toBe(200);
      expect(body.data).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]).toMatchObject({
        message: expect.stringContaining(`Invalid cursor in "${argument}": `),
        path: ['topics'],
        extensions: { code: 'BAD_USER_INPUT', argument, reason: 'MALFORMED_CURSOR' },
      });
      expect(body.errors![0]!.message).toContain(message);
    }
  });

  it('a forged negative cursor does not return the last items', async () => {
    const { body } = await gql(TOPICS, { first: 2, after: cursor(-5) });
    expect(body.data).toBeNull();
    expect(JSON.stringify(body)).not.toContain(keys.at(-1));
  });

  it('a long cursor is not repeated whole in the message', async () => {
    const long = 'A'.repeat(4000);
    const { body } = await gql(TOPICS, { after: long });
    expect(body.errors![0]!.message).toContain(`"${'A'.repeat(100)}…"`);
    expect(body.errors![0]!.message.length).toBeLessThan(300);
  });
});

describe('cursors beyond the list are refused', () => {
  it.each([
    ['the length of the list', () => total],
    ['far beyond it', () => 1_000_000],
    ['beyond any safe integer', () => '99999999999999999999999'],
  ])('a position at %s', async (_case, position) => {
    for (const argument of ['after', 'before'] as const) {
      const { body } = await gql(TOPICS, { [argument]: cursor(position()), last: argument === 'before' ? 1 : null });
      expect(body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(new RegExp(`^Invalid cursor in "${argument}": it points at position \\d+(e\\+\\d+)?, but the list has ${total} items \\(positions 0 to ${total - 1}\\)`)),
        path: ['topics'],
        extensions: { code: 'BAD_USER_INPUT', argument, reason: 'CURSOR_OUT_OF_RANGE' },
      });
    }
  });

  it('every position of an empty list', async () => {
    const { body } = await gql('query($after: String) { search(text: "no such words anywhere", after: $after) { totalCount } }', { after: cursor(0) });
    expect(body.errors?.[0]).toMatchObject({
      message: 'Invalid cursor in "after": it points at position 0, but the list is empty. The list may have changed since the cursor was given out, or the cursor is from another connection: start again without "after".',
      path: ['search'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'after', reason: 'CURSOR_OUT_OF_RANGE' },
    });
  });

  it('on a nested connection, with the path of that connection', async () => {
    const { body } = await gql('query($after: String) { city(key: "copenhagen") { name visits(after: $after) { totalCount } } }', { after: cursor(50) });
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('it points at position 50, but the list has 2 items (positions 0 to 1)'),
      path: ['city', 'visits'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'after', reason: 'CURSOR_OUT_OF_RANGE' },
    });
  });

  it('a cursor from another connection is a position: taken when in range, refused when not', async () => {
    // Documented: cursors carry no connection, so the API cannot tell; a position in the list is served.
    const { statements } = await data('{ statements(first: 1, after: null) { edges { cursor } } }');
    const [first] = statements.edges;
    const { topics } = await data(TOPICS, { first: 1, after: first.cursor });
    expect(topics.edges.map((e: any) => e.node.key)).toEqual([keys[1]]);
  });
});

describe('every cursor the API gives out works', () => {
  it('pages forwards with endCursor and backwards with startCursor, through the whole list', async () => {
    const forwards: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const { topics }: any = await data(TOPICS, { first: 7, after });
      forwards.push(...topics.edges.map((e: any) => e.node.key));
      if (!topics.pageInfo.hasNextPage) break;
      after = topics.pageInfo.endCursor;
    }
    expect(forwards).toEqual(keys);

    // Backwards from the last page (last: without before: ends at the end of the list).
    const { topics: last } = await data(TOPICS, { last: 1 });
    const backwards: string[] = last.edges.map((e: any) => e.node.key);
    let before: string = last.pageInfo.startCursor;
    for (let page = 0; page < 50; page++) {
      const { topics }: any = await data(TOPICS, { last: 7, before });
      backwards.unshift(...topics.edges.map((e: any) => e.node.key));
      if (!topics.pageInfo.hasPreviousPage) break;
      before = topics.pageInfo.startCursor;
    }
    expect(backwards).toEqual(keys);
  });

  it('every edge cursor, as after and as before', async () => {
    for (const [i, edge] of all.edges.entries()) {
      const { topics: next } = await data(TOPICS, { first: 1, after: edge.cursor });
      expect(next.edges.map((e: any) => e.node.key)).toEqual(keys.slice(i + 1, i + 2));
      const { topics: previous } = await data(TOPICS, { last: 1, before: edge.cursor });
      expect(previous.edges.map((e: any) => e.node.key)).toEqual(keys.slice(Math.max(i - 1, 0), i));
    }
  });

  it('an empty page has null cursors, so none points outside the list', async () => {
    const pages = [
      { first: 0 },
      { first: 5, after: all.edges.at(-1).cursor },
      { last: 5, before: all.edges[0].cursor },
    ];
    for (const variables of pages) {
      const { topics } = await data(TOPICS, variables);
      expect(topics.edges).toEqual([]);
      expect(topics.pageInfo).toMatchObject({ startCursor: null, endCursor: null });
    }
    const { search } = await data('{ search(text: "no such words anywhere") { totalCount pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }');
    expect(search).toEqual({ totalCount: 0, pageInfo: { startCursor: null, endCursor: null, hasNextPage: false, hasPreviousPage: false } });
  });

  it('the cursors of a page are those of its first and last edges', async () => {
    const { topics } = await data(TOPICS, { first: 4, after: all.edges[2].cursor });
    expect(topics.pageInfo.startCursor).toBe(topics.edges[0].cursor);
    expect(topics.pageInfo.endCursor).toBe(topics.edges.at(-1).cursor);
    expect(topics.edges.map((e: any) => e.cursor)).toEqual(all.edges.slice(3, 7).map((e: any) => e.cursor));
  });
});
