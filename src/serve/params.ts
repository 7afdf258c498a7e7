/**
 * The GraphQL parameters of a request, read once at the door: from a GET's query string or a
 * POST's JSON body. yoga is handed them as they are (useServedParams) instead of parsing the
 * request again, and the prepared-operation path and the persisted-query stores read the same object.
 */
import type { Plugin } from 'graphql-yoga';
import { isJson, jsonDepthOver } from '../http/body-limit.js';
import { ErrorCode } from '../http/errors.js';
import { errorAnswer, type Answer } from './answer.js';
import type { GraphQLParams, ServedRequest } from './request.js';

/** GET parameters that hold JSON. */
export const JSON_PARAMS = ['variables', 'extensions'] as const;

/**
 * Reads the request's parameters into `served.params`; returns a refusal when they cannot be read.
 * A POST body that is not JSON is left to yoga (its answer names the media type or the syntax error).
 */
export function readParams(served: ServedRequest, maxJsonDepth: number): Answer | undefined {
  if (served.method === 'GET' || served.method === 'HEAD') {
    const search = new URLSearchParams(served.search);
    const params: GraphQLParams = {};
    const query = search.get('query');
    if (query !== null) params.query = query;
    const operationName = search.get('operationName');
    if (operationName !== null) params.operationName = operationName;
    for (const name of JSON_PARAMS) {
      const value = search.get(name);
      if (value === null) continue;
      const read = jsonParam(name, value, maxJsonDepth);
      if ('refusal' in read) return read.refusal;
      params[name] = read.value;
    }
    served.params = params;
    return undefined;
  }
  if (served.method === 'POST' && served.body && isJson(served.headers['content-type'])) {
    try {
      const body: unknown = JSON.parse(served.body.toString('utf8'));
      // An array is a batch (src/http/batching.ts): yoga checks its size and each operation.
      if (body && typeof body === 'object') served.params = body as GraphQLParams | GraphQLParams[];
    } catch {
      // yoga answers a body that is not JSON, in the spec's words
    }
  }
  return undefined;
}

/** A GET parameter that holds JSON, parsed; or the refusal of one too deep or not JSON (yoga would let JSON.parse throw, a 500). */
export function jsonParam(name: string, value: string, maxJsonDepth: number): { value: unknown } | { refusal: Answer } {
  if (jsonDepthOver(Buffer.from(value), maxJsonDepth)) {
    const message = `The "${name}" parameter nests arrays and objects more than ${maxJsonDepth} levels deep, the maximum.`;
    return { refusal: errorAnswer(400, ErrorCode.maxJsonDepth, message, { limit: 'jsonDepth', max: maxJsonDepth }) };
  }
  try {
    return { value: JSON.parse(value) };
  } catch (error) {
    return { refusal: errorAnswer(400, ErrorCode.badRequest, `The "${name}" parameter is not valid JSON: ${(error as Error).message}`) };
  }
}

/** Hands yoga the parameters read at the door (a request yoga gets some other way, e.g. app.fetch in tests, is parsed by yoga). */
export function useServedParams(): Plugin {
  return {
    onRequestParse({ serverContext, setRequestParser }) {
      const params = (serverContext as { served?: ServedRequest }).served?.params;
      if (params) setRequestParser(() => params as never);
    },
  };
}
