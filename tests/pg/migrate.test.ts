/** The migration runner (src/pg/migrate.ts) against a real database. */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS_DIR, readMigrations } from '../../src/pg/migrate.js';
import { useCluster, withClient } from './helpers.js';

const pg = useCluster();
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A migrations folder with the project's first migration and the given files. */
function migrationsWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'news-graph-migrations-'));
  dirs.push(dir);
  copyFileSync(join(MIGRATIONS_DIR, '0001_corpus.sql'), join(dir, '0001_corpus.sql'));
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
}

const applied = (url: string) =>
  withClient(url, async (client) => (await client.query('SELECT version, name, checksum FROM schema_migrations ORDER BY version')).rows);

describe('migrations', () => {
  it('apply once, each recorded with its checksum; a second run applies none', async () => {
    const url = await pg.database();
    const files = readMigrations();
    expect(files.map((m) => m.version)).toEqual(files.map((_, i) => i + 1));
    expect((await withClient(url, migrate)).map((m) => m.version)).toEqual(files.map((m) => m.version));
    expect(await applied(url)).toEqual(files.map(({ version, name, checksum }) => ({ version, name, checksum })));
    expect(await withClient(url, migrate)).toEqual([]);
    expect(await applied(url)).toHaveLength(files.length);
  });

  it('are applied once when two processes start together', async () => {
    const url = await pg.database();
    const runs = await Promise.all([withClient(url, migrate), withClient(url, migrate)]);
    expect(runs.map((run) => run.length).sort()).toEqual([0, readMigrations().length]);
  });

  it('refuse a file changed after it was applied', async () => {
    const url = await pg.database();
    await withClient(url, migrate);
    const dir = migrationsWith({});
    writeFileSync(join(dir, '0001_corpus.sql'), '-- edited\n', { flag: 'a' });
    await expect(withClient(url, (client) => migrate(client, readMigrations(dir)))).rejects.toThrow(
      /migration 0001_corpus\.sql has changed since it was applied .*: add a new migration instead/,
    );
  });

  it('refuse a database that has a migration this code does not', async () => {
    const url = await pg.database();
    await withClient(url, (client) => migrate(client, readMigrations(migrationsWith({ '0099_later.sql': 'CREATE TABLE later ();' }))));
    await expect(withClient(url, migrate)).rejects.toThrow('the database has migration 0099_later, which this code does not have');
  });

  it('refuse a new migration numbered before one already applied', async () => {
    const url = await pg.database();
    await withClient(url, (client) => migrate(client, readMigrations(migrationsWith({ '0003_c.sql': 'SELECT 1;' }))));
    const dir = migrationsWith({ '0002_b.sql': 'SELECT 1;', '0003_c.sql': 'SELECT 1;' });
    await expect(withClient(url, (client) => migrate(client, readMigrations(dir)))).rejects.toThrow('migration 2_b comes before 3');
  });

  it('roll a failing migration back whole, unrecorded', async () => {
    const url = await pg.database();
    const dir = migrationsWith({ '0002_fails.sql': 'CREATE TABLE half_done (); SELECT 1 / 0;' });
    await expect(withClient(url, (client) => migrate(client, readMigrations(dir)))).rejects.toThrow('migration 2_fails failed: division by zero');
    expect((await applied(url)).map((m) => m.version)).toEqual([1]);
    await withClient(url, async (client) => expect((await client.query("SELECT to_regclass('half_done') AS t")).rows[0].t).toBeNull());
  });

  it('refuse a file whose name is not NNNN_words.sql', () => {
    const dir = migrationsWith({ '2_oops.sql': '' });
    expect(() => readMigrations(dir)).toThrow("a migration's name is NNNN_words.sql");
  });
});
