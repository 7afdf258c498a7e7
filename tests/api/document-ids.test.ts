/**
 * The ids the examples are trusted under are the ids the real client build tools give them: both
 * tools run here on examples/*.graphql, and their output must equal what src/document-ids.ts computes
 * and what scripts/persisted-manifest.ts wrote to examples/ (npm run persisted-manifest rewrites it).
 * - graphql-codegen's client preset with `persistedDocuments: true`, run through @graphql-codegen/core
 *   as the codegen CLI runs a preset (buildGeneratesSection, then codegen() for each output);
 * - @apollo/generate-persisted-query-manifest, its generatePersistedQueryManifest (what its CLI calls).
 */
import { readFileSync } from 'node:fs';
import { generatePersistedQueryManifest } from '@apollo/generate-persisted-query-manifest';
import { codegen } from '@graphql-codegen/core';
import { preset } from '@graphql-codegen/client-preset';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apolloManifest, codegenDocumentBody, codegenManifest, exampleDocuments } from '../../src/document-ids.js';
import { loadExamples } from '../../src/examples.js';
import { sha256Hex } from '../../src/trusted-documents.js';

const examples = loadExamples();
const committed = (file: string) => JSON.parse(readFileSync(`examples/${file}`, 'utf8')) as unknown;

/** What `graphql-codegen` writes to persisted-documents.json for these documents, with the client preset and `persistedDocuments: true`. */
async function codegenPersistedDocuments(sdl: string, texts: readonly string[]): Promise<Record<string, string>> {
  const schemaAst = buildSchema(sdl);
  const documents = texts.map((text, i) => ({ location: `document-${i}.graphql`, document: parse(text), rawSDL: text }));
  const outputs = await preset.buildGeneratesSection({
    baseOutputDir: 'gql/',
    schema: parse(sdl),
    schemaAst,
    documents,
    plugins: [],
    pluginMap: {},
    config: {},
    presetConfig: { persistedDocuments: true },
    documentTransforms: [],
    pluginContext: {},
  });
  // The outputs wait for each other (persisted-documents.json is written once the documents are typed): run them together.
  const contents = await Promise.all(outputs.map((output) => codegen({ ...output, schemaAst })));
  const index = outputs.findIndex((output) => output.filename === 'gql/persisted-documents.json');
  return JSON.parse(contents[index]!) as Record<string, string>;
}
const examplesByCodegen = () => codegenPersistedDocuments(readFileSync('schema/schema.graphql', 'utf8'), examples.map((e) => e.query));

/** A schema for the normalisation cases below: every name they use. */
const FIXTURE_SCHEMA = `
  directive @client on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
  directive @connection(key: String) on FIELD
  type Query { a: Int b: B x: Int y(a: Int, b: Int): Int z: Int }
  type Mutation { a: Int b: B }
  type B { c: Int y: Int z: Int }
`;

describe('the examples hashed as the client build tools hash them', () => {
  it('graphql-codegen client preset: "sha256:" + SHA-256 of the sorted, one-line document', async () => {
    const real = await examplesByCodegen();
    expect(Object.keys(real)).toHaveLength(examples.length);
    expect(codegenManifest(examples)).toEqual(real);
    expect(committed('persisted-documents.json')).toEqual(real);
    for (const [id, body] of Object.entries(real)) expect(id).toBe(`sha256:${sha256Hex(body)}`);
  }, 60_000);

  it('Apollo persisted-query manifest: SHA-256 of the printed document with __typename added', async () => {
    const real = await generatePersistedQueryManifest({ documents: ['examples/*.graphql'] }, undefined);
    expect(real.operations).toHaveLength(examples.length);
    expect(apolloManifest(examples)).toEqual(real);
    expect(committed('persisted-query-manifest.json')).toEqual(real);
    for (const { id, body } of real.operations) expect(id).toBe(sha256Hex(body));
  }, 60_000);

  it('trusts every example under both ids, and under the SHA-256 of its file as GraphiQL sends it', async () => {
    const ids = new Set(exampleDocuments(examples).map((d) => d.id));
    for (const id of Object.keys(await examplesByCodegen())) expect(ids).toContain(id);
    for (const { id } of apolloManifest(examples).operations) expect(ids).toContain(id);
    for (const { query } of examples) expect(ids).toContain(sha256Hex(query));
  }, 60_000);

  it('codegen normalisation on documents made for it: selections, variables and fragment directives sorted, a mutation\'s order kept, @client and @connection dropped', async () => {
    const texts = [
      'query Q1($b: Int, $a: Int) { z y(b: 1, a: 2) @skip(if: false) @include(if: true) ... on Query { x } ...F1 } fragment F1 on Query { a }',
      'mutation M1 { b { z y } a }',
      'query Q2 { a @client b @connection(key: "k") { c } ... on Query @client { x } }',
      'query Q3 { ...F2 b { z c y } } fragment F2 on Query { z a }',
    ];
    const real = await codegenPersistedDocuments(FIXTURE_SCHEMA, texts);
    expect(Object.values(real)).toHaveLength(texts.length);
    expect(Object.values(real).sort()).toEqual(texts.map((text) => codegenDocumentBody(parse(text))).sort());
  }, 60_000);
});
