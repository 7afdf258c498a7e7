import { readFileSync } from 'node:fs';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { ARTICLE_JSON_SCHEMA_PATH, articleJsonSchemaText, SDL_PATH, sdlText } from '../src/schema/print.js';

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
