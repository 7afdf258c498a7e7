/**
 * What cached values take on the V8 heap, estimated, for the byte budgets of the caches that grow
 * with requests (MemoryBudgets, src/http/defaults.ts).
 *
 * Every factor here was measured on Node 20.20 (linux x64, no pointer compression), as
 * process.memoryUsage().heapUsed after two global.gc() calls (node --expose-gc) before and after
 * making and holding 1,000 values (100,000 for small objects), divided by their number (or tokens, or
 * characters). Where the measurements of a kind differ, the estimate takes the largest, so that a
 * cache never holds more than its budget; docs/security.md ("Memory") lists the figures.
 */
import { Kind, TokenKind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * One entry of an lru-cache LRUCache (no `max`: it grows its arrays as needed): its Map entry and
 * its key, value, next, previous and size slots. Measured 84 B an entry at 100,000 entries, 124 B
 * at 1,000.
 */
export const ENTRY_BYTES = 128;

const LATIN1 = /^[\0-\xff]*$/;

/** A string: a 24-byte header, then a byte a character when all are Latin-1, two otherwise. */
export function stringBytes(text: string): number {
  return 24 + (LATIN1.test(text) ? text.length : 2 * text.length);
}

/**
 * An array of `length` pointers (to records the store holds, which are not counted): 32 B of
 * header, 16 B for the backing store's, 8 B a pointer, and the spare capacity of an array grown by
 * push or filter (V8 grows a backing store to 1.5 times plus 16). Measured, header included: 32 B
 * for an empty array; 15.5–19.9 B an element at 10 elements, 12.3–12.7 at 100, 8.0–10.4 at 1,000,
 * 8.0 at 10,000.
 */
export function listBytes(length: number): number {
  return length === 0 ? 32 : 48 + 8 * (length + (length >> 1) + 16);
}

/** A search hit ({ record, score, query }, score a double): measured 67.4 B. */
export const SEARCH_HIT_BYTES = 72;
/** A Participation (three fields): measured 48.4 B. */
export const PARTICIPATION_BYTES = 48;
/** A Reversed view of a list (src/corpus/queries.ts): measured 41.2 B. */
export const REVERSED_BYTES = 48;

/**
 * A token of a parsed document, with its share of the AST nodes and locations that point at it
 * (graphql-js keeps every token, in a linked list, for locations). Measured by parsing 1,000
 * documents of each shape: 351 B a token for the examples as written, 281 minified, 288 with 15
 * aliased fields, 296 with input objects, 343 for nested selections, 485 for a flat list of 900
 * fields. A parsed example operation (90 tokens, 670 characters) takes about 32 KB: 48 times its text.
 */
export const TOKEN_BYTES = 500;
/**
 * A comment token (no AST node; measured 90.5 B a token for a document of 2,000 `#` lines).
 * graphql-js links comments into the token list and its token limit does not count them, so a
 * 100 KB body of `#` lines parses into 50,000 of them: 4.5 MB.
 */
export const COMMENT_TOKEN_BYTES = 100;

/**
 * What a parsed document takes: its text (the cache key, which the document's Source shares), its
 * tokens, and the values of its strings and comments, which graphql-js copies (measured 1.0–1.2 B a
 * character for 20 KB string literals and a 50 KB comment). Walks the token list: about 1 µs per
 * 100 tokens, once per document.
 */
export function documentBytes(document: DocumentNode): number {
  const loc = document.loc;
  if (!loc) return 0;
  let bytes = stringBytes(loc.source.body);
  for (let token = loc.startToken as typeof loc.startToken | null; token; token = token.next) {
    if (token.kind === TokenKind.COMMENT) bytes += COMMENT_TOKEN_BYTES + stringBytes(token.value);
    else bytes += TOKEN_BYTES + (token.kind === TokenKind.STRING || token.kind === TokenKind.BLOCK_STRING ? stringBytes(token.value) : 0);
  }
  return bytes;
}

/**
 * Turns an error's captured stack into its string. Until then V8 keeps the frames, and with them
 * the objects they ran on: the parser and every token it had read (a syntax error at the end of a
 * 1,000-token document kept 92 KB; 4.3 KB once settled), or the validation context (64 KB for one
 * validation error; 3.7 KB once settled).
 */
export function settleStack(error: unknown): void {
  if (error instanceof Error) void error.stack;
}

/** A parse error, its stack settled, besides its message and the stack's copy of it: measured 3.4–4.5 KB. */
export const PARSE_ERROR_BYTES = 5120;

/** What a kept parse error takes, its stack settled (the document text it points at is the cache key, counted there). */
export function parseErrorBytes(error: unknown): number {
  return PARSE_ERROR_BYTES + (error instanceof Error ? 2 * stringBytes(error.message) : 0);
}

/**
 * The validation errors of one document, their stacks settled: an array and 2 KB, then 2 KB an error
 * besides its message and the stack's copy of it. Measured 3.7 KB for one error, 43 KB for 20.
 */
export const VALIDATION_ERROR_BYTES = 2048;

export function validationBytes(errors: readonly Error[]): number {
  if (errors.length === 0) return listBytes(0);
  let bytes = listBytes(errors.length) + VALIDATION_ERROR_BYTES;
  for (const error of errors) bytes += VALIDATION_ERROR_BYTES + 2 * stringBytes(error.message);
  return bytes;
}

/**
 * graphql-jit's compiled form of an operation after its first run (the generated function, its
 * bytecode, and the resolve infos of every field): 4 KB, and 1,400 B a field with fragments spread
 * (spreadFields). Measured: 2.0 KB for `{ __typename }`, 4.3 KB for a lookup of 2 fields, 6.6 KB for
 * 5 fields, 16–78 KB for the examples (15–85 fields: 0.7–1.44 KB a field), 27 and 51 KB for two
 * fragment-heavy operations (34 and 82 fields).
 */
export const COMPILED_BYTES = 4096;
export const COMPILED_FIELD_BYTES = 1400;

/** What graphql-jit's code for an operation of `fields` fields (spreadFields) takes. */
export const compiledBytes = (fields: number): number => COMPILED_BYTES + COMPILED_FIELD_BYTES * fields;

/**
 * The fields of an operation with its fragments spread where they are used, as graphql-jit compiles
 * them, counted up to `cap` (fragments spread in fragments multiply: a document of a few hundred
 * tokens can spread millions).
 */
export function spreadFields(document: DocumentNode, operationName: string | undefined, cap: number): number {
  const fragments = new Map<string, SelectionSetNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet);
    else if (definition.kind === Kind.OPERATION_DEFINITION && (operationName === undefined ? !operation : definition.name?.value === operationName)) operation = definition;
  }
  if (!operation) return 0;
  let fields = 0;
  const sets = [operation.selectionSet];
  while (sets.length && fields < cap) {
    for (const selection of sets.pop()!.selections) {
      if (selection.kind === Kind.FIELD) {
        fields++;
        if (selection.selectionSet) sets.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) sets.push(selection.selectionSet);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) sets.push(fragment);
      }
    }
  }
  return Math.min(fields, cap);
}
