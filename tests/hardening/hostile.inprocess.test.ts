/**
 * Every hostile case against the app in-process (yoga.fetch): status, error code, message, and a
 * time and memory budget per case. The same table runs black-box in hostile.blackbox.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { createApp } from '../../src/yoga.js';
import { CASES } from './cases.js';
import { expectRefusal, sendInProcess } from './clients.js';

const TIME_BUDGET_MS = 2000;
/** Heap growth a single case may cause (the attacks this guards against took gigabytes). */
const HEAP_BUDGET_MB = 200;

const app = createApp({ store: loadCorpus('data/articles') });
const rows: string[] = [];

afterAll(() => {
  console.log(`In-process hostile cases (${CASES.length}):\n${rows.join('\n')}`);
});

describe('hostile requests, in-process', () => {
  it('has at least 35 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(35);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const heapBefore = process.memoryUsage().heapUsed;
    const answer = await sendInProcess(app, c);
    const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    rows.push(`  ${answer.status}  ${answer.ms.toFixed(1).padStart(7)} ms  ${c.name}`);

    expectRefusal(answer, c);
    expect(answer.headers['content-type']).toMatch(/json/);
    expect(answer.ms).toBeLessThan(TIME_BUDGET_MS);
    expect(heapGrowthMb).toBeLessThan(HEAP_BUDGET_MB);
  });

  it('still answers a normal query after all of them', async () => {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ city(key: "copenhagen") { name } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { city: { name: 'Copenhagen' } } });
  });
});
