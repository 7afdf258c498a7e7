/**
 * A response cache in front of the whole GraphQL pipeline, for an immutable corpus.
 *
 * The key is what decides the answer: method, path and query string, the body, and the two
 * headers the pipeline reads (Accept picks the media type and the status of errors; Content-Type
 * decides whether a POST is accepted). Nothing else: a request id, a tracing header or a changing
 * X-Forwarded-For does not make a request new. CORS and the other headers every answer gets are
 * added when it is written (src/serve/write.ts), so a kept answer carries nobody's Origin.
 *
 * An answer is kept once the same request has come twice; from then on it is answered without
 * entering yoga (a hit costs a lookup). Refusals that depend only on the request (400, 403, 404,
 * 405, 406, 415) are kept too, apart and fewer. Both are bounded in bytes (lru-cache, maxSize).
 * The cache lives as long as the app: reloading the corpus builds a new one.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Answer } from '../serve/answer.js';
import type { RequestNotes, ServedRequest } from '../serve/request.js';

export interface Kept {
  answer: Answer;
  /** The operation name and error codes the app noted, for the request log line of a hit. */
  notes: Pick<RequestNotes, 'operation' | 'codes'>;
}

export interface ResponseCacheOptions {
  /** Responses larger than this are not kept. */
  maxEntryBytes: number;
  /** Bytes of keys and bodies kept in all; those not asked for lately go first. */
  maxBytes: number;
  /** Bytes of the refusals kept, apart from the answers so that they can never push answers out. */
  maxRefusalBytes: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = {
  maxEntryBytes: 1024 * 1024,
  maxBytes: 64 * 1024 * 1024,
  maxRefusalBytes: 4 * 1024 * 1024,
};

/**
 * Refusals that depend on nothing but the request: its syntax, the schema, the limits (a malformed
 * body, an unknown field, too deep, too costly, a wrong method, CSRF-shaped). Kept so that a
 * repeated hostile request costs a lookup, not the whole pipeline. Not kept: 413 (the body was not
 * read), 5xx (a timeout depends on load), a refusal that depends on what the server holds
 * (PERSISTED_QUERY_NOT_FOUND), anything with Set-Cookie.
 */
const REPEATABLE_REFUSALS = new Set([400, 403, 404, 405, 406, 415]);
/**
 * Errors that depend on more than the request. A batch is answered 200 whatever its operations' errors
 * (src/http/batching.ts), so an operation that ran out of time or failed unexpectedly must keep the
 * whole answer out of the cache.
 */
const UNREPEATABLE_CODES = new Set(['PERSISTED_QUERY_NOT_FOUND', 'EXECUTION_TIMEOUT', 'INTERNAL_SERVER_ERROR']);

/** An incremental answer (@defer, @stream) is streamed and never kept. */
const keepable = ({ status, headers, stream }: Answer, notes: RequestNotes) =>
  !stream && (status === 200 || REPEATABLE_REFUSALS.has(status)) && !('set-cookie' in headers) && !notes.codes?.some((code) => UNREPEATABLE_CODES.has(code));

/** Keys remembered as answered once: about 0.5 MB of digests. */
const SEEN_ONCE_LIMIT = 10_000;

/** Entries are charged their key and body, and 256 bytes for the objects around them. */
const sizeOf = (kept: Kept, key: string) => key.length + kept.answer.body.length + 256;

export class ResponseCache {
  private readonly answers: LRUCache<string, Kept>;
  private readonly refusals: LRUCache<string, Kept>;
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
    this.answers = new LRUCache({ maxSize: options.maxBytes, maxEntrySize: options.maxEntryBytes, sizeCalculation: sizeOf });
    this.refusals = new LRUCache({ maxSize: options.maxRefusalBytes, maxEntrySize: options.maxEntryBytes, sizeCalculation: sizeOf });
  }

  /** The cache key of a request (its body, if any, read in full). */
  static keyOf(served: ServedRequest): string {
    const { accept = '', 'content-type': contentType = '' } = served.headers;
    return `${served.method} ${served.path}?${served.search}\n${accept}\n${contentType}\n\n${served.body?.toString('latin1') ?? ''}`;
  }

  /** The kept answer for a request key, if any. */
  get(key: string): Kept | undefined {
    const kept = this.answers.get(key) ?? this.refusals.get(key);
    if (kept) this.hits++;
    else this.misses++;
    return kept;
  }

  /**
   * Offers the app's answer: the first time a request comes only its digest is remembered; the
   * second time a 200 answer, or a repeatable refusal, is kept for the next identical request.
   */
  offer(key: string, answer: Answer, notes: RequestNotes): void {
    if (!keepable(answer, notes) || answer.body.length > this.options.maxEntryBytes) return;
    const digest = createHash('sha1').update(key).digest('base64');
    if (!this.seenOnce.has(digest)) {
      if (this.seenOnce.size >= SEEN_ONCE_LIMIT) this.seenOnce.clear();
      this.seenOnce.add(digest);
      return;
    }
    this.seenOnce.delete(digest);
    const { operation, codes } = notes;
    const kept: Kept = { answer, notes: { ...(operation ? { operation } : {}), ...(codes ? { codes } : {}) } };
    (answer.status === 200 ? this.answers : this.refusals).set(key, kept);
  }

  /** Forgets every answer: the corpus they were made from has changed (a new ingest into the database, src/pg/corpus.ts). */
  clear(): void {
    this.answers.clear();
    this.refusals.clear();
    this.seenOnce.clear();
  }

  /** Answers kept (refusals are kept apart and not counted). */
  get size(): number {
    return this.answers.size;
  }

  /** Bytes held by the answers' keys and bodies, as charged. */
  get byteSize(): number {
    return this.answers.calculatedSize;
  }

  get refusalCount(): number {
    return this.refusals.size;
  }
}
