/**
 * Error shapes for rejected requests, and error hygiene: what a client may see of an error.
 *
 * Every rejection carries `extensions.code` and, for limits, `limit`, `max` and (when known) `value`,
 * with a message that names the limit and its value. `extensions.http` is read by graphql-yoga to
 * pick the HTTP status and is never sent to the client.
 */
import { GraphQLError } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import { errorAnswer, responseOf } from '../serve/answer.js';

/** The codes this layer adds; GraphQL and graphql-yoga add GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST... */
export const ErrorCode = {
  maxTokens: 'MAX_TOKENS_EXCEEDED',
  maxDepth: 'MAX_DEPTH_EXCEEDED',
  maxAliases: 'MAX_ALIASES_EXCEEDED',
  maxAliasLength: 'MAX_ALIAS_LENGTH_EXCEEDED',
  maxDirectives: 'MAX_DIRECTIVES_EXCEEDED',
  maxCost: 'MAX_COST_EXCEEDED',
  maxListItems: 'MAX_LIST_ITEMS_EXCEEDED',
  maxBatchOperations: 'MAX_BATCH_OPERATIONS_EXCEEDED',
  maxRecordsRead: 'MAX_RECORDS_READ_EXCEEDED',
  bodyTooLarge: 'REQUEST_BODY_TOO_LARGE',
  maxJsonDepth: 'MAX_JSON_DEPTH_EXCEEDED',
  timeout: 'EXECUTION_TIMEOUT',
  unsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  methodNotAllowed: 'METHOD_NOT_ALLOWED',
  notFound: 'NOT_FOUND',
  badRequest: 'BAD_REQUEST',
} as const;

export type LimitName = 'tokens' | 'depth' | 'aliases' | 'aliasLength' | 'directives' | 'cost' | 'listItems' | 'bodyBytes' | 'jsonDepth' | 'executionMs' | 'batchOperations' | 'recordsRead';

export interface HttpInfo {
  status: number;
  headers?: Record<string, string>;
}

/**
 * A request-level error with a code and an HTTP status. `spec: false` keeps the status even for
 * `Accept: application/json` clients (graphql-yoga would otherwise answer validation errors with 200 there).
 */
export function requestError(message: string, code: string, http: HttpInfo, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { spec: false, ...http } } });
}

/** A limit was hit: 400 unless said otherwise, with the limit's name, maximum and the measured value. */
export function limitError(
  message: string,
  code: string,
  limit: { name: LimitName; max: number; value?: number },
  http: HttpInfo = { status: 400 },
): GraphQLError {
  return requestError(message, code, http, {
    limit: limit.name,
    max: limit.max,
    ...(limit.value === undefined ? {} : { value: limit.value }),
  });
}

/** A JSON error response outside GraphQL execution (unknown route, wrong method, wrong media type, too large). */
export function errorResponse(
  fetchAPI: { Response: typeof Response },
  status: number,
  message: string,
  code: string,
  extra: { headers?: Record<string, string>; extensions?: Record<string, unknown> } = {},
): Response {
  return responseOf(fetchAPI, errorAnswer(status, code, message, extra.extensions, extra.headers));
}

/** What a client sent, quoted in a message or a log line at most `max` characters long. */
export const clip = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Extension keys that may reveal internals; removed unless error details are explicitly exposed. */
const INTERNAL_EXTENSIONS = ['originalError', 'stack', 'stacktrace', 'exception'];

const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** What the hygiene pass changes in one error, or undefined when it is fine as it is. */
function cleanError(error: GraphQLError, options: HygieneOptions): GraphQLError | undefined {
  const extensions = error.extensions as Record<string, unknown> | undefined;
  const internals = !options.exposeDetails && !!extensions && INTERNAL_EXTENSIONS.some((key) => key in extensions);
  const suggests = options.hideSuggestions && error.message.includes('Did you mean');
  // Variable coercion errors come from the executor without a code; so would any other error no
  // layer gave one (graphql-js's own execution errors, a framework's error thrown in a resolver).
  const uncoded = !extensions?.['code'];
  // A body that is not JSON at all is a malformed HTTP request: 400 whatever the Accept header
  // (graphql-yoga marks it as a GraphQL request error, which application/json clients get with 200).
  const http = extensions?.['http'] as { spec?: boolean } | undefined;
  const malformed = extensions?.['code'] === ErrorCode.badRequest && http?.spec === true;
  if (!internals && !suggests && !uncoded && !malformed) return undefined;
  const cleaned: Record<string, unknown> = { ...extensions };
  if (internals) for (const key of INTERNAL_EXTENSIONS) delete cleaned[key];
  if (uncoded) cleaned['code'] = error.message.startsWith('Variable "$') ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
  if (malformed) cleaned['http'] = { ...http, spec: false };
  return new GraphQLError(suggests ? error.message.replace(SUGGESTION, '').trim() : error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: cleaned,
  });
}

export interface HygieneOptions {
  /** Keep originalError/stack (EXPOSE_ERROR_DETAILS=true). */
  exposeDetails: boolean;
  /** Remove "Did you mean ...?" from messages. */
  hideSuggestions: boolean;
}

/**
 * The last look at every error a client receives:
 * - originalError/stack are removed whatever the environment: graphql-yoga adds `originalError`
 *   itself in places (an unparsable JSON body, for one, and every masked error when
 *   NODE_ENV=development). Keeping them is opt-in: EXPOSE_ERROR_DETAILS=true;
 * - "Did you mean ...?" is removed where graphql-js 16 cannot leave it out (enum values in variables);
 * - every error has `extensions.code`: variable coercion errors get BAD_USER_INPUT, and any other
 *   error without one INTERNAL_SERVER_ERROR (the API's own errors all have a code: one without is
 *   a bug, like the masked ones);
 * - BAD_REQUEST (a body that is not a GraphQL request at all) is 400 for every Accept header.
 * Successful results are not looked at.
 */
export function useErrorHygiene(options: HygieneOptions): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      // An incremental answer (@defer, @stream): each part as it is sent, its deferred parts' errors included.
      if (isAsyncIterable(result)) return setResult(cleanParts(result, options) as typeof result);
      const results = Array.isArray(result) ? result : [result];
      let changed = false;
      const cleaned = results.map((one) => {
        const errors = (one as { errors?: readonly GraphQLError[] }).errors;
        if (!errors?.length) return one;
        let replaced = false;
        const next = errors.map((error) => {
          const clean = error instanceof GraphQLError ? cleanError(error, options) : undefined;
          if (clean) replaced = true;
          return clean ?? error;
        });
        if (!replaced) return one;
        changed = true;
        return { ...one, errors: next };
      });
      if (changed) setResult((Array.isArray(result) ? cleaned : cleaned[0]) as typeof result);
    },
  };
}

/** The errors of one part of an incremental answer, cleaned; the part itself when nothing changes. */
function cleanPart<T>(part: T, options: HygieneOptions): T {
  const clean = (errors: readonly unknown[] | undefined) => {
    let replaced = false;
    const next = errors?.map((error) => {
      const cleaned = error instanceof GraphQLError ? cleanError(error, options) : undefined;
      if (cleaned) replaced = true;
      return cleaned ?? error;
    });
    return replaced ? next : undefined;
  };
  const { errors, incremental } = part as { errors?: readonly unknown[]; incremental?: { errors?: readonly unknown[] }[] };
  const top = clean(errors);
  let items: { errors?: readonly unknown[] }[] | undefined;
  incremental?.forEach((item, i) => {
    const cleaned = clean(item.errors);
    if (cleaned) (items ??= incremental.slice())[i] = { ...item, errors: cleaned };
  });
  if (!top && !items) return part;
  return { ...part, ...(top ? { errors: top } : {}), ...(items ? { incremental: items } : {}) };
}

const cleanParts = <T>(parts: AsyncIterable<T>, options: HygieneOptions) => mapAsyncIterator(parts, (part) => cleanPart(part, options));

/** The error codes in a result, for logs and metrics. */
export function errorCodes(result: unknown): string[] {
  const results = Array.isArray(result) ? result : [result];
  const codes: string[] = [];
  for (const one of results) {
    const errors = (one as { errors?: readonly { extensions?: Record<string, unknown> }[] } | undefined)?.errors;
    if (!errors) continue;
    for (const error of errors) {
      const code = typeof error.extensions?.['code'] === 'string' ? (error.extensions['code'] as string) : 'UNKNOWN';
      if (!codes.includes(code)) codes.push(code);
    }
  }
  return codes;
}
