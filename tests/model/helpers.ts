/**
 * Helpers of the model tests: the fixture folders under tests/fixtures-model, their issues as a
 * reader checks them, and a client that asks a store's app what a front end would ask.
 */
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { CorpusIssue } from '../../src/corpus/issues.js';
import { checkCorpus, loadCorpus } from '../../src/corpus/load.js';
import type { Store } from '../../src/corpus/store.js';
import { createApp } from '../../src/yoga.js';

const FIXTURES = fileURLToPath(new URL('../fixtures-model', import.meta.url));

/** The path of a fixture folder (a corpus) under tests/fixtures-model. */
export const modelFixture = (name: string): string => join(FIXTURES, name);

/** Issues as a reader checks them: the file's name, the JSON path and the message, sorted by file and path. */
const brief = (issues: readonly CorpusIssue[]): CorpusIssue[] =>
  issues
    .map((issue) => ({ file: basename(issue.file), path: issue.path, message: issue.message }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.path.localeCompare(b.path));

/** Loads a valid fixture folder into a store (throws, listing every problem, when it is not valid). */
export const loadFixture = (name: string): Store => loadCorpus(modelFixture(name));

/** What the validator reports on a fixture folder: file name, JSON path and message, sorted. */
export const issuesOf = (name: string): CorpusIssue[] => brief(checkCorpus(modelFixture(name)).issues);

/** An expected issue: the file's name, the JSON path, and the message's text (a part of it, or a pattern). */
export const issue = (file: string, path: string, message: string | RegExp) => ({
  file,
  path,
  message: (typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message)) as unknown as string,
});

/** "file path" of each issue, sorted: to check that nothing but the expected issues is reported. */
export const where = (issues: readonly { file: string; path: string }[]): string[] => issues.map((i) => `${i.file} ${i.path}`).sort();

// GraphQL answers are checked field by field, as a front end reads them.
export type Query = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** A client of the app over this store: posts an operation that must succeed, and returns its data. */
export function clientOf(store: Store): Query {
  const app = createApp({ store });
  return async (query, variables) => {
    const response = await app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: never; errors?: unknown[] };
    if (response.status !== 200 || body.errors) throw new Error(`Expected success, got ${response.status}: ${JSON.stringify(body.errors)}`);
    return body.data!;
  };
}

/** The keys of a list of nodes, in order. */
export const keys = (nodes: readonly { key: string }[]): string[] => nodes.map((node) => node.key);
