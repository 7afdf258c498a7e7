/**
 * Prepared operations: a fast path for an operation the app has already accepted, sent again
 * with other variables (a front end's everyday traffic, which the response cache cannot answer).
 *
 * The first request of an operation goes through graphql-yoga and every protection. When it is
 * answered 200 without errors, its document (parsed and validated, within the token, depth, alias
 * and directive limits, all of which depend on the document alone) is kept under a key made of
 * everything else the pipeline could look at: method, URL, headers, query text and operation name.
 * A later POST (or GET) with the same key and only other `variables` skips yoga's per-request pipeline: the
 * checks that depend on variables (list items, cost) run as in yoga, the same executor runs under
 * the same execution deadline, and the answer gets the headers yoga gave the first one.
 *
 * Anything else, and any answer with an error in it, goes through yoga: errors are masked and
 * formatted there, so a result with errors is dropped and the request is handed to the app
 * (resolvers only read the in-memory corpus, so running one twice changes nothing).
 */
import type { IncomingMessage, OutgoingHttpHeaders, RequestListener, ServerResponse } from 'node:http';
import { execute } from '@graphql-tools/executor';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { jsonDepthOver, ReadBody } from '../http/body-limit.js';
import { operationLimiter } from '../http/cost.js';
import { notesOf } from '../http/logging.js';
import { Deadline } from '../http/timeout.js';
import { onAnswerHead, requestKey } from './response-cache.js';

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
  /** yoga's answer headers for this operation, without those that differ per answer. */
  headers: OutgoingHttpHeaders;
}

/** The parts of a JSON request body the fast path takes; any other member sends it through yoga. */
interface Params {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

export class PreparedOperations {
  private readonly entries = new Map<string, Prepared>();
  private readonly limit: ReturnType<typeof operationLimiter>;
  /** Answers given by the fast path (tests read it). */
  served = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly contextValue: object,
    readonly limits: PreparedLimits,
    private readonly maxEntries = 500,
  ) {
    this.limit = operationLimiter(limits);
  }

  /**
   * Runs a prepared operation with these variables: the answer's bytes, or undefined when yoga
   * must answer (a limit hit, invalid variables, a field error, the deadline passed).
   */
  run(prepared: Prepared, variables: Record<string, unknown> | undefined): string | undefined | Promise<string | undefined> {
    const args = { schema: this.schema, document: prepared.document, operationName: prepared.operationName, contextValue: this.contextValue };
    if (this.limit(args, variables)) return undefined;
    const deadline = new Deadline(this.limits.executionTimeoutMs);
    const finish = (result: unknown): string | undefined => {
      deadline.dispose();
      if (!result || typeof result !== 'object' || Symbol.asyncIterator in result) return undefined;
      const { errors, data, extensions } = result as ExecutionResult;
      // An operation that ran out of time is forgotten, so that later requests go straight to yoga (and its 503).
      if (deadline.timedOut) this.entries.delete(prepared.key);
      if (errors?.length || deadline.timedOut) return undefined;
      return JSON.stringify(extensions ? { data, extensions } : { data });
    };
    const fail = () => finish(undefined);
    try {
      const result = execute({ ...args, variableValues: variables, signal: deadline as unknown as AbortSignal });
      // Some resolvers answer with a promise (Pothos' global IDs): the whole result is then one.
      return result && 'then' in result ? (result as Promise<unknown>).then(finish, fail) : finish(result);
    } catch {
      return fail();
    }
  }

  /** The prepared operation for a request key, if there is one. */
  get(key: string): Prepared | undefined {
    return this.entries.get(key);
  }

  /** Sends an answer the fast path produced, with the headers yoga gave the operation. */
  send(prepared: Prepared, body: string, req: IncomingMessage, res: ServerResponse): void {
    this.served++;
    if (prepared.label) notesOf(req).operation = prepared.label;
    res.writeHead(200, { ...prepared.headers, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  }

  /** Watches the app answer; keeps the operation when the answer is a 200 without errors. */
  learn(key: string, params: Params, req: IncomingMessage, res: ServerResponse): void {
    let status = 0;
    let headers: OutgoingHttpHeaders = {};
    onAnswerHead(res, (code, answerHeaders) => {
      status = code;
      headers = answerHeaders;
    });
    res.once('finish', () => {
      const notes = notesOf(req);
      if (status !== 200 || notes.codes || !notes.document || 'set-cookie' in headers) return;
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { key, document: notes.document, operationName: params.operationName, label: notes.operation, headers });
    });
  }
}

/** The request's GraphQL parameters when its body is a plain JSON request: query, and optionally variables and operationName. */
function paramsOfBody(bytes: Buffer): Params | undefined {
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const { query, variables, operationName, ...rest } = body as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return undefined;
  return checked(query, variables, operationName);
}

/** The same from a GET query string: query, and optionally variables (JSON) and operationName, each once. */
function paramsOfUrl(search: string, maxJsonDepth: number): Params | undefined {
  const params = new URLSearchParams(search);
  const names = [...params.keys()];
  if (names.some((name, i) => !GET_PARAMS.has(name) || names.indexOf(name) !== i)) return undefined;
  let variables: unknown;
  const json = params.get('variables');
  if (json !== null) {
    // Too deep for the limit: yoga refuses it (src/http/requests.ts).
    if (jsonDepthOver(Buffer.from(json), maxJsonDepth)) return undefined;
    try {
      variables = JSON.parse(json);
    } catch {
      return undefined;
    }
  }
  return checked(params.get('query'), variables, params.get('operationName') ?? undefined);
}

const GET_PARAMS = new Set(['query', 'variables', 'operationName']);

function checked(query: unknown, variables: unknown, operationName: unknown): Params | undefined {
  if (typeof query !== 'string') return undefined;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  return { query, variables: (variables ?? undefined) as Params['variables'], operationName: operationName ?? undefined };
}

/**
 * Wraps the app (inside the response cache, which has read the body) with the prepared-operation
 * fast path for POST requests and GET queries.
 */
export function withPreparedOperations(app: RequestListener, prepared: PreparedOperations): RequestListener {
  return (req, res) => {
    const url = req.url ?? '/';
    const search = url.indexOf('?');
    let params: Params | undefined;
    // The key leaves out what varies: the body's variables, or a GET query string (its query and operationName are in the tail).
    let path = url;
    if (req.method === 'POST') {
      const body = (req as IncomingMessage & { body?: unknown }).body;
      params = body instanceof ReadBody ? paramsOfBody(body.bytes) : undefined;
    } else if (req.method === 'GET' && search >= 0) {
      params = paramsOfUrl(url.slice(search + 1), prepared.limits.maxJsonDepth);
      path = url.slice(0, search);
    }
    if (!params) return app(req, res);
    const key = requestKey(req, `${params.operationName ?? ''}\n${params.query}`, path);
    const entry = prepared.get(key);
    if (!entry) {
      prepared.learn(key, params, req, res);
      return app(req, res);
    }
    const answer = (text: string | undefined) => (text === undefined ? app(req, res) : prepared.send(entry, text, req, res));
    const text = prepared.run(entry, params.variables);
    if (text instanceof Promise) void text.then(answer);
    else answer(text);
  };
}
