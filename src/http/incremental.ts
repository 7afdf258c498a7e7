/**
 * Incremental delivery (@defer, @stream; docs/protocol.md) where it cannot be delivered in parts.
 *
 * graphql-yoga answers an operation that defers something in parts, as multipart/mixed or
 * text/event-stream. A client that accepts neither (Accept: application/json) would get 406, and an
 * operation of a batch, whose answer is one JSON array, an empty object. The incremental-delivery RFC
 * lets a server send deferred data with the rest; so here such an operation runs whole: the same
 * document without @defer and @stream, cached per document.
 */
import { BREAK, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { batchOf } from './batching.js';

const INCREMENTAL = new Set(['defer', 'stream']);

/** True when the document uses @defer or @stream. */
export function usesIncrementalDelivery(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (!INCREMENTAL.has(node.name.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

const whole = new WeakMap<DocumentNode, DocumentNode>();

/** The document without @defer and @stream (the document itself when it has neither). */
export function withoutIncrementalDelivery(document: DocumentNode): DocumentNode {
  let stripped = whole.get(document);
  if (!stripped) {
    stripped = usesIncrementalDelivery(document) ? visit(document, { Directive: (node) => (INCREMENTAL.has(node.name.value) ? null : undefined) }) : document;
    whole.set(document, stripped);
  }
  return stripped;
}

/** True when the Accept header allows an answer in parts. */
export const acceptsParts = (accept: string | null | undefined): boolean => !!accept && /multipart\/mixed|text\/event-stream/i.test(accept);

export function useWholeWhereNotStreamed(): Plugin {
  return {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request } | undefined)?.request;
      if (batchOf(args.contextValue) || !acceptsParts(request?.headers.get('accept'))) args.document = withoutIncrementalDelivery(args.document);
    },
  };
}
