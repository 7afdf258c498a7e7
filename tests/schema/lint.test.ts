/** The schema rules of eslint.config.js: wired to schema/**\/*.graphql, and their exceptions true of the schema. */
import { ESLint } from 'eslint';
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';

const ROOT = new URL('../..', import.meta.url).pathname;
// A JavaScript module without types: imported by URL, and typed here.
const { VALUE_TYPES } = (await import(new URL('../../eslint.config.js', import.meta.url).href)) as { VALUE_TYPES: string[] };

describe('schema lint', { timeout: 30_000 }, () => {
  it('checks a schema file under schema/ with the schema rules', async () => {
    const sdl = '"""The root."""\ntype Query {\n  """A thing."""\n  getThing: Thing\n}\n\n"""A thing."""\ntype Thing {\n  name: String\n}\n';
    const [result] = await new ESLint({ cwd: ROOT }).lintText(sdl, { filePath: `${ROOT}schema/probe.graphql` });
    expect(result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`).sort()).toEqual([
      '4:3 @graphql-eslint/naming-convention', // the get prefix
      '8:6 @graphql-eslint/no-unreachable-types', // the project's schema has no Thing
      '8:6 @graphql-eslint/strict-id-in-types',
      '9:3 @graphql-eslint/require-description', // fields too, not only types
    ]);
  });

  // strict-id-in-types lets these types go without an id: an entry that gains an id, or goes, is removed from the list.
  it.each(VALUE_TYPES.map((name) => [name]))('%s, excepted from strict-id-in-types, is an object type without an id', (name) => {
    const type = schema.getType(name);
    expect(isObjectType(type)).toBe(true);
    expect(isObjectType(type) && type.getFields().id).toBeUndefined();
  });
});
