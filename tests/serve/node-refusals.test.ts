/**
 * Every answer accounted for: requests Node refuses itself (malformed, headers too large) get the
 * API's error shape and security headers, a request log line and a count in the metrics; a body
 * announced over the limit with `Expect: 100-continue` is refused before 100 Continue is sent.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/http/logging.js';
import { createApp } from '../../src/yoga.js';
import { store } from '../helpers.js';
import { listenWired, type WiredServer } from '../wired-server.js';

const lines: Record<string, unknown>[] = [];
const logger = createLogger({ level: 'info', write: (text) => lines.push(...text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)) });
let server: WiredServer;
beforeAll(async () => {
  server = await listenWired(createApp({ store, logger }), { maxBodyBytes: 1000 }, { logger });
});
afterAll(() => server.close());

/** Writes bytes on a fresh connection; resolves with what came back until the server closed it or `until` matched. */
function exchange(bytes: string, until?: RegExp, then?: (socket: ReturnType<typeof connect>) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.write(bytes));
    let text = '';
    let matched = false;
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      text += chunk;
      if (!matched && until?.test(text)) {
        matched = true;
        if (then) then(socket);
        else {
          socket.destroy();
          resolve(text);
        }
      }
    });
    socket.on('end', () => resolve(text));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
    setTimeout(() => {
      socket.destroy();
      resolve(text);
    }, 5000);
  });
}

const metric = async (status: number) => {
  const text = await (await fetch(`${server.base}/metrics`)).text();
  return Number(new RegExp(`news_graph_http_responses_total\\{status="${status}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("Node's own refusals", () => {
  it('a malformed request gets 400 in the API error shape, with the security headers, logged and counted', async () => {
    const before = await metric(400);
    const answer = await exchange('GET /graphql HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('x-content-type-options: nosniff');
    expect(answer).toContain('content-security-policy: ');
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)).errors[0].extensions.code).toBe('BAD_REQUEST');
    await settle();
    expect(await metric(400)).toBe(before + 1);
    expect(lines.some((l) => l['msg'] === 'request' && l['status'] === 400 && (l['errors'] as string[] | undefined)?.[0] === 'BAD_REQUEST' && l['path'] === '-')).toBe(true);
  });

  it('headers over 16 KB get 431 REQUEST_HEADERS_TOO_LARGE, logged and counted', async () => {
    const before = await metric(431);
    const answer = await exchange(`GET /graphql HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('REQUEST_HEADERS_TOO_LARGE');
    await settle();
    expect(await metric(431)).toBe(before + 1);
    expect(lines.some((l) => l['status'] === 431)).toBe(true);
  });
});

describe('Expect: 100-continue', () => {
  it('a body announced over the limit gets 413 and no 100 Continue', async () => {
    const answer = await exchange('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n');
    expect(answer).not.toContain('100 Continue');
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('REQUEST_BODY_TOO_LARGE');
  });

  it('a body within the limit gets 100 Continue, then its answer', async () => {
    const body = JSON.stringify({ query: '{ city(key: "beijing") { name } }' });
    const answer = await exchange(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
      /100 Continue\r\n\r\n/,
      (socket) => socket.write(body),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
    expect(answer).toContain('"Beijing"');
  });
});
