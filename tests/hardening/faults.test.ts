/**
 * Faults, against the real server process: a corpus that cannot be read or is invalid at startup
 * (and a bad setting) is refused with a clear message and exit code 1; SIGTERM under load lets
 * in-flight requests finish; /ready says 503 while stopping.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './clients.js';
import { spawn } from 'node:child_process';
import { ROOT, SERVER_ENTRY } from '../../scripts/built-server.js';
import { answerOnNewConnection, untilPrinted } from '../server/helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the server to its exit, for the configurations it must refuse. */
function refuse(env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [SERVER_ENTRY], {
      cwd: ROOT,
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('exit', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
  });
}

describe('a corpus that cannot be served is refused at startup', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-graph-faults-'));
    mkdirSync(join(dir, 'empty'));
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', 'half-written.json'), '{"key": "half-written", "title": "Cut off in the midd');
    mkdirSync(join(dir, 'unreadable'));
    mkdirSync(join(dir, 'unreadable', 'not-a-file.json')); // a directory where an article file should be: reading it fails
    writeFileSync(join(dir, 'a-file'), 'not a folder');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a folder that does not exist', () => join(dir, 'missing'), /cannot read the corpus folder: ENOENT/],
    ['a file instead of a folder', () => join(dir, 'a-file'), /cannot read the corpus folder: ENOTDIR/],
    ['an empty folder', () => join(dir, 'empty'), /holds no article files/],
    ['a file cut off in the middle (invalid JSON)', () => join(dir, 'broken'), /half-written\.json/],
    ['an article file that cannot be read', () => join(dir, 'unreadable'), /not-a-file\.json \$: cannot read the file: EISDIR/],
  ])('%s', async (_name, folder, problem) => {
    const { code, stdout, stderr } = await refuse({ DATA_DIR: folder() });
    expect(code).toBe(1);
    expect(stderr).toContain(`Refusing to start: the corpus in ${folder()} is invalid`);
    expect(stderr).toMatch(problem);
    expect(stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(stdout).not.toContain('listening');
  });

  it.each([
    ['MAX_QUERY_DEPTH', 'deep'],
    ['HTTP_HEADERS_TIMEOUT_MS', '0'],
    ['LOG_LEVEL', 'chatty'],
  ])('a bad setting (%s=%s) is refused, naming it', async (name, value) => {
    const { code, stderr } = await refuse({ [name]: value });
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^Refusing to start: Invalid configuration: ${name}`));
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('SIGTERM under load', { timeout: 60_000 }, () => {
  it('finishes every in-flight request, says 503 on /ready, takes no new connection, exits 0', async () => {
    const server = await startServer({ LOG_LEVEL: 'info' });
    const url = new URL(server.base);
    const query = JSON.stringify({ query: '{ city(key: "copenhagen") { name visits { totalCount } } }' });

    // Background load on keep-alive connections: every answer must be a 200 (never a 5xx); once
    // the server is stopping, new connections are refused, which ends the load.
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const statuses: number[] = [];
    let loading = true;
    const load = (async () => {
      while (loading) {
        const status = await new Promise<number>((resolve) => {
          const req = request({ host: url.hostname, port: url.port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          });
          req.on('error', () => resolve(-1));
          req.end(query);
        });
        if (status === -1) break;
        statuses.push(status);
      }
    })();
    await sleep(300);

    // Requests the server has begun (headers and half the body in) when SIGTERM arrives.
    const inFlight = Array.from({ length: 10 }, () => {
      const req = request({ host: url.hostname, port: url.port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(query) } });
      const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
        req.on('response', (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on('error', reject);
      });
      req.write(query.slice(0, 20));
      req.flushHeaders();
      return { req, answer };
    });
    // A readiness probe whose request line is on its way when SIGTERM arrives.
    const probe = connect(Number(url.port), url.hostname);
    let probeAnswer = '';
    let probeError = '';
    probe.setEncoding('utf8').on('data', (chunk: string) => (probeAnswer += chunk));
    probe.on('error', (error) => (probeError = error.message));
    await new Promise((resolve) => probe.once('connect', resolve));
    probe.write(`GET /ready HTTP/1.1\r\nHost: ${url.host}\r\n`);
    // The server has begun parsing the probe's request (a connection whose bytes are still unread
    // when SIGTERM arrives is idle, and is reset).
    expect(await answerOnNewConnection(server.base, '/health')).toBe(200);

    expect(server.child.kill('SIGTERM')).toBe(true);
    // The server says so before it stops listening, in the same turn of its event loop.
    await untilPrinted(server, /SIGTERM received/, 10_000);
    await sleep(100);
    expect(server.child.exitCode, 'it waits for the in-flight requests').toBeNull();

    // New connections are refused.
    const refused = await fetch(`${server.base}/ready`).then(
      () => 'answered',
      () => 'refused',
    );
    expect(refused).toBe('refused');

    probe.write('\r\n');
    for (const { req } of inFlight) req.end(query.slice(20));
    const answers = await Promise.all(inFlight.map((f) => f.answer));
    for (const { status, text } of answers) {
      expect(status).toBe(200);
      expect(JSON.parse(text)).toMatchObject({ data: { city: { name: 'Copenhagen' } } });
    }
    await sleep(200);
    expect(probeError).toBe('');
    expect(probeAnswer).toMatch(/^HTTP\/1\.1 503/);
    expect(probeAnswer).toContain('"status":"stopping"');
    expect(probeAnswer, 'a kept-alive connection must not hold the exit').toMatch(/^connection: close\r$/im);
    probe.destroy();

    loading = false;
    await load;
    agent.destroy();
    const { code, signal } = await server.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(server.stderr()).toBe('');
    // Every request was logged, the last ones too (the log is flushed before exit).
    const logged = server.stdout().split('\n').filter((l) => l.startsWith('{') && l.includes('"msg":"request"'));
    expect(logged.length).toBe(statuses.length + answers.length + 2); // and the probe, and /health
  });
});
