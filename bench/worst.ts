/**
 * The worst requests within the limits, measured: npm run bench:worst -- [options]
 *   --corpora data/articles,tmp/corpus-100000   corpus directories (default: the seed and the
 *                                              100,000-article corpus; npm run bench:scale -- --sizes 100000 makes it)
 *   --repeat N                                 times each request is sent (default 20)
 *   --ready-timeout S                          give up on a server not ready after S seconds (default 600)
 * For each corpus: start the built server, grow each shape of tests/hardening/worst-requests.ts to
 * the largest size it accepts, then send each one --repeat times, one at a time, reading from /proc
 * the server's CPU time per request and how far its resident memory rose above what it held before
 * (VmHWM, reset before each request through /proc/<pid>/clear_refs). Each request ends its query
 * with a comment of its own, so it is a new document that the response cache and the
 * prepared-operation path never answer; the first of the repeats is the one the store's memo has
 * not seen (the max column). Prints a table per corpus and
 * writes bench/results/worst.json. Targets (issue 12): at most 250 ms and 5 MB on the seed, 1 s
 * and 20 MB on 100,000 articles.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildServer } from '../scripts/built-server.js';
import { FIRST_ARTICLE, fitWorstRequests } from '../tests/hardening/worst-requests.js';
import { pinningNote, pinSelf, stopAll } from './processes.js';
import { cpuMicros, memory } from './proc.js';
import { fmt, machine, markdownTable, median, writeResult } from './report.js';
import { startApiServer } from './servers.js';

const { values: args } = parseArgs({
  options: {
    corpora: { type: 'string', default: 'data/articles,tmp/corpus-100000' },
    repeat: { type: 'string', default: '20' },
    'ready-timeout': { type: 'string', default: '600' },
  },
});
const repeat = Number(args.repeat);

interface Measured {
  name: string;
  n: number;
  requestBytes: number;
  status: number;
  answerBytes: number;
  /** Server CPU time per request (user + system, all threads): the mean of the repeats (/proc counts in 10 ms ticks) and the most one took. */
  cpuMs: { mean: number; max: number };
  /** How far resident memory rose above what the server held before the request, median and maximum. */
  memoryRiseMB: { median: number; max: number };
}

/** Resets VmHWM to the current RSS (Linux 4.0+), so that the next reading is this request's peak. */
const resetPeak = (pid: number) => writeFileSync(`/proc/${pid}/clear_refs`, '5');

async function measureCorpus(dir: string) {
  const server = await startApiServer({ DATA_DIR: dir }, Number(args['ready-timeout']) * 1000);
  const url = server.origin + server.endpointPath;
  let sent = 0;
  // A comment of its own at the end of each query: a new document each time, so that neither the
  // response cache nor the prepared-operation path answers (the store's memo still may).
  const unique = (body: string) => {
    const parsed = JSON.parse(body) as { query: string };
    return JSON.stringify({ ...parsed, query: `${parsed.query}\n# request ${sent++}` });
  };
  const post = (body: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: unique(body),
      signal: AbortSignal.timeout(60_000),
    });
  try {
    const pid = server.child.pid;
    const articles = (await (await post(FIRST_ARTICLE)).json()) as { data: { articles: { nodes: { id: string }[] } } };
    const worst = await fitWorstRequests(articles.data.articles.nodes[0]!.id, async (body) => (await post(body)).status);
    const rows: Measured[] = [];
    for (const request of worst) {
      const cpu: number[] = [];
      const rise: number[] = [];
      let status = 0;
      let answerBytes = 0;
      for (let i = 0; i < repeat; i++) {
        resetPeak(pid);
        const before = memory(pid).rssMB;
        const cpuBefore = cpuMicros(pid);
        const response = await post(request.body);
        const answer = Buffer.from(await response.arrayBuffer());
        cpu.push((cpuMicros(pid) - cpuBefore) / 1000);
        rise.push(memory(pid).peakRssMB - before);
        [status, answerBytes] = [response.status, answer.length];
      }
      rows.push({
        name: request.name,
        n: request.n,
        requestBytes: Buffer.byteLength(request.body),
        status,
        answerBytes,
        cpuMs: { mean: cpu.reduce((a, b) => a + b, 0) / cpu.length, max: Math.max(...cpu) },
        memoryRiseMB: { median: median(rise), max: Math.max(...rise) },
      });
    }
    return { corpus: dir, startupSeconds: server.startupMs / 1000, memoryAfterLoad: server.memoryAfterLoad, requests: rows };
  } finally {
    await server.child.stop();
  }
}

pinSelf();
buildServer();
const results = [];
for (const dir of args.corpora.split(',')) {
  const result = await measureCorpus(dir);
  results.push(result);
  console.log(`\n${dir}: ready in ${fmt(result.startupSeconds)} s, RSS ${fmt(result.memoryAfterLoad.rssMB)} MB; ${repeat} requests each, one at a time\n`);
  console.log(
    markdownTable(
      ['Request', 'n', 'Request bytes', 'Status', 'Answer bytes', 'Server CPU ms (mean / max)', 'Memory rise MB (median / max)'],
      result.requests.map((r) => [r.name, String(r.n), fmt(r.requestBytes), String(r.status), fmt(r.answerBytes), `${fmt(r.cpuMs.mean)} / ${fmt(r.cpuMs.max)}`, `${fmt(r.memoryRiseMB.median)} / ${fmt(r.memoryRiseMB.max)}`]),
    ),
  );
}
console.log(`\n${pinningNote}`);
writeResult('bench/results/worst.json', `${JSON.stringify({ machine: machine(), repeat, results }, null, 2)}\n`);
await stopAll();
