/**
 * node:http settings against slow or idle clients. Node's defaults (headers 60 s, whole request
 * 300 s, checked every 30 s, sockets never idle out) let a few hundred slow connections hold the
 * server; these are short enough for a read-only API whose requests are small.
 */
import type { Server, ServerOptions } from 'node:http';
import type { HttpTimeouts } from './defaults.js';

export { DEFAULT_HTTP_TIMEOUTS, type HttpTimeouts } from './defaults.js';

/** Options for http.createServer. */
export function httpServerOptions(timeouts: HttpTimeouts): ServerOptions {
  return {
    headersTimeout: timeouts.headersTimeoutMs,
    requestTimeout: timeouts.requestTimeoutMs,
    keepAliveTimeout: timeouts.keepAliveTimeoutMs,
    // Node checks the two timeouts above on this interval (30 s by default, which would make a 10 s limit up to 40 s).
    connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(timeouts.headersTimeoutMs / 4))),
    // Request headers stay at Node's 16 KB cap (a longer GET query string is answered 431).
    maxHeaderSize: 16 * 1024,
  };
}

/** What cannot be passed to createServer. */
export function applyHttpTimeouts(server: Server, timeouts: HttpTimeouts): void {
  server.setTimeout(timeouts.socketIdleTimeoutMs);
}
