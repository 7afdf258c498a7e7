/**
 * The worst requests the limits accept (tests/hardening/worst-requests.ts), grown on the seed corpus
 * until one step more is refused: each still answers, and its answer stays within what its cost
 * allows, so that the cost limit bounds every answer before anything runs. Their server time and
 * memory are measured by bench/worst.ts (timings never go into tests).
 */
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureCost } from '../../src/http/cost.js';
import { DEFAULT_LIMITS } from '../../src/http/defaults.js';
import { schema } from '../../src/schema/index.js';
import { app, store } from '../helpers.js';
import { FIRST_ARTICLE, fitWorstRequests, WORST_SHAPES, type WorstRequest } from './worst-requests.js';

/**
 * Bytes of answer one unit of cost may stand for: a unit is one value (its key is an alias of at
 * most 64 characters, MAX_ALIAS_LENGTH) or 100 characters of text, and JSON adds quotes, commas and
 * escapes. The target (5 MB on the seed) follows from it: 10,000 units × 250 bytes is 2.5 MB.
 */
const BYTES_PER_UNIT = 250;

const post = (body: string) =>
  app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body });

let articleId: string;
let worst: WorstRequest[];
beforeAll(async () => {
  const first = (await (await post(FIRST_ARTICLE)).json()) as { data: { articles: { nodes: { id: string }[] } } };
  articleId = first.data.articles.nodes[0]!.id;
  worst = await fitWorstRequests(articleId, async (body) => (await post(body)).status);
});

describe('the worst requests within the limits, on the seed corpus', () => {
  it('every shape is accepted at some size, so the list keeps measuring something', () => {
    expect(worst.map((w) => w.name)).toEqual(WORST_SHAPES.map((s) => s.name));
  });

  it('answers each without errors, in at most 250 bytes per unit of its cost and 5 MB', async () => {
    for (const request of worst) {
      const response = await post(request.body);
      const text = await response.text();
      const { query, variables } = JSON.parse(request.body);
      const cost = measureCost(schema, { store }, parse(query), undefined, variables)!;
      expect({ name: request.name, status: response.status, errors: JSON.parse(text).errors }).toEqual({ name: request.name, status: 200, errors: undefined });
      expect(cost, request.name).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
      expect(Buffer.byteLength(text), `${request.name} at cost ${cost}`).toBeLessThanOrEqual(BYTES_PER_UNIT * cost);
      expect(Buffer.byteLength(text), request.name).toBeLessThanOrEqual(5_000_000);
    }
  });

  it('refuses one step more before running it, with 400 and the code of the limit it meets', async () => {
    for (const request of worst.filter((w) => w.n < WORST_SHAPES.find((s) => s.name === w.name)!.maxN)) {
      const shape = WORST_SHAPES.find((s) => s.name === request.name)!;
      const response = await post(JSON.stringify(shape.request(request.n + 1, articleId)));
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect({ name: request.name, status: response.status, data: body.data, code: body.errors[0]!.extensions.code }).toEqual({
        name: request.name,
        status: 400,
        data: undefined,
        code: expect.stringMatching(/^MAX_(COST|TOKENS|LIST_ITEMS)_EXCEEDED$/),
      });
    }
  });

  it('costs nodes(ids:) by its ids: the article 100 times with its whole text is refused', async () => {
    const query = `{ nodes(ids: [${Array(100).fill(JSON.stringify(articleId)).join(',')}]) { ... on Article { facts { edges { node { article { facts { edges { node { article { paragraphs } } } } } } } } } } }`;
    const response = await post(JSON.stringify({ query }));
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('MAX_COST_EXCEEDED');
  });
});
