/**
 * Runs a request in rounds, for a store that loads from a database (src/pg/view.ts). In a run, a
 * resolver that meets what is not loaded yet waits for it and resolves again (src/pg/loading-schema.ts),
 * so one run loads what the operation reads, a level of the graph per batch. That run's answer
 * is dropped: its objects' fields came in the order the loads came back. The next run has
 * everything at hand, runs synchronously as the in-memory store's runs do, and is the answer: the
 * same bytes. What a run asks for outside resolvers (the cost of a search, counted before
 * execution) fails that run; it is loaded, and the request runs again.
 */
import { GraphQLError } from 'graphql';
import type { Context } from '../schema/builder.js';
import { timeoutError } from '../http/timeout.js';
import { errorAnswer, type Answer, type PartStream } from './answer.js';

/** What answers one request: its context, and for a database store, how to load what a run missed. */
export interface RequestScope {
  readonly context: Context;
  /** False for the in-memory store: its runs never miss, and run once. */
  readonly loads: boolean;
  /** How many times a run has asked for what was not loaded: a run that leaves it unchanged missed nothing. */
  readonly asks: number;
  /** The first load that failed: the answer is then that failure's, whatever the run made of it. */
  readonly failure?: Error;
  /** Loads what the last run asked for. */
  load(): Promise<unknown>;
  /** Called once the answer is made (the database store gives its connection back). */
  close(): Promise<void>;
}

/** More rounds than any operation within the depth limit needs: past it, something keeps missing. */
const MAX_ROUNDS = 64;

/** SQLSTATE of a statement cancelled by statement_timeout. */
const QUERY_CANCELED = '57014';

export interface RoundOptions {
  /** performance.now() time by which the answer must be made, and the limit that set it. */
  deadline: number;
  timeoutMs: number;
  /** Told of a database that failed (the answer says only that it did). */
  onError?: (error: Error) => void;
}

/** Runs a request whose scope loads (a database store) until a run misses nothing. */
export async function inRounds(scope: RequestScope, run: () => Promise<Answer>, { deadline, timeoutMs, onError }: RoundOptions): Promise<Answer> {
  for (let round = 1; ; round++) {
    const asked = scope.asks;
    let answer = await run();
    // Every part of an incremental answer is made before it is known whether the run missed anything.
    if (answer.stream && scope.asks !== asked) answer.stream.cancel();
    else if (answer.stream) answer = { ...answer, stream: replay(await readAll(answer.stream)) };
    if (scope.failure) return failed(scope.failure);
    // A run that waited for loads made its objects' fields in the order the loads came back: the answer
    // is the next run's, which has everything at hand and runs as the in-memory store's runs.
    if (scope.asks === asked) return answer;
    if (round === MAX_ROUNDS) return errorAnswer(500, 'INTERNAL_SERVER_ERROR', `The operation still missed records after ${MAX_ROUNDS} rounds of loading.`);
    if (performance.now() >= deadline) return refused(timeoutError(timeoutMs));
    try {
      await scope.load();
    } catch (error) {
      return failed(error as Error);
    }
  }

  function failed(error: Error): Answer {
    // A load the store refused (a request past its budget of records) answers with its own error.
    if (error instanceof GraphQLError && typeof error.extensions.code === 'string') return refused(error);
    if ((error as { code?: string }).code === QUERY_CANCELED || performance.now() >= deadline) return refused(timeoutError(timeoutMs));
    onError?.(error);
    return errorAnswer(503, 'STORE_UNAVAILABLE', 'The corpus database could not be read. Try again shortly.', {}, { 'retry-after': '1' });
  }
}

/**
 * A request error (src/http/errors.ts requestError) as the answer: its status, code, message and the
 * rest of its extensions. Past the deadline it is the error yoga gives (src/http/timeout.ts), made
 * here: no run of the operation is left to give it.
 */
const refused = (error: GraphQLError): Answer => {
  const { code, http, ...rest } = error.extensions as { code: string; http?: { status?: number } } & Record<string, unknown>;
  return errorAnswer(http?.status ?? 400, code, error.message, rest);
};

async function readAll(stream: PartStream): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  for (let part = await stream.read(); part; part = await stream.read()) parts.push(part);
  return parts;
}

/** The parts of an answer already made, read as they were. */
function replay(parts: Uint8Array[]): PartStream {
  let next = 0;
  return { read: async () => parts[next++], cancel: () => (next = parts.length) };
}
