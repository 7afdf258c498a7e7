/**
 * npm run bench:pg-scale [-- --articles 1000,10000] [--requests 200] [--seconds 5] [--clients 8]
 *
 * The API served from PostgreSQL against the same corpus in memory, at each corpus size: a
 * generated corpus (npm run gen-corpus), a throwaway cluster (scripts/pg-cluster.ts, fsync off),
 * and the built server (dist/server.js) started twice, once with DATABASE_URL and once with
 * DATA_DIR. Prints, per size: the ingest's time and peak RSS (it runs in this process) and the
 * database's size on disk, as soon as the ingest is done; each server's startup (spawn to /ready
 * 200) and RSS; p50/p99 of each example, sent one at a time with
 * variables drawn from the corpus and a new body each time (no response cache answers them);
 * requests per second with `--clients` at once for `--seconds`, for the in-memory server, one
 * PostgreSQL server, and two PostgreSQL servers sharing the database (the clients split between
 * them); then a streaming replica of the cluster (pg_basebackup, scripts/pg-cluster.ts) and one
 * server reading it: its startup, p50/p99 and throughput. Loopback only; it stops by itself.
 * Figures go to docs/scale.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startCluster, startReplica, type PgCluster } from '../scripts/pg-cluster.js';
import { buildServer, ROOT } from '../scripts/built-server.js';
import { ingest } from '../src/pg/ingest.js';
import { distinctVariables, graphqlRequest, loadOperations, sampleCorpus, withCorpusVariables, type Operation } from './operations.js';
import { memory } from './proc.js';
import { stopAll } from './processes.js';
import { startApiServer } from './servers.js';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000,10000' },
    requests: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '5' },
    clients: { type: 'string', default: '8' },
  },
});
const REQUESTS = Number(args.requests);

/** Both servers alike: unpinned (PostgreSQL runs on the same two cores), request lines off. */
const SERVER_SETTINGS = { LOG_LEVEL: 'warn' };
const startServer = (corpus: Record<string, string>) => startApiServer({ ...corpus, ...SERVER_SETTINGS }, 600_000, { pinned: false });
const startPgServer = (url: string) => startServer({ DATABASE_URL: url, PG_POOL_SIZE: '10' });

async function send(origin: string, op: Operation, i: number, refusals?: { count: number }): Promise<number> {
  const request = graphqlRequest('POST', '/graphql', op, distinctVariables(op, i));
  const started = performance.now();
  const response = await fetch(origin + request.path, { method: 'POST', headers: { ...(request.headers as Record<string, string>), 'accept-encoding': 'identity' }, body: request.body });
  const text = await response.text();
  // Under load the server may shed requests (503 OVERLOADED): counted, not answered.
  if (refusals && response.status === 503) {
    refusals.count++;
    return performance.now() - started;
  }
  if (response.status !== 200 || text.includes('"errors"')) throw new Error(`${op.name}: ${response.status} ${text.slice(0, 300)}`);
  return performance.now() - started;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

/**
 * p50 and p99 of each operation, and how many of its requests the server refused (503: its
 * execution deadline, or shedding load). A refusal's time counts among the others: at 300,000
 * articles the search example ran past the 3 s deadline, and stopping there measured nothing.
 */
async function latencies(origin: string, operations: Operation[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const op of operations) {
    const refusals = { count: 0 };
    for (let i = 0; i < 10; i++) await send(origin, op, 1_000_000 + i, refusals);
    refusals.count = 0;
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) times.push(await send(origin, op, i, refusals));
    times.sort((a, b) => a - b);
    const p99 = ms(percentile(times, 99));
    out.set(op.name, [ms(percentile(times, 50)), refusals.count ? `${p99} (${refusals.count} refused 503)` : p99]);
  }
  return out;
}

/** Answers per second (and refusals) with `clients` loops at once, each cycling through the operations, spread over the origins. */
async function throughput(origins: string[], operations: Operation[]): Promise<string> {
  const clients = Number(args.clients);
  const until = performance.now() + Number(args.seconds) * 1000;
  const refusals = { count: 0 };
  let done = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = c; performance.now() < until; i += clients) {
        await send(origins[c % origins.length]!, operations[i % operations.length]!, 2_000_000 + i, refusals);
        done++;
      }
    }),
  );
  const answered = Math.round((done - refusals.count) / Number(args.seconds));
  return refusals.count ? `${answered} (${refusals.count} refused 503)` : String(answered);
}

const mb = (megabytes: number) => `${Math.round(megabytes)} MB`;
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));

buildServer();
const examples = loadOperations({ examplesDir: join(ROOT, 'examples') });
for (const articles of args.articles.split(',').map(Number)) {
  const dir = join(tmpdir(), `news-graph-scale-${articles}`);
  if (!existsSync(dir) || readdirSync(dir).length !== articles) {
    mkdirSync(dir, { recursive: true });
    const run = spawnSync('npm', ['run', '--silent', 'gen-corpus', '--', '--articles', String(articles), '--out', dir], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`gen-corpus failed: ${run.stdout}${run.stderr}`);
  }
  const operations = withCorpusVariables(examples, sampleCorpus(dir));
  const cluster = await startCluster();
  let replica: PgCluster | undefined;
  try {
    const url = await cluster.createDatabase('scale');
    const started = performance.now();
    const report = await ingest({ databaseUrl: url, dir });
    if (!report.ok) throw new Error('the generated corpus is invalid');
    const ingestSeconds = (performance.now() - started) / 1000;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ size: string }>('SELECT pg_database_size(current_database())::text AS size');
    await client.end();
    // Printed now: at hundreds of thousands of articles the ingest alone takes most of an hour.
    console.log(`\n## ${articles.toLocaleString('en')} articles\n`);
    console.log(`Ingest: ${ingestSeconds.toFixed(1)} s (check ${report.checkSeconds.toFixed(1)} s, write ${report.writeSeconds.toFixed(1)} s, ${report.batches} transactions, peak RSS ${mb(process.resourceUsage().maxRSS / 1024)}); database ${mb(Number(rows[0]!.size) / 2 ** 20)} on disk.`);

    const fromPg = await startPgServer(url);
    const pgRssAtStart = memory(fromPg.child.pid).rssMB;
    const pgTimes = await latencies(fromPg.origin, operations);
    const pgRss = memory(fromPg.child.pid).rssMB;
    const inMemory = await startServer({ DATA_DIR: dir });
    const memTimes = await latencies(inMemory.origin, operations);
    const memRss = memory(inMemory.child.pid).rssMB;
    // Side by side, taking turns: memory, PostgreSQL, memory, PostgreSQL.
    const memRate = [await throughput([inMemory.origin], operations)];
    const pgRate = [await throughput([fromPg.origin], operations)];
    memRate.push(await throughput([inMemory.origin], operations));
    pgRate.push(await throughput([fromPg.origin], operations));
    await inMemory.child.stop();
    const second = await startPgServer(url);
    const twoRate = await throughput([fromPg.origin, second.origin], operations);
    await second.child.stop();
    await fromPg.child.stop();
    const backupStarted = performance.now();
    replica = await startReplica(cluster);
    const backupSeconds = (performance.now() - backupStarted) / 1000;
    const fromReplica = await startPgServer(replica.urlOf('scale'));
    const replicaTimes = await latencies(fromReplica.origin, operations);
    const replicaRate = await throughput([fromReplica.origin], operations);
    await fromReplica.child.stop();

    console.log(`Startup: PostgreSQL ${Math.round(fromPg.startupMs)} ms, in memory ${Math.round(inMemory.startupMs)} ms. RSS: PostgreSQL ${mb(pgRssAtStart)} at start, ${mb(pgRss)} after the latency runs; in memory ${mb(inMemory.memoryAfterLoad.rssMB)} loaded, ${mb(memRss)} after.`);
    console.log(`Throughput (${args.clients} clients, ${args.seconds} s each, answers/s): in memory ${memRate.join(', ')}; PostgreSQL ${pgRate.join(', ')}; two PostgreSQL servers on one database ${twoRate}.`);
    console.log(`Streaming replica: base backup ${backupSeconds.toFixed(1)} s; a server reading it started in ${Math.round(fromReplica.startupMs)} ms and answered ${replicaRate}/s.\n`);
    console.log('| Example | PostgreSQL p50 ms | p99 ms | Replica p50 ms | p99 ms | In memory p50 ms | p99 ms |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const op of operations) {
      const cells = [pgTimes, replicaTimes, memTimes].flatMap((times) => times.get(op.name)!);
      console.log(`| ${op.name} | ${cells.join(' | ')} |`);
    }
  } finally {
    await stopAll();
    await replica?.stop();
    await cluster.stop();
  }
}
