/**
 * Admission: which requests start executing, and when (docs/security.md, "Overload and fairness").
 *
 * Resolvers run synchronously over memory, so a running request holds the one event loop: without a
 * bound, one client's heavy requests delay everyone. The serving layer (src/serve/handler.ts) asks
 * `gate` before it reads a request's body or looks in the response cache, and has a cache miss
 * executed through `run`:
 * - each client (clientKey) has a token bucket of server time, `clientBudgetMs` refilled at
 *   `clientRefillMsPerS`. A request starts only while its client is in credit, and what it cost is
 *   charged when its answer ends: the CPU time the process spent meanwhile (a machine's other
 *   processes do not count). A client out of credit gets 503 CLIENT_OVER_BUDGET with Retry-After
 *   saying when it is back in credit, at the gate, before its body is read, so that refusing it
 *   costs little; other clients are not affected. A client that keeps asking before Retry-After (an
 *   attack loop: more than FREE_REFUSALS refusals in a row) has its debt doubled at each refusal, up
 *   to a minute of refill, and gets the refusal a second later: it stays refused while it keeps
 *   sending, and costs the server one refusal a second per connection instead of as many as can be
 *   written; one that waits as told comes back;
 * - at most `maxConcurrent` requests hold a slot; the others wait in one queue, at most `maxQueued`
 *   of them, each for at most `maxQueueWaitMs`, else 503 OVERLOADED. A client holds at most
 *   `maxClientConcurrency` slots. When a slot frees, the waiter whose client has the most credit
 *   starts first, and a full queue refuses the waiter whose client has the least;
 * - a slot is freed once the event loop has read its sockets after the answer ended, not at once.
 *   A request runs from start to answer without letting the loop turn (measured: every request,
 *   examples and introspection alike), so a slot freed at once would always be free when the next
 *   request is read: nothing would ever queue, the most-credit-first choice would never be made and
 *   an overloaded server would never refuse; requests would wait unseen in the sockets instead.
 *   Held that long, the slot makes everything that arrived meanwhile queue, and the next to run is
 *   chosen among it. `maxConcurrent` is thus how many requests may start per turn of the loop.
 */
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import { LRUCache } from 'lru-cache';
import { Counter } from 'prom-client';
import { errorAnswer, type Answer } from '../serve/answer.js';
import type { ServedRequest } from '../serve/request.js';
import type { AdmissionLimits } from './defaults.js';
import { serverMetrics } from './metrics.js';

/** Created with the module, before any app's metrics registry takes in serverMetrics (src/http/metrics.ts). */
const shed = new Counter({
  name: 'news_graph_shed_requests_total',
  help: 'Requests refused with 503 before executing: queue_full, queue_wait (OVERLOADED), client_budget (CLIENT_OVER_BUDGET).',
  labelNames: ['reason'],
  registers: [],
});
serverMetrics.push(shed);

type Reason = 'queue_full' | 'queue_wait' | 'client_budget';

/**
 * Refusals for its budget a client gets as they are, in a row: the requests it had in flight when
 * first refused (a browser sends at most 6 at once to a host). After them it is asking before its
 * Retry-After, as attack loops do: each refusal doubles its debt and is answered a second later.
 */
const FREE_REFUSALS = 8;
const EARLY_RETRY_DELAY_MS = 1000;

interface Client {
  /** Milliseconds of server time it may still spend; negative after a request that cost more. */
  credit: number;
  /** When credit was last refilled (performance.now()). */
  at: number;
  /** Its requests holding a slot. */
  running: number;
  /** Refusals for its budget since it last started a request. */
  refusals: number;
}

interface Waiter {
  client: Client;
  served: ServedRequest;
  timer: NodeJS.Timeout;
  start: () => void;
}

export interface Admission {
  /** A refusal for a client out of credit, given at once (before its body is read); undefined for the others. */
  gate: (served: ServedRequest) => Answer | Promise<Answer> | undefined;
  /** Runs `execute` once a slot is free for the request's client, charging it what it cost; or a refusal. */
  run: (served: ServedRequest, execute: () => Promise<Answer>) => Promise<Answer>;
}

export function createAdmission(limits: AdmissionLimits): Admission {
  const clients = new LRUCache<string, Client>({ max: limits.maxClients });
  const keyOf = clientKey(limits.trustProxy);
  const clientOf = (served: ServedRequest) => {
    const key = keyOf(served.raw);
    let client = clients.get(key);
    if (!client) clients.set(key, (client = { credit: limits.clientBudgetMs, at: performance.now(), running: 0, refusals: 0 }));
    return client;
  };
  const maxDebt = 60 * limits.clientRefillMsPerS;
  const creditOf = (client: Client, now = performance.now()) => {
    client.credit = Math.min(limits.clientBudgetMs, client.credit + ((now - client.at) * limits.clientRefillMsPerS) / 1000);
    client.at = now;
    return client.credit;
  };
  const overBudget = (client: Client) => creditOf(client) < 0;

  /** The refusal (503 with Retry-After); held for a second for a client asking again and again before its Retry-After. */
  const refuse = (served: ServedRequest, reason: Reason, client: Client): Answer | Promise<Answer> => {
    shed.inc({ reason });
    const code = reason === 'client_budget' ? 'CLIENT_OVER_BUDGET' : 'OVERLOADED';
    served.notes.codes = [code];
    let delay = 0;
    if (reason === 'client_budget' && ++client.refusals > FREE_REFUSALS) {
      client.credit = Math.max(-maxDebt, 2 * client.credit);
      delay = EARLY_RETRY_DELAY_MS;
    }
    const retryAfter = reason === 'client_budget' ? Math.max(1, Math.ceil(-client.credit / limits.clientRefillMsPerS)) : 1;
    const message =
      reason === 'client_budget'
        ? `Too many requests from this client: it has used its share of server time (${limits.clientBudgetMs} ms at once, ${limits.clientRefillMsPerS} ms per second). Retry in ${retryAfter} s.`
        : reason === 'queue_full'
          ? `The server is overloaded: its queue is full (${limits.maxQueued} requests waiting). Retry in ${retryAfter} s.`
          : `The server is overloaded: the request could not start within ${limits.maxQueueWaitMs} ms. Retry in ${retryAfter} s.`;
    const extensions = reason === 'client_budget' ? { retryAfter, budgetMs: limits.clientBudgetMs, refillMsPerS: limits.clientRefillMsPerS } : { reason, retryAfter };
    const answer = errorAnswer(503, code, message, extensions, { 'cache-control': 'no-store', 'retry-after': String(retryAfter) });
    if (!delay) return answer;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(answer), delay);
      served.onLeave(() => {
        clearTimeout(timer);
        resolve(answer);
      });
    });
  };

  const gate = (served: ServedRequest) => {
    // Preflights run nothing, and a refused one would leave the browser unable to read any answer.
    if (served.method === 'OPTIONS') return undefined;
    const client = clientOf(served);
    return overBudget(client) ? refuse(served, 'client_budget', client) : undefined;
  };

  const queue: Waiter[] = [];
  /** Slots held: requests executing, or ended and not yet freed. */
  let running = 0;
  // Each request is charged its share of the CPU time spent while it executed, divided among the
  // requests executing meanwhile (only those that await interleave), whose work is mixed with its own.
  let executing = 0;
  let shared = 0;
  let tickedAt = cpuMs();
  const tick = () => {
    const now = cpuMs();
    if (executing > 0) shared += (now - tickedAt) / executing;
    tickedAt = now;
    return shared;
  };

  /** How each waiter's promise is settled: with its start, or a refusal. */
  const settle = new Map<Waiter, (answer: Answer | Promise<Answer>) => void>();
  const leave = (waiter: Waiter) => {
    const at = queue.indexOf(waiter);
    if (at >= 0) queue.splice(at, 1);
    clearTimeout(waiter.timer);
  };
  /** Takes a waiter out of the queue with a refusal. */
  const turnAway = (waiter: Waiter, reason: Reason) => {
    leave(waiter);
    settle.get(waiter)?.(refuse(waiter.served, reason, waiter.client));
    settle.delete(waiter);
  };

  /** Starts waiters while slots are free: the one whose client has the most credit (the oldest of equals) first. */
  const startWaiters = () => {
    while (running < limits.maxConcurrent) {
      let next: Waiter | undefined;
      const now = performance.now();
      for (const waiter of queue) {
        if (waiter.client.running < limits.maxClientConcurrency && (!next || creditOf(waiter.client, now) > next.client.credit)) next = waiter;
      }
      if (!next) return;
      if (overBudget(next.client)) turnAway(next, 'client_budget');
      else {
        leave(next);
        settle.delete(next);
        next.start();
      }
    }
  };

  const run = (served: ServedRequest, execute: () => Promise<Answer>): Promise<Answer> => {
    if (served.method === 'OPTIONS') return execute();
    const client = clientOf(served);
    if (overBudget(client)) return Promise.resolve(refuse(served, 'client_budget', client));
    return new Promise<Answer>((resolve, reject) => {
      const start = () => {
        client.refusals = 0;
        const from = tick();
        running++;
        executing++;
        client.running++;
        // Charged once the answer is made: the CPU time spent meanwhile, shared with what executed alongside.
        const end = () => {
          client.credit = Math.max(-maxDebt, creditOf(client) - (tick() - from));
          executing--;
          // Freed after the loop has next read its sockets: a request that ends on the poll phase would
          // otherwise free its slot on the check phase that follows, before what arrived meanwhile is read.
          setImmediate(() =>
            setImmediate(() => {
              running--;
              client.running--;
              startWaiters();
            }),
          );
        };
        execute().then(
          (answer) => {
            // An incremental answer (@defer, @stream) ends here too: resolvers are synchronous, so the
            // executor has computed its deferred parts with the first one, and what is left is writing
            // them. A client that reads them slowly holds its socket, not a slot.
            end();
            resolve(answer);
          },
          (error: unknown) => {
            end();
            reject(error);
          },
        );
      };
      if (running < limits.maxConcurrent && client.running < limits.maxClientConcurrency) return start();
      if (queue.length >= limits.maxQueued) {
        // The waiter whose client has the least credit (the newest of equals) gives up its place, if less than this client's.
        let last: Waiter | undefined;
        const now = performance.now();
        for (const w of queue) if (!last || creditOf(w.client, now) <= last.client.credit) last = w;
        if (!last || last.client.credit >= client.credit) return resolve(refuse(served, 'queue_full', client));
        turnAway(last, 'queue_full');
      }
      const waiter: Waiter = { client, served, start, timer: setTimeout(() => turnAway(waiter, 'queue_wait'), limits.maxQueueWaitMs) };
      settle.set(waiter, resolve);
      // A client that leaves while waiting frees its place; nothing is written to it.
      served.onLeave(() => {
        if (!settle.has(waiter)) return;
        leave(waiter);
        settle.delete(waiter);
        resolve(errorAnswer(499, 'CLIENT_CLOSED', 'The client closed the connection while its request waited.'));
      });
      queue.push(waiter);
    });
  };

  return { gate, run };
}

/** CPU time of the process (all threads), in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The key a client's share is kept under: the socket's address, or behind trusted proxies the
 * right-most X-Forwarded-For address that is not one of them (the left part of the header is
 * whatever the client wrote). IPv6 clients are keyed by their /64, what one subscriber is usually
 * given, so that one cannot take a new share with each address of its own network.
 */
export function clientKey(trustProxy: readonly string[]): (req: IncomingMessage) => string {
  const proxies = new BlockList();
  for (const entry of trustProxy) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) proxies.addAddress(address, type);
    else proxies.addSubnet(address, Number(prefix), type);
  }
  const isProxy = (address: string) => isIP(address) !== 0 && proxies.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
  return (req) => {
    let client = unmapped(req.socket.remoteAddress ?? '');
    if (trustProxy.length > 0 && isProxy(client)) {
      const hops = String(req.headers['x-forwarded-for'] ?? '').split(',');
      for (let i = hops.length - 1; i >= 0; i--) {
        const hop = unmapped(hops[i]!.trim());
        if (!isIP(hop)) break;
        client = hop;
        if (!isProxy(hop)) break;
      }
    }
    return isIP(client) === 6 ? prefix64(client) : client;
  };
}

/** An IPv4 address as IPv4, also when a dual-stack socket writes it ::ffff:1.2.3.4. */
const unmapped = (address: string) => (address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address);

/** The first 64 bits of an IPv6 address, e.g. 2001:db8:0:1::/64. */
function prefix64(address: string): string {
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const groups = head ? head.split(':') : [];
  if (tail !== undefined) {
    const rest = tail ? tail.split(':') : [];
    groups.push(...Array<string>(Math.max(0, 8 - groups.length - rest.length)).fill('0'), ...rest);
  }
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}
