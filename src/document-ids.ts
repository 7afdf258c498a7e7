/**
 * The ids client build tools give an operation, computed the way they compute them, so that the
 * example operations (examples/*.graphql) are trusted under the ids a front end built with either
 * tool sends. tests/api/document-ids.test.ts runs both tools on the examples and checks that these
 * functions give the same documents and ids.
 *
 * - Apollo (@apollo/generate-persisted-query-manifest 1.4, src/index.ts): Apollo Client 4 adds
 *   `__typename` to every selection set but the operation's (InMemoryCache, addTypenameToDocument in
 *   @apollo/client/utilities/graphql/transform.js), the tool sorts the top-level definitions
 *   (sortTopLevelDefinitions, @apollo/persisted-query-lists) and prints them with graphql-js's
 *   `print`: that text is the manifest's `body`, and `id` is its SHA-256 in lowercase hex.
 *   createPersistedQueryLink sends the SHA-256 of `print(query)`, the same document unsorted.
 * - graphql-codegen's client preset (6.x, packages/presets/client/src/persisted-documents.ts):
 *   `normalizeAndPrintDocumentNode` drops `@client` selections and `@connection` directives, then
 *   `printExecutableGraphQLDocument` (@graphql-tools/documents 1.0) sorts definitions, variables,
 *   selections, directives and directive arguments, prints, and collapses white space; the id is
 *   `sha256:` and the SHA-256 of that text in lowercase hex (`hashAlgorithm` defaults to sha256 since
 *   client preset 6.0; it was sha1, without prefix, before).
 */
import { Kind, parse, print, visit, type ASTNode, type DefinitionNode, type DocumentNode, type FieldNode, type SelectionNode, type SelectionSetNode } from 'graphql';
import type { Example } from './examples.js';
import { sha256Hex, type TrustedDocument } from './trusted-documents.js';

const TYPENAME_FIELD: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** Apollo Client's addTypenameToDocument. */
export function addTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      enter(node, _key, parent) {
        if (parent && (parent as ASTNode).kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'))) return undefined;
        const field = parent as ASTNode;
        if (field.kind === Kind.FIELD && field.directives?.some((d) => d.name.value === 'export')) return undefined;
        return { ...node, selections: [...node.selections, TYPENAME_FIELD] };
      },
    },
  });
}

/** @apollo/persisted-query-lists' sortTopLevelDefinitions: by kind, descending, then by name. */
function sortTopLevelDefinitions(document: DocumentNode): DocumentNode {
  const name = (d: DefinitionNode) => (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION ? (d.name?.value ?? '') : '');
  const definitions = [...document.definitions].sort((a, b) => (a.kind > b.kind ? -1 : a.kind < b.kind ? 1 : name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
  return { ...document, definitions };
}

/** The `body` of an operation in Apollo's persisted-query manifest. */
export const apolloManifestBody = (document: DocumentNode): string => print(sortTopLevelDefinitions(addTypename(document)));

/** What createPersistedQueryLink hashes and sends for an operation: Apollo Client's document, printed. */
export const apolloClientText = (document: DocumentNode): string => print(addTypename(document));

// @graphql-tools/documents' sortExecutableNodes: compareKeys puts missing keys last; ties keep their order.
const compareKeys = (a: string | undefined, b: string | undefined) => (a == null ? (b == null ? 0 : 1) : b == null ? -1 : a < b ? -1 : a > b ? 1 : 0);
const sortBy = <T>(nodes: readonly T[], key: (node: T) => string | undefined): T[] =>
  nodes
    .map((node, index) => ({ node, index, key: key(node) }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index)
    .map(({ node }) => node);
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const nameOf = (node: ASTNode) => (node as { name?: { value?: string } }).name?.value;

function sortSelections(selections: readonly SelectionNode[]): SelectionNode[] {
  return sortBy(selections, (s) =>
    s.kind === Kind.FIELD
      ? `0${s.name.value}`
      : s.kind === Kind.FRAGMENT_SPREAD
        ? `1${s.name.value}`
        : `2${s.typeCondition?.name.value ?? ''}${collapse(sortSelections(s.selectionSet.selections).map((n) => print(n)).join(' '))}`,
  );
}

/** @graphql-tools/documents' sortExecutableDocument (a mutation's top-level selections, and what they spread, keep their order). */
function sortExecutableDocument(document: DocumentNode): DocumentNode {
  const ignoredSets = new WeakSet<SelectionSetNode>();
  const ignoredArrays = new Set<readonly SelectionNode[]>();
  const ignoredFragments = new Set<string>();
  const inIgnored = (parent: unknown) => Array.isArray(parent) && ignoredArrays.has(parent as readonly SelectionNode[]);
  return visit(document, {
    Document: (node) => ({ ...node, definitions: sortDefinitions(node.definitions) }),
    OperationDefinition(node) {
      if (node.operation === 'mutation') {
        ignoredSets.add(node.selectionSet);
        ignoredArrays.add(node.selectionSet.selections);
      }
      return { ...node, variableDefinitions: sortBy(node.variableDefinitions ?? [], (v) => v.variable.name.value) };
    },
    SelectionSet(node) {
      if (ignoredSets.has(node)) {
        ignoredArrays.add(node.selections);
        return node;
      }
      return { ...node, selections: sortSelections(node.selections) };
    },
    FragmentSpread(node, _key, parent) {
      if (inIgnored(parent)) ignoredFragments.add(node.name.value);
      return { ...node, directives: sortBy(node.directives ?? [], (d) => d.name.value) };
    },
    InlineFragment(node, _key, parent) {
      if (inIgnored(parent)) {
        ignoredSets.add(node.selectionSet);
        ignoredArrays.add(node.selectionSet.selections);
        return node;
      }
      return { ...node, directives: sortBy(node.directives ?? [], (d) => d.name.value) };
    },
    FragmentDefinition(node) {
      if (ignoredFragments.has(node.name.value)) return node;
      return { ...node, directives: sortBy(node.directives ?? [], (d) => d.name.value), variableDefinitions: sortBy(node.variableDefinitions ?? [], (v) => v.variable.name.value) };
    },
    Directive: (node) => ({ ...node, arguments: sortBy(node.arguments ?? [], (a) => a.name.value) }),
  });
}

/** Definitions: by kind, then name, then their place. */
const sortDefinitions = (definitions: readonly DefinitionNode[]) =>
  definitions
    .map((node, index) => ({ node, index }))
    .sort((a, b) => compareKeys(a.node.kind, b.node.kind) || compareKeys(nameOf(a.node), nameOf(b.node)) || a.index - b.index)
    .map(({ node }) => node);

/** The client preset's normalizeAndPrintDocumentNode: the document codegen persists. */
export function codegenDocumentBody(document: DocumentNode): string {
  const client = (node: { directives?: readonly { name: { value: string } }[] }) => node.directives?.some((d) => d.name.value === 'client') ? null : undefined;
  const serverOnly = visit(document, {
    Field: client,
    FragmentSpread: client,
    InlineFragment: client,
    Directive: (node) => (node.name.value === 'connection' ? null : undefined),
  });
  return collapse(print(sortExecutableDocument(serverOnly)));
}

/** The id codegen's client preset gives a document (hashAlgorithm sha256, its default). */
export const codegenId = (body: string): string => `sha256:${sha256Hex(body)}`;

/**
 * The examples as trusted documents: each under the ids both tools give it (and the text GraphiQL
 * sends, its file as written, under its SHA-256), with the text each tool's client sends.
 */
export function exampleDocuments(examples: readonly Example[]): TrustedDocument[] {
  return examples.flatMap(({ name, query }) => {
    const document = parse(query);
    const texts = new Set([query, apolloManifestBody(document), apolloClientText(document)]);
    const codegen = codegenDocumentBody(document);
    return [...[...texts].map((body) => ({ id: sha256Hex(body), body, name })), { id: codegenId(codegen), body: codegen, name }];
  });
}

/** Apollo's manifest of the examples, as @apollo/generate-persisted-query-manifest writes it (operations in order of name). */
export function apolloManifest(examples: readonly Example[]) {
  const operations = examples
    .map(({ query }) => {
      const document = parse(query);
      const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
      const body = apolloManifestBody(document);
      return { id: sha256Hex(body), name: operation.name?.value ?? '', type: operation.operation as string, body };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { format: 'apollo-persisted-query-manifest' as const, version: 1 as const, operations };
}

/** codegen's persisted-documents.json for the examples: id to document. */
export function codegenManifest(examples: readonly Example[]): Record<string, string> {
  return Object.fromEntries(examples.map(({ query }) => codegenDocumentBody(parse(query))).map((body) => [codegenId(body), body]));
}
