/**
 * npm run start:pg [-- DIR]: the API served from PostgreSQL, end to end, on a fresh machine: a
 * throwaway cluster (scripts/pg-cluster.ts), DIR (default data/articles) ingested into it with
 * `npm run ingest`'s code, then the built server with DATABASE_URL. Ctrl-C stops the server and
 * removes the cluster. Against a database of your own: `npm run ingest -- --database-url URL DIR`
 * once, then `DATABASE_URL=URL npm start`.
 */
import { spawn } from 'node:child_process';
import { formatIssues } from '../src/corpus/issues.js';
import { heapFlags } from '../src/heap-flags.js';
import { ingest } from '../src/pg/ingest.js';
import { startCluster } from './pg-cluster.js';

const dir = process.argv[2] ?? 'data/articles';
const cluster = await startCluster({ durable: true });
const url = await cluster.createDatabase('news_graph');
const result = await ingest({ databaseUrl: url, dir });
if (!result.ok) {
  console.error(`${dir} has problems; nothing was written.\n${formatIssues(result.issues)}`);
  await cluster.stop();
  process.exit(1);
}
console.log(`Ingested ${dir} into ${url}`);
const env = { ...process.env, DATABASE_URL: url };
const server = spawn(process.execPath, [...heapFlags(env), 'dist/server.js'], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill('SIGTERM'));
server.on('exit', (code) => {
  void cluster.stop().then(() => process.exit(code ?? 0));
});
