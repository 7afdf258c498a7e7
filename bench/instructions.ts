/**
 * npm run bench:instructions [-- --only a,b] [--warm 300] [--count 1000]
 *
 * Machine instructions per distinct request, counted by valgrind's callgrind: the built server
 * (dist/server.js) runs under callgrind; the example operations are sent one at a time, each request with new variables as `npm run bench -- --distinct` sends them, over POST and
 * GET: once `--warm` rounds, once `--warm` + `--count` rounds; the difference over the `--count`
 * rounds' requests is what one request costs once the JIT has settled.
 *
 * Why: on a shared 2-core machine, CPU time per request moves by 20% with what the other core (or
 * the other hyperthread) does; an instruction count is the same whatever else runs. It leaves out
 * what instructions do not show (cache misses), so it complements the CPU times of `npm run bench`.
 * To compare two commits, run it in a worktree of each: the ratio is the finding.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServer, SERVER_ENTRY } from '../scripts/built-server.js';
import { distinctVariables, graphqlRequest, loadOperations, sampleCorpus, withCorpusVariables } from './operations.js';
import { freePort, HOST, waitForOk, type Child } from './processes.js';
import { ONE_CLIENT_AS_MANY } from './servers.js';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'city-profile,mayors-and-quotes,search-district-heating' },
    warm: { type: 'string', default: '300' },
    count: { type: 'string', default: '1000' },
    data: { type: 'string', default: 'data/articles' },
  },
});
const warm = Number(args.warm);
const count = Number(args.count);
const names = args.only.split(',');
const operations = withCorpusVariables(loadOperations({ examplesDir: 'examples' }), sampleCorpus(args.data)).filter((op) => names.includes(op.name));

async function send(origin: string, request: ReturnType<typeof graphqlRequest>): Promise<number> {
  // fetch asks for gzip, deflate and br by default: 'identity' measures the answer, not its compression, as autocannon does in npm run bench.
  const headers = { ...(request.headers as Record<string, string>), 'accept-encoding': 'identity' };
  const response = await fetch(origin + request.path, { method: request.method, headers, body: request.body });
  await response.arrayBuffer();
  return response.status;
}

/** Instructions the server executes from its start to its exit, having answered `rounds` rounds of the operation. */
async function instructionsFor(op: (typeof operations)[number], rounds: number): Promise<{ total: number; statuses: Map<number, number> }> {
  const dir = mkdtempSync(join(tmpdir(), 'instructions-'));
  const out = join(dir, 'callgrind.out');
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  const server = spawn('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, SERVER_ENTRY], {
    env: { ...process.env, PORT: String(port), HOST, DATA_DIR: args.data, LOG_LEVEL: 'warn', ...ONE_CLIENT_AS_MANY },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  try {
    // Under valgrind the server starts in about a minute.
    await waitForOk(`${origin}/ready`, { exited: () => server.exitCode !== null, output: () => '(under valgrind: its output is not kept)' } as Child, 600_000);
    const statuses = new Map<number, number>();
    for (let i = 0; i < rounds; i++) {
      for (const method of ['POST', 'GET'] as const) {
        const status = await send(origin, graphqlRequest(method, '/graphql', op, distinctVariables(op, i)));
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }
    server.kill('SIGTERM');
    await exited;
    return { total: Number(/^totals: (\d+)/m.exec(readFileSync(out, 'utf8'))?.[1]), statuses };
  } finally {
    server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

buildServer();
console.log(`| operation | instructions per request (M) | run of ${warm} rounds / of ${warm + count} rounds (G) | statuses |\n| --- | --- | --- | --- |`);
for (const op of operations) {
  // The difference of two runs, one with `count` more rounds: startup, warm-up and shutdown cancel out.
  const short = await instructionsFor(op, warm);
  const long = await instructionsFor(op, warm + count);
  const perRequest = (long.total - short.total) / (2 * count);
  const statuses = [...long.statuses].map(([status, n]) => `${n} × ${status}`).join(', ');
  console.log(`| ${op.name} (distinct, POST and GET) | ${(perRequest / 1e6).toFixed(3)} | ${(short.total / 1e9).toFixed(2)} / ${(long.total / 1e9).toFixed(2)} | ${statuses} |`);
}
