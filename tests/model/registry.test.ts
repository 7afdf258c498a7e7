/**
 * The registry of kinds (src/corpus/kinds.ts) is the one place a kind is declared: every kind has
 * its list in the article format and in the JSON Schema editors use, and a GraphQL object type that
 * is a Node (an Entity or a Fact). A list that is not a kind is refused, and "reports" takes exactly
 * the lists of facts.
 * Fixture: tests/fixtures-model/registry-invalid.
 */
import { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { articleFileSchema } from '../../src/corpus/format/article.js';
import { articleJsonSchema } from '../../src/corpus/json-schema.js';
import { ENTITY_KINDS, FACT_KINDS, KINDS, ROW_KINDS, type RowKind } from '../../src/corpus/kinds.js';
import type { AnyRecord } from '../../src/corpus/model.js';
import { schema } from '../../src/schema/index.js';
import { typeNameOf } from '../../src/schema/type-names.js';
import { issue, issuesOf, where } from './helpers.js';

interface JsonSchema {
  type?: string;
  properties: Record<string, JsonSchema & { items: JsonSchema & { required: string[] } }>;
  additionalProperties?: boolean;
  required?: string[];
}
const jsonSchema = articleJsonSchema() as JsonSchema;
const listOf = (kind: RowKind): string => KINDS[kind].list;
const FACT_LISTS = FACT_KINDS.map(listOf);
const ENTITY_LISTS = ENTITY_KINDS.map(listOf);

/**
 * Records of each kind, as the store holds them, in each of their GraphQL shapes: people are
 * Mayors or Officials, organisations Companies or Institutions.
 */
const SAMPLES: Record<RowKind, readonly object[]> = {
  Country: [{}],
  Region: [{}],
  City: [{}],
  Venue: [{}],
  Person: [{ offices: [{ role: 'mayor', of: 'city:aalvik', status: 'current' }] }, { offices: [{ role: 'governor', status: 'current' }] }],
  Organisation: [{ kind: 'company' }, { kind: 'university' }],
  Topic: [{}],
  Visit: [{}],
  Event: [{}],
  Agreement: [{}],
  Metric: [{}],
  Statement: [{}],
};
const typeNamesOf = (kind: RowKind): string[] => SAMPLES[kind].map((fields) => typeNameOf({ type: kind, key: 'sample', ...fields } as unknown as AnyRecord));

describe('every kind of the registry', () => {
  it('is an entity or a fact, and has a list of its own', () => {
    expect([...ENTITY_KINDS, ...FACT_KINDS].sort()).toEqual([...ROW_KINDS].sort());
    expect(new Set(ROW_KINDS.map(listOf)).size).toBe(ROW_KINDS.length);
  });

  it.each(ROW_KINDS)('%s has its list in the article format', (kind) => {
    expect(Object.keys(articleFileSchema.shape)).toContain(listOf(kind));
    // An article that leaves the list out gets an empty one.
    const parsed = articleFileSchema.parse({ key: 'a', title: 't', source: 's', publishedAt: '2021-01-01', language: 'en', body: ['x'] }) as Record<string, unknown>;
    expect(parsed[listOf(kind)]).toEqual([]);
  });

  it.each(ROW_KINDS)('%s has its list in the JSON Schema, each row with a key and evidence', (kind) => {
    const list = jsonSchema.properties[listOf(kind)];
    expect(list?.type).toBe('array');
    expect(list?.items.required).toEqual(expect.arrayContaining(['key', 'evidence']));
  });

  it.each(ROW_KINDS)('%s has GraphQL object types that are Nodes, and Entities or Facts', (kind) => {
    const family = KINDS[kind].family === 'entity' ? 'Entity' : 'Fact';
    for (const name of typeNamesOf(kind)) {
      const type = schema.getType(name);
      expect(type, name).toBeInstanceOf(GraphQLObjectType);
      const interfaces = (type as GraphQLObjectType).getInterfaces().map((i) => i.name);
      expect(interfaces, name).toEqual(expect.arrayContaining(['Node', family]));
    }
  });

  it('people are Mayors or Officials, organisations Companies or Institutions', () => {
    expect(typeNamesOf('Person')).toEqual(['Mayor', 'Official']);
    expect(typeNamesOf('Organisation')).toEqual(['Company', 'Institution']);
    expect(typeNameOf({ type: 'Article' } as AnyRecord)).toBe('Article');
    expect((schema.getType('Article') as GraphQLObjectType).getInterfaces().map((i) => i.name)).toContain('Node');
  });

  it('the FactKind enum has one value per fact kind', () => {
    const values = schema.getType('FactKind')!.toConfig() as { values: Record<string, { value: unknown }> };
    expect(Object.values(values.values).map((v) => v.value).sort()).toEqual([...FACT_KINDS].sort());
  });
});

describe('lists that are not kinds are refused', () => {
  it('the format and the JSON Schema accept no other key', () => {
    expect(jsonSchema.additionalProperties).toBe(false);
    const article = { key: 'a', title: 't', source: 's', publishedAt: '2021-01-01', language: 'en', body: ['x'], companies: [] };
    const result = articleFileSchema.safeParse(article);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['Unrecognized key: "companies"']);
  });

  it('the validator reports the file, the path and the unknown field, with the fields the object takes', () => {
    const issues = issuesOf('registry-invalid');
    expect(issues).toContainEqual(issue('fixture-registry-companies-list.json', '$', 'unknown field "companies"; the fields here are $schema, key, title,'));
    expect(issues).toContainEqual(issue('fixture-registry-report-on-entity.json', '$.reports', `unknown field "cities"; the fields here are ${FACT_LISTS.join(', ')}`));
    expect(where(issues)).toEqual(['fixture-registry-companies-list.json $', 'fixture-registry-report-on-entity.json $.reports']);
  });
});

describe('"reports" takes exactly the lists of facts', () => {
  const withReports = (reports: object) => ({ key: 'a', title: 't', source: 's', publishedAt: '2021-01-01', language: 'en', body: ['x'], reports });

  it('in the JSON Schema: the fact lists, no other, each row needing only its key and evidence', () => {
    const reports = jsonSchema.properties.reports!;
    expect(Object.keys(reports.properties).sort()).toEqual([...FACT_LISTS].sort());
    expect(reports.additionalProperties).toBe(false);
    for (const list of FACT_LISTS) expect(reports.properties[list]!.items.required.sort()).toEqual(['evidence', 'key']);
  });

  it.each(FACT_LISTS)('the format accepts reports on %s', (list) => {
    expect(articleFileSchema.safeParse(withReports({ [list]: [] })).success).toBe(true);
  });

  it.each(ENTITY_LISTS)('the format refuses reports on %s', (list) => {
    const result = articleFileSchema.safeParse(withReports({ [list]: [] }));
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['reports', `Unrecognized key: "${list}"`]]);
  });
});
