/**
 * A throwaway PostgreSQL cluster for tests and scripts: `initdb` in a fresh temporary folder, the
 * server on a free loopback port with its unix socket in that folder, trust authentication, and
 * everything removed when it stops, when the process exits, or (after a kill) when the next one
 * starts. It never touches a system cluster
 * (Debian's `postgresql` package may create and start one on port 5432; this leaves it alone).
 *
 *   npm run pg:cluster            starts one, prints its DATABASE_URL, stops it on Ctrl-C
 *
 * As root (CI, these machines), initdb and the server run as the `postgres` user, which refuses
 * root; as anyone else, as that user. The binaries are Debian's (/usr/lib/postgresql/VERSION/bin,
 * the newest), or those in $PG_BIN.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

export interface PgCluster {
  /** The maintenance database's URL: postgres://postgres@127.0.0.1:PORT/postgres. */
  readonly url: string;
  readonly port: number;
  /** The temporary folder: data/, the server log and the unix socket. */
  readonly dir: string;
  /** The URL of another database of this cluster. */
  urlOf(database: string): string;
  /** Creates an empty database (a fresh name unless one is given) and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server and removes the folder. */
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /**
   * Durability off (fsync, synchronous_commit, full_page_writes): a throwaway cluster loses nothing
   * that matters in a crash, and tests and measurements of our own code should not wait on the disk.
   * Scale figures meant to resemble a server's pass `durable: true`.
   */
  durable?: boolean;
}

/** Where Debian puts a server's binaries; $PG_BIN wins. */
export function findPgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error(`no PostgreSQL server found under ${root}: install Debian's postgresql package (.ci/run does), or set PG_BIN`);
  return join(root, versions[0]!, 'bin');
}

const isRoot = () => process.getuid?.() === 0;

/** spawnSync's arguments for a server binary: as the postgres user when we are root (initdb and postgres refuse root). */
function asPostgres(bin: string, args: string[]): [string, string[], { encoding: 'utf8'; cwd: string }] {
  const command = isRoot() ? ['runuser', '-u', 'postgres', '--', bin, ...args] : [bin, ...args];
  // cwd: the postgres user may not be allowed into ours.
  return [command[0]!, command.slice(1), { encoding: 'utf8', cwd: '/' }];
}

/** Runs a server binary, as the postgres user when we are root; throws with its output when it fails. */
function runPg(bin: string, args: string[]): string {
  const result = spawnSync(...asPostgres(bin, args));
  if (result.status !== 0) {
    throw new Error(`${[bin, ...args].join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const uid = id('-u');
  if (!Number.isInteger(uid) || uid <= 0) throw new Error('there is no postgres user: install Debian\'s postgresql package (.ci/run does)');
  return { uid, gid: id('-g') };
}

/** A loopback port nobody listens on right now (another process may take it before the server does: start retries). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let databases = 0;

const PREFIX = 'news-graph-pg-';

/** Where clusters are made: as root, /tmp, which the postgres user can reach whatever $TMPDIR says. */
const base = () => (isRoot() ? '/tmp' : tmpdir());

export async function startCluster({ durable = false }: ClusterOptions = {}): Promise<PgCluster> {
  return makeCluster((bin, data) => {
    // C collation and ctype: the schema names the collation of every column whose order matters, so
    // this is only the cluster's default; UTF8 so that any article text fits.
    runPg(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-instructions']);
    return [
      `listen_addresses = '127.0.0.1'`,
      // Tests open a connection or two per database; a small cluster starts faster and takes less shared memory.
      'max_connections = 40',
      'shared_buffers = 64MB',
      // Bulk loads checkpoint less often.
      'max_wal_size = 1GB',
      ...(durable ? [] : ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off']),
    ];
  });
}

/**
 * A streaming replica of a running cluster, in a folder of its own: pg_basebackup with -R (it
 * writes standby.signal and primary_conninfo), then started on a port of its own. It answers
 * read-only queries and follows every change the primary commits. The backup asks for a fast
 * checkpoint: the default spreads it over minutes after a write.
 */
export async function startReplica(primary: PgCluster): Promise<PgCluster> {
  return makeCluster((bin, data) => {
    runPg(join(bin, 'pg_basebackup'), ['-D', data, '-R', '-X', 'stream', '--checkpoint=fast', '-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres']);
    return [];
  });
}

/** Makes a folder, lets `init` fill its data/ (returning settings), then starts the server on a free port. */
async function makeCluster(init: (bin: string, data: string) => string[]): Promise<PgCluster> {
  const bin = findPgBin();
  const pgCtl = join(bin, 'pg_ctl');
  reapOrphans(pgCtl);
  const dir = mkdtempSync(join(base(), PREFIX));
  writeFileSync(join(dir, 'owner.pid'), String(process.pid));
  const data = join(dir, 'data');
  // Registered before anything can fail half-way: whatever was made goes when the process ends.
  const cleanUp = () => {
    if (existsSync(join(data, 'postmaster.pid'))) spawnSync(...asPostgres(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']));
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanUp);
  try {
    if (isRoot()) {
      const { uid, gid } = postgresIds();
      chownSync(dir, uid, gid);
    }
    const settings = [...init(bin, data), `unix_socket_directories = '${dir}'`];
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      appendFileSync(join(data, 'postgresql.conf'), `\n# scripts/pg-cluster.ts\n${[...settings, `port = ${port}`].join('\n')}\n`);
      try {
        runPg(pgCtl, ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
      } catch (error) {
        // The port was taken between freePort and the start: try another (the last `port` line wins).
        if (attempt < 3) continue;
        throw error;
      }
      return cluster(dir, data, pgCtl, port, cleanUp);
    }
  } catch (error) {
    cleanUp();
    process.removeListener('exit', cleanUp);
    throw error;
  }
}

/**
 * Stops and removes the clusters of processes that died without cleaning up (a test worker killed by
 * a signal runs no exit handler): their server would otherwise run on, and their folder stay.
 */
function reapOrphans(pgCtl: string): void {
  for (const name of readdirSync(base())) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = join(base(), name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(dir, 'owner.pid'), 'utf8'));
    } catch {
      continue; // being made right now, or not ours
    }
    if (isAlive(owner)) continue;
    if (existsSync(join(dir, 'data', 'postmaster.pid'))) spawnSync(...asPostgres(pgCtl, ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']));
    rmSync(dir, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function cluster(dir: string, data: string, pgCtl: string, port: number, cleanUp: () => void): PgCluster {
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopped = false;
  return {
    url: urlOf('postgres'),
    port,
    dir,
    urlOf,
    async createDatabase(name = `test_${process.pid}_${++databases}`) {
      const client = new pg.Client({ connectionString: urlOf('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE template0 ENCODING 'UTF8'`);
      } finally {
        await client.end();
      }
      return urlOf(name);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', cleanUp);
      try {
        runPg(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

// npm run pg:cluster: a cluster for trying things by hand (npm run ingest, psql), until Ctrl-C.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = await startCluster();
  console.log(`PostgreSQL is listening; Ctrl-C stops it and removes ${started.dir}`);
  console.log(`DATABASE_URL=${started.url}`);
  const stop = () => {
    started.stop().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(error.message);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
