/** Sends a hostile case in-process (app.fetch) or over a real socket (node:http), the same way. */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { expect } from 'vitest';
import { spawnServer, waitForListening } from '../server/helpers.js';
import { DEFAULT_HEADERS, type Body, type HostileCase } from './cases.js';


export interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
  ms: number;
}

export interface ErrorBody {
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  data?: unknown;
}

const bytesOf = (body: Exclude<Body, { chunks: Buffer[] }>) => (typeof body === 'string' ? Buffer.from(body) : body);

/** In-process: a whatwg Request into app.fetch. Chunked bodies become a stream without Content-Length. */
export async function sendInProcess(app: { fetch: (request: Request) => Promise<Response> | Response }, c: HostileCase): Promise<Answer> {
  const headers = new Headers(c.headers ?? DEFAULT_HEADERS);
  let body: BodyInit | undefined;
  if (c.body !== undefined) {
    if (typeof c.body === 'object' && 'chunks' in c.body) {
      const chunks = c.body.chunks;
      body = new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = chunks.shift();
          if (next) controller.enqueue(new Uint8Array(next));
          else controller.close();
        },
      });
    } else {
      const bytes = bytesOf(c.body);
      headers.set('content-length', String(bytes.length));
      body = new Uint8Array(bytes); // bytes, so no Content-Type is added for us
    }
  }
  const started = performance.now();
  const response = await app.fetch(
    new Request(`http://localhost${c.path ?? '/graphql'}`, { method: c.method ?? 'POST', headers, body, duplex: 'half' } as RequestInit),
  );
  const text = await response.text();
  const answerHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => (answerHeaders[name.toLowerCase()] = value));
  return { status: response.status, headers: answerHeaders, text, ms: performance.now() - started };
}

/**
 * Over a socket: Content-Length for whole bodies, chunked transfer encoding for { chunks }. Bodies
 * are written as the socket takes them, and writing stops once an answer has come (as browsers do):
 * a server that refuses a body early (413) does not wait for the rest of it.
 */
export function sendOverHttp(base: string, c: HostileCase): Promise<Answer> {
  const url = new URL(c.path ?? '/graphql', base);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: c.path ?? '/graphql', method: c.method ?? 'POST', headers: c.headers ?? DEFAULT_HEADERS, agent: false },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          // Answered before the whole body went out: give up the rest, as browsers do.
          if (!req.writableEnded) req.destroy();
          resolve({
            status: res.statusCode ?? 0,
            headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])),
            text: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close while the rest of a refused body is on its way; the answer has come or is coming.
      if (answered && (error.code === 'EPIPE' || error.code === 'ECONNRESET')) return;
      reject(new Error(`${error.code ?? ''} ${error.message} (before any answer)`));
    });
    if (c.body === undefined) return void req.end();
    const whole = typeof c.body === 'object' && 'chunks' in c.body ? undefined : bytesOf(c.body);
    if (whole) req.setHeader('content-length', whole.length);
    const pieces = whole ? Array.from({ length: Math.ceil(whole.length / 65536) || 1 }, (_, i) => whole.subarray(i * 65536, (i + 1) * 65536)) : [...(c.body as { chunks: Buffer[] }).chunks];
    const pump = () => {
      while (!answered && pieces.length) {
        if (!req.write(pieces.shift()!)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

export function parseErrors(text: string): ErrorBody {
  try {
    return JSON.parse(text) as ErrorBody;
  } catch {
    return {};
  }
}

/** The peak resident memory (VmHWM) of a process, in MB, from /proc. */
/** What every hostile case must get: its status, an error with its code and message, nothing internal. */
export function expectRefusal(answer: Answer, c: HostileCase): void {
  expect(answer.status, answer.text.slice(0, 500)).toBe(c.status);
  const body = parseErrors(answer.text);
  const error = body.errors?.find((e) => e.extensions?.['code'] === c.code);
  expect(error, `no ${c.code} in ${answer.text.slice(0, 500)}`).toBeDefined();
  if (typeof c.message === 'string') expect(error!.message).toContain(c.message);
  else expect(error!.message).toMatch(c.message);
  if (c.absent) for (const e of body.errors ?? []) expect(e.message).not.toContain(c.absent);
  // Nothing internal reaches the client.
  expect(answer.text).not.toMatch(/originalError|stacktrace|"stack"|\bat [\w.<>]+ \(/);
}

export function vmHwmMb(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

export interface ChildServer {
  child: ChildProcess;
  base: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop: () => Promise<void>;
}

/**
 * Starts the built server as its own node process (so /proc/<pid> is the server's), with a heap cap:
 * a request that blew up the heap would kill it, and the next request would show it.
 */
export async function startServer(env: Record<string, string> = {}, heapMb = 512): Promise<ChildServer> {
  const server = spawnServer({ LOG_LEVEL: 'warn', ...env }, [`--max-old-space-size=${heapMb}`]);
  const stop = async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  };
  try {
    return { ...server, base: await waitForListening(server, 30_000), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
