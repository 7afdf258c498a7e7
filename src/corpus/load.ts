/** Reads a corpus folder, validates every file, and builds the store, or reports every problem. */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { StoreBuilder } from './build-store.js';
import { checkFile, type FileCheckJob, type FileCheckResult } from './check-file.js';
import { CorpusError, type CorpusIssue } from './issues.js';
import type { Store } from './store.js';
import { articleFromText } from './transfer.js';
import type { LocatedArticle } from './validate-file.js';

export interface CorpusCheck {
  store?: Store;
  issues: CorpusIssue[];
  files: number;
}

/** Files sent to a worker at a time: large enough that messaging costs little, small enough to share the work evenly. */
const FILES_PER_JOB = 200;

/** Validates a corpus folder; returns the store when it is valid, and every issue found. */
export function checkCorpus(dir: string): CorpusCheck {
  const listing = listFiles(dir);
  if ('issue' in listing) return { issues: [listing.issue], files: 0 };
  const issues: CorpusIssue[] = [];
  const builder = new StoreBuilder();
  for (const name of listing.names) {
    const { article, issues: found } = checkFile(dir, name);
    issues.push(...found);
    if (article) builder.add(article);
  }
  return finish(dir, listing.names.length, issues, builder);
}

/**
 * A corpus of files already checked one by one (checkFile), taken in the order given, as checkCorpus
 * takes a folder's: `npm run preview` checks a folder with one file added or put in another's place.
 */
export function corpusOfChecked(dir: string, checked: readonly { article?: LocatedArticle; issues: CorpusIssue[] }[]): CorpusCheck {
  const issues: CorpusIssue[] = [];
  const builder = new StoreBuilder();
  for (const { article, issues: found } of checked) {
    issues.push(...found);
    if (article) builder.add(article);
  }
  return finish(dir, checked.length, issues, builder);
}

/**
 * checkCorpus on worker threads, one per CPU: the files are validated in parallel while this
 * thread stays free to answer /health and /ready, then the store is built here.
 */
export async function checkCorpusInParallel(
  dir: string,
  { threads = availableParallelism(), filesPerJob = FILES_PER_JOB } = {},
): Promise<CorpusCheck> {
  const listing = listFiles(dir);
  if ('issue' in listing) return { issues: [listing.issue], files: 0 };
  const { names } = listing;
  const jobs: FileCheckJob[] = [];
  for (let first = 0; first < names.length; first += filesPerJob) jobs.push({ dir, names: names.slice(first, first + filesPerJob), first });
  // Results arrive out of order; articles go to the builder in file order, as soon as all before them are in.
  const results: FileCheckResult[] = new Array(names.length);
  const issues: CorpusIssue[] = [];
  const builder = new StoreBuilder();
  let next = 0;
  const take = (batch: FileCheckResult[]) => {
    for (const result of batch) results[result.index] = result;
    for (; next < names.length && results[next]; next++) {
      const { article, issues: found } = results[next]!;
      issues.push(...found);
      if (article !== undefined) builder.add(articleFromText(article));
      results[next] = undefined!;
    }
  };

  const work = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      let pending = 0;
      const give = () => {
        const job = jobs.shift();
        if (job) {
          pending++;
          worker.postMessage(job);
        } else if (pending === 0) resolve();
      };
      worker.on('message', (batch: FileCheckResult[]) => {
        pending--;
        give(); // before taking this batch in, so the worker never waits for this thread
        take(batch);
      });
      worker.once('error', (error) => reject(new Error(`a corpus worker failed: ${error.message}`)));
      worker.once('exit', (code) => reject(new Error(`a corpus worker exited with code ${code} before finishing`)));
      // Two jobs in flight: the worker starts the second while this thread takes in the first.
      give();
      give();
    });

  const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => new Worker(WORKER_SOURCE, WORKER_OPTIONS));
  try {
    await Promise.all(workers.map(work));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return finish(dir, names.length, issues, builder);
}

/**
 * The worker runs what this module runs: the compiled JavaScript (npm start), or TypeScript through
 * tsx (tests, scripts). Node 20 does not apply an `--import tsx` given in a worker's execArgv to its
 * entry module, so that entry registers tsx first.
 */
const WORKER_SOURCE = import.meta.url.endsWith('.js')
  ? `import(${JSON.stringify(new URL('./validate-worker.js', import.meta.url).href)})`
  : `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./validate-worker.ts', import.meta.url).href)}); })`;

/**
 * Nearly everything a worker allocates dies young (file text, parsed JSON, output text): a young
 * generation this large (Node's default is 16 MB per semi-space) cut the workers' GC time and the
 * load of 100,000 articles by about a tenth, measured here.
 */
const WORKER_OPTIONS = { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 384 } };

/** The folder's candidate files, sorted, or why it cannot be listed. */
export function listFiles(dir: string): { names: string[] } | { issue: CorpusIssue } {
  try {
    // Dotfiles (editor swap files, .gitkeep) are not articles; anything else that is not JSON is a mistake worth reporting.
    return { names: readdirSync(dir).filter((name) => !name.startsWith('.')).sort() };
  } catch (error) {
    return { issue: { file: dir, path: '$', message: `cannot read the corpus folder: ${(error as Error).message}` } };
  }
}

/** The per-file issues, in file order, then the cross-file ones, and the store when there is no issue at all. */
function finish(dir: string, files: number, issues: CorpusIssue[], builder: StoreBuilder): CorpusCheck {
  if (files === 0) issues.push({ file: dir, path: '$', message: 'the corpus folder holds no article files (*.json)' });
  const built = builder.finish(issues.length > 0);
  if (issues.length === 0) return { ...built, files };
  // Cross-file rules are still checked on the valid files, so one run reports as much as possible.
  const seen = new Set(issues.map((issue) => `${issue.file} ${issue.path}`));
  return { issues: [...issues, ...built.issues.filter((issue) => !seen.has(`${issue.file} ${issue.path}`))], files };
}

/** Loads a corpus folder into a store; throws a CorpusError listing every problem. */
export function loadCorpus(dir: string): Store {
  const { store, issues } = checkCorpus(dir);
  if (!store) throw new CorpusError(issues);
  return store;
}
