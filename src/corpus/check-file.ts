/** One corpus file's own check: its name, that it can be read, and validateArticleFile. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusIssue } from './issues.js';
import { validateArticleFile, type LocatedArticle } from './validate-file.js';

/** Files [first, first + names.length) of a corpus folder's sorted listing, for a worker. */
export interface FileCheckJob {
  dir: string;
  names: string[];
  first: number;
}

/** A worker's answer for one file: the valid article as text (transfer.ts), and its issues. */
export interface FileCheckResult {
  index: number;
  article?: string;
  issues: CorpusIssue[];
}

export function checkFile(dir: string, name: string): { article?: LocatedArticle; issues: CorpusIssue[] } {
  const file = join(dir, name);
  if (!name.endsWith('.json')) return { issues: [{ file, path: '$', message: 'not an article file: article files end in .json' }] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { issues: [{ file, path: '$', message: `cannot read the file: ${(error as Error).message}` }] };
  }
  return validateArticleFile(file, text);
}
