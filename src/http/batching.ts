/**
 * Request batching: a POST whose JSON body is an array of operations, as Apollo's BatchHttpLink
 * sends it (docs/protocol.md). graphql-yoga runs each operation through the whole pipeline (persisted
 * operations, parse and document limits, validation, cost, execution) and answers an array of results,
 * one per operation in order, with status 200.
 *
 * The limits that bound one request bound the batch as a whole, so that a batch cannot buy ten
 * times what a request may:
 * - at most `maxBatchOperations` operations (MAX_BATCH_OPERATIONS_EXCEEDED, 400, before any is parsed);
 * - one cost limit for all its operations: each is charged to the batch's budget as it is about to
 *   run, and one that would take the batch over MAX_QUERY_COST is refused with MAX_COST_EXCEEDED
 *   (the others are answered); see `spend` and src/http/cost.ts;
 * - one execution deadline, from the moment the batch was read (src/http/timeout.ts);
 * - one admission: the batch waits for one slot and its client is charged the CPU time of every
 *   operation (src/http/admission.ts).
 */
import type { Plugin } from 'graphql-yoga';
import { ErrorCode, limitError, requestError } from './errors.js';

/** What the operations of one batched request share. */
export interface Batch {
  /** Operations in the batch. */
  readonly size: number;
  /** Cost units charged so far by its operations. */
  spent: number;
  /** When it was read (performance.now()): its execution deadline counts from here. */
  readonly startedAt: number;
}

/** The batch a request carries, by yoga's Request object (which every operation of the batch sees as `context.request`). */
const batches = new WeakMap<object, Batch>();

/** The batch an operation belongs to (from its execution context), or undefined for a request of one operation. */
export function batchOf(contextValue: unknown): Batch | undefined {
  const request = (contextValue as { request?: object } | undefined)?.request;
  return request ? batches.get(request) : undefined;
}

/** Refuses batches over the limit (and empty ones) before any operation is parsed, and sets up the budget the others share. */
export function useBatching({ maxBatchOperations }: { maxBatchOperations: number }): Plugin {
  return {
    onRequestParse({ request }) {
      return {
        onRequestParseDone({ requestParserResult }) {
          if (!Array.isArray(requestParserResult)) return;
          if (maxBatchOperations === 0) throw requestError('Batching is not supported.', ErrorCode.badRequest, { status: 400 });
          const size = requestParserResult.length;
          if (size === 0) throw requestError('The batch is empty: send at least one operation, or a single operation as a JSON object.', ErrorCode.badRequest, { status: 400 });
          if (size > maxBatchOperations) {
            throw limitError(
              `The batch has too many operations: ${size}, the maximum is ${maxBatchOperations}. Send fewer at a time.`,
              ErrorCode.maxBatchOperations,
              { name: 'batchOperations', max: maxBatchOperations, value: size },
            );
          }
          batches.set(request, { size, spent: 0, startedAt: performance.now() });
        },
      };
    },
  };
}
