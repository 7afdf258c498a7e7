/** Reads a corpus folder, validates every file, and builds the store, or reports every problem. */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { StoreBuilder } from './build-store.js';
import { checkFile, type FileCheckJob, type FileCheckResult } from './check-file.js';
import { CorpusError, type CorpusIssue } from './issues.js';
import type { Outline } from './outline.js';
import type { Store } from './store.js';
import { articleFromText } from './transfer.js';
import type { LocatedArticle } from './validate-file.js';

export interface CorpusCheck {
  store?: Store;
  issues: CorpusIssue[];
  files: number;
}

/** Files sent to a worker at a time: large enough that messaging costs little, small enough to share the work evenly. */
export const FILES_PER_JOB = 200;

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
export async function checkCorpusInParallel(dir: string, options: ParallelOptions = {}): Promise<CorpusCheck> {
  const builder = new StoreBuilder();
  const checked = await checkInParallel(dir, builder, options);
  return 'issue' in checked ? { issues: [checked.issue], files: 0 } : finish(dir, checked.files, checked.issues, builder);
}

/** What the ingest checks a folder into: its outline, and the SHA-256 of each article's file as checked, by article key. */
export interface OutlineCheck {
  outline?: Outline;
  issues: CorpusIssue[];
  files: number;
  /** The folder's files, sorted. */
  names: string[];
  hashes: Map<string, string>;
}

/** checkCorpusInParallel, into an outline (outline.ts): the same checks, without holding most facts. */
export async function outlineCorpusInParallel(dir: string, options: ParallelOptions = {}): Promise<OutlineCheck> {
  const builder = new StoreBuilder('outline');
  const hashes = new Map<string, string>();
  const checked = await checkInParallel(dir, builder, { ...options, hashes });
  if ('issue' in checked) return { issues: [checked.issue], files: 0, names: [], hashes };
  const { outline, issues } = finishWith(dir, checked.files, checked.issues, (other) => builder.finishOutline(other));
  return { outline, issues, files: checked.files, names: checked.names, hashes };
}

interface ParallelOptions {
  threads?: number;
  filesPerJob?: number;
}

/** Validates a folder's files on workers, each valid article added to the builder in file order; with `hashes`, each article's file's SHA-256 recorded. */
async function checkInParallel(
  dir: string,
  builder: StoreBuilder,
  { threads = availableParallelism(), filesPerJob = FILES_PER_JOB, hashes }: ParallelOptions & { hashes?: Map<string, string> },
): Promise<{ issues: CorpusIssue[]; files: number; names: string[] } | { issue: CorpusIssue }> {
  const listing = listFiles(dir);
  if ('issue' in listing) return listing;
  const { names } = listing;
  const issues: CorpusIssue[] = [];
  const workers = new CheckWorkers(Math.min(threads, Math.ceil(names.length / filesPerJob)));
  try {
    await workers.check({ dir, names, first: 0, hash: hashes !== undefined }, filesPerJob, ({ article, issues: found, hash }) => {
      issues.push(...found);
      if (article === undefined) return;
      const located = articleFromText(article);
      builder.add(located);
      hashes?.set(located.key, hash!);
    });
  } finally {
    await workers.close();
  }
  return { issues, files: names.length, names };
}

/**
 * Worker threads that check corpus files (validate-worker.ts), kept for several runs: the ingest
 * checks a folder again a chunk at a time (src/pg/ingest.ts).
 */
export class CheckWorkers {
  private readonly workers: Worker[];

  constructor(threads: number) {
    this.workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(WORKER_SOURCE, WORKER_OPTIONS));
  }

  /** Checks the job's files, filesPerJob to a worker at a time; `take` gets each result in the order of the names. */
  async check(job: FileCheckJob, filesPerJob: number, take: (result: FileCheckResult) => void): Promise<void> {
    const { names } = job;
    const jobs: FileCheckJob[] = [];
    for (let at = 0; at < names.length; at += filesPerJob) jobs.push({ ...job, names: names.slice(at, at + filesPerJob), first: job.first + at });
    // Results arrive out of order; they are taken in file order, as soon as all before them are in.
    const results: (FileCheckResult | undefined)[] = new Array(names.length);
    let next = 0;
    const arrived = (batch: FileCheckResult[]) => {
      for (const result of batch) results[result.index - job.first] = result;
      for (; next < names.length && results[next]; next++) {
        take(results[next]!);
        results[next] = undefined;
      }
    };
    const work = (worker: Worker): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        let pending = 0;
        const end = (error?: Error) => {
          worker.off('message', onMessage).off('error', onError).off('exit', onExit);
          if (!error) return resolve();
          jobs.length = 0; // the other workers stop after the jobs they hold
          reject(error);
        };
        const give = () => {
          const given = jobs.shift();
          if (!given) return;
          pending++;
          worker.postMessage(given);
        };
        const onMessage = (batch: FileCheckResult[]) => {
          pending--;
          give(); // before taking this batch in, so the worker never waits for this thread
          try {
            arrived(batch);
          } catch (error) {
            return end(error as Error);
          }
          if (pending === 0) end();
        };
        const onError = (error: Error) => end(new Error(`a corpus worker failed: ${error.message}`));
        const onExit = (code: number) => end(new Error(`a corpus worker exited with code ${code} before finishing`));
        worker.on('message', onMessage).on('error', onError).on('exit', onExit);
        // Two jobs in flight: the worker starts the second while this thread takes in the first.
        give();
        give();
        if (pending === 0) end();
      });
    await Promise.all(this.workers.map(work));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
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
  return finishWith(dir, files, issues, (other) => builder.finish(other));
}

function finishWith<Built extends { issues: CorpusIssue[] }>(dir: string, files: number, issues: CorpusIssue[], build: (otherIssues: boolean) => Built): Built & { files: number } {
  if (files === 0) issues.push({ file: dir, path: '$', message: 'the corpus folder holds no article files (*.json)' });
  const built = build(issues.length > 0);
  if (issues.length === 0) return { ...built, files };
  // Cross-file rules are still checked on the valid files, so one run reports as much as possible.
  const seen = new Set(issues.map((issue) => `${issue.file} ${issue.path}`));
  // With issues of its own the build made nothing but its issues.
  return { ...built, issues: [...issues, ...built.issues.filter((issue) => !seen.has(`${issue.file} ${issue.path}`))], files };
}

/** Loads a corpus folder into a store; throws a CorpusError listing every problem. */
export function loadCorpus(dir: string): Store {
  const { store, issues } = checkCorpus(dir);
  if (!store) throw new CorpusError(issues);
  return store;
}
