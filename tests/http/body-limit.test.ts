/**
 * The request body limit on the real server: a body at the limit is served; over it, the client
 * gets its 413 every time, even while it is still uploading (no connection reset instead), with
 * Content-Length or chunked, on a kept-alive connection or one it asked to close.
 */
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonDepthOver } from '../../src/http/body-limit.js';
import { startServer, type ChildServer } from '../hardening/clients.js';

const LIMIT = 100_000;
let server: ChildServer;
let url: URL;

beforeAll(async () => {
  server = await startServer();
  url = new URL(server.base);
}, 60_000);

afterAll(() => server?.stop());

/** A JSON request of exactly `size` bytes. */
function bodyOf(size: number): Buffer {
  const head = '{"query":"{ __typename }","variables":{"pad":"';
  const tail = '"}}';
  return Buffer.from(head + 'x'.repeat(size - head.length - tail.length) + tail);
}

function upload(body: Buffer, { chunked, agent }: { chunked: boolean; agent: Agent | false }) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    let answered = false;
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': body.length }) },
      },
      (res) => {
        answered = true;
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          // Answered before the whole body went out: give up the rest, as browsers do.
          if (offset < body.length) req.destroy();
          resolve({ status: res.statusCode ?? 0, text });
        });
      },
    );
    req.on('error', (error) => (answered ? undefined : reject(error)));
    let offset = 0;
    const pump = () => {
      while (!answered && offset < body.length) {
        const piece = body.subarray(offset, (offset += 64 * 1024));
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('request body limit (MAX_BODY_BYTES, 100000 by default)', { timeout: 60_000 }, () => {
  it('serves a body of exactly the limit', async () => {
    expect(await upload(bodyOf(LIMIT), { chunked: false, agent: false })).toMatchObject({ status: 200 });
    expect(await upload(bodyOf(LIMIT), { chunked: true, agent: false })).toMatchObject({ status: 200 });
  });

  it.each([
    ['Content-Length, keep-alive', false, true],
    ['Content-Length, Connection: close', false, false],
    ['chunked, keep-alive', true, true],
    ['chunked, Connection: close', true, false],
  ])('answers 413 to every 5 MB upload (%s), 20 in a row', async (_name, chunked, keepAlive) => {
    const agent = keepAlive ? new Agent({ keepAlive: true, maxSockets: 1 }) : false;
    const big = bodyOf(5_000_000);
    for (let i = 0; i < 20; i++) {
      const { status, text } = await upload(big, { chunked, agent });
      expect(status).toBe(413);
      expect(JSON.parse(text)).toMatchObject({
        errors: [{ message: `The request body exceeds the limit of ${LIMIT} bytes.`, extensions: { code: 'REQUEST_BODY_TOO_LARGE', max: LIMIT } }],
      });
    }
    if (agent) agent.destroy();
    // And the server is fine.
    expect(await upload(bodyOf(500), { chunked: false, agent: false })).toMatchObject({ status: 200 });
  });

  it('cuts off a client that announces far more than it would drain', async () => {
    const started = performance.now();
    const answer = await new Promise<{ status: number; connection?: string }>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': 10 ** 10 } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, connection: res.headers.connection });
      });
      req.on('error', reject);
      req.write('{"query":');
    });
    expect(answer).toEqual({ status: 413, connection: 'close' });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('JSON nesting of a request body (jsonDepthOver)', () => {
  const over = (json: string, max: number) => jsonDepthOver(Buffer.from(json), max);

  it('counts the nesting of arrays and objects', () => {
    expect(over('{"a":[[{"b":1}]]}', 4)).toBe(false);
    expect(over('{"a":[[{"b":[1]}]]}', 4)).toBe(true);
    expect(over(`${'['.repeat(40_000)}${']'.repeat(40_000)}`, 32)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(over(`{"query":"${'{['.repeat(100)}"}`, 1)).toBe(false);
    expect(over(String.raw`{"q":"a \" [[[[ \\\" {{{{ \\"}`, 1)).toBe(false);
    expect(over(String.raw`{"q":"ends with a backslash \\", "v":[[1]]}`, 2)).toBe(true);
    expect(over('{"unterminated": "[[[[[[', 1)).toBe(false);
  });
});
