/**
 * Admission (src/http/admission.ts) against the real server process: per-client budgets, the queue,
 * what is never shed, who a client is (socket address, X-Forwarded-For from trusted proxies only).
 * Clients speak from distinct loopback addresses (Linux routes all of 127.0.0.0/8 to lo), with small
 * settings so that a budget runs out, or the queue fills, within a few requests.
 */
import { createServer, request, type ClientRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientKey, createAdmission } from '../../src/http/admission.js';
import { DEFAULT_ADMISSION, type AdmissionLimits } from '../../src/http/defaults.js';
import { serverMetrics } from '../../src/http/metrics.js';
import type { Answer as ServedAnswer } from '../../src/serve/answer.js';
import type { ServedRequest } from '../../src/serve/request.js';
import { loadConfig } from '../../src/config.js';
import { killServers, spawnServer, waitForListening, waitForReady } from './helpers.js';

afterAll(killServers);

/** The heaviest ordinary request: what GraphiQL sends on opening (about 240 KB of answer, several ms). */
const INTROSPECTION_QUERY = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
let nonce = 0;
/** GraphiQL's introspection, each time a request of its own (a comment differs), so that the response cache never answers it. */
const introspection = () => JSON.stringify({ query: `${INTROSPECTION_QUERY}\n# ${++nonce}` });
const LIGHT = JSON.stringify({ query: '{ city(key: "copenhagen") { name } }' });

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  text: string;
  json: { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown } | undefined;
  ms: number;
}

/** Every request is made unique with this counter (a header), so that the response cache never answers it. */
let unique = 0;

interface Options {
  method?: string;
  path?: string;
  body?: string;
  headers?: Record<string, string>;
}

/** One request from the loopback address `from`, on a new connection. */
function send(base: string, from: string, options: Options = {}): Promise<Answer> {
  return open(base, from, options).answer;
}

/** As send, with the request, to leave before the answer. */
function open(base: string, from: string, { method = 'POST', path = '/graphql', body = LIGHT, headers = {} }: Options = {}): { req: ClientRequest; answer: Promise<Answer> } {
  const url = new URL(path, base);
  const started = performance.now();
  let req!: ClientRequest;
  const answer = new Promise<Answer>((resolve, reject) => {
    req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method,
        localAddress: from,
        agent: false,
        headers: { ...(method === 'POST' ? { 'content-type': 'application/json', accept: 'application/graphql-response+json' } : {}), 'x-test-request': String(unique++), ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let json: Answer['json'];
          try {
            json = JSON.parse(text) as Answer['json'];
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json, ms: performance.now() - started });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' ? body : undefined);
  });
  return { req, answer };
}

/** Sends introspection from `from` until it is refused; returns the refusal. */
async function exhaust(base: string, from: string, headers: Record<string, string> = {}): Promise<Answer> {
  for (let i = 0; i < 200; i++) {
    const answer = await send(base, from, { body: introspection(), headers });
    if (answer.status !== 200) return answer;
  }
  throw new Error(`${from} was never refused`);
}

/** Budgets that one introspection spends, for a minute. */
const SPENT_AFTER_ONE_REQUEST = { CLIENT_TIME_BUDGET_MS: '1', CLIENT_TIME_REFILL_MS_PER_S: '0.01' };

const codeOf = (answer: Answer) => answer.json?.errors?.[0]?.extensions?.['code'];

async function start(env: Record<string, string>): Promise<string> {
  const server = spawnServer({ LOG_LEVEL: 'warn', ...env });
  const base = await waitForListening(server);
  await waitForReady(base);
  return base;
}

describe('a per-client budget of server time', { timeout: 60_000 }, () => {
  let base: string;
  beforeAll(async () => {
    // 1 ms at once, 0.01 ms back per second: one introspection (several ms) puts a client a minute
    // in debt (the most it can owe), and asking again before then restarts the wait.
    base = await start({ ...SPENT_AFTER_ONE_REQUEST, CORS_ORIGIN: 'https://app.example,https://other.example' });
  }, 60_000);

  it('refuses the client that spent it, 503 CLIENT_OVER_BUDGET with Retry-After, while another client is served', async () => {
    const refused = await exhaust(base, '127.0.0.2');
    expect(refused.status).toBe(503);
    expect(codeOf(refused)).toBe('CLIENT_OVER_BUDGET');
    expect(refused.json?.errors?.[0]?.message).toMatch(/^Too many requests from this client: it has used its share of server time \(1 ms at once, 0\.01 ms per second\)\. Retry in 60 s\.$/);
    // It owes at most a minute of its refill.
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.json?.errors?.[0]?.extensions).toMatchObject({ retryAfter: 60, budgetMs: 1, refillMsPerS: 0.01 });
    expect(refused.ms).toBeLessThan(500);
    expect(refused.headers['cache-control']).toBe('no-store');
    expect(refused.headers['content-type']).toMatch(/^application\/json/);
    expect(refused.headers['x-content-type-options']).toBe('nosniff');

    // At the same time: the spent client is refused, another one is answered.
    const [again, other] = await Promise.all([send(base, '127.0.0.2', { body: introspection() }), send(base, '127.0.0.3', { body: introspection() })]);
    expect([again.status, codeOf(again)]).toEqual([503, 'CLIENT_OVER_BUDGET']);
    expect(other.status).toBe(200);
    expect(other.json?.errors).toBeUndefined();
    // Within a second of its first refusal (a request it may have sent before it knew): refused at once, not held.
    expect(again.ms).toBeLessThan(900);
  });

  it('answers /health, /ready and /metrics to a client over its budget, never from the cache', async () => {
    await exhaust(base, '127.0.0.4');
    expect(codeOf(await send(base, '127.0.0.4'))).toBe('CLIENT_OVER_BUDGET');
    for (const path of ['/health', '/ready']) expect((await send(base, '127.0.0.4', { method: 'GET', path })).status).toBe(200);
    const shedCount = async () => {
      const metrics = await send(base, '127.0.0.4', { method: 'GET', path: '/metrics', headers: { 'x-test-request': 'same' } });
      expect(metrics.status).toBe(200);
      expect(metrics.headers['etag']).toBeUndefined();
      return Number(/^news_graph_shed_requests_total\{reason="client_budget"\} (\d+)$/m.exec(metrics.text)?.[1]);
    };
    // The same request three times, a refusal before the second and the third: a kept answer would stop moving.
    const before = await shedCount();
    expect(before).toBeGreaterThanOrEqual(2);
    await send(base, '127.0.0.4');
    expect(await shedCount()).toBe(before + 1);
    await send(base, '127.0.0.4');
    expect(await shedCount()).toBe(before + 2);
  });

  it('lets a browser app read a refusal: CORS headers as the app gives them, Retry-After exposed', async () => {
    await exhaust(base, '127.0.0.5');
    const listed = await send(base, '127.0.0.5', { headers: { origin: 'https://app.example' } });
    expect([listed.status, codeOf(listed)]).toEqual([503, 'CLIENT_OVER_BUDGET']);
    expect(listed.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(listed.headers['access-control-expose-headers']).toMatch(/retry-after/i);
    expect(listed.headers['vary']).toMatch(/origin/i);
    // As every answer, an origin that is not listed is not allowed.
    const unlisted = await send(base, '127.0.0.5', { headers: { origin: 'https://evil.example' } });
    expect(unlisted.status).toBe(503);
    expect(unlisted.headers['access-control-allow-origin']).toBeUndefined();
    const answered = await send(base, '127.0.0.6', { headers: { origin: 'https://evil.example' } });
    expect(answered.status).toBe(200);
    expect(answered.headers['access-control-allow-origin']).toBeUndefined();
    // A preflight runs nothing and is never refused: a refused one would hide every answer from the app.
    const preflight = await send(base, '127.0.0.5', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://app.example');
  });

  it('ignores X-Forwarded-For without TRUST_PROXY: the client is the socket address', async () => {
    const refused = await exhaust(base, '127.0.0.7', { 'x-forwarded-for': '203.0.113.1' });
    expect(codeOf(refused)).toBe('CLIENT_OVER_BUDGET');
    // Another forwarded address from the same socket address does not make it a new client.
    const again = await send(base, '127.0.0.7', { headers: { 'x-forwarded-for': '203.0.113.2' } });
    expect([again.status, codeOf(again)]).toEqual([503, 'CLIENT_OVER_BUDGET']);
    // Nor does one client's forwarded address make another client share its budget.
    expect((await send(base, '127.0.0.8', { headers: { 'x-forwarded-for': '203.0.113.1' } })).status).toBe(200);
  });
});

describe('the queue', { timeout: 60_000 }, () => {
  let base: string;
  const QUEUE_WAIT_MS = 10_000;
  beforeAll(async () => {
    // One request executes, one waits; budgets out of the way.
    base = await start({ MAX_CONCURRENT_EXECUTIONS: '1', MAX_QUEUED_REQUESTS: '1', MAX_QUEUE_WAIT_MS: String(QUEUE_WAIT_MS), CLIENT_TIME_BUDGET_MS: '1000000', CLIENT_TIME_REFILL_MS_PER_S: '1000' });
  }, 60_000);

  it('refuses at once when it is full: 503 OVERLOADED with Retry-After, well before the queue wait; probes still answer', async () => {
    // 20 clients at once; each request takes several ms, so most find the one slot and the one place taken.
    const flood = Array.from({ length: 20 }, (_, i) => send(base, `127.0.1.${i + 1}`, { body: introspection() }));
    const probes = Promise.all(['/health', '/ready', '/metrics'].map((path) => send(base, '127.0.2.1', { method: 'GET', path })));
    const answers = await Promise.all(flood);
    const refused = answers.filter((a) => a.status === 503);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(2);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(codeOf(answer)).toBe('OVERLOADED');
      expect(answer.json?.errors?.[0]?.extensions).toMatchObject({ reason: 'queue_full', retryAfter: 1 });
      expect(answer.json?.errors?.[0]?.message).toBe('The server is overloaded: its queue is full (1 requests waiting). Retry in 1 s.');
      expect(answer.headers['retry-after']).toBe('1');
      expect(answer.headers['access-control-allow-origin']).toBe('*');
      expect(answer.ms).toBeLessThan(QUEUE_WAIT_MS / 5);
    }
    for (const probe of await probes) expect(probe.status).toBe(200);
    const metrics = await send(base, '127.0.2.1', { method: 'GET', path: '/metrics' });
    expect(metrics.text).toContain('# TYPE news_graph_shed_requests_total counter');
    expect(Number(/^news_graph_shed_requests_total\{reason="queue_full"\} (\d+)$/m.exec(metrics.text)?.[1])).toBe(refused.length);
  });
});

describe('the queue wait', { timeout: 60_000 }, () => {
  it('refuses a request that could not start in time: 503 OVERLOADED', async () => {
    const base = await start({ MAX_CONCURRENT_EXECUTIONS: '1', MAX_QUEUE_WAIT_MS: '1', CLIENT_TIME_BUDGET_MS: '1000000', CLIENT_TIME_REFILL_MS_PER_S: '1000' });
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => send(base, `127.0.3.${i + 1}`, { body: introspection() })));
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(answer.json?.errors?.[0]?.extensions).toMatchObject({ code: 'OVERLOADED', reason: 'queue_wait' });
      expect(answer.json?.errors?.[0]?.message).toBe('The server is overloaded: the request could not start within 1 ms. Retry in 1 s.');
    }
  });
});

describe('behind trusted proxies (TRUST_PROXY)', { timeout: 60_000 }, () => {
  let base: string;
  beforeAll(async () => {
    base = await start({ TRUST_PROXY: '127.0.0.2, 10.0.0.0/8', ...SPENT_AFTER_ONE_REQUEST });
  }, 60_000);

  it('takes the right-most X-Forwarded-For address that is not a trusted proxy as the client', async () => {
    // The client wrote "198.51.100.9" itself; the proxy appended the address it saw, 203.0.113.5.
    const refused = await exhaust(base, '127.0.0.2', { 'x-forwarded-for': '198.51.100.9, 203.0.113.5' });
    expect(codeOf(refused)).toBe('CLIENT_OVER_BUDGET');
    const as = (xff: string) => send(base, '127.0.0.2', { headers: { 'x-forwarded-for': xff } });
    // The same client, whatever it writes on the left, and through a second trusted proxy (10.1.2.3).
    expect(codeOf(await as('192.0.2.77, 203.0.113.5'))).toBe('CLIENT_OVER_BUDGET');
    expect(codeOf(await as('203.0.113.5, 10.1.2.3'))).toBe('CLIENT_OVER_BUDGET');
    expect(codeOf(await as('203.0.113.5'))).toBe('CLIENT_OVER_BUDGET');
    // Another client behind the same proxy, even one that writes the spent address on the left.
    expect((await as('203.0.113.6')).status).toBe(200);
    expect((await as('203.0.113.5, 203.0.113.7')).status).toBe(200);
    // The proxy itself was never charged.
    expect((await send(base, '127.0.0.2')).status).toBe(200);
  });

  it('ignores X-Forwarded-For from an address that is not a trusted proxy', async () => {
    await exhaust(base, '127.0.0.3', { 'x-forwarded-for': '203.0.113.20' });
    expect(codeOf(await send(base, '127.0.0.3', { headers: { 'x-forwarded-for': '203.0.113.21' } }))).toBe('CLIENT_OVER_BUDGET');
    // 203.0.113.20 itself was never charged: 127.0.0.3 was.
    expect((await send(base, '127.0.0.2', { headers: { 'x-forwarded-for': '203.0.113.20' } })).status).toBe(200);
  });
});

describe('the scheduler, in-process, with requests that hold their slot until told to answer', { timeout: 20_000 }, () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const until = async (test: () => boolean) => {
    for (let i = 0; i < 500 && !test(); i++) await sleep(10);
    expect(test()).toBe(true);
  };
  const shedCount = async (reason: string) => {
    const values = (await serverMetrics.find((m) => (m as { name?: string }).name === 'news_graph_shed_requests_total')!.get()).values;
    return values.find((v) => v.labels['reason'] === reason)?.value ?? 0;
  };

  /** A server whose requests answer `x-burn: N` after N ms of CPU time, and hold every other answer until release(). */
  async function scheduler(limits: Partial<AdmissionLimits>) {
    const started: string[] = [];
    const held: (() => void)[] = [];
    const text = (body: string): ServedAnswer => ({ status: 200, headers: {}, body: Buffer.from(body) });
    const execute = (req: IncomingMessage) =>
      new Promise<ServedAnswer>((resolve) => {
        const burn = Number(req.headers['x-burn'] ?? 0);
        if (burn) {
          // N ms of this process's CPU time, not of the clock: on a busy machine the process is descheduled meanwhile, and admission charges CPU time.
          const from = process.cpuUsage();
          while (process.cpuUsage(from).user + process.cpuUsage(from).system < burn * 1000);
          return resolve(text('burnt'));
        }
        started.push(req.socket.remoteAddress!);
        held.push(() => resolve(text('done')));
      });
    // 100 ms at once: a 40 ms burn leaves its client well in credit, with less than a fresh one.
    const admission = createAdmission({ ...DEFAULT_ADMISSION, clientBudgetMs: 100, clientRefillMsPerS: 0.01, ...limits });
    const server = createServer((req, res) => {
      const served: ServedRequest = { method: req.method ?? 'GET', path: '/', search: '', headers: req.headers, raw: req, notes: {}, onLeave: (listener) => void res.once('close', listener) };
      void Promise.resolve(admission.gate(served) ?? admission.run(served, () => execute(req))).then((answer) => {
        if (res.destroyed) return;
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const release = () => held.shift()!();
    return { base, started, held, release, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it('starts the waiter whose client has the most credit first, not the oldest', async () => {
    const s = await scheduler({ maxQueued: 10 });
    expect((await send(s.base, '127.0.5.2', { headers: { 'x-burn': '40' } })).text).toBe('burnt'); // 127.0.5.2 has spent 40 ms
    const a = send(s.base, '127.0.5.1');
    await until(() => s.held.length === 1);
    const b = send(s.base, '127.0.5.2');
    await sleep(50);
    const c = send(s.base, '127.0.5.3');
    await sleep(50);
    expect(s.started).toEqual(['127.0.5.1']);
    s.release();
    await until(() => s.held.length === 1);
    s.release();
    await until(() => s.held.length === 1);
    s.release();
    expect((await Promise.all([a, b, c])).map((x) => x.status)).toEqual([200, 200, 200]);
    expect(s.started).toEqual(['127.0.5.1', '127.0.5.3', '127.0.5.2']);
    await s.close();
  });

  it('when the queue is full, refuses the waiter whose client has the least credit, if it has less than the newcomer', async () => {
    const s = await scheduler({ maxQueued: 1 });
    await send(s.base, '127.0.6.2', { headers: { 'x-burn': '40' } });
    const a = send(s.base, '127.0.6.1');
    await until(() => s.held.length === 1);
    const spent = send(s.base, '127.0.6.2');
    await sleep(50);
    const fresh = send(s.base, '127.0.6.3');
    const refused = await spent;
    expect([refused.status, codeOf(refused)]).toEqual([503, 'OVERLOADED']);
    expect(refused.json?.errors?.[0]?.extensions?.['reason']).toBe('queue_full');
    // The newcomer with less credit than the waiter is the one refused.
    const late = await send(s.base, '127.0.6.2');
    expect([late.status, codeOf(late)]).toEqual([503, 'OVERLOADED']);
    s.release();
    await until(() => s.held.length === 1);
    s.release();
    expect((await fresh).status).toBe(200);
    expect((await a).status).toBe(200);
    expect(s.started).toEqual(['127.0.6.1', '127.0.6.3']);
    await s.close();
  });

  it('forgets a waiter whose client leaves: its place is free again and its timer stopped', async () => {
    const s = await scheduler({ maxQueued: 1, maxQueueWaitMs: 300 });
    const waits = await shedCount('queue_wait');
    const a = send(s.base, '127.0.7.1');
    await until(() => s.held.length === 1);
    const leaving = open(s.base, '127.0.7.2');
    leaving.answer.catch(() => {}); // it hangs up
    await sleep(50);
    leaving.req.destroy();
    await sleep(50);
    // Its place was freed: the next request waits instead of being refused as over a full queue.
    const next = send(s.base, '127.0.7.3');
    await sleep(50);
    s.release();
    await until(() => s.held.length === 1);
    s.release();
    expect((await next).status).toBe(200);
    expect((await a).status).toBe(200);
    await sleep(400); // past the queue wait of the one that left
    expect(await shedCount('queue_wait')).toBe(waits);
    expect(s.started).toEqual(['127.0.7.1', '127.0.7.3']);
    await s.close();
  });

  it('charges CPU time, not time spent waiting; a client asking again too early waits longer', async () => {
    const s = await scheduler({ clientBudgetMs: 20, clientRefillMsPerS: 1, maxQueued: 10 });
    const a = send(s.base, '127.0.8.1');
    await until(() => s.held.length === 1);
    await sleep(300);
    s.release();
    await a;
    const again = send(s.base, '127.0.8.1');
    await until(() => s.held.length === 1);
    s.release();
    expect((await again).status).toBe(200);
    // 30 ms of CPU spends a 20 ms budget: the next request is refused before it is read, and says when to come back.
    await send(s.base, '127.0.8.1', { headers: { 'x-burn': '30' } });
    const refused = await send(s.base, '127.0.8.1');
    expect([refused.status, codeOf(refused)]).toEqual([503, 'CLIENT_OVER_BUDGET']);
    // About 10 ms owed (the process's CPU time, so a little more), at 1 ms a second; at most a minute.
    const owed = Number(refused.headers['retry-after']);
    expect(owed).toBeGreaterThanOrEqual(9);
    expect(owed).toBeLessThanOrEqual(30);
    // Asking again and again before Retry-After, as an attack loop does: the first 8 refusals in a
    // row (what a client may have had in flight) come at once, then each doubles the wait and is
    // held for a second, so that a loop sends one request a second per connection.
    for (let i = 0; i < 7; i++) {
      const inFlight = await send(s.base, '127.0.8.1');
      expect([inFlight.status, inFlight.headers['retry-after']]).toEqual([503, String(owed)]);
      expect(inFlight.ms).toBeLessThan(500);
    }
    const early = await send(s.base, '127.0.8.1');
    expect([early.status, codeOf(early)]).toEqual([503, 'CLIENT_OVER_BUDGET']);
    expect(Number(early.headers['retry-after'])).toBeGreaterThanOrEqual(2 * owed - 3);
    expect(early.ms).toBeGreaterThanOrEqual(950);
    // Another client meanwhile is answered at once.
    const other = send(s.base, '127.0.8.2');
    await until(() => s.held.length === 1);
    s.release();
    expect((await other).status).toBe(200);
    await s.close();
  });
});

describe('TRUST_PROXY settings', { timeout: 60_000 }, () => {
  it.each([
    ['10.0.0.0/33', '"10.0.0.0/33" is not an IP address or CIDR subnet'],
    ['proxy.internal', '"proxy.internal" is not an IP address or CIDR subnet'],
  ])('an invalid entry (%s) stops startup with a clear message', async (value, message) => {
    const server = spawnServer({ TRUST_PROXY: `10.0.0.1,${value}` });
    const { code } = await server.exited;
    expect(code).toBe(1);
    expect(server.stderr()).toContain(`Refusing to start: Invalid configuration: TRUST_PROXY: ${message}`);
    expect(server.stdout()).not.toContain('listening');
  });

  it('takes addresses and subnets, IPv4 and IPv6, separated by commas', () => {
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.1 , 10.0.0.0/8,fd00::/8, ::1 ' }).admission.trustProxy).toEqual(['10.0.0.1', '10.0.0.0/8', 'fd00::/8', '::1']);
    expect(loadConfig({}).admission.trustProxy).toEqual([]);
    expect(() => loadConfig({ TRUST_PROXY: '::1/129' })).toThrow('TRUST_PROXY: "::1/129" is not an IP address or CIDR subnet');
  });
});

describe('clientKey', () => {
  const req = (remoteAddress: string, xff?: string) => ({ socket: { remoteAddress }, headers: xff === undefined ? {} : { 'x-forwarded-for': xff } }) as unknown as IncomingMessage;
  const direct = clientKey([]);

  it('is the socket address; an IPv4 address mapped into IPv6 is the IPv4 address', () => {
    expect(direct(req('192.0.2.1'))).toBe('192.0.2.1');
    expect(direct(req('::ffff:192.0.2.1'))).toBe('192.0.2.1');
  });

  it('is the /64 of an IPv6 address, however it is written', () => {
    expect(direct(req('2001:db8:1:2:3:4:5:6'))).toBe('2001:db8:1:2::/64');
    expect(direct(req('2001:0db8:0001:0002::7'))).toBe('2001:db8:1:2::/64');
    expect(direct(req('2001:db8:1:3::7'))).toBe('2001:db8:1:3::/64');
    expect(direct(req('2001:db8::1'))).toBe('2001:db8:0:0::/64');
    expect(direct(req('::1'))).toBe('0:0:0:0::/64');
    expect(direct(req('fe80::1%eth0'))).toBe('fe80:0:0:0::/64');
  });

  it('ignores X-Forwarded-For unless the socket is a trusted proxy', () => {
    expect(direct(req('192.0.2.1', '203.0.113.5'))).toBe('192.0.2.1');
    expect(clientKey(['10.0.0.0/8'])(req('192.0.2.1', '203.0.113.5'))).toBe('192.0.2.1');
  });

  it('behind trusted proxies, takes the right-most address that is not one of them', () => {
    const key = clientKey(['10.0.0.0/8', '2001:db8:ffff::/48', '192.0.2.1']);
    expect(key(req('10.0.0.1', '198.51.100.9, 203.0.113.5'))).toBe('203.0.113.5');
    expect(key(req('::ffff:10.0.0.1', '203.0.113.5, 10.9.9.9'))).toBe('203.0.113.5');
    expect(key(req('192.0.2.1', '::ffff:203.0.113.5'))).toBe('203.0.113.5');
    expect(key(req('2001:db8:ffff::1', '2001:db8:5:6::1234'))).toBe('2001:db8:5:6::/64');
    // No header, or no address in it: the proxy is the client (all its clients share one budget).
    expect(key(req('10.0.0.1'))).toBe('10.0.0.1');
    expect(key(req('10.0.0.1', 'unknown'))).toBe('10.0.0.1');
    // A hop that is not an address stops the walk: what is left of it is whatever the client wrote.
    expect(key(req('10.0.0.1', '203.0.113.5, garbage, 10.0.0.2'))).toBe('10.0.0.2');
    // Every hop trusted: the left-most.
    expect(key(req('10.0.0.1', '10.0.0.3, 10.0.0.2'))).toBe('10.0.0.3');
  });
});
