import { readFileSync } from 'node:fs';
import {
  execute,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { Queries } from '../src/corpus/queries.js';
import { loadExamples } from '../src/examples.js';
import { schema } from '../src/schema/index.js';
import { ARTICLE_JSON_SCHEMA_PATH, articleJsonSchemaText, SDL_PATH, sdlText } from '../src/schema/print.js';
import { store } from './helpers.js';

describe('committed schema files', () => {
  it('schema/schema.graphql matches the running schema (run `npm run schema` to update)', () => {
    expect(readFileSync(SDL_PATH, 'utf8')).toBe(sdlText());
  });

  it('schema/article.schema.json matches the corpus format (run `npm run schema` to update)', () => {
    expect(readFileSync(ARTICLE_JSON_SCHEMA_PATH, 'utf8')).toBe(articleJsonSchemaText());
  });
});

describe('documentation in GraphiQL\'s docs pane', () => {
  const undocumented: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!type.description) undocumented.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
    }
  }

  it('every type, field, argument and enum value has a description', () => {
    expect(undocumented).toEqual([]);
  });
});

describe('resolvers', () => {
  // The corpus is in memory: a promise anywhere (Pothos' relay plugin makes node ids async) would make the whole operation asynchronous, and slower.
  it.each(loadExamples().map((e) => [e.name, e] as const))('%s runs synchronously, global IDs included', (_name, example) => {
    const result = execute({ schema, document: parse(example.query), contextValue: { store, queries: new Queries(store) }, variableValues: example.variables });
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toMatchObject({ data: expect.any(Object) });
    expect(result).not.toHaveProperty('errors');
  });
});
