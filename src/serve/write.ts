/**
 * The one place answers are written. Every answer, whichever stage made it (yoga, the response
 * cache, the prepared-operation path, a refusal), gets here the headers that do not depend on the
 * stage: security headers, CORS, the validator and Vary of a cacheable answer, a 304 for a
 * matching If-None-Match, the content coding, and Connection: close while the server stops.
 */
import type { ServerResponse } from 'node:http';
import { lingerThenEnd } from '../http/body-limit.js';
import { httpResponses } from '../http/metrics.js';
import { API_CSP, COMMON_HEADERS } from '../http/security-headers.js';
import type { Answer, PartStream } from './answer.js';
import { compressible, encode, negotiate } from './compression.js';
import { etagOf, noneMatch } from './conditional.js';
import { allowedOrigin, EXPOSED_HEADERS, type CorsOrigins } from './cors.js';
import type { ServedRequest } from './request.js';

export interface WriteOptions {
  corsOrigins: CorsOrigins;
  /** The API's path: its answers vary on Accept (JSON or GraphiQL's page) and Origin. */
  endpoint: string;
  /** True once the server is stopping: keep-alive connections are closed after their answer. */
  stopping: () => boolean;
}

/** Headers a stage's answer may not set: the writer decides them for every answer alike (the common ones included, which yoga's plugin sets too). */
const DECIDED_HERE = new Set([
  ...Object.keys(COMMON_HEADERS),
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-expose-headers',
  'vary',
  'etag',
  'content-length',
  'content-encoding',
  'connection',
]);

/** The headers every answer has, as the flat list res.writeHead takes (the cheapest form for Node to write). */
const COMMON = Object.entries(COMMON_HEADERS).flat();

const etags = new WeakMap<Buffer, string>();
/** An answer's ETag, computed once per body Buffer (a kept answer is the same Buffer on every hit). */
function etagFor(body: Buffer): string {
  let etag = etags.get(body);
  if (!etag) etags.set(body, (etag = etagOf(body)));
  return etag;
}

export function writeAnswer(served: ServedRequest, res: ServerResponse, answer: Answer, options: WriteOptions): void {
  if (res.headersSent || res.destroyed) return void answer.stream?.cancel(); // the client left meanwhile
  if (answer.stream) return writeStream(served, res, answer, answer.stream, options);
  const own = answer.headers;
  const head = served.method === 'HEAD';
  let status = answer.status;
  let body = answer.body;

  const zip = status === 200 && compressible(own['content-type'], body.length);
  const vary: string[] = [];
  if (served.path === options.endpoint && status !== 204) vary.push('Accept', 'Origin');
  if (zip) vary.push('Accept-Encoding');
  // The stage's own (a preflight's), without those named above (yoga's CORS says Origin too).
  if (own.vary) for (const name of own.vary.split(',')) if (!vary.some((v) => v.toLowerCase() === name.trim().toLowerCase())) vary.push(name.trim());
  // A cacheable answer (200 to a GET) gets a validator, and a 304 when the client holds it.
  let etag: string | undefined;
  if ((served.method === 'GET' || head) && status === 200 && own['cache-control'] !== 'no-store') {
    etag = etagFor(body);
    if (noneMatch(served.headers['if-none-match'], etag)) {
      status = 304;
      body = EMPTY;
    }
  }
  const coding = zip && status === 200 ? negotiate(served.headers['accept-encoding']) : undefined;
  if (coding) body = encode(body, coding);

  const headers = COMMON.slice();
  if (!own['content-security-policy']) headers.push('content-security-policy', API_CSP);
  for (const name in own) {
    if (DECIDED_HERE.has(name) || (status === 304 && name === 'content-type')) continue;
    headers.push(name, own[name]!);
  }
  pushCors(headers, served, options);
  if (vary.length) headers.push('vary', vary.join(', '));
  if (etag) headers.push('etag', etag);
  if (coding) headers.push('content-encoding', coding);
  if (status !== 304 && status !== 204) headers.push('content-length', String(body.length));
  if (own.connection || options.stopping()) headers.push('connection', 'close');
  httpResponses.inc({ status: String(status) });
  res.writeHead(status, headers);
  if (head || status === 304 || status === 204) return void res.end();
  if (answer.linger && !served.raw.complete) {
    res.write(body);
    return lingerThenEnd(served.raw, res, answer.linger);
  }
  res.end(body);
}

const EMPTY = Buffer.alloc(0);

function pushCors(headers: string[], served: ServedRequest, options: WriteOptions): void {
  const origin = allowedOrigin(served, options.corsOrigins);
  if (origin) headers.push('access-control-allow-origin', origin, 'access-control-expose-headers', EXPOSED_HEADERS);
}

/** Headers a streamed answer's stage may not set: Node frames the parts itself (chunked), and the connection stays open unless the server stops. */
const DECIDED_FOR_STREAMS = new Set([...DECIDED_HERE, 'transfer-encoding']);

/**
 * An incremental answer (@defer, @stream: multipart/mixed or text/event-stream), each part written as
 * it comes: no ETag, no content coding (a compressor would hold parts back), `X-Accel-Buffering: no`
 * so that nginx passes parts on as they come. The client leaving cancels the stream, which stops
 * execution; a client that reads slowly holds the next part back (backpressure).
 */
function writeStream(served: ServedRequest, res: ServerResponse, answer: Answer, stream: PartStream, options: WriteOptions): void {
  const own = answer.headers;
  const headers = COMMON.slice();
  if (!own['content-security-policy']) headers.push('content-security-policy', API_CSP);
  for (const name in own) if (!DECIDED_FOR_STREAMS.has(name)) headers.push(name, own[name]!);
  pushCors(headers, served, options);
  if (served.path === options.endpoint) headers.push('vary', 'Accept, Origin');
  headers.push('x-accel-buffering', 'no');
  if (options.stopping()) headers.push('connection', 'close');
  httpResponses.inc({ status: String(answer.status) });
  res.writeHead(answer.status, headers);
  if (served.method === 'HEAD') {
    stream.cancel();
    return void res.end();
  }
  res.once('close', () => stream.cancel());
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.once('drain', done);
      res.once('close', done);
    });
  void (async () => {
    try {
      for (let part = await stream.read(); part !== undefined; part = await stream.read()) {
        if (res.destroyed) return;
        if (!res.write(part)) await drained();
      }
      res.end();
    } catch {
      // The parts already sent stay sent; a client sees the answer end without its closing boundary.
      res.destroy();
    }
  })();
}