/**
 * Child processes of a benchmark: the API server and the ceiling server, pinned to a CPU
 * when taskset exists, always stopped at the end (SIGTERM, then SIGKILL after a timeout),
 * also when the benchmark fails or is interrupted.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, statSync, truncateSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { availableParallelism, cpus as cpuList, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SERVER_NODE_FLAGS } from '../scripts/built-server.js';

export const HOST = '127.0.0.1';
/** The servers run on this core; the load generator (this process) on the other one. */
const SERVER_CPU = 0;
const LOAD_CPU = 1;
const STOP_TIMEOUT_MS = 5_000;
const OUTPUT_TAIL_CHARS = 4_000;
/** A child's output file is cut back once it passes this. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;


const hasTaskset = spawnSync('taskset', ['--version']).status === 0;
/** Pinning needs taskset and a core for each side. */
export const pinning = hasTaskset && availableParallelism() >= 2;
export const pinningNote = pinning
  ? `servers pinned to CPU ${SERVER_CPU}, load generator to CPU ${LOAD_CPU} (taskset)`
  : hasTaskset
    ? 'not pinned: fewer than 2 CPUs'
    : 'not pinned: taskset is not installed';

/** Moves this process (all its threads) to the load generator's core. */
export function pinSelf(): void {
  if (pinning) spawnSync('taskset', ['-a', '-p', '-c', String(LOAD_CPU), String(process.pid)], { stdio: 'ignore' });
}

export interface Child {
  pid: number;
  /** The last few thousand characters the child printed, for error messages. */
  output(): string;
  /** Resolves with the first printed line that matches, or rejects when the child exits first or time runs out. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<string>;
  exited(): boolean;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stopProcess));
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exit = once(child, 'exit');
  child.kill('SIGTERM');
  const stopped = await Promise.race([exit.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exit;
  }
}

/** Moves a running server (all its threads) to the servers' core. */
export function pinToServerCpu(pid: number): void {
  if (pinning) spawnSync('taskset', ['-a', '-p', '-c', String(SERVER_CPU), String(pid)], { stdio: 'ignore' });
}

/**
 * Starts `node <script>` (through tsx when it is TypeScript) with the heap flags of `npm start`, extra
 * environment and optional stdin; on the servers' core unless `pinned` is false (pin it later with pinToServerCpu).
 */
export function startNodeChild(script: string, env: Record<string, string>, stdin?: Buffer, pinned = true): Child {
  const nodeArgs = [...SERVER_NODE_FLAGS, ...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), script];
  // This process may be pinned to the load generator's core (so availableParallelism() says 1), and children
  // inherit that: unpinned means every core of the machine.
  const cpus = pinned ? String(SERVER_CPU) : `0-${cpuList().length - 1}`;
  const [command, args] = pinning
    ? ['taskset', ['-c', cpus, process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  // Output goes to a file, as a server's logs would: read through a pipe by this process, which runs the
  // load generator, a server that logs every request waits on a busy reader (measured: 13k instead of 17k req/s).
  const dir = mkdtempSync(join(tmpdir(), 'news-graph-bench-'));
  const outputFile = join(dir, 'output.log');
  const fd = openSync(outputFile, 'a');
  // taskset execs node, so the pid is the server's own and /proc readings are the server's.
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: [stdin ? 'pipe' : 'ignore', fd, fd] });
  closeSync(fd);
  running.add(child);
  /** What the child printed last, kept when it exits (the file is removed then). */
  let tail = '';
  // Request logs pile up fast: the file is cut back to its tail now and then (the child appends, so it writes on at the new end).
  const trim = setInterval(() => {
    if ((statSync(outputFile, { throwIfNoEntry: false })?.size ?? 0) > MAX_OUTPUT_BYTES) truncateSync(outputFile, 0);
  }, 1000).unref();
  child.once('exit', () => {
    running.delete(child);
    clearInterval(trim);
    tail = readTail(outputFile);
    rmSync(dir, { recursive: true, force: true });
  });
  if (stdin) child.stdin!.end(stdin);
  const output = () => (child.exitCode === null && child.signalCode === null ? readTail(outputFile) : tail);

  return {
    pid: child.pid!,
    output,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    stop: () => stopProcess(child),
    async waitForLine(pattern, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const line = output().split('\n').find((l) => pattern.test(l));
        if (line !== undefined) return line;
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${script} exited before printing ${pattern}:\n${output()}`);
        if (Date.now() > deadline) throw new Error(`${script} printed no line matching ${pattern} within ${timeoutMs} ms:\n${output()}`);
        await sleep(20);
      }
    },
  };
}

/** The last OUTPUT_TAIL_CHARS of a file ('' when it is gone). */
function readTail(file: string): string {
  try {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      const buffer = Buffer.alloc(Math.min(size, OUTPUT_TAIL_CHARS));
      readSync(fd, buffer, 0, buffer.length, size - buffer.length);
      return buffer.toString();
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}

/** A port that was free a moment ago on the loopback interface. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, HOST);
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** Polls GET url until it answers 200; rejects when the child dies or time runs out. */
export async function waitForOk(url: string, child: Child, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exited()) throw new Error(`the server exited before ${url} answered 200:\n${child.output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(20);
  }
  const output = child.output();
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s${output ? `:\n${output}` : ' (the server printed nothing)'}`);
}
