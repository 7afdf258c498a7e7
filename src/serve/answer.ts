/**
 * An answer as a value: every stage of the serving layer returns one, and one writer
 * (src/serve/write.ts) sends it. The stages never write to the socket, so the response cache and
 * the prepared-operation path keep what the app answered without intercepting the response.
 */
import type { LingerOptions } from '../http/body-limit.js';

export interface Answer {
  status: number;
  /** Lower-case names. The writer adds the headers every answer gets (security, CORS, caching). */
  headers: Record<string, string>;
  body: Buffer;
  /** The error codes of a refusal made outside GraphQL, for the request log. */
  codes?: string[];
  /** A 413 sent before the upload ended: the answer is ended once the rest is read and thrown away, within these bounds. */
  linger?: LingerOptions;
  /**
   * An incremental answer (multipart/mixed or text/event-stream: @defer, @stream): its parts, written
   * as they are made, never read in full here. `body` is then empty. Never kept by the response cache
   * nor learnt by the prepared-operation path.
   */
  stream?: PartStream;
}

/** The parts of an incremental answer as the writer reads them. */
export interface PartStream {
  /** The next bytes, or undefined once the answer is complete. */
  read(): Promise<Uint8Array | undefined>;
  /** Stops making the answer (the client left, or it is not written at all): execution is told to stop. */
  cancel(): void;
}

/** A PartStream over a fetch Response's body. */
export function partStream(body: ReadableStream<Uint8Array>): PartStream {
  const reader = body.getReader();
  let ended = false;
  // A read waiting for a part that is still being made ends when the stream is cancelled, not when the part comes.
  let cancelled!: () => void;
  const cancellation = new Promise<{ done: true; value: undefined }>((resolve) => (cancelled = () => resolve({ done: true, value: undefined })));
  return {
    read: async () => {
      if (ended) return undefined;
      try {
        const { done, value } = await Promise.race([reader.read(), cancellation]);
        if (done) ended = true;
        return done ? undefined : value;
      } catch (error) {
        ended = true;
        throw error;
      }
    },
    cancel: () => {
      if (ended) return;
      ended = true;
      cancelled();
      reader.cancel().catch(() => undefined);
    },
  };
}

/** Media types whose answers come in parts, streamed to the client as they are made. */
const STREAMED_TYPES = ['multipart/mixed', 'text/event-stream'];

export const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON error answer outside GraphQL execution: `{ errors: [{ message, extensions: { code, ... } }] }`. */
export function errorAnswer(status: number, code: string, message: string, extensions: Record<string, unknown> = {}, headers: Record<string, string> = {}): Answer {
  const body = Buffer.from(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body, codes: [code] };
}

export function jsonAnswer(status: number, value: unknown, headers: Record<string, string> = {}): Answer {
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: Buffer.from(JSON.stringify(value)) };
}

/** The answer as a fetch Response, for what answers inside yoga (its plugins). */
export function responseOf(fetchAPI: { Response: typeof Response }, { status, headers, body }: Answer): Response {
  return new fetchAPI.Response(body as Uint8Array<ArrayBuffer>, { status, headers });
}

/** The answer of a fetch Response (yoga's), its body read in full; an incremental answer's body is streamed instead. */
export async function answerOf(response: Response): Promise<Answer> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
  const type = headers['content-type'] ?? '';
  if (response.body && STREAMED_TYPES.some((streamed) => type.startsWith(streamed))) {
    return { status: response.status, headers, body: Buffer.alloc(0), stream: partStream(response.body as ReadableStream<Uint8Array>) };
  }
  const data = await response.arrayBuffer();
  return { status: response.status, headers, body: Buffer.isBuffer(data) ? data : Buffer.from(data) };
}
