/**
 * Worker thread of the parallel corpus check (load.ts): validates the files it is sent and
 * posts back each valid article as text (transfer.ts) with the issues found.
 */
import { parentPort } from 'node:worker_threads';
import { checkFile, type FileCheckJob, type FileCheckResult } from './check-file.js';
import { articleToText } from './transfer.js';

parentPort!.on('message', ({ dir, names, first }: FileCheckJob) => {
  const results: FileCheckResult[] = names.map((name, i) => {
    const { article, issues } = checkFile(dir, name);
    return { index: first + i, article: article && articleToText(article), issues };
  });
  parentPort!.postMessage(results);
});
