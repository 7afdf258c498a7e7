/**
 * Throughput benchmark: npm run bench -- [options]
 *   --data DIR         corpus folder for the server (default data/articles)
 *   --examples DIR     operations: every DIR/*.graphql (default examples); or --ops FILE, a JSON list
 *   --only a,b         only these operations (example names)
 *   --get              also measure over GET (query string), the cache-friendly transport
 *   --distinct         also measure with a different request each time, so no response cache helps
 *   --mercurius        also measure Mercurius with graphql-jit on the same schema and store (bench/mercurius-server.ts)
 *   --duration S       seconds per measured run (default 5), after --warmup S (default 1)
 *   --rounds N         rounds (default 2), each on new server processes; --connections N (default 50)
 *   --endpoint PATH    GraphQL path, when the server's printed URL does not show it
 * For each operation it keeps the server's real answer and starts a bare node:http "ceiling"
 * server that returns the same bytes; each row is measured server, ceiling (, Mercurius) in turn.
 * Every round starts new processes: one instance of the same server can run 30% slower than the
 * next, for as long as it lives (measured here: 10.9k to 15.7k req/s over six instances), so the
 * medians shown are over instances. Results: bench/results/latest.json and latest.md.
 */
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runLoad, sendOnce, type HttpRequest, type LoadResult, type Reference } from './load.js';
import { distinctVariables, graphqlRequest, loadOperations, sampleCorpus, withCorpusVariables, DISTINCT_VARIABLE, type Operation } from './operations.js';
import { pinningNote, pinSelf, stopAll } from './processes.js';
import { cpuMicros, memory } from './proc.js';
import { fmt, machine, markdownTable, median, writeResult } from './report.js';
import { buildServer } from '../scripts/built-server.js';
import { startApiServer, startCeiling, startMercurius, type RunningServer } from './servers.js';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: 'data/articles' },
    examples: { type: 'string', default: 'examples' },
    ops: { type: 'string' },
    only: { type: 'string' },
    get: { type: 'boolean', default: false },
    distinct: { type: 'boolean', default: false },
    mercurius: { type: 'boolean', default: false },
    duration: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    endpoint: { type: 'string' },
  },
});
const settings = {
  dataDir: args.data,
  durationS: Number(args.duration),
  warmupS: Number(args.warmup),
  rounds: Number(args.rounds),
  connections: Number(args.connections),
};
const READY_TIMEOUT_MS = 300_000;

interface RunMeasurement extends LoadResult {
  cpuMicrosPerRequest: number;
  rssMB: number;
  peakRssMB: number;
}

interface Row {
  operation: string;
  method: 'POST' | 'GET';
  distinct: boolean;
  skipped?: string;
  server?: RunMeasurement[];
  ceiling?: RunMeasurement[];
  mercurius?: RunMeasurement[];
  /** Why Mercurius was not measured for this row. */
  mercuriusSkipped?: string;
}

type Target = { child: { pid: number }; origin: string };

/** Warms up, then measures one run, with the target's CPU time and memory around it. */
async function measureRun(origin: string, pid: number, request: HttpRequest, nextRequest?: () => HttpRequest): Promise<RunMeasurement> {
  const load = { origin, request, nextRequest, connections: settings.connections };
  if (settings.warmupS > 0) await runLoad({ ...load, durationS: settings.warmupS });
  const cpuBefore = cpuMicros(pid);
  const result = await runLoad({ ...load, durationS: settings.durationS });
  const cpu = cpuMicros(pid) - cpuBefore;
  return { ...result, cpuMicrosPerRequest: cpu / result.requests, ...memory(pid) };
}

/** A row to measure: its requests, and what the first round learnt (the server's answer, whether Mercurius agrees). */
interface Plan {
  row: Row;
  request: HttpRequest;
  nextRequest?: () => HttpRequest;
  reference?: Reference;
  compareWithMercurius?: boolean;
}

function planRow(op: Operation, method: 'POST' | 'GET', distinct: boolean, endpointPath: string): Plan {
  const label = `${op.name}${method === 'GET' ? ' (GET)' : ''}${distinct ? ' (distinct)' : ''}`;
  // Distinct requests are numbered across warm-ups, runs and rounds, so none repeats.
  let sequence = 0;
  const requestAt = (i: number) => graphqlRequest(method, endpointPath, op, distinct ? distinctVariables(op, i) : op.variables);
  return { row: { operation: label, method, distinct, server: [], ceiling: [] }, request: requestAt(sequence++), nextRequest: distinct ? () => requestAt(sequence++) : undefined };
}

/** One round of a row: server, ceiling and (when it agrees) Mercurius, each warmed up and measured once. */
async function measureRow(plan: Plan, server: RunningServer, mercurius?: Target): Promise<void> {
  const { row, request, nextRequest } = plan;
  if (row.skipped) return;
  if (!plan.reference) {
    const reference = await sendOnce(server.origin, request);
    if (reference.status !== 200 || reference.error) {
      row.skipped = `HTTP ${reference.status}${reference.error ? `: ${reference.error}` : ''}`;
      console.log(`${row.operation}: skipped (${row.skipped})`);
      return;
    }
    plan.reference = reference;
    plan.compareWithMercurius = mercurius && (await sameAnswer(mercurius, request, reference.body, row));
  }
  const ceiling = await startCeiling(plan.reference.body, plan.reference.contentType);
  try {
    row.server!.push(await measureRun(server.origin, server.child.pid, request, nextRequest));
    row.ceiling!.push(await measureRun(ceiling.origin, ceiling.child.pid, request, nextRequest));
    if (plan.compareWithMercurius) (row.mercurius ??= []).push(await measureRun(mercurius!.origin, mercurius!.child.pid, request, nextRequest));
    const [s, c, m] = [row.server!.at(-1)!, row.ceiling!.at(-1)!, row.mercurius?.at(-1)];
    console.log(`${row.operation} round ${row.server!.length}: server ${fmt(s.reqPerSec)} req/s, ceiling ${fmt(c.reqPerSec)} req/s${m ? `, mercurius ${fmt(m.reqPerSec)} req/s` : ''}`);
  } finally {
    await ceiling.child.stop();
  }
}

/** Mercurius is compared only where it gives the same data (compared with object keys sorted). */
async function sameAnswer(target: Target, request: HttpRequest, ours: Buffer, row: Row): Promise<boolean> {
  const theirs = await sendOnce(target.origin, request);
  const data = (bytes: Buffer) => canonical((JSON.parse(bytes.toString()) as { data?: unknown }).data);
  if (theirs.status === 200 && !theirs.error && data(theirs.body) === data(ours)) return true;
  row.mercuriusSkipped = `Mercurius answered HTTP ${theirs.status} with different data: ${theirs.body.toString().slice(0, 200)}`;
  console.log(`${row.operation}: ${row.mercuriusSkipped}`);
  return false;
}

/** JSON with object keys sorted, so that key order does not count as a difference. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

function summarize(row: Row) {
  const pick = (runs: RunMeasurement[] | undefined, field: keyof RunMeasurement) => median((runs ?? []).map((r) => r[field]));
  const reqPerSec = pick(row.server, 'reqPerSec');
  const ceilingReqPerSec = pick(row.ceiling, 'reqPerSec');
  const failures = [...(row.server ?? []), ...(row.ceiling ?? []), ...(row.mercurius ?? [])].reduce((n, r) => n + r.errors + r.non2xx, 0);
  return {
    reqPerSec,
    p50Ms: pick(row.server, 'p50Ms'),
    p99Ms: pick(row.server, 'p99Ms'),
    cpuMicrosPerRequest: pick(row.server, 'cpuMicrosPerRequest'),
    rssMB: pick(row.server, 'rssMB'),
    peakRssMB: Math.max(...(row.server ?? []).map((r) => r.peakRssMB)),
    ceilingReqPerSec,
    ceilingCpuMicrosPerRequest: pick(row.ceiling, 'cpuMicrosPerRequest'),
    ratioToCeiling: reqPerSec / ceilingReqPerSec,
    ...(row.mercurius && {
      mercuriusReqPerSec: pick(row.mercurius, 'reqPerSec'),
      mercuriusCpuMicrosPerRequest: pick(row.mercurius, 'cpuMicrosPerRequest'),
      cpuRatioToMercurius: pick(row.server, 'cpuMicrosPerRequest') / pick(row.mercurius, 'cpuMicrosPerRequest'),
    }),
    failures,
  };
}

function markdown(rows: Row[], context: Record<string, string>): string {
  const withMercurius = rows.some((row) => row.mercurius);
  const table = markdownTable(
    [
      'operation', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'RSS MB', 'peak RSS MB', 'ceiling req/s', 'ceiling CPU µs/req', 'ratio to ceiling',
      ...(withMercurius ? ['Mercurius+jit req/s', 'Mercurius+jit CPU µs/req', 'CPU vs Mercurius+jit'] : []),
    ],
    rows
      .filter((row) => !row.skipped)
      .map((row) => {
        const s = summarize(row);
        return [
          row.operation, fmt(s.reqPerSec), fmt(s.p50Ms), fmt(s.p99Ms), fmt(s.cpuMicrosPerRequest), fmt(s.rssMB), fmt(s.peakRssMB), fmt(s.ceilingReqPerSec), fmt(s.ceilingCpuMicrosPerRequest), fmt(s.ratioToCeiling, 2),
          ...(withMercurius ? (s.cpuRatioToMercurius === undefined ? ['-', '-', '-'] : [fmt(s.mercuriusReqPerSec!), fmt(s.mercuriusCpuMicrosPerRequest!), `${fmt(s.cpuRatioToMercurius, 2)}x`]) : []),
        ];
      }),
  );
  const notes = [
    ...rows.filter((r) => r.skipped).map((r) => `- ${r.operation} skipped: ${r.skipped}`),
    ...rows.filter((r) => r.mercuriusSkipped).map((r) => `- ${r.operation}: Mercurius not compared (${r.mercuriusSkipped})`),
    ...rows.filter((r) => !r.skipped && summarize(r).failures > 0).map((r) => `- ${r.operation}: ${summarize(r).failures} errors or non-2xx answers`),
  ];
  const lines = Object.entries(context).map(([k, v]) => `- ${k}: ${v}`);
  return ['# Benchmark', '', ...lines, '', table, '', ...(notes.length ? ['Notes:', ...notes, ''] : [])].join('\n');
}

async function main() {
  pinSelf();
  const operationsSource = args.ops ? { opsFile: args.ops } : { examplesDir: args.examples };
  let operations = loadOperations(operationsSource);
  if (args.only) {
    const wanted = new Set(args.only.split(','));
    operations = operations.filter((op) => wanted.has(op.name));
  }
  if (operations.length === 0) throw new Error('no operations to measure');
  if (args.distinct) operations = withCorpusVariables(operations, sampleCorpus(settings.dataDir));

  buildServer(); // what npm start runs
  const articles = readdirSync(settings.dataDir).filter((f) => f.endsWith('.json')).length;
  const started = new Date();
  let plans: Plan[] = [];
  let first: RunningServer | undefined;
  for (let round = 1; round <= settings.rounds; round++) {
    const server = await startApiServer({ DATA_DIR: settings.dataDir }, READY_TIMEOUT_MS, { endpointPath: args.endpoint });
    first ??= server;
    console.log(`round ${round}: server ready in ${fmt(server.startupMs / 1000)} s at ${server.origin}${server.endpointPath}, ${articles} articles`);
    const mercurius = args.mercurius ? await startMercurius(settings.dataDir, READY_TIMEOUT_MS) : undefined;
    if (round === 1) {
      plans = operations.flatMap((op) =>
        (args.get ? (['POST', 'GET'] as const) : (['POST'] as const)).flatMap((method) =>
          [false, ...(args.distinct ? [true] : [])].map((distinct) => planRow(op, method, distinct, server.endpointPath)),
        ),
      );
    }
    try {
      for (const plan of plans) await measureRow(plan, server, mercurius);
    } finally {
      await stopAll();
    }
  }
  const server = first!;
  const rows = plans.map((plan) => plan.row);

  const context = {
    date: started.toISOString(),
    machine: Object.values(machine()).join(', '),
    pinning: pinningNote,
    corpus: `${settings.dataDir} (${articles} articles), server ready in ${fmt(server.startupMs / 1000)} s, RSS ${fmt(server.memoryAfterLoad.rssMB)} MB after load`,
    load: `autocannon, ${settings.connections} connections, ${settings.warmupS} s warm-up + ${settings.durationS} s per run; ${settings.rounds} rounds, each on new processes, each row measured server, ceiling${args.mercurius ? ', Mercurius' : ''} in turn; medians of the rounds shown`,
    ceiling: 'a bare node:http server answering with the exact bytes and content-type of the server\'s answer',
    ...(args.mercurius && { mercurius: 'Mercurius 16 on fastify 5 with graphql-jit (jit: 1), the same schema and store, no protections, no logging' }),
    ...(args.distinct && { distinct: `each request carries a new "${DISTINCT_VARIABLE}" variable (unused by the operation), plus corpus-drawn variables where the example has a generator` }),
    'server env': `LOG_LEVEL=${process.env.LOG_LEVEL ?? '(default)'}`,
  };
  const summaries = rows.map((row) => ({ ...row, summary: row.skipped ? undefined : summarize(row) }));
  writeResult('bench/results/latest.json', `${JSON.stringify({ context, settings, server: { startupMs: server.startupMs, memoryAfterLoad: server.memoryAfterLoad }, rows: summaries }, null, 2)}\n`);
  const report = markdown(rows, context);
  writeResult('bench/results/latest.md', `${report}\n`);
  console.log(`\n${report}\nWritten to bench/results/latest.json and bench/results/latest.md`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
});
