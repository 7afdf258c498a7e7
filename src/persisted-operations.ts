/**
 * Persisted operations as clients send them (docs/persisted-operations.md):
 * - Automatic persisted queries (APQ), Apollo's protocol: `extensions.persistedQuery = { version: 1,
 *   sha256Hash }`. A hash the server does not know is answered PERSISTED_QUERY_NOT_FOUND (status
 *   200 and `Cache-Control: private, no-cache, must-revalidate`, as Apollo Server answers it), and
 *   Apollo Client's link sends the query again with its hash; the server checks that the hash is the
 *   query's SHA-256 and, once the document has parsed and validated, keeps it (an LRU store bounded in
 *   bytes, MemoryBudgets.persistedQueriesBytes). From then on the hash alone runs it, over POST or
 *   GET (a URL a CDN can cache).
 * - Trusted documents: the example operations, under the ids Apollo's and graphql-codegen's build
 *   tools give them (src/document-ids.ts), and those of the manifest TRUSTED_DOCUMENTS names
 *   (src/trusted-documents.ts). A client sends their id as `sha256Hash` or as `documentId`
 *   (GraphQL over HTTP, appendix "Persisted Documents"; codegen's clients).
 * - TRUSTED_DOCUMENTS_ONLY: only trusted documents run, by id or by their exact text; any other
 *   text, and any registration, is refused.
 * Hand-written rather than @graphql-yoga/plugin-apq, which declares a peer dependency on
 * @graphql-tools/utils ^10 while this tree has 11 and 12.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { ENTRY_BYTES, stringBytes } from './cache/sizes.js';
import { exampleDocuments } from './document-ids.js';
import type { Example } from './examples.js';
import { requestError } from './http/errors.js';
import { sha256Hex, type TrustedDocument } from './trusted-documents.js';

export const PersistedCode = {
  notFound: 'PERSISTED_QUERY_NOT_FOUND',
  notInList: 'PERSISTED_QUERY_NOT_IN_LIST',
  hashMismatch: 'PERSISTED_QUERY_HASH_MISMATCH',
  version: 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
  invalid: 'PERSISTED_QUERY_INVALID',
  trustedOnly: 'TRUSTED_DOCUMENTS_ONLY',
} as const;

/** Apollo Server's answer to an unknown hash: 200, so that no error handling hides the body, and never kept by a cache: the same request succeeds once the hash is registered. */
export const NOT_FOUND_HTTP = { status: 200, headers: { 'cache-control': 'private, no-cache, must-revalidate' } };

export interface PersistedOperationsOptions {
  /** The example operations, always trusted. */
  examples?: readonly Example[];
  /** The documents of the TRUSTED_DOCUMENTS manifest. */
  trustedDocuments?: readonly TrustedDocument[];
  /** TRUSTED_DOCUMENTS_ONLY: refuse every other document, and every APQ registration. */
  trustedOnly?: boolean;
  /** Bytes the registered queries may take, as estimated (src/cache/sizes.ts). */
  maxBytes: number;
}

/** An id without the `sha256:` prefix of GraphQL over HTTP's prefixed ids (codegen 6 writes it): one document, either way. */
const bare = (id: string) => (id.startsWith('sha256:') ? id.slice(7) : id);
const shown = (value: unknown) => {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
};
const refuse = (message: string, code: string, extensions: Record<string, unknown> = {}) => requestError(message, code, { status: 400 }, extensions);

export function persistedOperations({ examples = [], trustedDocuments = [], trustedOnly = false, maxBytes }: PersistedOperationsOptions) {
  // Trusted texts by id: each under the id its tool gave it and under its SHA-256.
  const trusted = new Map<string, string>();
  const trustedTexts = new Set<string>();
  for (const { id, body } of [...exampleDocuments(examples), ...trustedDocuments]) {
    if (!trusted.has(bare(id))) trusted.set(bare(id), body);
    const hash = sha256Hex(body);
    if (!trusted.has(hash)) trusted.set(hash, body);
    trustedTexts.add(body);
  }
  // Registered queries by SHA-256: the hash and text of each, as sizes.ts estimates strings.
  const registered = new LRUCache<string, string>({ maxSize: maxBytes, sizeCalculation: (query, hash) => ENTRY_BYTES + stringBytes(hash) + stringBytes(query) });
  /** Registrations waiting for their document to validate, by request context. */
  const pending = new WeakMap<object, { hash: string; query: string }>();

  const lookup = (id: string) => trusted.get(bare(id)) ?? (trustedOnly ? undefined : registered.get(bare(id)));
  const untrusted = () =>
    refuse(
      'This server runs only trusted documents (TRUSTED_DOCUMENTS_ONLY=true) and this query text is not one of them: send the id of a document of its manifest or of the examples (extensions.persistedQuery.sha256Hash or documentId), or its exact text. Automatic persisted queries cannot register new ones.',
      PersistedCode.trustedOnly,
    );

  /** The id a request names (extensions.persistedQuery.sha256Hash or documentId), undefined when none; throws when it is malformed. */
  function requestedId(extensions: unknown, documentId: unknown): string | undefined {
    const persisted = extensions && typeof extensions === 'object' ? (extensions as { persistedQuery?: unknown }).persistedQuery : undefined;
    let hash: string | undefined;
    if (persisted != null) {
      if (typeof persisted !== 'object' || Array.isArray(persisted)) throw refuse(`extensions.persistedQuery must be an object { "version": 1, "sha256Hash": "<hex>" }, got ${shown(persisted)}.`, PersistedCode.invalid);
      const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
      if (version !== 1) throw refuse(`extensions.persistedQuery.version is ${shown(version)}: only version 1 of the persisted-query protocol is supported.`, PersistedCode.version, { version: version ?? null });
      if (typeof sha256Hash !== 'string' || !sha256Hash) throw refuse(`extensions.persistedQuery.sha256Hash must be a string, the SHA-256 of the query in lowercase hex, got ${shown(sha256Hash)}.`, PersistedCode.invalid);
      hash = sha256Hash;
    }
    if (documentId != null && (typeof documentId !== 'string' || !documentId)) throw refuse(`documentId must be a non-empty string, got ${shown(documentId)}.`, PersistedCode.invalid);
    if (hash !== undefined && typeof documentId === 'string' && bare(documentId) !== bare(hash)) {
      throw refuse(`documentId ${shown(documentId)} and extensions.persistedQuery.sha256Hash ${shown(hash)} name different documents: send one of them.`, PersistedCode.invalid);
    }
    return hash ?? (documentId as string | undefined);
  }

  const plugin: Plugin = {
    onParams({ params, request, setParams, context }) {
      const { query, operationName, variables, extensions } = params;
      const id = requestedId(extensions, (params as { documentId?: unknown }).documentId ?? documentIdOfUrl(request));
      if (id === undefined) {
        // No id: the ordinary pipeline ("Must provide query string" when the query is missing too).
        if (trustedOnly && typeof query === 'string' && !trustedTexts.has(query)) throw untrusted();
        return;
      }
      if (typeof query !== 'string' || query === '') {
        const text = lookup(id);
        if (text === undefined) {
          if (trustedOnly) {
            throw refuse(`No trusted document has the id ${shown(id)}: this server runs only trusted documents (TRUSTED_DOCUMENTS_ONLY=true), those of its manifest and the examples, and registers none.`, PersistedCode.notInList, { id });
          }
          // Apollo's link recognises the message (and the code) and sends the query again with its hash.
          throw new GraphQLError('PersistedQueryNotFound', {
            extensions: {
              code: PersistedCode.notFound,
              detail: `No query is registered under ${shown(id)}: send it again with its text as "query" and the same extensions.persistedQuery to register it.`,
              http: NOT_FOUND_HTTP,
            },
          });
        }
        setParams({ query: text, operationName, variables, extensions });
        return;
      }
      // A query with its id: run it, and register it if it is new.
      if (lookup(id) === query) return setParams({ query, operationName, variables, extensions });
      const expected = sha256Hex(query);
      if (bare(id) !== expected) {
        throw refuse(
          `The query's SHA-256 is ${expected}, not ${shown(id)}: extensions.persistedQuery.sha256Hash must be the SHA-256 of the exact "query" text, in lowercase hex.`,
          PersistedCode.hashMismatch,
          { expected, received: id },
        );
      }
      if (trustedOnly && !trustedTexts.has(query)) throw untrusted();
      if (!trusted.has(expected)) pending.set(context, { hash: expected, query });
      setParams({ query, operationName, variables, extensions });
    },
    // Kept only once the document has parsed and validated (within the query limits, which are validation rules).
    onValidate({ context }) {
      const registration = pending.get(context);
      if (!registration) return;
      pending.delete(context);
      return ({ valid }) => {
        if (valid) registered.set(registration.hash, registration.query);
      };
    },
  };

  return {
    plugin,
    /** Bytes the registered queries take, as estimated. */
    get byteSize(): number {
      return registered.calculatedSize;
    },
    /** Queries registered. */
    get size(): number {
      return registered.size;
    },
  };
}

/** GraphQL over HTTP's `documentId` in a GET request's query string (yoga's GET parser reads only query, variables, operationName and extensions). */
function documentIdOfUrl(request: Request): string | undefined {
  if (request.method !== 'GET' || !request.url.includes('documentId=')) return undefined;
  return new URL(request.url).searchParams.get('documentId') ?? undefined;
}
