/** Starts the built server (dist/server.js, built by tests/global-setup.ts) as a real child process, as `npm start` does, and collects what it prints. */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { ROOT, SERVER_ENTRY } from '../../scripts/built-server.js';

export { ROOT };

export interface ServerProcess {
  child: ChildProcess;
  /** Everything printed so far on stdout and stderr. */
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started: ChildProcess[] = [];

/**
 * A test speaks from one address (127.0.0.1) and sends far more, and heavier, requests than one
 * front end would: the per-client share of server time (src/http/admission.ts) would refuse it
 * within a few hostile cases. Test servers give each client 10 minutes at once and all the time it
 * wants after that; tests/server/admission.test.ts sets its own shares.
 */
export const TEST_CLIENT_BUDGET = { CLIENT_TIME_BUDGET_MS: '600000', CLIENT_TIME_REFILL_MS_PER_S: '1000' };

/** Spawns the server entry with the given environment on top of ours (HOST defaults to 127.0.0.1, PORT to 0, TEST_CLIENT_BUDGET). */
export function spawnServer(env: Record<string, string> = {}, nodeArgs: string[] = []): ServerProcess {
  const child = spawn(process.execPath, [...nodeArgs, SERVER_ENTRY], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...TEST_CLIENT_BUDGET, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits for the "listening" line, returns the base URL (http://127.0.0.1:PORT) it names. */
export async function waitForListening(server: ServerProcess, timeoutMs = 20_000): Promise<string> {
  return (await untilPrinted(server, /News graph API listening on (http:\/\/\S+?)\/graphql$/m, timeoutMs))[1]!;
}

/** Waits until the server has printed what `pattern` matches on stdout (a line, that it handled a signal), and returns the match; fails once it exits without. */
export async function untilPrinted(server: ServerProcess, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void server.exited.then(() => (ended = true));
  for (;;) {
    const match = pattern.exec(server.stdout());
    if (match) return match;
    if (ended) throw new Error(`The server exited before printing ${pattern}.\nstdout:\n${server.stdout()}\nstderr:\n${server.stderr()}`);
    if (Date.now() > deadline) throw new Error(`Nothing matching ${pattern} printed within ${timeoutMs} ms.\nstdout:\n${server.stdout()}\nstderr:\n${server.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Polls GET /ready until it answers 200. */
export async function waitForReady(base: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/ready`);
      await res.arrayBuffer();
      if (res.status === 200) return;
      last = `status ${res.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`/ready did not answer 200 within ${timeoutMs} ms (last: ${last})`);
}

/** Kills every server this file started that is still running; call from afterAll. */
export async function killServers(): Promise<void> {
  await Promise.all(
    started.splice(0).map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}

/**
 * The status of a GET on a connection of its own. Once it is answered, the server has read every
 * byte sent to it before on other connections: it accepts connections in order and reads every
 * readable socket on each turn of its event loop. Tests use it where a sleep would be a guess (a
 * loaded machine can leave a socket unread for longer than any sleep).
 */
export function answerOnNewConnection(base: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(`${base}${path}`, { agent: false, headers: { connection: 'close' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });
}
