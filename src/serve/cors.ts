/**
 * CORS for every answer, decided here once rather than by each stage: an answer kept by the
 * response cache or a proxy must not carry the origin of whoever asked first. With CORS_ORIGIN
 * `*` every answer says `Access-Control-Allow-Origin: *`, with or without an Origin header (a
 * server-side render's request must not leave a proxy an answer a browser cannot read); with a
 * list, an allowed origin is echoed. Cacheable answers say `Vary: Origin` either way
 * (src/serve/write.ts), so that a cache never mixes answers across origins should the setting change.
 */
import type { ServedRequest } from './request.js';
import type { Answer } from './answer.js';

/** Headers a browser app may read besides the simple ones: revalidation and the refusals' back-off. */
export const EXPOSED_HEADERS = 'etag, retry-after';
/** How long a browser may reuse a preflight's answer: two hours, the most Chromium honours (Firefox allows a day). */
export const PREFLIGHT_MAX_AGE_S = 7200;
/** Request headers a preflight may ask for, at most this long (the list is echoed). */
const MAX_REQUESTED_HEADERS = 512;

export type CorsOrigins = readonly string[] | '*';

/** The origin an answer to this request lets read it (`*`, or the request's listed origin), or none. */
export function allowedOrigin(served: Pick<ServedRequest, 'headers'>, origins: CorsOrigins): string | undefined {
  if (origins === '*') return '*';
  const origin = served.headers.origin;
  return origin && origins.includes(origin) ? origin : undefined;
}

/** The answer to a CORS preflight (OPTIONS): the methods, the headers asked for, and how long to remember it. */
export function preflight(served: ServedRequest): Answer {
  const requested = String(served.headers['access-control-request-headers'] ?? '').slice(0, MAX_REQUESTED_HEADERS);
  return {
    status: 204,
    headers: {
      'access-control-allow-methods': 'GET, POST',
      ...(requested ? { 'access-control-allow-headers': requested } : {}),
      'access-control-max-age': String(PREFLIGHT_MAX_AGE_S),
      'cache-control': 'no-store',
      vary: 'Access-Control-Request-Headers',
    },
    body: Buffer.alloc(0),
  };
}
