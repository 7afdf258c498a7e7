/**
 * Content coding by Accept-Encoding: brotli or gzip for text answers of COMPRESS_MIN_BYTES or more.
 * A body sent again byte for byte (an answer from the response cache, a GraphiQL file) is the same
 * Buffer each time, so its coded forms are kept beside it (a WeakMap: they go when it goes) and it
 * is compressed once; others are compressed per answer. One setting for both, brotli quality 5 and
 * gzip level 6: quality 11 took seconds on GraphiQL's bundle, on the one event loop.
 */
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';

export type Coding = 'br' | 'gzip';

/** Below this, a coding saves little and costs a call: the answer goes as it is. */
export const COMPRESS_MIN_BYTES = 1024;

const COMPRESSIBLE = /^(application\/(json|graphql-response\+json|javascript)|text\/|image\/(svg\+xml|x-icon|vnd\.microsoft\.icon))/;

export const compressible = (contentType: string | undefined, bytes: number) => bytes >= COMPRESS_MIN_BYTES && !!contentType && COMPRESSIBLE.test(contentType);

/** The coding the client prefers among ours (brotli before gzip at equal weight), or undefined for none. */
export function negotiate(acceptEncoding: string | undefined): Coding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...rest] = part.trim().toLowerCase().split(';');
    const q = rest.map((r) => /^\s*q=([0-9.]+)\s*$/.exec(r)).find(Boolean);
    weights.set(name.trim(), q ? Number(q[1]) : 1);
  }
  let best: Coding | undefined;
  let bestQ = 0;
  for (const coding of ['br', 'gzip'] as const) {
    const q = weights.get(coding) ?? weights.get('*') ?? 0;
    if (q > bestQ) [best, bestQ] = [coding, q];
  }
  return best;
}

const coded = new WeakMap<Buffer, Partial<Record<Coding, Buffer>>>();

const GZIP: ZlibOptions = { level: 6 };
const brotli = (body: Buffer): BrotliOptions => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
});

const formsOf = (body: Buffer) => {
  let forms = coded.get(body);
  if (!forms) coded.set(body, (forms = {}));
  return forms;
};

/** The body in this coding, compressed once per Buffer. */
export function encode(body: Buffer, coding: Coding): Buffer {
  return (formsOf(body)[coding] ??= coding === 'gzip' ? gzipSync(body, GZIP) : brotliCompressSync(body, brotli(body)));
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Compresses a body ahead of its first request, on libuv's thread pool: the event loop goes on
 * serving meanwhile (GraphiQL's files took 630 ms of it at startup, synchronously). A request
 * that comes first compresses it itself (encode), and this result is then dropped.
 */
export async function encodeAhead(body: Buffer, coding: Coding): Promise<void> {
  if (formsOf(body)[coding]) return;
  const form = coding === 'gzip' ? await gzipAsync(body, GZIP) : await brotliAsync(body, brotli(body));
  formsOf(body)[coding] ??= form;
}
