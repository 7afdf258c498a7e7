/**
 * npm run soak: the real server under normal front-end traffic, then under the same traffic with
 * attackers alongside. Loopback only, bounded in time.
 *
 *   npm run soak -- [--seconds 5] [--rounds 3] [--normal-rate 200] [--attack-connections 8] [--attack-rate 500] [--cache]
 *
 * The two phases take turns, --rounds times, --seconds each (so that load from elsewhere on the
 * machine falls on both alike); each phase's figures are over all its rounds.
 * - Normal traffic: the GraphiQL examples (examples/*.graphql), POSTed at a fixed rate (open loop,
 *   so a slow server shows as latency, not as fewer requests) over kept-alive connections. Each
 *   request carries a unique header, so the response cache cannot answer it and every one runs the
 *   GraphQL pipeline; --cache drops the header and lets identical requests be answered from the cache.
 * - Attackers (phase 2 only): a separate process (at a lower CPU priority: on loopback it shares the
 *   server's CPUs, which real attackers do not) running autocannon at --attack-rate requests/s
 *   (0: as fast as it can) with hostile requests from tests/hardening/cases.ts: deep nesting,
 *   alias, directive and token floods, cost explosions, fragment towers, introspection cycles,
 *   1 MB bodies, malformed JSON, batches, CSRF-shaped posts, unknown routes and methods.
 *
 * Prints p50/p99 of the normal traffic in both phases, the count of 5xx answers (normal and attack)
 * and the server's memory high-water mark (VmHWM). Goals: attackers raise normal p99 by at most 2x,
 * no 5xx, memory bounded. Exits 1 when a goal is missed.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadExamples } from '../src/examples.js';
import { buildServer, ROOT, SERVER_ENTRY, SERVER_NODE_FLAGS } from './built-server.js';

const MEMORY_BOUND_MB = 600;

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    'normal-rate': { type: 'string', default: '200' },
    'attack-connections': { type: 'string', default: '8' },
    'attack-rate': { type: 'string', default: '500' },
    cache: { type: 'boolean', default: false },
    attacker: { type: 'string' },
  },
});

/** Attacker role: runs in its own process so that its work does not skew the normal traffic's timings. */
async function attack(base: string) {
  const { CASES } = await import('../tests/hardening/cases.js');
  const requests = CASES.filter((c) => c.body === undefined || typeof c.body === 'string' || Buffer.isBuffer(c.body))
    .filter((c) => !Buffer.isBuffer(c.body) || c.body.length <= 1_100_000)
    .map((c) => ({
      method: (c.method ?? 'POST') as 'POST',
      path: c.path ?? '/graphql',
      headers: c.headers ?? { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      ...(c.body === undefined ? {} : { body: c.body as string | Buffer }),
    }));
  // One large body among them: over the limit by ten times.
  requests.push({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: Buffer.alloc(1_000_000, 32) });
  const rate = Number(args['attack-rate']);
  process.stdout.write('attacking\n');
  const result = await autocannon({
    url: base,
    connections: Number(args['attack-connections']),
    duration: Number(args.seconds),
    requests,
    ...(rate > 0 ? { overallRate: rate } : {}),
  });
  process.stdout.write(
    `${JSON.stringify({ requests: result.requests.total, rps: Math.round(result.requests.average), '2xx': result['2xx'], '4xx': result['4xx'], '5xx': result['5xx'], errors: result.errors, timeouts: result.timeouts, kinds: requests.length })}\n`,
  );
}

interface Example {
  name: string;
  body: string;
}

function examples(): Example[] {
  return loadExamples().map((e) => ({ name: e.name, body: JSON.stringify({ query: e.query, ...(e.variables ? { variables: e.variables } : {}) }) }));
}

function vmHwmMb(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

/** Makes every normal request unique (with --cache off), across all the runs. */
let nonce = 0;

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);

/** Normal traffic at a fixed rate for `seconds`; latencies in ms, statuses counted. */
async function normalTraffic(base: string, list: Example[], rate: number, seconds: number, bust: boolean) {
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let failures = 0;
  let sent = 0;
  const pending = new Set<Promise<void>>();
  const started = performance.now();
  const total = Math.round(rate * seconds);
  const one = (i: number) => {
    const example = list[i % list.length]!;
    const t0 = performance.now();
    const p = new Promise<void>((resolve) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: '/graphql',
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json',
            ...(bust ? { 'x-soak-request': String(nonce++) } : {}),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - t0);
            statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
            resolve();
          });
        },
      );
      req.on('error', () => {
        failures++;
        resolve();
      });
      req.end(example.body);
    });
    pending.add(p);
    void p.then(() => pending.delete(p));
  };
  // Open loop: request i leaves at started + i/rate, whether or not earlier ones have come back.
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
      while (sent < due) one(sent++);
      if (sent >= total) return resolve();
      setTimeout(tick, 1);
    };
    tick();
  });
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    latencies,
    requests: latencies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    statuses: Object.fromEntries(statuses),
    failures,
    fiveXx: [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0),
  };
}

async function main() {
  const seconds = Number(args.seconds);
  const rate = Number(args['normal-rate']);
  const bust = !args.cache;
  const list = examples();
  const operations = new Set(loadExamples().map((e) => /^\s*query\s+(\w+)/m.exec(e.query)?.[1]).filter(Boolean));
  const logChunks: string[] = [];

  buildServer(); // what npm start runs
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER_ENTRY], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => server.exitCode === null && server.kill('SIGKILL');
  process.on('exit', stop);
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (chunk: string) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+?)\/graphql$/m.exec(out);
      if (match) {
        server.stdout!.off('data', onData);
        // Request logs: kept as they come (parsed after the run, not to compete with the traffic).
        server.stdout!.on('data', (more: string) => logChunks.push(more));
        resolve(match[1]!);
      }
    };
    server.stdout!.setEncoding('utf8').on('data', onData);
    server.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${out}`)));
  });
  const pid = server.pid!;
  console.log(
    `Soak: server pid ${pid} at ${base}; ${list.length} example operations at ${rate} req/s; ${args.rounds} rounds of ${seconds} s per phase${bust ? ' (response cache bypassed)' : ' (response cache on)'}`,
  );

  await normalTraffic(base, list, rate, 3, bust); // warm-up
  const rounds = Number(args.rounds);
  const calmRuns: Awaited<ReturnType<typeof normalTraffic>>[] = [];
  const stormRuns: Awaited<ReturnType<typeof normalTraffic>>[] = [];
  const attacks: Record<string, number>[] = [];
  let calmHwm = 0;
  const windows: { phase: 'calm' | 'storm'; from: number; to: number }[] = [];
  const timed = async (phase: 'calm' | 'storm') => {
    const from = Date.now();
    const run = await normalTraffic(base, list, rate, seconds, bust);
    windows.push({ phase, from, to: Date.now() });
    return run;
  };
  for (let round = 0; round < rounds; round++) {
    calmRuns.push(await timed('calm'));
    calmHwm = vmHwmMb(pid);
    const attacker = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--attacker', base, '--seconds', String(seconds + 2), '--attack-connections', args['attack-connections']!, '--attack-rate', args['attack-rate']!],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    // On a loopback soak the attacking client shares the server's CPUs, which real attackers do not:
    // it runs at a lower priority, so that what is measured is what the server does with its requests.
    try {
      setPriority(attacker.pid!, 19);
    } catch {
      // not permitted here: measured as is
    }
    let attackOut = '';
    attacker.stdout!.setEncoding('utf8').on('data', (chunk: string) => (attackOut += chunk));
    const attackerDone = new Promise<void>((resolve) => attacker.once('exit', () => resolve()));
    // The attacker process starts up (tsx), says so, and gets going.
    await new Promise<void>((resolve) => {
      const check = () => (attackOut.includes('attacking') ? setTimeout(resolve, 500) : setTimeout(check, 20));
      check();
    });
    stormRuns.push(await timed('storm'));
    await attackerDone;
    attacks.push(JSON.parse(attackOut.trim().split('\n').at(-1) ?? '{}') as Record<string, number>);
  }
  const merge = (runs: Awaited<ReturnType<typeof normalTraffic>>[]) => {
    const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const statuses: Record<string, number> = {};
    for (const r of runs) for (const [s, n] of Object.entries(r.statuses)) statuses[s] = (statuses[s] ?? 0) + n;
    return {
      requests: latencies.length,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? NaN,
      statuses,
      failures: runs.reduce((n, r) => n + r.failures, 0),
      fiveXx: runs.reduce((n, r) => n + r.fiveXx, 0),
      perRound: runs.map((r) => r.p99.toFixed(1)).join(', '),
    };
  };
  const calm = merge(calmRuns);
  const storm = merge(stormRuns);
  await new Promise((resolve) => setTimeout(resolve, 100)); // the last log lines
  const serverSide = logChunks
    .join('')
    .split('\n')
    .filter((line) => line.includes('"msg":"request"'))
    .map((line) => JSON.parse(line) as { time: string; operation?: string; ms: number })
    .filter((entry) => entry.operation && operations.has(entry.operation))
    .map((entry) => ({ at: Date.parse(entry.time), ms: entry.ms }));
  const inside = (phase: 'calm' | 'storm') =>
    serverSide
      .filter((e) => windows.some((w) => w.phase === phase && e.at >= w.from && e.at <= w.to))
      .map((e) => e.ms)
      .sort((a, b) => a - b);
  const serverCalm = inside('calm');
  const serverStorm = inside('storm');
  const attack: Record<string, number> = {};
  for (const a of attacks) for (const [k, v] of Object.entries(a)) attack[k] = k === 'kinds' ? v : (attack[k] ?? 0) + v;
  attack['rps'] = Math.round((attack['rps'] ?? 0) / Math.max(1, attacks.length));
  const stormHwm = vmHwmMb(pid);
  const alive = server.exitCode === null;
  stop();

  const fmt = (n: number) => n.toFixed(2).padStart(8);
  console.log('\nphase                requests   p50 ms   p99 ms   max ms  5xx  statuses  (p99 per round)');
  console.log(`normal only          ${String(calm.requests).padStart(8)} ${fmt(calm.p50)} ${fmt(calm.p99)} ${fmt(calm.max)} ${String(calm.fiveXx).padStart(4)}  ${JSON.stringify(calm.statuses)}${calm.failures ? ` failures ${calm.failures}` : ''}  (${calm.perRound})`);
  console.log(`normal + attackers   ${String(storm.requests).padStart(8)} ${fmt(storm.p50)} ${fmt(storm.p99)} ${fmt(storm.max)} ${String(storm.fiveXx).padStart(4)}  ${JSON.stringify(storm.statuses)}${storm.failures ? ` failures ${storm.failures}` : ''}  (${storm.perRound})`);
  if (serverCalm.length && serverStorm.length) {
    console.log(
      `server-side (handler time, from its request log): normal only p50 ${percentile(serverCalm, 50).toFixed(2)} p99 ${percentile(serverCalm, 99).toFixed(2)} ms; with attackers p50 ${percentile(serverStorm, 50).toFixed(2)} p99 ${percentile(serverStorm, 99).toFixed(2)} ms (${(percentile(serverStorm, 99) / percentile(serverCalm, 99)).toFixed(2)}x)`,
    );
  } else console.log('server-side: no figures (answers from the response cache carry no operation name in the log)');
  console.log(
    `attackers: ${attack['requests']} requests (${attack['rps']}/s${Number(args['attack-rate']) > 0 ? ` at a set rate of ${args['attack-rate']}/s` : ', as fast as they could'} over ${args['attack-connections']} connections, ${attack['kinds']} kinds of request): 2xx ${attack['2xx']}, 4xx ${attack['4xx']}, 5xx ${attack['5xx']}, connection errors ${attack['errors']}, timeouts ${attack['timeouts']}`,
  );
  console.log(`server VmHWM: ${calmHwm} MB after the normal phase, ${stormHwm} MB after the attack; still running: ${alive}`);

  const ratio = storm.p99 / calm.p99;
  const fiveXx = calm.fiveXx + storm.fiveXx + (attack['5xx'] ?? 0);
  const goals = [
    [`normal p99 under attack at most 2x (${ratio.toFixed(2)}x)`, ratio <= 2],
    [`no 5xx (${fiveXx})`, fiveXx === 0],
    [`normal requests all answered 200 (${calm.failures + storm.failures} failed)`, calm.failures + storm.failures === 0 && Object.keys({ ...calm.statuses, ...storm.statuses }).every((s) => s === '200')],
    [`memory bounded: VmHWM ${stormHwm} MB < ${MEMORY_BOUND_MB} MB`, stormHwm < MEMORY_BOUND_MB],
    ['the server survived', alive],
  ] as const;
  for (const [goal, met] of goals) console.log(`${met ? 'PASS' : 'FAIL'}  ${goal}`);
  console.log(
    'Note: the client-side figures include waiting for a CPU that the attacking client, the normal client and the server share on this machine; the server-side figures are the time the server spent on each request.',
  );
  process.exitCode = goals.every(([, met]) => met) ? 0 : 1;
}

if (args.attacker) await attack(args.attacker);
else await main();
