/**
 * Benchmark: what enforcing the request body limit costs, per way of enforcing it.
 *
 *   npx tsx tests/hardening/body-limit-bench.ts [seconds per run, default 4] [rounds, default 3] [connections, default 10]
 *
 * Each configuration runs in its own child process (node:http on 127.0.0.1); autocannon, in this
 * process, POSTs the same example query (JSON with Content-Length, as browsers and clients send it).
 * The configurations take turns, round after round, and each one's median round is reported, so a
 * burst of load from elsewhere on the machine does not land on one configuration only.
 *   bare        graphql-yoga with our schema, no body limit at all (maxRequestBodySize: false)
 *   yoga-limit  the same with graphql-yoga's maxRequestBodySize (every body through a TransformStream)
 *   ours        the same, with the limit as src/server.ts enforces it (src/http/body-limit.ts): the
 *               node-level bodyReader (Content-Length checked first, chunked bodies counted, JSON
 *               nesting scanned) handing the bytes over as a ReadBody, and the in-app check behind it
 *   app         the whole app (createApp: every hardening plugin) behind the same reader
 * The response cache is not in front: every request runs the GraphQL pipeline.
 */
import { spawn } from 'node:child_process';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createYoga } from 'graphql-yoga';

const MODES = ['bare', 'yoga-limit', 'ours', 'app'] as const;
type Mode = (typeof MODES)[number];
const LIMIT = 100_000;
const QUERY = `query DelegationToBeijing {
  visits(filter: { visitingCity: "copenhagen", hostCity: "beijing" }) {
    totalCount
    nodes { key visitors { name } durationDays delegation { description companies { key name } } }
  }
}`;

async function serve(mode: Mode) {
  const { loadCorpus } = await import('../../src/corpus/load.js');
  const { Queries } = await import('../../src/corpus/queries.js');
  const { schema } = await import('../../src/schema/index.js');
  const { bodyReader, ReadBody, useBodyLimit } = await import('../../src/http/body-limit.js');
  const { createApp } = await import('../../src/yoga.js');
  const { createRequestHandler } = await import('../../src/serve/handler.js');
  const { loadConfig } = await import('../../src/config.js');
  const store = loadCorpus('data/articles');
  const context = { store, queries: new Queries(store) };
  const yoga = (options: { maxRequestBodySize: number | false; ours: boolean }) =>
    createYoga({
      schema,
      context: () => context,
      logging: false,
      landingPage: false,
      graphiql: false,
      maxRequestBodySize: options.maxRequestBodySize,
      plugins: options.ours ? [useBodyLimit({ maxBytes: LIMIT })] : [],
    });
  // The node-level reader alone, in front of yoga: read within the limit, then the app.
  const withNodeReader = (app: RequestListener): RequestListener => {
    const read = bodyReader(LIMIT);
    return (req, res) => {
      if (req.method !== 'POST') return app(req, res);
      read(req).then(
        (body) => {
          if (!Buffer.isBuffer(body)) {
            res.writeHead(body.status, body.headers);
            return void res.end(body.body);
          }
          (req as typeof req & { body?: InstanceType<typeof ReadBody> }).body = new ReadBody(body);
          app(req, res);
        },
        () => undefined,
      );
    };
  };
  const listener: RequestListener =
    mode === 'bare'
      ? yoga({ maxRequestBodySize: false, ours: false })
      : mode === 'yoga-limit'
        ? yoga({ maxRequestBodySize: LIMIT, ours: false })
        : mode === 'ours'
          ? withNodeReader(yoga({ maxRequestBodySize: false, ours: true }))
          : createRequestHandler(createApp({ store }), { ...loadConfig({}), maxBodyBytes: LIMIT }).listener;
  const server = createServer(listener);
  server.listen(0, '127.0.0.1', () => console.log(`PORT ${(server.address() as AddressInfo).port}`));
}

async function run(mode: Mode, seconds: number, connections: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /PORT (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
  const options = {
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: QUERY }),
    connections,
  };
  await autocannon({ ...options, duration: 1 }); // warm-up
  const result = await autocannon({ ...options, duration: seconds });
  child.kill('SIGKILL');
  const non2xx = result.non2xx + result.errors;
  return { mode, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, non2xx };
}

if (process.argv[2] === '--serve') {
  await serve(process.argv[3] as Mode);
} else {
  const seconds = Number(process.argv[2] ?? 4);
  const rounds = Number(process.argv[3] ?? 3);
  const connections = Number(process.argv[4] ?? 10);
  console.log(
    `Body-limit benchmark: ${rounds} rounds of ${seconds} s per configuration, ${connections} connections, POST with Content-Length, limit ${LIMIT} bytes`,
  );
  const runs = new Map<Mode, Awaited<ReturnType<typeof run>>[]>(MODES.map((m) => [m, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < MODES.length; i++) {
      const mode = MODES[(i + round) % MODES.length]!;
      runs.get(mode)!.push(await run(mode, seconds, connections));
    }
  }
  const median = (mode: Mode) => {
    const sorted = [...runs.get(mode)!].sort((a, b) => a.rps - b.rps);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  const bare = median('bare').rps;
  console.log('mode         req/s   vs bare  p50 ms  p99 ms  non-2xx  (all rounds, req/s)');
  for (const mode of MODES) {
    const r = median(mode);
    console.log(
      `${r.mode.padEnd(11)} ${String(r.rps).padStart(6)}  ${(r.rps / bare).toFixed(2).padStart(7)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${String(r.non2xx).padStart(7)}  (${runs
        .get(mode)!
        .map((x) => x.rps)
        .join(', ')})`,
    );
  }
}
