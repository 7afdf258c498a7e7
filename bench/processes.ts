/**
 * Child processes of a benchmark: the API server and the ceiling server, pinned to a CPU
 * when taskset exists, always stopped at the end (SIGTERM, then SIGKILL after a timeout),
 * also when the benchmark fails or is interrupted.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { availableParallelism, cpus as cpuList } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { heapFlags } from '../scripts/built-server.js';

export const HOST = '127.0.0.1';
/** The servers run on this core; the load generator (this process) on the other one. */
const SERVER_CPU = 0;
const LOAD_CPU = 1;
const STOP_TIMEOUT_MS = 5_000;
const OUTPUT_TAIL_CHARS = 4_000;

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
  const nodeArgs = [...heapFlags({ ...process.env, ...env }), ...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), script];
  // This process may be pinned to the load generator's core (so availableParallelism() says 1), and children
  // inherit that: unpinned means every core of the machine.
  const cpus = pinned ? String(SERVER_CPU) : `0-${cpuList().length - 1}`;
  const [command, args] = pinning
    ? ['taskset', ['-c', cpus, process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  // taskset execs node, so the pid is the server's own and /proc readings are the server's.
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (stdin) child.stdin!.end(stdin);

  let tail = '';
  let pending = '';
  const lineListeners = new Set<(line: string) => void>();
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    tail = (tail + text).slice(-OUTPUT_TAIL_CHARS);
    // Servers may log every request; split lines only while someone waits for one.
    if (lineListeners.size === 0) {
      pending = '';
      return;
    }
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) for (const listener of lineListeners) listener(line);
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);

  return {
    pid: child.pid!,
    output: () => tail,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    stop: () => stopProcess(child),
    waitForLine(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const done = (error?: Error, line?: string) => {
          clearTimeout(timer);
          lineListeners.delete(onLine);
          child.off('exit', onExit);
          if (error) reject(error);
          else resolve(line!);
        };
        const onLine = (line: string) => {
          if (pattern.test(line)) done(undefined, line);
        };
        const onExit = () => done(new Error(`${script} exited before printing ${pattern}:\n${tail}`));
        const timer = setTimeout(() => done(new Error(`${script} printed no line matching ${pattern} within ${timeoutMs} ms:\n${tail}`)), timeoutMs);
        lineListeners.add(onLine);
        child.once('exit', onExit);
        if (child.exitCode !== null) onExit();
      });
    },
  };
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
