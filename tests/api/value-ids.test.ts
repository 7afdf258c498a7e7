/**
 * The IDs of values (src/schema/value-ids.ts, docs/client-caching.md) are what client caches
 * normalise by: Apollo's InMemoryCache, urql's Graphcache and Relay's store keep one object per ID
 * and merge every answer that carries it. So an ID must never stand for two different values:
 * over the whole corpus, every object of every type is read along every path the schema offers
 * (a participation from its fact and from its participant, an office from Mayor.office and
 * offices, a stated value from a report and from a disagreement...), and objects with the same ID
 * must have the same fields.
 */
import {
  execute,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  isUnionType,
  parse,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { Queries } from '../../src/corpus/queries.js';
import { schema } from '../../src/schema/index.js';
import { store } from '../helpers.js';

const isNode = (type: GraphQLNamedType) => (isObjectType(type) || isInterfaceType(type)) && (type.name === 'Node' || type.getInterfaces().some((i) => i.name === 'Node'));
const isConnection = (type: GraphQLNamedType) => type.name.endsWith('Connection');
const hasId = (type: GraphQLNamedType) => (isObjectType(type) || isInterfaceType(type)) && 'id' in type.getFields();
/** The object types whose id is a value's, not a node's. */
const VALUE_TYPES = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && hasId(t) && !isNode(t));

/** Arguments for a field: a page of 100 for a connection; fields with required arguments are left out. */
function argumentsOf(field: GraphQLField<unknown, unknown>): string | undefined {
  if (field.args.some((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined)) return undefined;
  return isConnection(getNamedType(field.type)) ? '(first: 100)' : '';
}

/**
 * Everything of a type: its leaves, and below it, values in full and nodes by their id. `top` is
 * true for the records listed at the root, whose connections and values are walked too.
 */
function selection(type: GraphQLNamedType, top: boolean, depth: number): string {
  if (isUnionType(type) || isInterfaceType(type)) {
    const members = isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type);
    return `{ __typename ${members.map((m) => `... on ${m.name} ${selection(m, top, depth)}`).join(' ')} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  if (isNode(type) && !top) return '{ __typename id }';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    const args = argumentsOf(field);
    const named = getNamedType(field.type);
    if (args === undefined || field.deprecationReason) continue;
    if (isLeafType(named)) parts.push(`${field.name}${args}`);
    else if (depth > 0) parts.push(`${field.name}${args} ${selection(named, false, isConnection(named) ? depth : depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** Every object in an answer, by typename and id, for the value types. */
function collect(value: unknown, found: Map<string, unknown[]>): void {
  if (Array.isArray(value)) return value.forEach((item) => collect(item, found));
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  if (typeof object.id === 'string' && VALUE_TYPES.some((t) => t.name === object.__typename)) {
    const key = `${object.__typename as string} ${object.id}`;
    found.set(key, [...(found.get(key) ?? []), object]);
  }
  Object.values(object).forEach((item) => collect(item, found));
}

const contextValue = { store, queries: new Queries(store) };
const run = (query: string) => {
  const result = execute({ schema, document: parse(query), contextValue }) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(result.errors).toBeUndefined();
  return result.data!;
};

/** Root lists of records: every record of every kind, each read in full. */
const ROOTS = ['articles', 'countries', 'regions', 'cities', 'venues', 'people', 'organisations', 'topics', 'visits', 'events', 'agreements', 'metrics', 'statements'];

describe('IDs of values', () => {
  it('the schema has value types, and none implements Node', () => {
    expect(VALUE_TYPES.map((t) => t.name).sort()).toEqual([
      'CameoEvent',
      'CurrencyConversion',
      'Disagreement',
      'Evidence',
      'FactReport',
      'Office',
      'Participation',
      'SearchHit',
      'StatedValue',
      'TextMatch',
      'VisitPurpose',
    ]);
  });

  it('the same ID is the same value, along every path the schema offers, over the whole corpus', () => {
    const found = new Map<string, unknown[]>();
    for (const root of ROOTS) {
      const field = schema.getQueryType()!.getFields()[root]!;
      const node = getNamedType((getNamedType(field.type) as GraphQLObjectType).getFields().nodes!.type);
      let after: string | null = null;
      do {
        const page = run(`{ page: ${root}(first: 100${after ? `, after: ${JSON.stringify(after)}` : ''}) { pageInfo { hasNextPage endCursor } nodes ${selection(node, true, 4)} } }`).page as {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          nodes: unknown[];
        };
        collect(page.nodes, found);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
    }
    // Searches: a hit's ID is what it found and the words searched for.
    for (const text of ['district heating', 'Copenhagen', 'sister cities', 'mayor']) {
      collect(run(`{ search(text: ${JSON.stringify(text)}, first: 100) { nodes ${selection(schema.getType('SearchHit')!, false, 2)} } }`), found);
    }

    const reached = new Set([...found.keys()].map((key) => key.split(' ')[0]));
    expect([...reached].sort()).toEqual(VALUE_TYPES.map((t) => t.name).sort());
    // Values met along several paths, so that the check below compares something.
    const seenTwice = [...found.entries()].filter(([, objects]) => objects.length > 1).map(([key]) => key.split(' ')[0]);
    expect(new Set(seenTwice)).toEqual(new Set(['Evidence', 'Participation', 'Office', 'StatedValue', 'TextMatch']));

    const conflicts = [...found.entries()]
      .filter(([, objects]) => objects.some((o) => JSON.stringify(o) !== JSON.stringify(objects[0])))
      .map(([key, objects]) => `${key}: ${[...new Set(objects.map((o) => JSON.stringify(o)))].join('\n  vs ')}`);
    expect(conflicts).toEqual([]);
  });

  it('different values have different IDs: an ID names its type and what identifies the value', () => {
    const { visit } = run(
      '{ visit(key: "frank-jensen-beijing-2014-12") { evidence { id paragraph start end article { key } } participants { id role participant { id } } purposes { id } } }',
    ) as { visit: { evidence: { id: string; paragraph: number; start: number; end: number; article: { key: string } }[]; participants: { id: string }[]; purposes: { id: string }[] } };
    const decoded = (id: string) => Buffer.from(id, 'base64').toString();
    for (const e of visit.evidence) expect(decoded(e.id)).toBe(`Evidence:${e.article.key}/${e.paragraph}/${e.start}-${e.end}`);
    for (const list of [visit.evidence, visit.participants, visit.purposes]) expect(new Set(list.map((item) => item.id)).size).toBe(list.length);
    expect(decoded(visit.purposes[0]!.id)).toBe('VisitPurpose:Visit:frank-jensen-beijing-2014-12/purposes/0');
  });
});
