/**
 * A response cache in front of the whole GraphQL pipeline, for an immutable corpus.
 *
 * The key is everything the pipeline could look at: method, URL, body bytes and every
 * request header except those that cannot change the answer. An answer is kept once the same
 * request has come twice; from then on it gets the same bytes without entering yoga (a hit
 * costs a hash lookup), with an ETag, and If-None-Match gets 304. Refusals that depend only
 * on the request (400, 403, 404, 405, 406, 415) are kept too, apart and fewer, without ETag.
 * GET answers carry Cache-Control so a CDN can serve them. The cache lives as long as the
 * app: reloading the corpus builds a new one.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, RequestListener, ServerResponse } from 'node:http';
import { ReadBody } from '../http/body-limit.js';
import { notesOf, type RequestNotes } from '../http/logging.js';

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
export function requestKey(req: IncomingMessage, tail: string, url = req.url): string {
  const headers: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!.toLowerCase();
    if (!IGNORED_HEADERS.has(name)) headers.push(`${name}:${req.rawHeaders[i + 1]}`);
  }
  return `${req.method} ${url}\n${headers.sort().join('\n')}\n\n${tail}`;
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
  /** Answers (200) have one; refusals do not, and are never revalidated with 304. */
  etag?: string;
  /** The operation name and error codes the app noted, for the request log line of a hit. */
  notes: Pick<RequestNotes, 'operation' | 'codes'>;
  /** Hit since eviction last came round to it. */
  hit?: boolean;
}

export interface ResponseCacheOptions {
  /** How many distinct responses to keep; one not asked for lately goes first. */
  maxEntries: number;
  /** Responses larger than this are not kept. */
  maxEntryBytes: number;
  /** Bytes of keys and bodies kept in all; those not asked for lately go first. Bounds memory (and the garbage collector's work) when answers are large. */
  maxBytes: number;
  /** Cache-Control sent with GET answers. */
  cacheControl: string;
  /** Refusals kept, apart from the answers so that they can never push answers out: how many, and their bytes in all. */
  maxRefusals: number;
  maxRefusalBytes: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = {
  maxEntries: 1000,
  maxEntryBytes: 1024 * 1024,
  maxBytes: 64 * 1024 * 1024,
  cacheControl: 'public, max-age=300',
  maxRefusals: 200,
  maxRefusalBytes: 4 * 1024 * 1024,
};

/**
 * Refusals that depend on nothing but the request: its syntax, the schema, the limits
 * (a malformed body, an unknown field, too deep, too costly, a wrong method, CSRF-shaped).
 * Kept so that a repeated hostile request costs a lookup, not the whole pipeline. Not kept:
 * 413 (the body was not read), 5xx (a timeout depends on load), anything with Set-Cookie.
 */
const REPEATABLE_REFUSALS = new Set([400, 403, 404, 405, 406, 415]);

const keepable = (status: number, headers: OutgoingHttpHeaders) =>
  (status === 200 || REPEATABLE_REFUSALS.has(status)) && !('set-cookie' in headers);

/** Keys remembered as answered once: about 0.5 MB of digests. */
const SEEN_ONCE_LIMIT = 10_000;

/**
 * Entries by key, bounded by count and by bytes of keys and bodies. Eviction gives a second chance
 * (the CLOCK approximation of least-recently-used): a hit only marks its entry; when room is
 * needed, the oldest entry goes unless it was hit since it last came round, in which case it moves
 * to the newest end, unmarked. A hit costs one lookup instead of a delete and an insert.
 */
class RecentEntries {
  private readonly entries = new Map<string, Entry>();
  bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  take(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) entry.hit = true;
    return entry;
  }

  put(key: string, entry: Entry): void {
    const cost = (k: string, e: Entry) => k.length + e.body.length;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= cost(key, previous);
    }
    while (this.entries.size > 0 && (this.entries.size >= this.maxEntries || this.bytes + cost(key, entry) > this.maxBytes)) {
      const [oldest, old] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      if (old.hit) {
        old.hit = false;
        this.entries.set(oldest, old);
      } else this.bytes -= cost(oldest, old);
    }
    if (cost(key, entry) > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += cost(key, entry);
  }
}

export class ResponseCache {
  private readonly answers: RecentEntries;
  private readonly refusals: RecentEntries;
  /**
   * Digests of keys answered once and not kept. An answer is kept the second time its request
   * comes: traffic where every request differs (new variables each time) then keeps nothing, so
   * it neither pushes repeated answers out nor turns each answer into old-generation garbage
   * (at 100,000 articles, each full garbage collection costs about a second of CPU).
   */
  private readonly seenOnce = new Set<string>();
  hits = 0;
  misses = 0;

  constructor(readonly options: ResponseCacheOptions = DEFAULT_RESPONSE_CACHE) {
    this.answers = new RecentEntries(options.maxEntries, options.maxBytes);
    this.refusals = new RecentEntries(options.maxRefusals, options.maxRefusalBytes);
  }

  /** The cache key of a request whose body (if any) has been read in full. */
  static keyOf(req: IncomingMessage, body: Buffer | undefined): string {
    return requestKey(req, body?.toString('latin1') ?? '');
  }

  /** Answers from the cache when it can; returns false when the request must go through the app. */
  serve(key: string, req: IncomingMessage, res: ServerResponse): boolean {
    const entry = this.answers.take(key) ?? this.refusals.take(key);
    if (!entry) {
      this.misses++;
      return false;
    }
    this.hits++;
    Object.assign(notesOf(req), entry.notes);
    if (entry.etag && req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, { etag: entry.etag, ...(entry.headers['cache-control'] ? { 'cache-control': entry.headers['cache-control'] } : {}) });
      res.end();
    } else {
      res.writeHead(entry.status, entry.headers);
      res.end(entry.body);
    }
    return true;
  }

  /**
   * Lets the app answer. The first time a request comes, only its digest is remembered (when the
   * answer could be kept); the second time, a copy of a 200 answer, or of a repeatable refusal, is
   * kept for the next identical request.
   */
  capture(key: string, req: IncomingMessage, res: ServerResponse): void {
    const cacheControl = req.method === 'GET' ? this.options.cacheControl : undefined;
    let status = 200;
    let headers: OutgoingHttpHeaders = {};
    onAnswerHead(res, (code, answerHeaders) => {
      status = code;
      headers = answerHeaders;
      if (code === 200 && cacheControl) res.setHeader('cache-control', cacheControl);
    });
    const digest = createHash('sha1').update(key).digest('base64');
    if (!this.seenOnce.has(digest)) {
      res.once('finish', () => {
        if (!keepable(status, headers)) return;
        if (this.seenOnce.size >= SEEN_ONCE_LIMIT) this.seenOnce.clear();
        this.seenOnce.add(digest);
      });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const { write, end } = res;
    const keep = (chunk: unknown) => {
      if (chunk == null || size > this.options.maxEntryBytes) return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string | Uint8Array);
      size += buffer.length;
      chunks.push(buffer);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return Reflect.apply(write, res, [chunk, ...rest]);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') keep(chunk);
      if (keepable(status, headers) && size <= this.options.maxEntryBytes) {
        this.seenOnce.delete(digest);
        const body = Buffer.concat(chunks);
        const { operation, codes } = notesOf(req);
        const notes = { ...(operation ? { operation } : {}), ...(codes ? { codes } : {}) };
        if (status === 200) {
          const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
          const kept = { ...headers, ...(cacheControl ? { 'cache-control': cacheControl } : {}), etag, 'content-length': body.length };
          this.answers.put(key, { status, headers: kept, body, etag, notes });
        } else this.refusals.put(key, { status, headers: { ...headers, 'content-length': body.length }, body, notes });
      }
      return Reflect.apply(end, res, [chunk, ...rest]);
    }) as typeof res.end;
  }

  /** Answers kept (refusals are kept apart and not counted). */
  get size(): number {
    return this.answers.size;
  }

  /** Bytes held by the answers' keys and bodies. */
  get byteSize(): number {
    return this.answers.bytes;
  }

  get refusalCount(): number {
    return this.refusals.size;
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
