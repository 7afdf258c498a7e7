/**
 * npm run schema:check: compares the schema built from src/schema/ with the committed schema/schema.graphql of the base
 * (see resolveBase) using graphql-inspector's diff, and fails unless CHANGELOG.md records every breaking change.
 * docs/schema-changes.md says how to read and fix what it prints.
 *
 *   npm run schema:check [-- --base REF] [-- --schema FILE] [-- --changelog FILE]
 *
 * --base REF        compare against this commit instead of the one resolveBase picks
 * --schema FILE     the new schema as an SDL file, instead of the schema built from src/schema/
 * --changelog FILE  the changelog to look in (default CHANGELOG.md)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/** Where the committed schema and the changelog live, relative to the repository's root. */
export const COMMITTED_SCHEMA = 'schema/schema.graphql';
export const CHANGELOG = 'CHANGELOG.md';

export interface Base {
  /** The commit compared against; null when there is none (not a repository, no commit yet). */
  commit: string | null;
  /** Why this commit, in words for the report. */
  reason: string;
}

/** Runs git in `cwd`; null when it fails (unknown revision, not a repository...). */
const git = (cwd: string, ...args: string[]): string | null => {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};
const commitOf = (cwd: string, ref: string) => git(cwd, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`);

/**
 * The commit whose schema the new one is compared with:
 * - on a branch: where it left main (`git merge-base HEAD origin/main`, or the local `main` when there is no origin);
 * - on main itself (HEAD is that merge-base, as in CI after a push): the previous commit, HEAD~1, so that the last
 *   commit's changes, and any uncommitted ones, are checked;
 * - when that commit is not there (a shallow clone of depth 1, or the first commit): HEAD, which checks uncommitted
 *   changes only; the report says so.
 */
export function resolveBase(cwd: string): Base {
  const head = commitOf(cwd, 'HEAD');
  if (!head) return { commit: null, reason: git(cwd, 'rev-parse', '--git-dir') ? 'the repository has no commit yet' : 'not a git repository' };
  const shallow = git(cwd, 'rev-parse', '--is-shallow-repository') === 'true';
  for (const upstream of ['origin/main', 'main']) {
    if (!commitOf(cwd, upstream)) continue;
    const mergeBase = git(cwd, 'merge-base', 'HEAD', upstream);
    if (mergeBase && mergeBase !== head) return { commit: mergeBase, reason: `where HEAD left ${upstream} (git merge-base HEAD ${upstream})` };
    if (mergeBase === head) break;
    // No common commit in this history: a shallow clone cut it off. Fall back to the previous commit.
  }
  const previous = commitOf(cwd, 'HEAD~1');
  if (previous) return { commit: previous, reason: 'the previous commit (HEAD~1): HEAD is on main, or no main branch is known' };
  return {
    commit: head,
    reason: shallow
      ? 'HEAD, as this shallow clone holds no earlier commit: only uncommitted changes are checked (clone with full history, e.g. fetch-depth: 0, to check the last commit)'
      : 'HEAD, the first commit: only uncommitted changes are checked',
  };
}

/** A file as the given commit holds it; null when it does not hold it. */
const fileAt = (cwd: string, commit: string, path: string) => git(cwd, 'show', `${commit}:${path}`);

/** The changelog's `## ` sections, by heading. */
export function changelogSections(text: string): Map<string, string> {
  const sections = new Map<string, string>();
  let heading: string | null = null;
  let body: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) {
      if (heading !== null) sections.set(heading, body.join('\n'));
      heading = line.slice(3).trim();
      body = [];
    } else if (heading !== null) body.push(line);
  }
  if (heading !== null) sections.set(heading, body.join('\n'));
  return sections;
}

/**
 * The part of the changelog that may record changes made since the base: the "Unreleased" section, and any section
 * the base's changelog did not have (a release cut since the base renames "Unreleased" to its version).
 */
export function pendingChangelog(current: string, atBase: string | null): string {
  const before = new Set(changelogSections(atBase ?? '').keys());
  return [...changelogSections(current)]
    .filter(([heading]) => /^unreleased\b/i.test(heading) || !before.has(heading))
    .map(([heading, body]) => `## ${heading}\n${body}`)
    .join('\n');
}

/**
 * The schema coordinates that name a change, any of which the changelog may use: `Type`, `Type.field`,
 * `Type.field(argument:)` (graphql-inspector's `Type.field.argument` too), `Enum.VALUE`, `Input.field`, `@directive`.
 * A change below a field (an argument, a directive's use) may also be named by the field.
 */
export function coordinatesOf(change: Change): string[] {
  if (!change.path) return [...change.message.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  const parts = change.path.split('.');
  const names = [change.path];
  if (parts.length >= 3 && !parts[2]!.startsWith('@')) names.push(`${parts[0]}.${parts[1]}(${parts[2]}:)`);
  if (parts[0]!.startsWith('@') && parts.length >= 2) names.push(`${parts[0]}(${parts[1]}:)`);
  if (parts.length >= 3) names.push(`${parts[0]}.${parts[1]}`);
  if (parts.length >= 2 && parts[1]!.startsWith('@')) names.push(parts[0]!);
  return names;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** True when `text` names the coordinate as a whole: `Query.city` is not named by `Query.cityCount` or `OldQuery.city`. */
export const names = (text: string, coordinate: string) => new RegExp(`(?<![\\w.@])${escape(coordinate)}(?!\\w)`).test(text);

export interface CheckResult {
  ok: boolean;
  base: Base;
  breaking: { change: Change; recorded: boolean }[];
  dangerous: Change[];
  safe: Change[];
  /** Lines to print. */
  report: string[];
}

export interface CheckOptions {
  /** The repository (any folder in it); git runs there, and the paths below are relative to its root. */
  cwd: string;
  /** The new schema, as SDL. */
  schema: string;
  /** The changelog as it is now (default: CHANGELOG.md in the working tree). */
  changelog?: string;
  /** The commit to compare against (default: resolveBase). */
  base?: string;
}

export async function checkSchemaChanges(options: CheckOptions): Promise<CheckResult> {
  const { cwd } = options;
  const root = git(cwd, 'rev-parse', '--show-toplevel') ?? cwd;
  const base: Base = options.base ? { commit: commitOf(cwd, options.base), reason: `--base ${options.base}` } : resolveBase(cwd);
  const report: string[] = [];
  const result = (ok: boolean, breaking: CheckResult['breaking'] = [], dangerous: Change[] = [], safe: Change[] = []): CheckResult => ({
    ok,
    base,
    breaking,
    dangerous,
    safe,
    report,
  });

  if (options.base && !base.commit) {
    report.push(`schema:check: --base ${options.base} is not a commit of this repository.`);
    return result(false);
  }
  if (!base.commit) {
    report.push(`schema:check: skipped, ${base.reason}: there is no committed schema to compare with.`);
    return result(true);
  }
  const short = base.commit.slice(0, 7);
  const committed = fileAt(root, base.commit, COMMITTED_SCHEMA);
  if (committed === null) {
    report.push(`schema:check: ${short} (${base.reason}) has no ${COMMITTED_SCHEMA}: nothing to compare with.`);
    return result(true);
  }

  const changes = await diff(buildSchema(committed), buildSchema(options.schema));
  const changelog = options.changelog ?? readOrEmpty(`${root}/${CHANGELOG}`);
  const pending = pendingChangelog(changelog, fileAt(root, base.commit, CHANGELOG));
  const breaking = changes
    .filter((c) => c.criticality.level === CriticalityLevel.Breaking)
    .map((change) => ({ change, recorded: coordinatesOf(change).some((coordinate) => names(pending, coordinate)) }));
  const dangerous = changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous);
  const safe = changes.filter((c) => c.criticality.level === CriticalityLevel.NonBreaking);
  const unrecorded = breaking.filter((b) => !b.recorded);

  report.push(
    `schema:check: the schema against ${COMMITTED_SCHEMA} of ${short}, ${base.reason}:`,
    `  ${breaking.length} breaking, ${dangerous.length} dangerous, ${safe.length} safe change${safe.length === 1 ? '' : 's'}.`,
  );
  for (const { change, recorded } of breaking) {
    report.push(`  ${recorded ? 'recorded' : 'NOT RECORDED'}  breaking  ${change.path ?? '(schema)'}: ${change.message}`);
  }
  for (const change of dangerous) report.push(`  dangerous  ${change.path ?? '(schema)'}: ${change.message}`);
  if (unrecorded.length > 0) {
    report.push(
      '',
      `${unrecorded.length} breaking change${unrecorded.length === 1 ? ' is' : 's are'} not in the "Unreleased" section of ${CHANGELOG}.`,
      `Add a line for each there that names its coordinate (${unrecorded
        .map((b) => `\`${coordinatesOf(b.change).at(-1)}\``)
        .filter((c, i, all) => all.indexOf(c) === i)
        .join(', ')}) and says what a client must change (docs/schema-changes.md).`,
    );
  }
  return result(unrecorded.length === 0, breaking, dangerous, safe);
}

const readOrEmpty = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

async function main() {
  const { values } = parseArgs({
    options: { base: { type: 'string' }, schema: { type: 'string' }, changelog: { type: 'string' } },
  });
  // The schema built from code; imported only when needed, so that --schema works outside this project.
  const schema = values.schema ? readFileSync(values.schema, 'utf8') : (await import('../src/schema/print.js')).sdlText();
  const checked = await checkSchemaChanges({
    cwd: process.cwd(),
    schema,
    changelog: values.changelog === undefined ? undefined : readFileSync(values.changelog, 'utf8'),
    base: values.base,
  });
  (checked.ok ? console.log : console.error)(checked.report.join('\n'));
  process.exitCode = checked.ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
