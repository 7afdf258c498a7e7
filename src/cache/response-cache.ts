/**
 * A response cache in front of the whole GraphQL pipeline, for an immutable corpus.
 *
 * The key is everything the pipeline could look at: method, URL, body bytes and every
 * request header except those that cannot change the answer. A request identical to one
 * that was answered 200 gets the same bytes without entering yoga (a hit costs a hash
 * lookup), with an ETag; If-None-Match gets 304. GET answers carry Cache-Control so a CDN
 * can serve them. The cache lives as long as the app: reloading the corpus builds a new one.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, RequestListener, ServerResponse } from 'node:http';
import { ReadBody } from '../http/body-limit.js';

/** Headers that never change a GraphQL answer here. */
const IGNORED_HEADERS = new Set([
  'connection',
  'keep-alive',
  'user-agent',
  'content-length',
  'transfer-encoding',
  'if-none-match',
  'accept-encoding',
  'accept-language',
  'cache-control',
  'pragma',
  'referer',
  'host',
  'traceparent',
  'tracestate',
]);

/** Method, URL and every header that can change an answer, then `tail` (the body, or what of it matters). */
export function requestKey(req: IncomingMessage, tail: string): string {
  const headers: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!.toLowerCase();
    if (!IGNORED_HEADERS.has(name)) headers.push(`${name}:${req.rawHeaders[i + 1]}`);
  }
  return `${req.method} ${req.url}\n${headers.sort().join('\n')}\n\n${tail}`;
}

/** Headers that belong to one answer only (its length, date, connection): dropped before an answer's headers are reused. */
const PER_ANSWER_HEADERS = new Set(['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'etag']);

/** An answer's headers, lower-cased, without those that belong to that answer only. */
export function reusableHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!PER_ANSWER_HEADERS.has(lower)) kept[lower] = value;
  }
  return kept;
}

/**
 * Calls `onHead` with the status and reusable headers of the answer as it is about to be sent
 * (res.writeHead), before the headers go out, so `onHead` may still add one.
 */
export function onAnswerHead(res: ServerResponse, onHead: (status: number, headers: OutgoingHttpHeaders) => void): void {
  const { writeHead } = res;
  res.writeHead = ((code: number, ...rest: unknown[]) => {
    const given = rest.find((r) => r && typeof r === 'object') as OutgoingHttpHeaders | undefined;
    onHead(code, reusableHeaders({ ...res.getHeaders(), ...given }));
    return Reflect.apply(writeHead, res, [code, ...rest]);
  }) as typeof res.writeHead;
}

interface Entry {
  status: number;
  /** The answer's headers, Content-Length included: sent as they are on every hit. */
  headers: OutgoingHttpHeaders;
  body: Buffer;
  etag: string;
}

export interface ResponseCacheOptions {
  /** How many distinct responses to keep; the least recently used goes first. */
  maxEntries: number;
  /** Responses larger than this are not kept. */
  maxEntryBytes: number;
  /** Bytes of keys and bodies kept in all; the least recently used go first. Bounds memory (and the garbage collector's work) when answers are large. */
  maxBytes: number;
  /** Cache-Control sent with GET answers. */
  cacheControl: string;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = {
  maxEntries: 1000,
  maxEntryBytes: 1024 * 1024,
  maxBytes: 64 * 1024 * 1024,
  cacheControl: 'public, max-age=300',
};

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(readonly options: ResponseCacheOptions = DEFAULT_RESPONSE_CACHE) {}

  /** The cache key of a request whose body (if any) has been read in full. */
  static keyOf(req: IncomingMessage, body: Buffer | undefined): string {
    return requestKey(req, body?.toString('latin1') ?? '');
  }

  /** Answers from the cache when it can; returns false when the request must go through the app. */
  serve(key: string, req: IncomingMessage, res: ServerResponse): boolean {
    const entry = this.entries.get(key);
    if (!entry) {
      this.misses++;
      return false;
    }
    this.hits++;
    // Refresh its place in the LRU order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, { etag: entry.etag, ...(entry.headers['cache-control'] ? { 'cache-control': entry.headers['cache-control'] } : {}) });
      res.end();
    } else {
      res.writeHead(entry.status, entry.headers);
      res.end(entry.body);
    }
    return true;
  }

  /** Lets the app answer, keeping a copy of a 200 answer for the next identical request. */
  capture(key: string, req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    let size = 0;
    let status = 200;
    let headers: OutgoingHttpHeaders = {};
    const { write, end } = res;
    const keep = (chunk: unknown) => {
      if (chunk == null || size > this.options.maxEntryBytes) return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string | Uint8Array);
      size += buffer.length;
      chunks.push(buffer);
    };
    const cacheControl = req.method === 'GET' ? this.options.cacheControl : undefined;
    onAnswerHead(res, (code, answerHeaders) => {
      status = code;
      headers = answerHeaders;
      if (code === 200 && cacheControl) res.setHeader('cache-control', cacheControl);
    });
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return Reflect.apply(write, res, [chunk, ...rest]);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') keep(chunk);
      if (status === 200 && size <= this.options.maxEntryBytes && !('set-cookie' in headers)) {
        const body = Buffer.concat(chunks);
        const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        this.store(key, { status, headers: { ...headers, ...(cacheControl ? { 'cache-control': cacheControl } : {}), etag, 'content-length': body.length }, body, etag });
      }
      return Reflect.apply(end, res, [chunk, ...rest]);
    }) as typeof res.end;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Bytes held by the cache's keys and bodies. */
  get byteSize(): number {
    return this.bytes;
  }

  private store(key: string, entry: Entry) {
    const cost = (k: string, e: Entry) => k.length + e.body.length;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= cost(key, previous);
    }
    while (this.entries.size > 0 && (this.entries.size >= this.options.maxEntries || this.bytes + cost(key, entry) > this.options.maxBytes)) {
      const [oldest, old] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.bytes -= cost(oldest, old);
    }
    if (cost(key, entry) > this.options.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += cost(key, entry);
  }
}

/** Wraps a node request listener (such as a yoga app) with the cache. POST bodies are read first. */
export function withResponseCache(
  app: RequestListener,
  cache: ResponseCache,
  readBody: (req: IncomingMessage, res: ServerResponse) => Promise<Buffer>,
): RequestListener {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'POST') return app(req, res);
    const handle = (body: Buffer | undefined) => {
      const key = ResponseCache.keyOf(req, body);
      if (cache.serve(key, req, res)) return;
      // The body stream is consumed; whatwg-node reads a pre-read body from req.body.
      if (body) (req as IncomingMessage & { body?: ReadBody }).body = new ReadBody(body);
      cache.capture(key, req, res);
      app(req, res);
    };
    if (req.method === 'GET') return handle(undefined);
    readBody(req, res).then(handle, () => {
      // readBody has already answered (e.g. 413) or the client went away.
    });
  };
}
