/** npm run schema:check (scripts/schema-diff.ts), on throwaway git repositories with small fixture schemas. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSchemaChanges, CHANGELOG, COMMITTED_SCHEMA, resolveBase } from '../../scripts/schema-diff.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const TMP = mkdtempSync(join(tmpdir(), 'schema-diff-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const BASE_SCHEMA = `type Query {
  city(key: String!): City
  cities(first: Int): [City!]!
}

type City {
  key: String!
  name: String!
  status: Status
}

enum Status {
  ACTIVE
  FORMER
}
`;
const changelog = (unreleased: string, older = '- `Query.town` was renamed `Query.city`.') =>
  `# Changelog\n\n## Unreleased\n\n${unreleased}\n\n## 0.1.0: first release\n\n${older}\n`;
const WITHOUT_CITY = BASE_SCHEMA.replace('  city(key: String!): City\n', '');

let repos = 0;
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
const write = (dir: string, files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
};
const commit = (dir: string, files: Record<string, string>, message = 'change') => {
  write(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
};
/** A repository on main whose first commit holds the base schema and a changelog with an empty Unreleased section. */
const repository = () => {
  const dir = join(TMP, `repo-${++repos}`);
  mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  commit(dir, { [COMMITTED_SCHEMA]: BASE_SCHEMA, [CHANGELOG]: changelog('') }, 'base');
  return dir;
};
const clone = (from: string, ...options: string[]) => {
  const dir = join(TMP, `repo-${++repos}`);
  git(TMP, 'clone', '-q', ...options, `file://${from}`, dir);
  return dir;
};
const check = (cwd: string, schema: string, changelogText?: string) => checkSchemaChanges({ cwd, schema, changelog: changelogText });

describe('breaking changes and the changelog', () => {
  // One repository on main with a single commit: the base is HEAD, and the schema and changelog passed in are the "working tree".
  const dir = repository();

  it('passes when nothing changed', async () => {
    const result = await check(dir, BASE_SCHEMA, changelog(''));
    expect(result.ok).toBe(true);
    expect(result.report[1]).toBe('  0 breaking, 0 dangerous, 0 safe changes.');
  });

  it('fails on a breaking change the Unreleased section does not record, naming the change', async () => {
    const result = await check(dir, WITHOUT_CITY, changelog(''));
    expect(result.ok).toBe(false);
    expect(result.report.join('\n')).toContain("NOT RECORDED  breaking  Query.city: Field 'city' was removed from object type 'Query'");
    expect(result.report.join('\n')).toContain('Add a line for each there that names its coordinate (`Query.city`)');
  });

  it('passes once the Unreleased section names the coordinate', async () => {
    const result = await check(dir, WITHOUT_CITY, changelog('- `Query.city` is gone: look cities up with `cities`.'));
    expect(result.ok).toBe(true);
    expect(result.report).toContain("  recorded  breaking  Query.city: Field 'city' was removed from object type 'Query'");
  });

  it.each([
    ['a longer name that starts with it', '- `Query.cityCount` was added.'],
    ['the name in another type', '- `OldQuery.city` was removed.'],
    ['the type alone', '- `Query` changed.'],
  ])('does not take %s for the coordinate', async (_what, line) => {
    expect((await check(dir, WITHOUT_CITY, changelog(line))).ok).toBe(false);
  });

  it('does not count a line under a release the base already had', async () => {
    expect((await check(dir, WITHOUT_CITY, changelog('', '- `Query.city` is gone.'))).ok).toBe(false);
  });

  it.each([
    ['the argument coordinate', '- `Query.cities(first:)` is gone: every city is returned.'],
    ["graphql-inspector's path", '- Query.cities.first is gone.'],
    ['the field', '- `Query.cities` lost its `first` argument.'],
  ])('takes %s for a removed argument', async (_what, line) => {
    const schema = BASE_SCHEMA.replace('cities(first: Int)', 'cities');
    expect((await check(dir, schema, changelog(''))).report.join('\n')).toContain('NOT RECORDED  breaking  Query.cities.first');
    expect((await check(dir, schema, changelog(line))).ok).toBe(true);
  });

  it('names each unrecorded change: a removed type and enum value', async () => {
    const schema = BASE_SCHEMA.replace('  status: Status\n', '').replace(/\nenum Status \{[^}]*\}\n/, '');
    const result = await check(dir, schema, changelog('- `City.status` is gone.'));
    expect(result.ok).toBe(false);
    expect(result.breaking.map((b) => [b.change.path, b.recorded])).toEqual([
      ['Status', false],
      ['City.status', true],
    ]);
  });

  it('passes dangerous and safe changes without a changelog line, and lists the dangerous ones', async () => {
    const schema = BASE_SCHEMA.replace('  FORMER\n', '  FORMER\n  PLANNED\n').replace('  name: String!\n', '  name: String!\n  population: Int\n');
    const result = await check(dir, schema, changelog(''));
    expect(result.ok).toBe(true);
    expect(result.report).toContain("  dangerous  Status.PLANNED: Enum value 'PLANNED' was added to enum 'Status'");
    expect(result.safe.map((c) => c.path)).toEqual(['City.population']);
  });
});

describe('the base it compares with', () => {
  it('on main, the previous commit: the last commit\'s breaking change fails until the changelog records it', async () => {
    const dir = repository();
    commit(dir, { [COMMITTED_SCHEMA]: WITHOUT_CITY });
    expect(resolveBase(dir).reason).toMatch(/^the previous commit \(HEAD~1\)/);
    expect((await check(dir, WITHOUT_CITY)).ok).toBe(false);
    commit(dir, { [CHANGELOG]: changelog('- `Query.city` is gone.') });
    // Now HEAD~1 is the commit that removed the field: nothing changed since.
    expect((await check(dir, WITHOUT_CITY)).breaking).toEqual([]);
  });

  it('on main, a release cut since the base records its changes under the new version', async () => {
    const dir = repository();
    commit(dir, { [COMMITTED_SCHEMA]: WITHOUT_CITY, [CHANGELOG]: changelog('', '- `Query.city` is gone.').replace('0.1.0: first release', '0.2.0') + '\n## 0.1.0\n' });
    expect((await check(dir, WITHOUT_CITY)).ok).toBe(true);
  });

  it('on a branch, where it left origin/main: later changes on main are not its own', async () => {
    const upstream = repository();
    const dir = clone(upstream);
    git(dir, 'checkout', '-q', '-b', 'feature');
    commit(dir, { [COMMITTED_SCHEMA]: BASE_SCHEMA.replace('  key: String!\n', '  key: String!\n  founded: Int\n') });
    // main moves on: a field the branch does not have (compared with main's tip, the branch would "remove" it).
    commit(upstream, { [COMMITTED_SCHEMA]: BASE_SCHEMA.replace('  key: String!\n', '  key: String!\n  population: Int\n') });
    git(dir, 'fetch', '-q');
    const base = resolveBase(dir);
    expect(base.reason).toBe('where HEAD left origin/main (git merge-base HEAD origin/main)');
    expect(base.commit).toBe(git(upstream, 'rev-parse', 'HEAD~1'));
    const result = await check(dir, BASE_SCHEMA.replace('  key: String!\n', '  key: String!\n  founded: Int\n'));
    expect(result.ok).toBe(true);
    expect(result.safe.map((c) => c.path)).toEqual(['City.founded']);
  });

  it('on a branch without an origin remote, where it left the local main', async () => {
    const dir = repository();
    git(dir, 'checkout', '-q', '-b', 'feature');
    commit(dir, { [COMMITTED_SCHEMA]: WITHOUT_CITY });
    // A later commit on the branch: HEAD~1 would hide the removal, the base does not.
    commit(dir, { 'notes.md': 'later work\n' });
    expect(resolveBase(dir)).toEqual({ commit: git(dir, 'rev-parse', 'main'), reason: 'where HEAD left main (git merge-base HEAD main)' });
    expect((await check(dir, WITHOUT_CITY)).ok).toBe(false);
  });

  it('in a shallow clone without the previous commit, HEAD: uncommitted changes are still checked', async () => {
    const upstream = repository();
    commit(upstream, { [CHANGELOG]: changelog('- Nothing yet.') });
    const dir = clone(upstream, '--depth', '1');
    expect(resolveBase(dir).reason).toMatch(/^HEAD, as this shallow clone holds no earlier commit/);
    expect((await check(dir, BASE_SCHEMA)).ok).toBe(true);
    expect((await check(dir, WITHOUT_CITY)).ok).toBe(false);
  });

  it('skips, and passes, outside a git repository or when the base has no committed schema', async () => {
    const plain = join(TMP, 'not-a-repository');
    mkdirSync(plain);
    expect(await check(plain, WITHOUT_CITY)).toMatchObject({ ok: true, report: [expect.stringMatching(/^schema:check: skipped, not a git repository/)] });
    const dir = join(TMP, `repo-${++repos}`);
    mkdirSync(dir);
    git(dir, 'init', '-q', '-b', 'main');
    commit(dir, { 'README.md': 'no schema yet\n' });
    expect(await check(dir, WITHOUT_CITY)).toMatchObject({ ok: true, report: [expect.stringContaining('has no schema/schema.graphql')] });
  });
});

describe('npm run schema:check', { timeout: 30_000 }, () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const script = join(ROOT, 'scripts/schema-diff.ts');
  const run = (cwd: string, ...args: string[]) => {
    const result = spawnSync(tsx, [script, ...args], { cwd, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('exits 1 and prints the unrecorded change on stderr; exits 0 once the changelog records it', () => {
    const dir = repository();
    write(dir, { 'new.graphql': WITHOUT_CITY });
    const failed = run(dir, '--schema', 'new.graphql');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("NOT RECORDED  breaking  Query.city: Field 'city' was removed from object type 'Query'");
    write(dir, { [CHANGELOG]: changelog('- `Query.city` is gone.') });
    const passed = run(dir, '--schema', 'new.graphql');
    expect(passed).toMatchObject({ status: 0, stderr: '' });
    expect(passed.stdout).toContain("recorded  breaking  Query.city: Field 'city' was removed");
  });

  it('refuses a --base that is not a commit', () => {
    const failed = run(repository(), '--schema', join(ROOT, COMMITTED_SCHEMA), '--base', 'no-such-branch');
    expect(failed).toMatchObject({ status: 1, stderr: 'schema:check: --base no-such-branch is not a commit of this repository.\n' });
  });
});
