/**
 * Scale benchmark: npm run bench:scale -- [options]
 *   --sizes 1,1000,10000,100000   corpus sizes in articles (default)
 *   --duration S                  seconds of requests per operation (default 3), after --warmup S (default 1)
 *   --connections N               concurrent connections (default 1: latency without queueing)
 *   --reuse                       keep tmp/corpus-N when it already holds N articles
 *   --ready-timeout S             give up on a server that is not ready after S seconds (default 600)
 *   --examples DIR | --ops FILE, --only a,b   which operations, as in bench/run.ts
 * For each size: generate a synthetic corpus (scripts/gen-corpus.ts), start the server on it,
 * record startup time and memory, then the latency of each operation. Every request carries a
 * new unused variable so the response cache never answers; variables are taken from the corpus.
 * Results: bench/results/scale.json, and the chart docs/scale.svg.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runLoad, sendOnce, type LoadResult } from './load.js';
import { distinctVariables, graphqlRequest, loadOperations, sampleCorpus, withCorpusVariables, type Operation } from './operations.js';
import { pinningNote, pinSelf, stopAll } from './processes.js';
import { cpuMicros, memory, type Memory } from './proc.js';
import { fmt, machine, markdownTable, writeResult } from './report.js';
import { buildServer } from '../scripts/built-server.js';
import { startApiServer } from './servers.js';
import { chartSvg, type Series } from './svg-chart.js';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,1000,10000,100000' },
    duration: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    connections: { type: 'string', default: '1' },
    reuse: { type: 'boolean', default: false },
    'ready-timeout': { type: 'string', default: '600' },
    examples: { type: 'string', default: 'examples' },
    ops: { type: 'string' },
    only: { type: 'string' },
  },
});
const sizes = args.sizes.split(',').map(Number);
const durationS = Number(args.duration);
const warmupS = Number(args.warmup);
const connections = Number(args.connections);
const readyTimeoutMs = Number(args['ready-timeout']) * 1000;
const GENERATE_TIMEOUT_MS = 15 * 60_000;

interface OperationResult extends Partial<LoadResult> {
  operation: string;
  cpuMicrosPerRequest?: number;
  /** Size of the answer: pages are capped, but fuller pages (a city with more visits) are bigger. */
  responseBytes?: number;
  error?: string;
}

interface SizeResult {
  articles: number;
  generateSeconds?: number;
  startupSeconds?: number;
  memoryAfterLoad?: Memory;
  /** VmHWM after all operations ran. */
  peakRssMB?: number;
  operations: OperationResult[];
  error?: string;
}

const countArticles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).length : 0);

function generateCorpus(articles: number, dir: string): number | undefined {
  if (args.reuse && countArticles(dir) === articles) return undefined;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-corpus.ts', '--articles', String(articles), '--out', dir], {
    stdio: 'inherit',
    timeout: GENERATE_TIMEOUT_MS,
  });
  if (result.status !== 0) throw new Error(`gen-corpus failed for ${articles} articles (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`);
  return (performance.now() - started) / 1000;
}

/** The operation with fixed variables for this corpus (its most frequent entity), where it has a generator. */
function forCorpus(op: Operation): Operation {
  return { ...op, variables: op.variablesFor?.(0) ?? op.variables, variablesFor: undefined };
}

async function measureSize(articles: number, operations: Operation[]): Promise<SizeResult> {
  const dir = join('tmp', `corpus-${articles}`);
  const result: SizeResult = { articles, operations: [] };
  try {
    result.generateSeconds = generateCorpus(articles, dir);
    const ops = withCorpusVariables(operations, sampleCorpus(dir)).map(forCorpus);
    const server = await startApiServer({ DATA_DIR: dir }, readyTimeoutMs);
    result.startupSeconds = server.startupMs / 1000;
    result.memoryAfterLoad = server.memoryAfterLoad;
    console.log(`${articles} articles: ready in ${fmt(result.startupSeconds)} s, RSS ${fmt(server.memoryAfterLoad.rssMB)} MB`);
    try {
      for (const op of ops) {
        let sequence = 0;
        const next = () => graphqlRequest('POST', server.endpointPath, op, distinctVariables(op, sequence++));
        const request = next();
        const reference = await sendOnce(server.origin, request);
        if (reference.status !== 200 || reference.error) {
          result.operations.push({ operation: op.name, error: `HTTP ${reference.status}${reference.error ? `: ${reference.error}` : ''}` });
          continue;
        }
        const load = { origin: server.origin, request, nextRequest: next, connections };
        if (warmupS > 0) await runLoad({ ...load, durationS: warmupS });
        const cpuBefore = cpuMicros(server.child.pid);
        const measured = await runLoad({ ...load, durationS });
        const cpuMicrosPerRequest = (cpuMicros(server.child.pid) - cpuBefore) / measured.requests;
        result.operations.push({ operation: op.name, ...measured, cpuMicrosPerRequest, responseBytes: reference.body.length });
        console.log(`  ${op.name}: p50 ${fmt(measured.p50Ms)} ms, p99 ${fmt(measured.p99Ms)} ms, ${fmt(cpuMicrosPerRequest)} µs CPU/req`);
      }
      result.peakRssMB = memory(server.child.pid).peakRssMB;
    } finally {
      await server.child.stop();
    }
  } catch (error) {
    result.error = briefly(error);
    console.log(`${articles} articles: ${result.error}`);
  }
  return result;
}

/** The first line of an error, plus the line of the child's output that names the cause (e.g. heap out of memory). */
function briefly(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split('\n').filter((line) => line.trim());
  const cause = lines.slice(1).find((line) => /error/i.test(line));
  return cause ? `${lines[0]} ${cause.trim()}` : lines[0] ?? 'unknown error';
}

function chart(results: SizeResult[], operationNames: string[]): string {
  const ok = results.filter((r) => r.startupSeconds !== undefined);
  const series = (name: string, y: (r: SizeResult) => number | undefined): Series => ({
    name,
    points: ok.flatMap((r) => {
      const value = y(r);
      return value === undefined || !Number.isFinite(value) ? [] : [[r.articles, value] as [number, number]];
    }),
  });
  const p50 = operationNames.map((name) => series(name, (r) => r.operations.find((o) => o.operation === name)?.p50Ms));
  const failed = results.filter((r) => r.error).map((r) => `${r.articles} articles: ${r.error}`);
  return chartSvg(960, 730 + 16 * failed.length, [
    { title: 'p50 latency per operation (ms), no response cache', series: p50, left: 70, top: 40, width: 620, height: 380, legend: true },
    { title: 'startup until /ready (s)', series: [series('startup', (r) => r.startupSeconds)], left: 70, top: 500, width: 340, height: 160 },
    {
      title: 'server memory (MB)',
      series: [series('RSS after load', (r) => r.memoryAfterLoad?.rssMB), series('peak RSS', (r) => r.peakRssMB)],
      left: 480,
      top: 500,
      width: 320,
      height: 160,
      legend: true,
    },
  ], failed);
}

function markdown(results: SizeResult[], operationNames: string[]): string {
  const rows = results.map((r) => [
    String(r.articles),
    fmt(r.startupSeconds),
    fmt(r.memoryAfterLoad?.rssMB),
    fmt(r.peakRssMB),
    ...operationNames.map((name) => {
      const op = r.operations.find((o) => o.operation === name);
      return op?.error ? 'error' : `${fmt(op?.p50Ms)} (${fmt((op?.responseBytes ?? NaN) / 1024)} KB)`;
    }),
  ]);
  const table = markdownTable(['articles', 'startup s', 'RSS MB after load', 'peak RSS MB', ...operationNames.map((n) => `${n} p50 ms (answer size)`)], rows);
  const problems = results.flatMap((r) => [
    ...(r.error ? [`- ${r.articles} articles: ${r.error}`] : []),
    ...r.operations.filter((o) => o.error).map((o) => `- ${r.articles} articles, ${o.operation}: ${o.error}`),
  ]);
  return [table, ...(problems.length ? ['', 'Problems:', ...problems] : [])].join('\n');
}

async function main() {
  pinSelf();
  let operations = loadOperations(args.ops ? { opsFile: args.ops } : { examplesDir: args.examples });
  if (args.only) {
    const wanted = new Set(args.only.split(','));
    operations = operations.filter((op) => wanted.has(op.name));
  }
  if (operations.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('need operations and positive integer --sizes');
  buildServer(); // what npm start runs
  const started = new Date();
  const results: SizeResult[] = [];
  for (const articles of sizes) results.push(await measureSize(articles, operations));

  const names = operations.map((op) => op.name);
  const context = {
    date: started.toISOString(),
    machine: Object.values(machine()).join(', '),
    pinning: pinningNote,
    load: `autocannon, ${connections} connection(s), ${warmupS} s warm-up + ${durationS} s per operation, every request unique (no response-cache hits)`,
  };
  writeResult('bench/results/scale.json', `${JSON.stringify({ context, results }, null, 2)}\n`);
  writeResult('docs/scale.svg', chart(results, names));
  console.log(`\n${markdown(results, names)}\n\nWritten to bench/results/scale.json and docs/scale.svg`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
});
