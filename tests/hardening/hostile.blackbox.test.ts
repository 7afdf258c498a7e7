/**
 * Every hostile case against the real server (src/server.ts) in a child process with a 512 MB heap
 * cap, over real sockets: a case that crashed or exhausted it could not hide. After each case the
 * server must still be running, and its memory high-water mark (VmHWM, from /proc) stay in budget.
 * Prints each case's status, time and the high-water mark so far.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES } from './cases.js';
import { expectRefusal, sendOverHttp, startServer, vmHwmMb, type ChildServer } from './clients.js';

const TIME_BUDGET_MS = 2000;
/** The server's resident memory may never pass this (it starts at ~150 MB; the attacks took gigabytes). */
const MEMORY_BUDGET_MB = 400;

let server: ChildServer;
const rows: string[] = [];

beforeAll(async () => {
  server = await startServer();
}, 60_000);

afterAll(async () => {
  console.log(`Black-box hostile cases (${CASES.length}) against pid ${server?.child.pid}:\n  status       time   VmHWM  case\n${rows.join('\n')}`);
  await server?.stop();
});

describe('hostile requests, black-box against the server process', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const answer = await sendOverHttp(server.base, c);
    const hwm = vmHwmMb(server.child.pid!);
    rows.push(`  ${answer.status}    ${answer.ms.toFixed(1).padStart(8)} ms  ${String(hwm).padStart(4)} MB  ${c.name}`);

    expect(server.child.exitCode, `the server died: ${server.stderr()}`).toBeNull();
    expectRefusal(answer, c);
    expect(answer.ms).toBeLessThan(TIME_BUDGET_MS);
    expect(hwm).toBeLessThan(MEMORY_BUDGET_MB);
  });

  it('is still up and answering normal queries afterwards, with nothing on stderr', async () => {
    const response = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ city(key: "copenhagen") { name } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { city: { name: 'Copenhagen' } } });
    expect(server.child.exitCode).toBeNull();
    expect(server.stderr()).toBe('');
  });
});
