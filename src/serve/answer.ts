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
}

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

/** The answer of a fetch Response (yoga's), its body read in full. */
export async function answerOf(response: Response): Promise<Answer> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
  const data = await response.arrayBuffer();
  return { status: response.status, headers, body: Buffer.isBuffer(data) ? data : Buffer.from(data) };
}
