/** Starting the API server under test and the ceiling server that stands in for it. */
import { fileURLToPath } from 'node:url';
import { freePort, HOST, pinToServerCpu, startNodeChild, waitForOk, type Child } from './processes.js';
import { memory, type Memory } from './proc.js';
import { SERVER_ENTRY } from '../scripts/built-server.js';

export interface RunningServer {
  child: Child;
  /** Scheme, host and port, e.g. http://127.0.0.1:4000. */
  origin: string;
  /** Path of the GraphQL endpoint, e.g. /graphql. */
  endpointPath: string;
  /** From spawn until GET /ready first answered 200. */
  startupMs: number;
  /** Memory right after the corpus was loaded. */
  memoryAfterLoad: Memory;
}

const CEILING_SCRIPT = fileURLToPath(new URL('./ceiling-server.ts', import.meta.url));
const URLS = /https?:\/\/[^\s'"]+/g;

/**
 * The load generator is one address standing in for many clients: without this, the per-client
 * share of server time (src/http/admission.ts) would refuse most of its requests and the benchmarks
 * would measure refusals. The global bound on concurrent executions stays as configured.
 */
export const ONE_CLIENT_AS_MANY: Readonly<Record<string, string>> = {
  CLIENT_TIME_BUDGET_MS: String(1e9),
  CLIENT_TIME_REFILL_MS_PER_S: '1000',
  MAX_CLIENT_CONCURRENCY: '1000',
};

export interface ServerOptions {
  /** The GraphQL endpoint's path; by default the one in the URL the server prints. */
  endpointPath?: string;
  /** Pinned to the server's CPU once ready (the default); not where a database on this machine needs the cores too. */
  pinned?: boolean;
}

/**
 * Starts the built server (dist/server.js: call buildServer first) on a free port with the corpus
 * settings given (`{ DATA_DIR }` or `{ DATABASE_URL }`, and any other) and waits for /ready.
 */
export async function startApiServer(settings: Record<string, string>, readyTimeoutMs: number, { endpointPath, pinned = true }: ServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  const started = performance.now();
  // Unpinned while loading, as a server would start (the corpus is validated on one worker per CPU);
  // pinned once ready, so measurements see it on its own core.
  const child = startNodeChild(SERVER_ENTRY, { PORT: String(port), HOST, ...settings, ...ONE_CLIENT_AS_MANY }, undefined, false);
  try {
    await waitForOk(`${origin}/ready`, child, readyTimeoutMs);
    const startupMs = performance.now() - started;
    if (pinned) pinToServerCpu(child.pid);
    const memoryAfterLoad = memory(child.pid);
    return { child, origin, endpointPath: endpointPath ?? endpointFromOutput(child.output()), startupMs, memoryAfterLoad };
  } catch (error) {
    await child.stop();
    throw error;
  }
}

/** The path of the GraphQL URL the server printed, or /graphql when it printed only its origin. */
function endpointFromOutput(output: string): string {
  const paths = [...output.matchAll(URLS)].map(([url]) => new URL(url).pathname);
  return paths.find((path) => path.includes('graphql')) ?? paths.find((path) => path !== '/' && path !== '/ready') ?? '/graphql';
}

/** Starts a ceiling server that answers every request with `body` and `contentType`. */
export async function startCeiling(body: Buffer, contentType: string): Promise<{ child: Child; origin: string }> {
  const port = await freePort();
  const child = startNodeChild(CEILING_SCRIPT, { PORT: String(port), HOST, CONTENT_TYPE: contentType }, body);
  try {
    await child.waitForLine(/listening/, 30_000);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { child, origin: `http://${HOST}:${port}` };
}

const MERCURIUS_SCRIPT = fileURLToPath(new URL('./mercurius-server.ts', import.meta.url));

/** Starts the Mercurius + graphql-jit comparison (bench/mercurius-server.ts) on the same corpus. */
export async function startMercurius(dataDir: string, readyTimeoutMs: number): Promise<{ child: Child; origin: string }> {
  const port = await freePort();
  const child = startNodeChild(MERCURIUS_SCRIPT, { PORT: String(port), HOST, DATA_DIR: dataDir });
  try {
    await child.waitForLine(/listening/, readyTimeoutMs);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { child, origin: `http://${HOST}:${port}` };
}
