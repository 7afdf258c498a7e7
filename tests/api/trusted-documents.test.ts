/** The persisted-operation settings: TRUSTED_DOCUMENTS (a manifest, read at startup), TRUSTED_DOCUMENTS_ONLY, PERSISTED_QUERIES_BYTES. */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

const dir = mkdtempSync(join(tmpdir(), 'manifests-'));
const hash = (algorithm: 'sha256' | 'sha1', text: string) => createHash(algorithm).update(text).digest('hex');
/** Writes a manifest file and returns its path. */
let files = 0;
const manifest = (content: unknown) => {
  const path = join(dir, `manifest-${++files}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const BODY = '{ city(key: "copenhagen") { name } }';
const apollo = (operations: object[]) => ({ format: 'apollo-persisted-query-manifest', version: 1, operations });

describe('TRUSTED_DOCUMENTS', () => {
  it('is empty by default, and TRUSTED_DOCUMENTS_ONLY off', () => {
    const config = loadConfig({});
    expect(config.trustedDocuments).toEqual([]);
    expect(config.trustedDocumentsOnly).toBe(false);
    expect(loadConfig({ TRUSTED_DOCUMENTS_ONLY: 'true' }).trustedDocumentsOnly).toBe(true);
  });

  it("reads Apollo's manifest and graphql-codegen's persisted documents (the examples' own)", () => {
    const byApollo = loadConfig({ TRUSTED_DOCUMENTS: 'examples/persisted-query-manifest.json' }).trustedDocuments;
    expect(byApollo).toHaveLength(13);
    expect(byApollo[0]).toEqual({ id: expect.stringMatching(/^[0-9a-f]{64}$/), name: 'AgreementSignatoriesAndWitnesses', body: expect.stringContaining('query AgreementSignatoriesAndWitnesses') });
    const byCodegen = loadConfig({ TRUSTED_DOCUMENTS: 'examples/persisted-documents.json' }).trustedDocuments;
    expect(byCodegen).toHaveLength(13);
    expect(byCodegen[0]!.id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it.each([
    ['a SHA-1 id (codegen before 6)', { [hash('sha1', BODY)]: BODY }],
    ['a custom id (createOperationId, a hashAlgorithm function)', apollo([{ id: 'city-v1', name: 'City', type: 'query', body: BODY }])],
  ])('takes %s', (_, content) => {
    expect(loadConfig({ TRUSTED_DOCUMENTS: manifest(content) }).trustedDocuments).toHaveLength(1);
  });

  it.each([
    ['a file that is not there', () => join(dir, 'missing.json'), /^Invalid configuration: TRUSTED_DOCUMENTS: cannot read \/.*\/missing\.json: ENOENT$/],
    ['a file that is not JSON', () => manifest('{ "a": '), /TRUSTED_DOCUMENTS: \/.*\.json is not JSON: /],
    ['an array', () => manifest([BODY]), /TRUSTED_DOCUMENTS: \/.*\.json: not a persisted-document manifest: expected Apollo's/],
    ['another version of Apollo\'s format', () => manifest({ ...apollo([]), version: 2 }), /\.json\.version: 2 is not 1, the only version of Apollo's manifest format/],
    ['an operation without a body', () => manifest(apollo([{ id: 'x', name: 'X', type: 'query' }])), /\.json\.operations\[0\]\.body: must be the operation's text, a non-empty string/],
    ['a codegen entry that is not text', () => manifest({ [`sha256:${hash('sha256', BODY)}`]: 42 }), /\.json\["sha256:[0-9a-f]{64}"\]: must be the document's text/],
    [
      'an id that is not the hash of its document',
      () => manifest(apollo([{ id: hash('sha256', `${BODY} `), name: 'City', type: 'query', body: BODY }])),
      new RegExp(`\\.json\\.operations\\[0\\]\\.id: "[0-9a-f]{64}" \\(City\\) is not the hash of its document, which is ${hash('sha256', BODY)}: the manifest was edited after it was made`),
    ],
    ['a prefixed id that is not the hash of its document', () => manifest({ [`sha256:${hash('sha256', 'x')}`]: BODY }), new RegExp(`is not the hash of its document, which is sha256:${hash('sha256', BODY)}`)],
    ['one id for two documents', () => manifest(apollo([{ id: 'a', name: 'A', type: 'query', body: BODY }, { id: 'a', name: 'B', type: 'query', body: '{ __typename }' }])), /operations\[1\]\.id: "a" is given to two different documents/],
  ])('refuses to start with %s, naming the setting, the file and what is wrong', (_, path, message) => {
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: path() })).toThrow(message);
  });

  it('refuses a TRUSTED_DOCUMENTS_ONLY that is not a boolean', () => {
    expect(() => loadConfig({ TRUSTED_DOCUMENTS_ONLY: 'maybe' })).toThrow(/TRUSTED_DOCUMENTS_ONLY/);
  });
});

describe('PERSISTED_QUERIES_BYTES', () => {
  it('defaults to 4 MB and sets the byte budget of registered queries', () => {
    expect(loadConfig({}).memory.persistedQueriesBytes).toBe(4 * 1024 * 1024);
    expect(loadConfig({ PERSISTED_QUERIES_BYTES: '100000' }).memory.persistedQueriesBytes).toBe(100_000);
    expect(() => loadConfig({ PERSISTED_QUERIES_BYTES: '4MB' })).toThrow(/PERSISTED_QUERIES_BYTES/);
  });
});
