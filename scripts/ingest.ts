/**
 * npm run ingest -- [--database-url URL] [--prune] [--batch-size N] [DIR]
 * Loads a corpus folder (default data/articles) into PostgreSQL (src/pg/ingest.ts, docs/postgres.md).
 * The database is $DATABASE_URL unless --database-url names one. The folder is checked as
 * `npm run validate` checks it; with any problem, they are printed as validate prints them and
 * nothing is written. Unchanged articles are left alone; --prune deletes the articles that are no
 * longer in the folder (without it they stay, and are counted).
 * Exit status: 0 done, 1 the folder has problems, 2 a usage or database error.
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { formatIssues } from '../src/corpus/issues.js';
import { plural } from '../src/corpus/plural.js';
import { DEFAULT_BATCH_SIZE, ingest, type IndexProgress, type IngestProgress } from '../src/pg/ingest.js';

const USAGE = 'usage: npm run ingest -- [--database-url URL] [--prune] [--batch-size N] [DIR]';
/** Without a terminal, a line every this many batches of articles. */
const LINE_EVERY = 10;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { 'database-url': { type: 'string' }, prune: { type: 'boolean', default: false }, 'batch-size': { type: 'string' }, help: { type: 'boolean' } },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (args.positionals.length > 1) fail(`one folder at a time\n${USAGE}`);
const dir = args.positionals[0] ?? 'data/articles';
const databaseUrl = args.values['database-url'] ?? process.env.DATABASE_URL;
if (!databaseUrl) fail(`no database: set DATABASE_URL or pass --database-url\n${USAGE}`);
const batchSize = args.values['batch-size'] === undefined ? DEFAULT_BATCH_SIZE : Number(args.values['batch-size']);
if (!Number.isInteger(batchSize) || batchSize < 1) fail(`--batch-size must be a whole number of articles, at least 1\n${USAGE}`);

const showProgress = progressDisplay();
let result;
try {
  result = await ingest({ databaseUrl, dir, prune: args.values.prune, batchSize, onProgress: showProgress.update, onIndex: showProgress.index });
} catch (error) {
  showProgress.stop();
  fail(`ingest: ${(error as Error).message}`);
} finally {
  showProgress.stop();
}

if (!result.ok) {
  console.log(formatIssues(result.issues));
  console.log(`\n${dir}: ${plural(result.issues.length, 'problem')} in ${plural(result.files, 'file')}; nothing was written to the database`);
  process.exit(1);
}

const seconds = (s: number) => `${s.toFixed(1)} s`;
console.log(`${dir}: ${plural(result.files, 'file')}, no problems (checked in ${seconds(result.checkSeconds)})`);
if (result.migrations.length > 0) console.log(`migrations applied: ${result.migrations.map((m) => `${String(m.version).padStart(4, '0')}_${m.name}`).join(', ')}`);
console.log(
  `articles: ${result.added} added, ${result.changed} changed, ${result.unchanged} unchanged` +
    `${result.removed.length > 0 ? `, ${result.removed.length} removed` : ''}; ` +
    `${plural(result.batches, 'transaction')} in ${seconds(result.writeSeconds)}; corpus version ${result.version}`,
);
if (result.indexes.length > 0) console.log(`indexes: ${plural(result.indexes.length, 'index', 'indexes')} built once the articles were in (an empty database), in ${seconds(result.indexSeconds)}`);
if (result.left.length > 0) {
  const shown = result.left.slice(0, 5).join(', ') + (result.left.length > 5 ? ', ...' : '');
  console.log(`${plural(result.left.length, 'article')} in the database ${result.left.length === 1 ? 'is' : 'are'} no longer in ${dir} and ${result.left.length === 1 ? 'was' : 'were'} left (${shown}): --prune removes them`);
}

/**
 * A bar on a terminal; otherwise a plain line every LINE_EVERY batches; then a line for each index
 * built after the articles; nothing for a folder that fits in one batch.
 */
function progressDisplay(): { update(progress: IngestProgress): void; index(index: IndexProgress): void; stop(): void } {
  let bar: cliProgress.SingleBar | undefined;
  let lastLine = 0;
  // Unknown until the first progress: the indexes a stopped ingest left are built before any.
  let large: boolean | undefined;
  const lineStep = LINE_EVERY * batchSize;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    update(progress) {
      large = progress.total > batchSize;
      if (!large) return;
      if (process.stderr.isTTY) {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} articles, {written} written', hideCursor: true },
            cliProgress.Presets.shades_classic,
          );
          bar.start(progress.total, 0, { written: 0 });
        }
        bar.update(progress.done, { written: progress.written });
      } else if (Math.floor(progress.done / lineStep) > Math.floor(lastLine / lineStep) || (progress.done === progress.total && lastLine < progress.total)) {
        lastLine = progress.done;
        console.error(`ingest: ${progress.done}/${progress.total} articles compared, ${progress.written} written`);
      }
    },
    index({ name, position, total }) {
      if (large === false) return;
      stop();
      console.error(`ingest: building index ${name} (${position} of ${total})`);
    },
    stop,
  };
}
