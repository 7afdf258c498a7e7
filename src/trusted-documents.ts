/**
 * Trusted documents: the operations a front end was built with, read from the manifest its build
 * tool writes (the TRUSTED_DOCUMENTS setting, docs/persisted-operations.md). Two formats:
 * - Apollo's persisted-query manifest (@apollo/generate-persisted-query-manifest):
 *   `{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ id, name, type, body }] }`;
 * - graphql-codegen's persisted-documents.json (client preset, `persistedDocuments`): `{ "<id>": "<document>" }`.
 * An id shaped like a hash must be the hash of its document (SHA-256, hex, with or without the
 * `sha256:` prefix codegen 6 writes; SHA-1 for codegen before 6): a manifest that fails this was edited
 * or corrupted. Other ids (a custom `createOperationId` or `hashAlgorithm`) are taken as given.
 * No GraphQL here: config.ts reads the manifest at startup, before the GraphQL modules load.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface TrustedDocument {
  /** The id a client sends (extensions.persistedQuery.sha256Hash or documentId). */
  id: string;
  /** The document's text, as the server runs it. */
  body: string;
  /** The operation's name, when the manifest gives it. */
  name?: string;
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');
const sha1Hex = (text: string): string => createHash('sha1').update(text).digest('hex');

/** The hash an id claims to be, when it looks like one: what its document must hash to. */
export function expectedId(id: string, body: string): string | undefined {
  if (/^sha256:[0-9a-f]{64}$/.test(id)) return `sha256:${sha256Hex(body)}`;
  if (/^[0-9a-f]{64}$/.test(id)) return sha256Hex(body);
  if (/^[0-9a-f]{40}$/.test(id)) return sha1Hex(body);
  return undefined;
}

const APOLLO_FORMAT = 'apollo-persisted-query-manifest';

/** The documents of a manifest already parsed from JSON; throws an Error saying what is wrong and where (`where` names the file). */
export function trustedDocumentsOf(manifest: unknown, where: string): TrustedDocument[] {
  const fail = (at: string, message: string): never => {
    throw new Error(`${where}${at}: ${message}`);
  };
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
    return fail('', `not a persisted-document manifest: expected Apollo's {"format":"${APOLLO_FORMAT}","version":1,"operations":[...]} or graphql-codegen's {"<id>":"<document>"}`);
  }
  const documents: TrustedDocument[] = [];
  if ('format' in manifest) {
    const { format, version, operations } = manifest as Record<string, unknown>;
    if (format !== APOLLO_FORMAT) fail('.format', `"${String(format)}" is not "${APOLLO_FORMAT}"`);
    if (version !== 1) fail('.version', `${JSON.stringify(version)} is not 1, the only version of Apollo's manifest format`);
    if (!Array.isArray(operations)) return fail('.operations', 'must be an array of { id, name, type, body }');
    operations.forEach((operation: unknown, i) => {
      const { id, name, body } = (operation ?? {}) as Record<string, unknown>;
      if (typeof id !== 'string' || !id) fail(`.operations[${i}].id`, 'must be a non-empty string');
      if (typeof body !== 'string' || !body) fail(`.operations[${i}].body`, 'must be the operation\'s text, a non-empty string');
      documents.push({ id: id as string, body: body as string, ...(typeof name === 'string' ? { name } : {}) });
    });
  } else {
    for (const [id, body] of Object.entries(manifest)) {
      if (typeof body !== 'string' || !body) fail(`["${id}"]`, 'must be the document\'s text, a non-empty string (graphql-codegen\'s persisted-documents.json maps ids to documents)');
      documents.push({ id, body: body as string });
    }
  }
  const seen = new Map<string, string>();
  documents.forEach(({ id, body, name }, i) => {
    const at = 'format' in manifest ? `.operations[${i}].id` : `["${id}"]`;
    const expected = expectedId(id, body);
    if (expected !== undefined && expected !== id) fail(at, `"${id}"${name ? ` (${name})` : ''} is not the hash of its document, which is ${expected}: the manifest was edited after it was made, or made from other documents`);
    if (seen.has(id) && seen.get(id) !== body) fail(at, `"${id}" is given to two different documents`);
    seen.set(id, body);
  });
  return documents;
}

/** Reads a manifest file; throws an Error naming the file and what is wrong. */
export function readTrustedDocuments(path: string): TrustedDocument[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  return trustedDocumentsOf(manifest, path);
}
