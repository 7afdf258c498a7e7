/**
 * The request body limit (MAX_BODY_BYTES), without a stream transform on the way.
 *
 * graphql-yoga's own maxRequestBodySize pipes every body through a TransformStream, which halves
 * throughput on Node 20; it is turned off (maxRequestBodySize: false) in favour of two cheap checks:
 *
 * - `bodyReader`, in the serving layer (src/serve/handler.ts): reads a POST body into one Buffer, which
 *   whatwg-node then hands to the app as is (`req.body`). A Content-Length over the limit is refused
 *   before anything is read; a chunked body is counted as it arrives and refused as soon as it passes
 *   the limit. The 413 is sent at once, and what the client is still sending is read and thrown away
 *   for a bounded while (a "lingering close", as nginx does): closing on a client in mid-upload makes
 *   its TCP stack drop our answer and report a connection reset instead.
 * - `useBodyLimit`, inside the app, for every other way a request reaches it (yoga.fetch in tests):
 *   the same Content-Length check, and counting for bodies of unknown length. It costs one header
 *   lookup on the server, where bodies arrive already read.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_LIMITS } from './defaults.js';
import { errorAnswer, type Answer } from '../serve/answer.js';
import { ErrorCode, requestError } from './errors.js';

const message = (maxBytes: number) => `The request body exceeds the limit of ${maxBytes} bytes.`;
const extensions = (maxBytes: number, declared?: number) => ({
  limit: 'bodyBytes',
  max: maxBytes,
  ...(declared === undefined ? {} : { value: declared }),
});

export function bodyTooLarge(maxBytes: number, declared?: number) {
  return requestError(message(maxBytes), ErrorCode.bodyTooLarge, { status: 413 }, extensions(maxBytes, declared));
}

/**
 * How deep a JSON text nests arrays and objects, counted on its bytes (strings skipped), stopping as
 * soon as it passes `max`. A body nested 40,000 deep parses into 40,000 arrays before anything can
 * refuse it; this scan costs a few microseconds for an ordinary request.
 */
export function jsonDepthOver(bytes: Uint8Array, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x22) {
      // Jump to the closing quote (most of a body is its query string, and indexOf is memchr-fast);
      // a quote after an odd number of backslashes is escaped and does not close the string.
      for (;;) {
        i = bytes.indexOf(0x22, i + 1);
        if (i < 0) return false;
        let backslashes = 0;
        while (bytes[i - 1 - backslashes] === 0x5c) backslashes++;
        if (backslashes % 2 === 0) break;
      }
    } else if (b === 0x5b || b === 0x7b) {
      if (++depth > max) return true;
    } else if (b === 0x5d || b === 0x7d) depth--;
  }
  return false;
}

const jsonMessage = (maxDepth: number) => `The JSON body nests arrays and objects more than ${maxDepth} levels deep, the maximum.`;

export function jsonTooDeep(maxDepth: number) {
  return requestError(jsonMessage(maxDepth), ErrorCode.maxJsonDepth, { status: 400 }, { limit: 'jsonDepth', max: maxDepth });
}

/** A JSON request body's Content-Type (application/json or application/graphql+json). */
export const isJson = (contentType: string | null | undefined) => !!contentType && /^\s*application\/(graphql\+)?json\s*(;|$)/i.test(contentType);

export interface LingerOptions {
  /** After a 413, bytes of the refused body read and thrown away before the connection is cut. */
  lingerBytes: number;
  /** ...and for how long at most. */
  lingerMs: number;
}

export const DEFAULT_LINGER: LingerOptions = { lingerBytes: 8 * 1024 * 1024, lingerMs: 2000 };
/** JSON nesting allowed in a request body: the deepest real request here nests 5 levels. */
export const DEFAULT_JSON_DEPTH = DEFAULT_LIMITS.maxJsonDepth;

/**
 * The 413 answer. It is written in full (with its Content-Length) but ended only once the client has
 * finished sending, or the linger bounds are hit (`lingerThenEnd`): ending it earlier would close a
 * connection the client is still writing to, and a client that gets a reset in mid-upload never
 * reads the answer waiting in its buffer. A client that announced more than we would drain is
 * answered and cut off at once.
 */
function tooLargeAnswer(req: IncomingMessage, maxBytes: number, linger: LingerOptions, declared?: number): Answer {
  // Nor is one that waits for 100 Continue: it has not sent its body (src/serve/handler.ts, checkContinue).
  const hopeless = (declared !== undefined && declared > maxBytes + linger.lingerBytes) || /^\s*100-continue\s*$/i.test(req.headers.expect ?? '');
  const answer = errorAnswer(413, ErrorCode.bodyTooLarge, message(maxBytes), extensions(maxBytes, declared), hopeless ? { connection: 'close' } : {});
  return hopeless ? answer : { ...answer, linger };
}

/** Ends a 413 whose body is written once the client has sent the rest of its upload (or the bounds are hit). */
export function lingerThenEnd(req: IncomingMessage, res: ServerResponse, linger: LingerOptions): void {
  if (req.complete) return void res.end();
  let drained = 0;
  let done = false;
  const finish = (cut: boolean) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    res.end();
    if (cut) req.socket.destroy();
  };
  const timer = setTimeout(() => finish(true), linger.lingerMs);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > linger.lingerBytes) finish(true);
  });
  req.once('end', () => finish(false));
  req.once('error', () => finish(true));
  req.resume();
}

/**
 * A body read in full, as whatwg-node takes it from `req.body`. Not the Buffer itself: whatwg-node
 * tests a pre-read body with Object.keys(), which for a Buffer lists every byte (26 µs for 1.6 KB,
 * 5 ms for 92 KB, per request). This object has one key and hands over the same bytes in one chunk.
 */
export class ReadBody {
  constructor(readonly bytes: Buffer) {}
  async *[Symbol.asyncIterator]() {
    yield this.bytes;
  }
}

/**
 * Reads a request body into one Buffer, or gives the refusal to send instead: 413 for a declared
 * or actual size over maxBytes (checked before anything is read, then as chunks arrive), 400 for
 * JSON nested deeper than maxJsonDepth. Rejects with the stream's error (the client went away).
 */
export function bodyReader(maxBytes: number, { maxJsonDepth = DEFAULT_JSON_DEPTH, ...linger }: Partial<LingerOptions> & { maxJsonDepth?: number } = {}) {
  const lingering: LingerOptions = { ...DEFAULT_LINGER, ...linger };
  return (req: IncomingMessage): Promise<Buffer | Answer> =>
    new Promise((resolve, reject) => {
      const header = req.headers['content-length'];
      const declared = header === undefined ? undefined : Number(header);
      if (declared !== undefined && declared > maxBytes) return resolve(tooLargeAnswer(req, maxBytes, lingering, declared));
      const chunks: Buffer[] = [];
      let size = 0;
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxBytes) return void chunks.push(chunk);
        req.off('data', onData);
        req.off('end', onEnd);
        chunks.length = 0;
        resolve(tooLargeAnswer(req, maxBytes, lingering));
      };
      const onEnd = () => {
        const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
        if (isJson(req.headers['content-type']) && jsonDepthOver(body, maxJsonDepth)) {
          return resolve(errorAnswer(400, ErrorCode.maxJsonDepth, jsonMessage(maxJsonDepth), { limit: 'jsonDepth', max: maxJsonDepth }));
        }
        resolve(body);
      };
      req.on('data', onData);
      req.on('end', onEnd);
      req.once('error', reject);
    });
}

function invalidContentLength(value: string) {
  return requestError(`Content-Length must be a single non-negative integer, got "${value.slice(0, 40)}".`, ErrorCode.badRequest, {
    status: 400,
  });
}

/** Reads a stream to its end, or throws 413 as soon as it passes maxBytes. */
export async function readAtMost(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw bodyTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

export function useBodyLimit({ maxBytes, maxJsonDepth = DEFAULT_JSON_DEPTH }: { maxBytes: number; maxJsonDepth?: number }): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, serverContext, fetchAPI }) {
      if (request.method === 'GET' || request.method === 'HEAD') return;
      const length = request.headers.get('content-length');
      if (length !== null) {
        if (!/^\d+$/.test(length)) throw invalidContentLength(length);
        if (Number(length) > maxBytes) throw bodyTooLarge(maxBytes, Number(length));
      }
      const nodeRequest = (serverContext as { req?: { body?: unknown } }).req;
      // Read by the server's bodyReader: size and JSON nesting already checked there.
      if (nodeRequest?.body instanceof ReadBody || Buffer.isBuffer(nodeRequest?.body)) return;
      if (!requestParser || !request.body) return;
      // Other ways in (yoga.fetch): read here, counting when the length is unknown, and check the nesting.
      const parse = requestParser;
      setRequestParser(async (req) => {
        const bytes = await readAtMost(req.body!, maxBytes);
        if (isJson(req.headers.get('content-type')) && jsonDepthOver(bytes, maxJsonDepth)) throw jsonTooDeep(maxJsonDepth);
        return parse(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body: bytes as unknown as BodyInit, signal: req.signal }));
      });
    },
  };
}
