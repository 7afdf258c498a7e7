/**
 * Execution timeout: an operation that runs longer than the limit is stopped and answered
 * 503 EXECUTION_TIMEOUT, with no `data`.
 *
 * Resolvers here are synchronous over an in-memory store, so a timer alone could never fire during
 * execution: the event loop is busy running it. The executor (@graphql-tools/executor) asks its
 * `signal` whether to go on before every field, so the signal given to it here is a deadline that
 * reads the clock (every few fields, to stay cheap). For anything that awaits, one shared timer
 * fires the deadlines that have passed.
 */
import type { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { batchOf } from './batching.js';
import { ErrorCode, limitError } from './errors.js';

/** The executor rethrows field errors carrying this extension instead of nulling the field. */
const CRITICAL_ERROR = 'CRITICAL_ERROR';
/** How many fields run between two looks at the clock. */
const CHECK_EVERY = 8;

export function timeoutError(timeoutMs: number): GraphQLError {
  return limitError(
    `Query execution timed out: it ran longer than ${timeoutMs} ms, the maximum.`,
    ErrorCode.timeout,
    { name: 'executionMs', max: timeoutMs },
    { status: 503 },
  );
}

type Listener = () => void;

/**
 * One timer for every running deadline, not one each: it ticks while any deadline is pending, and
 * fires the abort listeners of those that have passed (for executions that are awaiting something).
 */
const pending = new Set<Deadline>();
let ticker: NodeJS.Timeout | undefined;
const TICK_MS = 25;
function watch(deadline: Deadline) {
  pending.add(deadline);
  if (!ticker) {
    ticker = setInterval(() => {
      const now = performance.now();
      for (const d of pending) d.check(now);
      if (!pending.size) {
        clearInterval(ticker);
        ticker = undefined;
      }
    }, TICK_MS);
    ticker.unref();
  }
}

/** Just enough of AbortSignal for the executor: aborted, reason, throwIfAborted and abort listeners. */
export class Deadline {
  private readonly until: number;
  private calls = 0;
  private expired = false;
  private listeners: Listener[] | undefined;
  private critical: GraphQLError | undefined;

  /** `startedAt`: when the time began to count (a batch's operations share the batch's deadline). */
  constructor(
    private readonly timeoutMs: number,
    startedAt: number = performance.now(),
  ) {
    this.until = startedAt + timeoutMs;
  }

  /** True once the deadline has been seen passing. */
  get timedOut(): boolean {
    return this.expired;
  }

  get aborted(): boolean {
    if (!this.expired && performance.now() >= this.until) this.expire();
    return this.expired;
  }

  get reason(): GraphQLError {
    // Marked critical so that a nullable field does not swallow it: execution stops at once.
    this.critical ??= timeoutError(this.timeoutMs);
    (this.critical.extensions as Record<string, unknown>)[CRITICAL_ERROR] = true;
    return this.critical;
  }

  throwIfAborted(): void {
    if (this.expired) throw this.reason;
    // The first call looks too: an operation of a batch may start after the batch's deadline.
    if (++this.calls % CHECK_EVERY === 1 && performance.now() >= this.until) {
      this.expire();
      throw this.reason;
    }
  }

  addEventListener(_type: 'abort', listener: Listener): void {
    (this.listeners ??= []).push(listener);
    watch(this);
  }

  removeEventListener(_type: 'abort', listener: Listener): void {
    this.listeners = this.listeners?.filter((l) => l !== listener);
  }

  /** Called by the shared timer. */
  check(now: number): void {
    if (now >= this.until) this.expire();
  }

  /** Execution is over: nothing to watch any more. */
  dispose(): void {
    pending.delete(this);
    this.listeners = undefined;
  }

  private expire() {
    if (this.expired) return;
    this.expired = true;
    pending.delete(this);
    const listeners = this.listeners ?? [];
    this.listeners = undefined;
    for (const listener of listeners) listener();
  }
}

/**
 * An incremental result (@defer, @stream) under the deadline: its later parts are made after the
 * first is sent, and the executor stops at the deadline there too (it asks the signal before every
 * field, and awaits it between parts). The answer then ends with a part that carries the clean
 * timeout error; the parts already sent stay sent.
 */
function untilDeadline<T>(parts: AsyncIterable<T>, deadline: Deadline, timeoutMs: number): AsyncIterableIterator<T | { errors: GraphQLError[]; hasNext: false }> {
  const source = parts[Symbol.asyncIterator]();
  let finished = false;
  const finish = () => {
    finished = true;
    deadline.dispose();
  };
  // An iterator, not an async generator: a client that leaves stops the executor at once, where a
  // generator's return() would wait for the part being made.
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (finished) return { done: true, value: undefined };
      try {
        const result = await source.next();
        if (result.done) finish();
        return result;
      } catch (error) {
        finish();
        if (!deadline.timedOut) throw error;
        void source.return?.();
        return { done: false, value: { errors: [timeoutError(timeoutMs)], hasNext: false } };
      }
    },
    async return() {
      finish();
      await source.return?.();
      return { done: true, value: undefined };
    },
  };
}

export function useExecutionTimeout({ timeoutMs }: { timeoutMs: number }): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      // The operations of a batch share one deadline, counted from when the batch was read (src/http/batching.ts).
      const deadline = new Deadline(timeoutMs, batchOf(args.contextValue)?.startedAt);
      (args as { signal?: unknown }).signal = deadline;
      const answer = (error: unknown) => {
        deadline.dispose();
        // A clean error for the client: no CRITICAL_ERROR marker, no path, no data.
        if (deadline.timedOut) return { errors: [timeoutError(timeoutMs)] };
        throw error;
      };
      setExecuteFn((executeArgs) => {
        let result: ReturnType<typeof executeFn>;
        try {
          result = executeFn(executeArgs);
        } catch (error) {
          return answer(error);
        }
        const done = <V>(value: V): V => {
          if (isAsyncIterable(value)) return untilDeadline(value, deadline, timeoutMs) as V;
          deadline.dispose();
          return value;
        };
        if (result && typeof (result as PromiseLike<unknown>).then === 'function') {
          return (result as Promise<Awaited<ReturnType<typeof executeFn>>>).then(done, answer);
        }
        return done(result);
      });
    },
  };
}
