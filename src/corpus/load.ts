/** Reads a corpus folder, validates every file, and builds the store, or reports every problem. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { buildStore } from './build-store.js';
import { CorpusError, type CorpusIssue } from './issues.js';
import type { Store } from './store.js';
import { validateArticleFile, type LocatedArticle } from './validate-file.js';

export interface CorpusCheck {
  store?: Store;
  issues: CorpusIssue[];
  files: number;
}

/** Validates a corpus folder; returns the store when it is valid, and every issue found. */
export function checkCorpus(dir: string): CorpusCheck {
  const steps = checkSteps(dir);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** checkCorpus, letting the event loop run between files so a server can answer /health and /ready meanwhile. */
export async function checkCorpusAsync(dir: string, filesPerTurn = 100): Promise<CorpusCheck> {
  const steps = checkSteps(dir);
  for (let n = 1; ; n++) {
    const step = steps.next();
    if (step.done) return step.value;
    if (n % filesPerTurn === 0) await yieldToEventLoop();
  }
}

/** The check, one file per step; the return value is the result. */
function* checkSteps(dir: string): Generator<void, CorpusCheck> {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    return { issues: [{ file: dir, path: '$', message: `cannot read the corpus folder: ${(error as Error).message}` }], files: 0 };
  }
  const issues: CorpusIssue[] = [];
  const articles: LocatedArticle[] = [];
  // Dotfiles (editor swap files, .gitkeep) are not articles; anything else that is not JSON is a mistake worth reporting.
  const candidates = names.filter((name) => !name.startsWith('.'));
  for (const name of candidates) {
    yield;
    const file = join(dir, name);
    if (!name.endsWith('.json')) {
      issues.push({ file, path: '$', message: 'not an article file: article files end in .json' });
      continue;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      issues.push({ file, path: '$', message: `cannot read the file: ${(error as Error).message}` });
      continue;
    }
    const result = validateArticleFile(file, text);
    issues.push(...result.issues);
    if (result.article) articles.push(result.article);
  }
  if (candidates.length === 0) issues.push({ file: dir, path: '$', message: 'the corpus folder holds no article files (*.json)' });
  if (issues.length > 0) {
    // Still check cross-file rules on the valid files, so one run reports as much as possible.
    const seen = new Set(issues.map((issue) => `${issue.file} ${issue.path}`));
    issues.push(...buildStore(articles).issues.filter((issue) => !seen.has(`${issue.file} ${issue.path}`)));
    return { issues, files: candidates.length };
  }
  const built = buildStore(articles);
  return { ...built, files: candidates.length };
}

/** Loads a corpus folder into a store; throws a CorpusError listing every problem. */
export function loadCorpus(dir: string): Store {
  const { store, issues } = checkCorpus(dir);
  if (!store) throw new CorpusError(issues);
  return store;
}
