/**
 * Beyond one process: two API servers on one database, and one reading a streaming replica of it
 * (two local clusters), each answering as the in-memory store does and each seeing a later ingest
 * into the primary without a restart.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCluster, startReplica, type PgCluster } from '../../scripts/pg-cluster.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { loadExamples } from '../../src/examples.js';
import { PgCorpus } from '../../src/pg/corpus.js';
import { createApp } from '../../src/yoga.js';
import { ROOT } from '../corpus/helpers.js';
import { listenWired, type WiredServer } from '../wired-server.js';
import { ingested } from './helpers.js';

let primary: PgCluster;
let replica: PgCluster | undefined;
const dir = mkdtempSync(join(tmpdir(), 'news-graph-replicas-'));

beforeAll(async () => {
  cpSync(join(ROOT, 'data/articles'), dir, { recursive: true });
  primary = await startCluster();
});
afterAll(async () => {
  await replica?.stop();
  await primary?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const answer = async (server: WiredServer, query: string, variables?: Record<string, unknown>) => {
  const response = await fetch(`${server.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return `${response.status} ${await response.text()}`;
};

it('two servers on one database and one on its streaming replica answer as the in-memory store, and follow a later ingest', { timeout: 120_000 }, async () => {
  const url = await primary.createDatabase('news');
  await ingested({ databaseUrl: url, dir });
  replica = await startReplica(primary);
  const databases = await Promise.all([PgCorpus.open(url, { poolSize: 2 }), PgCorpus.open(url, { poolSize: 2 }), PgCorpus.open(replica.urlOf('news'), { poolSize: 2, standbyPollMs: 200 })]);
  const servers = await Promise.all(databases.map((database) => listenWired(createApp({ database }))));
  const memory = await listenWired(createApp({ store: loadCorpus(dir) }));
  try {
    for (const example of loadExamples()) {
      const expected = await answer(memory, example.query, example.variables);
      for (const server of servers) expect(await answer(server, example.query, example.variables), example.name).toBe(expected);
    }

    const [file] = readdirSync(dir).sort();
    const json = JSON.parse(readFileSync(join(dir, file!), 'utf8'));
    writeFileSync(join(dir, file!), JSON.stringify({ ...json, title: 'A title written later' }));
    await ingested({ databaseUrl: url, dir });
    const title = `{ article(key: ${JSON.stringify(json.key)}) { title } }`;
    // Each server: the primary's at once (a new transaction sees the commit), the replica's once it has replayed it.
    for (const server of servers) await expect.poll(() => answer(server, title), { timeout: 10_000 }).toContain('A title written later');
    // The replica's server learns the new version by looking (it cannot LISTEN), the others by NOTIFY.
    await expect.poll(() => databases.map((database) => database.snapshot.version), { timeout: 10_000 }).toEqual(databases.map(() => databases[0]!.snapshot.version));
  } finally {
    await Promise.all([...servers, memory].map((server) => server.close()));
    await Promise.all(databases.map((database) => database.close()));
  }
});
