/**
 * npm run soak: the real server under normal front-end traffic, then under the same traffic with
 * attackers alongside. Loopback only, bounded in time.
 *
 *   npm run soak -- [--seconds 5] [--rounds 3] [--normal-rate 200] [--normal-clients 20]
 *                   [--attackers 2] [--attack-connections 8] [--attack-rate 500] [--attack-polite] [--cache]
 *
 * Server settings come from the environment, e.g. `MAX_CONCURRENT_EXECUTIONS=4 npm run soak`.
 *
 * The two phases take turns, --rounds times, --seconds each (so that load from elsewhere on the
 * machine falls on both alike); each phase's figures are over all its rounds.
 * - Normal traffic: the GraphiQL examples (examples/*.graphql), POSTed at a fixed total rate (open
 *   loop, so a slow server shows as latency, not as fewer requests) over kept-alive connections,
 *   from --normal-clients loopback addresses (127.0.1.1, 127.0.1.2, ...: front ends are many
 *   clients, each sending a few requests a second), each request to the next address in turn. Each
 *   request has a query-string parameter of its own (`?soak=N`), so the response cache cannot answer
 *   it and every one is executed (an operation sent again takes the prepared-operation path, as a
 *   front end's do); --cache drops the parameter and lets identical requests be answered from the cache.
 * - Attackers (phase 2 only): a separate process (at a lower CPU priority: on loopback it shares the
 *   server's CPUs, which real attackers do not) sending from --attackers other loopback addresses
 *   (127.0.0.2, 127.0.0.3, ...), each over --attack-connections kept-alive connections, at
 *   --attack-rate requests/s in all (0: each connection sends its next request as soon as the last
 *   is answered). The first attacker, and every second one after it, sends the worst requests
 *   accepted within the limits (tests/hardening/worst-requests.ts); the others send the hostile
 *   requests of tests/hardening/cases.ts (deep nesting, alias, directive and token floods, cost
 *   explosions, fragment towers, introspection cycles, 1 MB bodies, malformed JSON, batches,
 *   CSRF-shaped posts, unknown routes and methods). Every attacking request is made unique, so that
 *   neither the response cache nor the prepared operations answer it: a worst request by a comment
 *   of its own at the end of its query (a new document: parsed, validated and costed each time),
 *   the others by a query-string parameter of their own; each one is admitted, parsed, validated
 *   and (the worst requests) executed, or refused by admission. Attackers ignore
 *   Retry-After, as attack loops do; with --attack-polite each waits as long as a 503 tells it to.
 *
 * Prints per phase the normal traffic's p50/p99 (as the client sees it and as the server's log
 * times it), its statuses, 5xx and 503 counts; the attackers' statuses and 503s by error code; the
 * server's shed counters (/metrics) and memory high-water mark (VmHWM). Goals: attackers raise the
 * normal p99 by at most 2x; no 5xx and no 503 to a normal client; memory bounded; the server
 * survives. Exits 1 when a goal is missed.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadExamples } from '../src/examples.js';
import { FIRST_ARTICLE, fitWorstRequests, type WorstRequest } from '../tests/hardening/worst-requests.js';
import { buildServer, ROOT, SERVER_ENTRY, heapFlags } from './built-server.js';

const MEMORY_BOUND_MB = 600;

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    'normal-rate': { type: 'string', default: '200' },
    'normal-clients': { type: 'string', default: '20' },
    attackers: { type: 'string', default: '2' },
    'attack-connections': { type: 'string', default: '8' },
    'attack-rate': { type: 'string', default: '500' },
    'attack-polite': { type: 'boolean', default: false },
    cache: { type: 'boolean', default: false },
    attacker: { type: 'string' },
  },
});

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

interface Reply {
  status: number;
  /** The error code of a 503 (its first error's extensions.code). */
  code?: string;
  /** Its Retry-After, in seconds. */
  retryAfter?: number;
  ms: number;
}

/** One request from a given agent (whose localAddress is the client's address); never rejects. */
function send(base: URL, agent: Agent, sent: Sent): Promise<Reply | undefined> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = request({ host: base.hostname, port: base.port, path: sent.path, method: sent.method, agent, headers: sent.headers }, (res) => {
      const chunks: Buffer[] = [];
      // Only a 503's body is read: its code says who refused and why.
      res.on('data', (chunk: Buffer) => res.statusCode === 503 && chunks.push(chunk));
      res.on('end', () => {
        const reply: Reply = { status: res.statusCode ?? 0, ms: performance.now() - t0 };
        if (reply.status === 503) {
          reply.code = codeOf(Buffer.concat(chunks).toString('utf8'), res.headers);
          reply.retryAfter = Number(res.headers['retry-after'] ?? 0);
        }
        resolve(reply);
      });
      res.on('error', () => resolve(undefined));
    });
    req.on('error', () => resolve(undefined));
    req.end(sent.body);
  });
}

function codeOf(text: string, headers: IncomingHttpHeaders): string {
  try {
    const code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
    return `${code ?? 'no code'}${headers['retry-after'] ? '' : ' (no Retry-After)'}`;
  } catch {
    return 'not JSON';
  }
}

/** Statuses and 503 codes of a batch of replies, with connection errors. */
class Tally {
  statuses: Record<string, number> = {};
  refusals: Record<string, number> = {};
  errors = 0;
  add(reply: Reply | undefined) {
    if (!reply) return void this.errors++;
    this.statuses[reply.status] = (this.statuses[reply.status] ?? 0) + 1;
    if (reply.code) this.refusals[reply.code] = (this.refusals[reply.code] ?? 0) + 1;
  }
  count(test: (status: number) => boolean) {
    return Object.entries(this.statuses).reduce((n, [s, c]) => n + (test(Number(s)) ? c : 0), 0);
  }
}

/** Attacker role: runs in its own process so that its work does not skew the normal traffic's timings. */
async function attack(base: URL) {
  const { CASES } = await import('../tests/hardening/cases.js');
  // The worst requests, grown against this server by the main process, come on stdin.
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  const worstRequests = JSON.parse(input) as WorstRequest[];
  const hostile: Sent[] = CASES.filter((c) => c.body === undefined || typeof c.body === 'string' || Buffer.isBuffer(c.body))
    .filter((c) => !Buffer.isBuffer(c.body) || c.body.length <= 1_100_000)
    .map((c) => ({ method: c.method ?? 'POST', path: c.path ?? '/graphql', headers: c.headers ?? JSON_HEADERS, ...(c.body === undefined ? {} : { body: c.body as string | Buffer }) }));
  // One large body among them: over the limit by ten times.
  hostile.push({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: Buffer.alloc(1_000_000, 32) });
  const worst: Sent[] = worstRequests.map((w) => ({ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: w.body }));
  const worstSent = new Set(worst);

  const seconds = Number(args.seconds);
  const rate = Number(args['attack-rate']);
  const connections = Number(args['attack-connections']);
  const attackers = Array.from({ length: Number(args.attackers) }, (_, i) => {
    const kind = i % 2 === 0 ? 'worst' : 'hostile';
    const agent = new Agent({ keepAlive: true, maxSockets: connections, localAddress: `127.0.0.${i + 2}` });
    return { address: `127.0.0.${i + 2}`, kind, list: kind === 'worst' ? worst : hostile, agent, tally: new Tally(), next: 0, resumeAt: 0 };
  });
  let attacks = 0;
  /** The request made unique (module comment above). */
  const unique = (sent: Sent): Sent => {
    const n = attacks++;
    if (worstSent.has(sent)) {
      const body = JSON.parse(String(sent.body)) as { query: string };
      return { ...sent, body: JSON.stringify({ ...body, query: `${body.query}\n# attack ${n}` }) };
    }
    return { ...sent, path: `${sent.path}${sent.path.includes('?') ? '&' : '?'}attack=${n}` };
  };
  const polite = args['attack-polite'];
  const fire = (a: (typeof attackers)[number]) => {
    const sent = a.list[a.next++ % a.list.length]!;
    return send(base, a.agent, unique(sent)).then((reply) => {
      a.tally.add(reply);
      if (polite && reply?.retryAfter) a.resumeAt = Math.max(a.resumeAt, performance.now() + reply.retryAfter * 1000);
    });
  };
  process.stdout.write('attacking\n');
  const until = performance.now() + seconds * 1000;
  const pending = new Set<Promise<void>>();
  if (rate > 0) {
    // Open loop at the set rate, the attackers in turn; at most `connections` in flight per attacker.
    const started = performance.now();
    let sent = 0;
    const inFlight = new Map(attackers.map((a) => [a, 0]));
    await new Promise<void>((resolve) => {
      const tick = () => {
        const due = Math.floor(((performance.now() - started) / 1000) * rate);
        while (sent < due) {
          const a = attackers[sent++ % attackers.length]!;
          if (inFlight.get(a)! >= connections || performance.now() < a.resumeAt) continue;
          inFlight.set(a, inFlight.get(a)! + 1);
          const p = fire(a).then(() => void inFlight.set(a, inFlight.get(a)! - 1));
          pending.add(p);
          void p.then(() => pending.delete(p));
        }
        if (performance.now() >= until) return resolve();
        setTimeout(tick, 1);
      };
      tick();
    });
  } else {
    // Closed loop: each connection sends its next request once the last is answered.
    const loop = async (a: (typeof attackers)[number]) => {
      while (performance.now() < until) {
        if (performance.now() < a.resumeAt) await new Promise((resolve) => setTimeout(resolve, Math.min(a.resumeAt, until) - performance.now()));
        else await fire(a);
      }
    };
    for (const a of attackers) for (let c = 0; c < connections; c++) pending.add(loop(a));
  }
  await Promise.all(pending);
  for (const a of attackers) a.agent.destroy();
  process.stdout.write(`${JSON.stringify(attackers.map((a) => ({ address: a.address, kind: a.kind, kinds: a.list.length, statuses: a.tally.statuses, refusals: a.tally.refusals, errors: a.tally.errors })))}\n`);
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

/** What a phase's figures leave out to show the attack after its onset (each attacking address's first burst). */
const ONSET_MS = 1000;

/** Normal traffic at a fixed rate for `seconds`, from `clients` addresses in turn; latencies in ms, statuses counted. */
async function normalTraffic(base: URL, list: Example[], rate: number, seconds: number, clients: number, bust: boolean) {
  const agents = Array.from({ length: clients }, (_, i) => new Agent({ keepAlive: true, maxSockets: 8, localAddress: `127.0.1.${i + 1}` }));
  const latencies: number[] = [];
  /** Latencies of the requests sent ONSET_MS or more after the start. */
  const later: number[] = [];
  const tally = new Tally();
  let sent = 0;
  const pending = new Set<Promise<void>>();
  const started = performance.now();
  const total = Math.round(rate * seconds);
  const one = (i: number) => {
    const example = list[i % list.length]!;
    const path = bust ? `/graphql?soak=${nonce++}` : '/graphql';
    const p = send(base, agents[i % clients]!, { method: 'POST', path, headers: JSON_HEADERS, body: example.body }).then((reply) => {
      tally.add(reply);
      if (reply) latencies.push(reply.ms);
      if (reply && performance.now() - reply.ms - started >= ONSET_MS) later.push(reply.ms);
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
  for (const agent of agents) agent.destroy();
  latencies.sort((a, b) => a - b);
  return { latencies, later, tally, p99: percentile(latencies, 99) };
}

type Run = Awaited<ReturnType<typeof normalTraffic>>;
interface AttackerReport {
  address: string;
  kind: string;
  kinds: number;
  statuses: Record<string, number>;
  refusals: Record<string, number>;
  errors: number;
}

async function main() {
  const seconds = Number(args.seconds);
  const rate = Number(args['normal-rate']);
  const clients = Number(args['normal-clients']);
  const bust = !args.cache;
  const list = examples();
  const operations = new Set(loadExamples().map((e) => /^\s*query\s+(\w+)/m.exec(e.query)?.[1]).filter(Boolean));
  const logChunks: string[] = [];

  buildServer(); // what npm start runs
  const env = { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'info' };
  const server = spawn(process.execPath, [...heapFlags(env), SERVER_ENTRY], {
    cwd: ROOT,
    env,
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
  const url = new URL(base);
  const pid = server.pid!;
  const attackRate = Number(args['attack-rate']);
  console.log(
    `Soak: server pid ${pid} at ${base}; ${list.length} example operations at ${rate} req/s from ${clients} addresses; ${args.attackers} attackers × ${args['attack-connections']} connections ${attackRate > 0 ? `at ${attackRate} req/s in all` : 'as fast as they can'}${args['attack-polite'] ? ', waiting as Retry-After says' : ', ignoring Retry-After'}; ${args.rounds} rounds of ${seconds} s per phase${bust ? ' (response cache bypassed)' : ' (response cache on)'}`,
  );

  // The worst requests the server accepts, grown against it; each try from a new address (127.0.9.x),
  // so that no budget runs out and shrinks them.
  let fitter = 0;
  const fit = async (body: string) => (await send(url, new Agent({ localAddress: `127.0.9.${(fitter++ % 250) + 1}` }), { method: 'POST', path: '/graphql', headers: JSON_HEADERS, body }))?.status ?? 0;
  const first = (await (await fetch(`${base}/graphql`, { method: 'POST', headers: JSON_HEADERS, body: FIRST_ARTICLE })).json()) as { data: { articles: { nodes: { id: string }[] } } };
  const worst = await fitWorstRequests(first.data.articles.nodes[0]!.id, fit);
  console.log(`worst requests accepted within the limits: ${worst.map((w) => `${w.name} (n=${w.n})`).join(', ')}`);

  await normalTraffic(url, list, rate, 3, clients, bust); // warm-up
  const rounds = Number(args.rounds);
  const calmRuns: Run[] = [];
  const stormRuns: Run[] = [];
  const attacks: AttackerReport[][] = [];
  let calmHwm = 0;
  const windows: { phase: 'calm' | 'storm'; from: number; to: number }[] = [];
  const timed = async (phase: 'calm' | 'storm') => {
    const from = Date.now();
    const run = await normalTraffic(url, list, rate, seconds, clients, bust);
    windows.push({ phase, from, to: Date.now() });
    return run;
  };
  for (let round = 0; round < rounds; round++) {
    calmRuns.push(await timed('calm'));
    calmHwm = vmHwmMb(pid);
    const attacker = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--attacker', base, '--seconds', String(seconds + 2), '--attackers', args.attackers!, '--attack-connections', args['attack-connections']!, '--attack-rate', args['attack-rate']!, ...(args['attack-polite'] ? ['--attack-polite'] : [])],
      { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
    );
    attacker.stdin!.end(JSON.stringify(worst));
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
    // The attacker process starts up (tsx) and says so as it starts sending: its first burst is measured.
    await new Promise<void>((resolve) => {
      const check = () => (attackOut.includes('attacking') ? resolve() : setTimeout(check, 20));
      check();
    });
    stormRuns.push(await timed('storm'));
    await attackerDone;
    attacks.push(JSON.parse(attackOut.trim().split('\n').at(-1) ?? '[]') as AttackerReport[]);
  }
  const merge = (runs: Run[]) => {
    const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const later = runs.flatMap((r) => r.later).sort((a, b) => a - b);
    const tally = new Tally();
    for (const r of runs) {
      for (const [s, n] of Object.entries(r.tally.statuses)) tally.statuses[s] = (tally.statuses[s] ?? 0) + n;
      for (const [c, n] of Object.entries(r.tally.refusals)) tally.refusals[c] = (tally.refusals[c] ?? 0) + n;
      tally.errors += r.tally.errors;
    }
    return {
      requests: latencies.length,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      laterP99: percentile(later, 99),
      max: latencies.at(-1) ?? NaN,
      tally,
      fiveXx: tally.count((s) => s >= 500),
      refused: tally.count((s) => s === 503),
      perRound: runs.map((r) => r.p99.toFixed(1)).join(', '),
    };
  };
  const calm = merge(calmRuns);
  const storm = merge(stormRuns);
  let shedLines = '(no /metrics)';
  try {
    const metrics = await (await fetch(`${base}/metrics`)).text();
    shedLines = metrics.split('\n').filter((l) => l.startsWith('news_graph_shed_requests_total')).join(', ') || 'none';
  } catch {
    // reported as missing
  }
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
  const stormHwm = vmHwmMb(pid);
  const alive = server.exitCode === null;
  stop();

  const fmt = (n: number) => n.toFixed(2).padStart(8);
  const row = (name: string, m: ReturnType<typeof merge>) =>
    `${name.padEnd(20)} ${String(m.requests).padStart(8)} ${fmt(m.p50)} ${fmt(m.p99)} ${fmt(m.max)} ${String(m.fiveXx).padStart(4)} ${String(m.refused).padStart(4)}  ${JSON.stringify(m.tally.statuses)}${m.tally.errors ? ` connection errors ${m.tally.errors}` : ''}  (${m.perRound})`;
  console.log('\nnormal clients       requests   p50 ms   p99 ms   max ms  5xx  503  statuses  (p99 per round)');
  console.log(row('alone', calm));
  console.log(row('with attackers', storm));
  console.log(
    `without each phase's first ${ONSET_MS / 1000} s (the attack's onset, when each attacking address spends its first burst): p99 alone ${calm.laterP99.toFixed(2)} ms, with attackers ${storm.laterP99.toFixed(2)} ms (${(storm.laterP99 / calm.laterP99).toFixed(2)}x; not a goal, shown to tell the onset from the rest)`,
  );
  if (serverCalm.length && serverStorm.length) {
    console.log(
      `server-side (handler time, from its request log): alone p50 ${percentile(serverCalm, 50).toFixed(2)} p99 ${percentile(serverCalm, 99).toFixed(2)} ms; with attackers p50 ${percentile(serverStorm, 50).toFixed(2)} p99 ${percentile(serverStorm, 99).toFixed(2)} ms (${(percentile(serverStorm, 99) / percentile(serverCalm, 99)).toFixed(2)}x)`,
    );
  } else console.log('server-side: no figures (answers from the response cache carry no operation name in the log)');
  const byAttacker = new Map<string, AttackerReport>();
  for (const round of attacks) {
    for (const a of round) {
      const sum = byAttacker.get(a.address) ?? { ...a, statuses: {}, refusals: {}, errors: 0 };
      for (const [s, n] of Object.entries(a.statuses)) sum.statuses[s] = (sum.statuses[s] ?? 0) + n;
      for (const [c, n] of Object.entries(a.refusals)) sum.refusals[c] = (sum.refusals[c] ?? 0) + n;
      sum.errors += a.errors;
      byAttacker.set(a.address, sum);
    }
  }
  for (const a of byAttacker.values()) {
    const total = Object.values(a.statuses).reduce((n, c) => n + c, 0);
    console.log(
      `attacker ${a.address} (${a.kind}, ${a.kinds} kinds): ${total} requests (${Math.round(total / (rounds * (seconds + 2)))}/s), statuses ${JSON.stringify(a.statuses)}, 503 by code ${JSON.stringify(a.refusals)}${a.errors ? `, connection errors ${a.errors}` : ''}`,
    );
  }
  console.log(`shed (server metrics): ${shedLines}`);
  console.log(`server VmHWM: ${calmHwm} MB after the normal phase, ${stormHwm} MB after the attack; still running: ${alive}`);

  const ratio = storm.p99 / calm.p99;
  const fiveXx = calm.fiveXx + storm.fiveXx;
  const refused = calm.refused + storm.refused;
  const failed = calm.tally.errors + storm.tally.errors;
  const goals = [
    [`normal p99 under attack at most 2x (${storm.p99.toFixed(2)} / ${calm.p99.toFixed(2)} ms = ${ratio.toFixed(2)}x)`, ratio <= 2],
    [`no 5xx to normal clients (${fiveXx})`, fiveXx === 0],
    [`no 503 to normal clients (${refused}${refused ? `: ${JSON.stringify({ ...calm.tally.refusals, ...storm.tally.refusals })}` : ''})`, refused === 0],
    [`normal requests all answered 200 (${failed} connection errors)`, failed === 0 && Object.keys({ ...calm.tally.statuses, ...storm.tally.statuses }).every((s) => s === '200')],
    [`memory bounded: VmHWM ${stormHwm} MB < ${MEMORY_BOUND_MB} MB`, stormHwm < MEMORY_BOUND_MB],
    ['the server survived', alive],
  ] as const;
  for (const [goal, met] of goals) console.log(`${met ? 'PASS' : 'FAIL'}  ${goal}`);
  console.log(
    'Note: the client-side figures include waiting for a CPU that the attacking client, the normal client and the server share on this machine; the server-side figures are the time the server spent on each request.',
  );
  process.exitCode = goals.every(([, met]) => met) ? 0 : 1;
}

if (args.attacker) await attack(new URL(args.attacker));
else await main();
