/** The custom scalars as a client's code generator sees them: through introspection, with their specification. */
import { getIntrospectionQuery, graphqlSync, type IntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';

const introspection = graphqlSync({ schema, source: getIntrospectionQuery({ specifiedByUrl: true, descriptions: true }) });
const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const customScalars = (introspection.data as unknown as IntrospectionQuery).__schema.types
  .filter((type) => type.kind === 'SCALAR' && !BUILT_IN.has(type.name))
  .map((type) => type as { name: string; description?: string | null; specifiedByURL?: string | null });

describe('custom scalars in introspection', () => {
  it('introspection answers without errors', () => {
    expect(introspection.errors).toBeUndefined();
  });

  it('lists each custom scalar with the specification it follows (specifiedByURL)', () => {
    expect(Object.fromEntries(customScalars.map((s) => [s.name, s.specifiedByURL]))).toEqual({
      CountryCode: 'https://www.iso.org/iso-3166-country-codes.html',
      Date: 'https://scalars.graphql.org/andimarek/local-date.html',
      DateTime: 'https://scalars.graphql.org/andimarek/date-time.html',
      URL: 'https://url.spec.whatwg.org/',
      UtcOffset: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
    });
  });

  // A scalar added later fails here until it names its specification and says what it holds.
  it.each(customScalars.map((s) => [s.name, s] as const))('%s has an https specifiedByURL and a description with an example', (_name, scalar) => {
    expect(scalar.specifiedByURL).toMatch(/^https:\/\/\S+$/);
    expect(scalar.description).toMatch(/e\.g\. "[^"]+"/);
  });
});
