/**
 * The database schema as versioned SQL files (migrations/NNNN_name.sql), applied in order, each in
 * its own transaction together with its row in schema_migrations (version, name, SHA-256 of the
 * file, when). A file already applied must not change: its checksum is compared on every run, and
 * a database that has a version this code does not know is refused too. Plain SQL rather than a
 * migration library: the files are what a DBA reads, and this is the whole runner.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/** Taken while migrating, so that two processes starting at once do not apply a file twice (a number no other lock here uses). */
const MIGRATION_LOCK = 7_314_500_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** SHA-256 of the file, hex. */
  checksum: string;
}

/** The migration files of a folder, by version; throws on a name out of pattern or a version used twice. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const migrations: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    const match = FILE_NAME.exec(file);
    if (!match) throw new Error(`${join(dir, file)}: a migration's name is NNNN_words.sql, e.g. 0002_article_language_index.sql`);
    const bytes = readFileSync(join(dir, file));
    const version = Number(match[1]);
    if (migrations.some((m) => m.version === version)) throw new Error(`${join(dir, file)}: version ${version} is used by two files`);
    migrations.push({ version, name: match[2]!, sql: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') });
  }
  return migrations;
}

/** Applies the migrations the database lacks; returns those it applied (none when it is up to date). */
export async function migrate(client: pg.ClientBase, migrations = readMigrations()): Promise<Migration[]> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number; name: string; checksum: string }>('SELECT version, name, checksum FROM schema_migrations ORDER BY version');
    const byVersion = new Map(migrations.map((m) => [m.version, m]));
    for (const applied of rows) {
      const file = byVersion.get(applied.version);
      const label = `migration ${String(applied.version).padStart(4, '0')}_${applied.name}`;
      if (!file) throw new Error(`the database has ${label}, which this code does not have: it is newer than this code`);
      if (file.checksum !== applied.checksum) {
        throw new Error(`${label}.sql has changed since it was applied (checksum ${applied.checksum.slice(0, 12)}…, now ${file.checksum.slice(0, 12)}…): add a new migration instead`);
      }
    }
    const latest = rows.at(-1)?.version ?? 0;
    const pending = migrations.filter((m) => !rows.some((r) => r.version === m.version));
    const early = pending.find((m) => m.version < latest);
    if (early) throw new Error(`migration ${early.version}_${early.name} comes before ${latest}, which is applied already: give it a version after ${latest}`);
    for (const migration of pending) {
      await client.query('BEGIN');
      try {
        // No parameters: the simple protocol runs the file's statements in turn.
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [migration.version, migration.name, migration.checksum]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${migration.version}_${migration.name} failed: ${(error as Error).message}`, { cause: error });
      }
    }
    return pending;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
