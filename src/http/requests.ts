/**
 * What requests the app accepts at all, decided from the method, path and Content-Type alone:
 * - unknown paths: 404 NOT_FOUND;
 * - /graphql with a method other than GET or POST: 405 METHOD_NOT_ALLOWED (CORS preflights are
 *   answered before this; mutations over GET are refused by graphql-yoga with 405);
 * - GET /graphql whose `variables` or `extensions` parameter is not JSON: 400 BAD_REQUEST (graphql-yoga
 *   would let JSON.parse throw, a 500), or nests deeper than maxJsonDepth: 400 MAX_JSON_DEPTH_EXCEEDED,
 *   as a POST body would be;
 * - POST /graphql whose body is not JSON: 415 UNSUPPORTED_MEDIA_TYPE. Form-encoded, multipart and
 *   text/plain bodies are what a cross-site <form> or a "simple" fetch can send without a CORS
 *   preflight; refusing them is the CSRF prevention. application/json needs a preflight.
 */
import type { Plugin } from 'graphql-yoga';
import { responseOf } from '../serve/answer.js';
import { JSON_PARAMS, jsonParam } from '../serve/params.js';
import { clip, ErrorCode, errorResponse } from './errors.js';
import { notesIn } from './logging.js';

/** Body media types a browser can send cross-site without a preflight. */
const SIMPLE_BODY_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);
/** Body media types graphql-yoga parses as a GraphQL request and that need a preflight cross-site. */
const ACCEPTED_BODY_TYPES = new Set(['application/json', 'application/graphql+json', 'application/graphql']);

export interface RequestPolicyOptions {
  graphqlEndpoint: string;
  /** Other paths the app answers (health, readiness, metrics). */
  otherPaths: readonly string[];
  maxJsonDepth: number;
}

export function usePolicy({ graphqlEndpoint, otherPaths, maxJsonDepth }: RequestPolicyOptions): Plugin {
  const known = new Set([graphqlEndpoint, ...otherPaths]);
  return {
    onRequest({ request, url, endResponse: end, fetchAPI, serverContext }) {
      const path = url.pathname;
      const notes = notesIn(serverContext);
      const endResponse = (response: Response, code: string) => {
        // For the request's log line (src/http/logging.ts).
        if (notes) notes.codes = [code];
        end(response);
      };
      if (!known.has(path)) {
        endResponse(errorResponse(fetchAPI, 404, `Not found: ${clip(path)}. The GraphQL endpoint is ${graphqlEndpoint}.`, ErrorCode.notFound), ErrorCode.notFound);
        return;
      }
      if (path !== graphqlEndpoint) return;
      const method = request.method;
      if (method === 'GET') {
        // Through the serving layer, the parameters were read and checked at the door (src/serve/params.ts).
        if (notes) return;
        for (const name of JSON_PARAMS) {
          const value = url.searchParams.get(name);
          if (value === null) continue;
          const read = jsonParam(name, value, maxJsonDepth);
          if ('refusal' in read) return endResponse(responseOf(fetchAPI, read.refusal), read.refusal.codes![0]!);
        }
        return;
      }
      if (method !== 'POST') {
        endResponse(
          errorResponse(fetchAPI, 405, `Method ${method} is not allowed on ${graphqlEndpoint}: use GET (queries) or POST.`, ErrorCode.methodNotAllowed, {
            headers: { allow: 'GET, POST' },
          }),
          ErrorCode.methodNotAllowed,
        );
        return;
      }
      const contentType = request.headers.get('content-type');
      const essence = contentType?.split(';', 1)[0]!.trim().toLowerCase();
      if (essence && ACCEPTED_BODY_TYPES.has(essence)) return;
      const message = !essence
        ? 'A POST needs Content-Type: application/json.'
        : SIMPLE_BODY_TYPES.has(essence)
          ? `Content-Type ${essence} is refused to prevent cross-site request forgery: send the request as application/json.`
          : `Content-Type ${clip(essence)} is not supported: send the request as application/json.`;
      endResponse(
        errorResponse(fetchAPI, 415, message, ErrorCode.unsupportedMediaType, { headers: { 'accept-post': 'application/json' } }),
        ErrorCode.unsupportedMediaType,
      );
    },
  };
}

