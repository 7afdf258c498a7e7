import { describe, expect, it } from 'vitest';
import { data } from '../helpers.js';

describe('connections', () => {
  it('pages through a list with cursors, with totalCount and pageInfo', async () => {
    const query = `query($after: String) {
      topics(first: 4, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { key } }
    }`;
    const keys: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page++) {
      const { topics }: { topics: any } = await data(query, { after });
      total = topics.totalCount;
      expect(topics.nodes.length).toBe(Math.min(4, total - keys.length));
      keys.push(...topics.nodes.map((t: { key: string }) => t.key));
      if (!topics.pageInfo.hasNextPage) break;
      after = topics.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(8);
    expect(keys).toHaveLength(total);
    expect(new Set(keys).size).toBe(total);
  });

  it('defaults to 20 items and exposes edges with cursors as well as nodes', async () => {
    const { statements } = await data('{ statements { totalCount edges { cursor node { key } } nodes { key } } }');
    expect(statements.totalCount).toBeGreaterThan(20);
    expect(statements.nodes).toHaveLength(20);
    expect(statements.edges.map((e: any) => e.node.key)).toEqual(statements.nodes.map((n: any) => n.key));
    expect(statements.edges.every((e: any) => typeof e.cursor === 'string')).toBe(true);
  });

  it('last returns the end of the list', async () => {
    const { companies } = await data('{ companies(last: 2) { nodes { name } pageInfo { hasPreviousPage } } }');
    expect(companies.nodes.map((c: any) => c.name)).toEqual(['Ramboll', 'Rockwool']);
    expect(companies.pageInfo.hasPreviousPage).toBe(true);
  });
});
