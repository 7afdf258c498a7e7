/**
 * Worker thread of the parallel corpus check (load.ts): validates the files it is sent and
 * posts back each valid article as text (transfer.ts) with the issues found.
 */
import { parentPort } from 'node:worker_threads';
import { checkFile, type FileCheckJob, type FileCheckResult } from './check-file.js';
import { articleToText } from './transfer.js';

parentPort!.on('message', ({ dir, names, first, hash }: FileCheckJob) => {
  const results: FileCheckResult[] = names.map((name, i) => {
    const checked = checkFile(dir, name, { hash });
    return { index: first + i, article: checked.article && articleToText(checked.article), issues: checked.issues, hash: checked.hash };
  });
  parentPort!.postMessage(results);
});
