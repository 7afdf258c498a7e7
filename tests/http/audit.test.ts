/**
 * The GraphQL-over-HTTP audit suite shipped in graphql-http (auditServer), against the real server
 * (the built server in a child process, response cache and body reader included): no MUST and no
 * SHOULD may fail.
 */
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ChildServer } from '../hardening/clients.js';

let server: ChildServer;

beforeAll(async () => {
  server = await startServer();
}, 60_000);

afterAll(() => server?.stop());

describe('GraphQL over HTTP conformance (graphql-http auditServer)', () => {
  it('passes every MUST and SHOULD audit', async () => {
    const results = await auditServer({ url: `${server.base}/graphql`, fetchFn: fetch });
    const failing = results.filter((r) => r.status !== 'ok').map((r) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    const counts = { ok: 0, warn: 0, error: 0, notice: 0 };
    for (const r of results) counts[r.status]++;
    console.log(`graphql-http audit: ${results.length} audits, ${JSON.stringify(counts)}${failing.length ? `\n${failing.join('\n')}` : ''}`);
    expect(results.length).toBeGreaterThan(50);
    expect(results.filter((r) => r.status === 'error' || r.status === 'warn').map((r) => `${r.id} ${r.name}`)).toEqual([]);
  });
});
