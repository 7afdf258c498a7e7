/**
 * Node's heap flags, by what the process holds. `npm start` runs
 * `node $(node dist/heap-flags.js) dist/server.js`; the tests, benchmarks and soak that start the
 * built server pass heapFlags(their environment), so they run what `npm start` runs. The tools that
 * check a whole corpus folder run `tsx $(node --import tsx src/heap-flags.ts tool) scripts/...` (package.json).
 *
 * - In memory (no DATABASE_URL): the whole corpus is loaded into the heap. A large old space (with
 *   Node's default of about 4 GB a 100,000-article load spends its time collecting garbage) and a
 *   64 MB semi-space (fewer scavenges of a load where nearly everything survives): docs/performance.md.
 * - From PostgreSQL: nothing the size of the corpus stays in memory, only what requests hold and
 *   the caches' budgets. V8 grows its heap by its limits: with the in-memory flags, 5,200 requests
 *   on a 1,000-article database left 403 MB of RSS (peak 496); with a 512 MB old space and the
 *   default young generation, 217 MB, for less CPU. 1 GB left the same (211–222 MB after 780
 *   requests, against 213–224 with 512 MB and 288–297 with 2 GB) and leaves room for a request
 *   that reads many records (docs/scale.md, "Memory").
 */
import { totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';

/** The young generation of a load where nearly everything survives: the in-memory server's, and a tool's check. */
const LOAD_SEMI_SPACE = '--max-semi-space-size=64';

export function heapFlags(env: Readonly<Record<string, string | undefined>>): string[] {
  return env['DATABASE_URL'] ? ['--max-old-space-size=1024'] : ['--max-old-space-size=8192', LOAD_SEMI_SPACE];
}

/**
 * For a tool that checks a whole corpus folder into its own memory (npm run ingest, validate,
 * preview, start:pg, bench:pg-scale): the check builds the in-memory store, about 17.6 KB of heap
 * an article, and the tool is the machine's one large process. Node's default limit (4,144 MB
 * on a 23 GB machine) ended an ingest of 300,000 generated articles in its check, with
 * "JavaScript heap out of memory". Three quarters of the machine's memory leaves the rest to the
 * system and a database; a corpus beyond it still fails with V8's message rather than the kernel's
 * out-of-memory killer.
 */
function toolHeapFlags(): string[] {
  return [`--max-old-space-size=${Math.floor((totalmem() / 2 ** 20) * 0.75)}`, LOAD_SEMI_SPACE];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((process.argv[2] === 'tool' ? toolHeapFlags() : heapFlags(process.env)).join(' '));
}
