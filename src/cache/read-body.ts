/**
 * Reads a request body up to a byte limit, checked on Content-Length before reading and
 * counted on chunked bodies as they arrive: no stream transform on the way. Over the
 * limit, answers 413 with a GraphQL error naming the limit, and rejects.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export class BodyTooLarge extends Error {}

export function bodyReader(maxBytes: number) {
  const refuse = (req: IncomingMessage, res: ServerResponse) => {
    const message = `The request body exceeds the limit of ${maxBytes} bytes.`;
    res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'REQUEST_BODY_TOO_LARGE', limit: maxBytes } }] }));
    req.resume();
    return new BodyTooLarge(message);
  };
  return (req: IncomingMessage, res: ServerResponse): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > maxBytes) return reject(refuse(req, res));
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          req.removeAllListeners('data');
          reject(refuse(req, res));
        } else chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks, size)));
      req.on('error', reject);
    });
}
