/**
 * Prepared operations: a fast path for an operation the app has already accepted, sent again
 * with other variables (a front end's everyday traffic, which the response cache cannot answer).
 *
 * The first request of an operation goes through graphql-yoga and every protection. When it is
 * answered 200 without errors, its document (parsed and validated, within the token, depth, alias
 * and directive limits, all of which depend on the document alone) is kept under a key made of
 * everything else the pipeline could look at: method, path, Accept, Content-Type, query text and
 * operation name.
 * A later POST (or GET) with the same key and only other `variables` skips yoga's per-request
 * pipeline: the checks that depend on variables (list items, cost) run as in yoga, graphql-js
 * coerces the variables, graphql-jit runs the operation, and the answer gets the headers yoga
 * gave the first one. Compiling costs several requests' worth of time (0.4–6 ms for the
 * examples here), so an operation is compiled only once it has come back REPEATS_BEFORE_COMPILING
 * times; until then yoga answers it.
 *
 * Anything else, and any answer with an error in it, goes through yoga: errors are masked and
 * formatted there, so a result with errors is dropped and the request is handed to the app
 * (resolvers only read the in-memory corpus, so running one twice changes nothing). So is a run
 * that took longer than the execution timeout: compiled code cannot be stopped midway (the cost
 * limit bounds it), so its answer is dropped, the operation forgotten, and yoga, whose executor
 * stops at the deadline, answers 503.
 *
 * The operations kept are bounded in bytes (MemoryBudgets.preparedOperationsBytes,
 * src/http/defaults.ts), the least recently used dropped first: each is charged its key (which holds
 * the query text), its parsed document, its headers and, once compiled, graphql-jit's code, as
 * src/cache/sizes.ts estimates them. An operation whose compiled code would not fit is not compiled:
 * yoga answers it. The key is the text as sent, not normalised: the fast path's point is not to
 * read the query, and yoga's own caches key documents by their text too.
 */
import { getOperationAST, getVariableValues, valueFromASTUntyped, type DocumentNode, type ExecutionResult, type GraphQLSchema, type VariableDefinitionNode } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { createRequire } from 'node:module';
import { operationLimiter, type OperationLimiter } from '../http/cost.js';
import { DEFAULT_MEMORY_BUDGETS } from '../http/defaults.js';
import { usesIncrementalDelivery } from '../http/incremental.js';
import type { Answer } from '../serve/answer.js';
import type { ServedRequest } from '../serve/request.js';
import { COMPILED_FIELD_BYTES, compiledBytes, documentBytes, ENTRY_BYTES, spreadFields, stringBytes } from './sizes.js';

/**
 * graphql-jit, loaded when an app that compiles is made: a server reading a database never does, and
 * starts without its 160 ms of loading (its startup target is 2 s). Required, not imported: its
 * CommonJS build, which imports the same graphql module as the rest of the app.
 */
let jit: typeof import('graphql-jit') | undefined;
const graphqlJit = () => (jit ??= createRequire(import.meta.url)('graphql-jit') as typeof import('graphql-jit'));

export interface PreparedLimits {
  maxCost: number;
  maxListItems: number;
  executionTimeoutMs: number;
  maxJsonDepth: number;
}

interface Prepared {
  key: string;
  document: DocumentNode;
  operationName: string | undefined;
  /** For the request log. */
  label: string | undefined;
  /** yoga's answer headers for this operation. */
  headers: Record<string, string>;
  /** Requests that came back for it before it was compiled. */
  repeats: number;
  /** The compiled operation; null when graphql-jit cannot compile it, or its code would not fit in the budget. */
  compiled?: Compiled | null;
  /** What it takes on the heap before it is compiled, as estimated (sizes.ts). */
  bytes: number;
}

/** How many times an operation comes back (after the request that taught it) before it is compiled: the next one is the first fast answer. */
export const REPEATS_BEFORE_COMPILING = 2;

interface Compiled {
  run: CompiledQuery['query'];
  variables: readonly VariableDefinitionNode[];
  /** Each variable's default, for requests that leave it out. */
  defaults: [name: string, value: unknown][];
}

/** What the fast path takes of a request; a request with anything else goes through yoga. */
interface Params {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

export interface PreparedOptions {
  /** Bytes the operations kept may take, as estimated (MemoryBudgets.preparedOperationsBytes). */
  maxBytes?: number;
  /** The check of the cost and list limits, shared with yoga's plugin (src/http/index.ts) so that both use one cost cache. */
  limit?: OperationLimiter;
}

export class PreparedOperations {
  private readonly entries: LRUCache<string, Prepared>;
  private readonly limit: OperationLimiter;
  private readonly maxBytes: number;
  /** Answers given by the fast path (tests read it). */
  served = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    /** The app's one context; undefined when each request has its own (a database store): nothing is learnt then. */
    private readonly contextValue: object | undefined,
    readonly limits: PreparedLimits,
    { maxBytes = DEFAULT_MEMORY_BUDGETS.preparedOperationsBytes, limit = operationLimiter(limits) }: PreparedOptions = {},
  ) {
    this.maxBytes = maxBytes;
    this.entries = new LRUCache({ maxSize: maxBytes });
    this.limit = limit;
    if (contextValue) graphqlJit();
  }

  /** Bytes the operations kept take, as estimated (sizes.ts). */
  get byteSize(): number {
    return this.entries.calculatedSize;
  }

  /** Operations kept. */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Runs a prepared operation with these variables: the answer's bytes, or undefined when yoga
   * must answer (not compiled yet, a limit hit, invalid variables, a field error, the deadline passed).
   */
  run(prepared: Prepared, variables: Record<string, unknown> | undefined): string | undefined | Promise<string | undefined> {
    const { schema, contextValue } = this;
    if (!contextValue) return undefined;
    if (prepared.compiled === undefined) {
      if (++prepared.repeats <= REPEATS_BEFORE_COMPILING) return undefined;
      this.compile(prepared);
    }
    const { compiled } = prepared;
    if (!compiled || this.limit({ schema, document: prepared.document, operationName: prepared.operationName, contextValue }, variables)) return undefined;
    // graphql-js decides which variables are valid, as it does in yoga.
    if (getVariableValues(schema, compiled.variables, variables ?? {}, { maxErrors: 1 }).errors) return undefined;
    const started = performance.now();
    const finish = (result: ExecutionResult): string | undefined => {
      if (performance.now() - started > this.limits.executionTimeoutMs) {
        // Forgotten, so that later requests go straight to yoga (and its 503).
        this.entries.delete(prepared.key);
        return undefined;
      }
      if (result.errors?.length) return undefined;
      return JSON.stringify({ data: result.data });
    };
    try {
      const result = compiled.run(undefined, contextValue, withDefaults(variables, compiled.defaults));
      // Every resolver here returns its value synchronously (node(id:) and nodes(ids:) too, src/schema/node.ts),
      // so the result is a plain object; should a resolver ever return a promise, the whole result is one.
      return 'then' in result ? result.then(finish, () => undefined) : finish(result);
    } catch {
      return undefined;
    }
  }

  /**
   * Compiles an operation, unless its code would not fit in the budget (estimated before compiling,
   * from its fields with fragments spread): yoga then answers it every time. The entry is charged
   * for its code.
   */
  private compile(prepared: Prepared): void {
    const cap = Math.ceil(this.maxBytes / COMPILED_FIELD_BYTES) + 1;
    const codeBytes = compiledBytes(spreadFields(prepared.document, prepared.operationName, cap));
    if (prepared.bytes + codeBytes > this.maxBytes) {
      prepared.compiled = null;
      return;
    }
    prepared.compiled = compile(this.schema, prepared.document, prepared.operationName);
    // Charged anew only while it is kept: one dropped meanwhile is not brought back. (lru-cache
    // keeps the size of a value set again under its key: it is deleted and set.)
    if (prepared.compiled && this.entries.peek(prepared.key) === prepared) {
      this.entries.delete(prepared.key);
      this.entries.set(prepared.key, prepared, { size: prepared.bytes + codeBytes });
    }
  }

  /**
   * The fast path's answer to a request (its parameters read), or undefined when yoga must answer
   * it; then `learn` is given yoga's answer.
   */
  answer(served: ServedRequest): Answer | undefined | Promise<Answer | undefined> {
    const params = paramsOf(served);
    if (!params) return undefined;
    const prepared = this.entries.get(keyOf(served, params));
    if (!prepared) return undefined;
    const done = (text: string | undefined): Answer | undefined => {
      if (text === undefined) return undefined;
      this.served++;
      if (prepared.label) served.notes.operation = prepared.label;
      return { status: 200, headers: prepared.headers, body: Buffer.from(text) };
    };
    const text = this.run(prepared, params.variables);
    return text instanceof Promise ? text.then(done) : done(text);
  }

  /**
   * Keeps the operation of yoga's answer to a request when it is a 200 without errors. Not an
   * incremental answer, nor an operation that asks for one (@defer, @stream): graphql-jit would answer
   * it whole.
   */
  learn(served: ServedRequest, answer: Answer): void {
    const params = paramsOf(served);
    const { notes } = served;
    if (!this.contextValue || !params || answer.stream || answer.status !== 200 || notes.codes || !notes.document || 'set-cookie' in answer.headers) return;
    const key = keyOf(served, params);
    if (this.entries.has(key) || usesIncrementalDelivery(notes.document)) return;
    // The document is charged even when yoga's document cache holds it too: this entry keeps it alive.
    const label = notes.operation ? stringBytes(notes.operation) : 0;
    const bytes = ENTRY_BYTES + PREPARED_BYTES + stringBytes(key) + documentBytes(notes.document) + headersBytes(answer.headers) + label;
    this.entries.set(key, { key, document: notes.document, operationName: params.operationName, label: notes.operation, headers: answer.headers, repeats: 0, bytes }, { size: bytes });
  }
}

/** A Prepared object of its own (eight fields). */
const PREPARED_BYTES = 128;

/** An answer's headers, kept for the fast path's answers: 64 B for the object, then each name and value and 32 B. */
function headersBytes(headers: Record<string, string>): number {
  let bytes = 64;
  for (const [name, value] of Object.entries(headers)) bytes += 32 + stringBytes(name) + stringBytes(String(value));
  return bytes;
}

/** graphql-jit's form of the operation, or null when it cannot compile it (yoga then answers every request). */
function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Compiled | null {
  const { compileQuery, isCompiledQuery } = graphqlJit();
  const query = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
  if (!isCompiledQuery(query)) return null;
  const variables = getOperationAST(document, operationName)?.variableDefinitions ?? [];
  const defaults = variables.flatMap((v) => (v.defaultValue ? [[v.variable.name.value, valueFromASTUntyped(v.defaultValue)] as [string, unknown]] : []));
  return { run: query.query.bind(query), variables, defaults };
}

/**
 * The variables with the defaults of those left out. graphql-jit refuses a non-null variable with
 * a default that the request leaves out ("was not provided"), which is valid GraphQL: the default
 * applies, as graphql-js applies it.
 */
function withDefaults(variables: Record<string, unknown> | undefined, defaults: Compiled['defaults']): Record<string, unknown> {
  const missing = defaults.filter(([name]) => variables?.[name] === undefined);
  if (missing.length === 0) return variables ?? {};
  return { ...variables, ...Object.fromEntries(missing) };
}

/**
 * The parameters the fast path takes: a query, and optionally variables (an object) and an
 * operation name; anything else (extensions, a persisted query's hash) goes through yoga.
 */
function paramsOf(served: ServedRequest): Params | undefined {
  const params = served.params;
  // A batch (an array of operations) goes through yoga, which runs each under the batch's shared limits.
  if (!params || Array.isArray(params) || (served.method !== 'POST' && served.method !== 'GET')) return undefined;
  const { query, variables, operationName, ...rest } = params;
  if (typeof query !== 'string' || Object.values(rest).some((value) => value !== undefined)) return undefined;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  return { query, variables: (variables ?? undefined) as Params['variables'], operationName: operationName ?? undefined };
}

/** The key leaves out what varies: the variables. */
function keyOf(served: ServedRequest, params: Params): string {
  const { accept = '', 'content-type': contentType = '' } = served.headers;
  return `${served.method} ${served.path}\n${accept}\n${contentType}\n${params.operationName ?? ''}\n${params.query}`;
}
