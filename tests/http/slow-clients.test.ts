/**
 * node:http timeouts against slow clients, on the real server with short settings: headers that
 * trickle in (slowloris), a body that stalls, an idle keep-alive connection. Each is cut off on time,
 * and the server keeps answering everyone else meanwhile.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ChildServer } from '../hardening/clients.js';

const HEADERS_MS = 500;
const REQUEST_MS = 1000;
const KEEP_ALIVE_MS = 300;

let server: ChildServer;
let url: URL;

beforeAll(async () => {
  server = await startServer({
    HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_MS),
    HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_MS),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_MS),
    HTTP_SOCKET_IDLE_TIMEOUT_MS: '5000',
  });
  url = new URL(server.base);
}, 60_000);

afterAll(() => server?.stop());

/** Opens a raw connection; resolves with what the server sent and when it closed (ms after opening). */
function rawConnection(): Promise<{ socket: Socket; closed: Promise<{ text: string; ms: number }> }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(Number(url.port), url.hostname);
    let text = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    socket.on('error', () => undefined);
    const closed = new Promise<{ text: string; ms: number }>((done) => socket.once('close', () => done({ text, ms: performance.now() - started })));
    socket.once('connect', () => resolve({ socket, closed }));
  });
}

const normalQuery = () =>
  fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ city(key: "copenhagen") { name } }' }),
  }).then((r) => r.status);

describe('slow clients are cut off', { timeout: 30_000 }, () => {
  it('headers trickling in (slowloris): 408 and closed after the headers timeout', async () => {
    const { socket, closed } = await rawConnection();
    socket.write(`POST /graphql HTTP/1.1\r\nHost: ${url.host}\r\n`);
    const trickle = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 100);
    // Others are served meanwhile.
    expect(await normalQuery()).toBe(200);
    const { text, ms } = await closed;
    clearInterval(trickle);
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeGreaterThanOrEqual(HEADERS_MS - 50);
    expect(ms).toBeLessThan(HEADERS_MS + 1500);
  });

  it('a body that stalls: 408 and closed after the request timeout', async () => {
    const { socket, closed } = await rawConnection();
    socket.write(`POST /graphql HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":`);
    expect(await normalQuery()).toBe(200);
    const { text, ms } = await closed;
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeGreaterThanOrEqual(REQUEST_MS - 50);
    expect(ms).toBeLessThan(REQUEST_MS + 1500);
  });

  it('an idle keep-alive connection: closed after the keep-alive timeout', async () => {
    const { socket, closed } = await rawConnection();
    socket.write(`GET /ready HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`);
    const { text, ms } = await closed;
    expect(text).toMatch(/^HTTP\/1\.1 200/);
    expect(text).toMatch(/Keep-Alive: timeout=0?\b/i);
    // Node keeps the socket 1 s beyond the advertised timeout, so that clients close first.
    expect(ms).toBeLessThan(KEEP_ALIVE_MS + 1000 + 1000);
  });

  it('a connection that never sends anything: closed after the headers timeout', async () => {
    const { closed } = await rawConnection();
    const { ms } = await closed;
    expect(ms).toBeLessThan(HEADERS_MS + 1500);
  });
});
