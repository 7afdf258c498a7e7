/**
 * A corpus in PostgreSQL, as the server serves it (DATABASE_URL): a bounded pool, what every
 * request needs without asking (the counts and value sizes of the last ingest, the cost model's
 * input), kept current by LISTEN corpus_version, and a view per request (view.ts).
 *
 * The server only reads: it never migrates or writes (`npm run ingest` does), so it can run with
 * a read-only role, against a streaming replica, and as many processes as the database allows
 * connections. It refuses to start on a database whose schema is not the one this code knows.
 */
import pg from 'pg';
import { readMigrations } from './migrate.js';
import { DEFAULT_MAX_RECORDS_READ, DEFAULT_STANDBY_POLL_MS } from '../http/defaults.js';
import { PgView, type Session, type Snapshot } from './view.js';
import type { ValueSizes } from '../corpus/value-sizes.js';

export interface PgCorpusOptions {
  /** Connections the pool may open (PG_POOL_SIZE): requests beyond it wait for one. */
  poolSize: number;
  /** Records one request may read (PG_MAX_RECORDS_READ; src/http/defaults.ts). */
  maxRecordsRead?: number;
  /** How often a server on a streaming replica reads the corpus version (PG_STANDBY_POLL_MS; src/http/defaults.ts). */
  standbyPollMs?: number;
  /** Told of every version it moves to. */
  onVersion?: (version: string) => void;
}

/** A request's store and what to do once it is answered. */
export interface PgScope {
  view: PgView;
  /** Ends the request's transaction and gives its connection back. */
  close(): Promise<void>;
}

/**
 * The server's sessions run without JIT compilation (`jit=off`, sent as a startup option). Its
 * statements read a page and stop, but a walk the planner cannot size (a list's filters come from
 * the question row, not constants) can be costed past `jit_above_cost`, and compiling then takes
 * longer than running: at 100,000 articles, while a list of a kind carried a mode test it did not
 * need, `events(first: 10) { totalCount }` spent 61.6 ms in a page statement that runs in 0.5 ms,
 * 33 ms of it emitting code; a generic plan, costed past a million, 640 ms.
 */
const SESSION_OPTIONS = '-c jit=off';

/** Pool clients already given an error listener (the pool reuses them). */
const heard = new WeakSet<pg.PoolClient>();

export class PgCorpus {
  /** Statements the views have run, requests that read the database, records (articles included) the views parsed and evidence quotes they made (tests and the scale figures read them). */
  statements = 0;
  requests = 0;
  records = 0;
  quotes = 0;

  private listener: pg.Client | undefined;
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    private current: Snapshot,
    private readonly onVersion: ((version: string) => void) | undefined,
    private readonly maxRecordsRead: number,
    private readonly standbyPollMs: number,
  ) {}

  static async open(url: string, { poolSize, maxRecordsRead = DEFAULT_MAX_RECORDS_READ, standbyPollMs = DEFAULT_STANDBY_POLL_MS, onVersion }: PgCorpusOptions): Promise<PgCorpus> {
    const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: 'news-graph', options: SESSION_OPTIONS });
    // A connection that fails while idle in the pool is dropped by it; without a listener the error would end the process.
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      let snapshot: Snapshot;
      try {
        await checkSchema(client);
        snapshot = await readSnapshot(client);
      } finally {
        client.release();
      }
      const corpus = new PgCorpus(pool, url, snapshot, onVersion, maxRecordsRead, standbyPollMs);
      await corpus.listen();
      return corpus;
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
  }

  /**
   * LISTEN corpus_version on a connection of its own (on a streaming replica, a look every standbyPollMs),
   * reading the snapshot again at each notification; when the connection ends (a restart, a failover), a new one after a second, which
   * reads the snapshot first: an ingest may have happened meanwhile.
   */
  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'news-graph listener' });
    client.on('error', () => undefined);
    client.on('notification', () => void this.refresh(client));
    client.on('end', () => {
      if (this.listener === client) this.listener = undefined;
      if (!this.closed) this.listenSoon();
    });
    await client.connect();
    const { rows } = await client.query<{ standby: boolean }>('SELECT pg_is_in_recovery() AS standby');
    if (rows[0]?.standby) {
      // A streaming replica cannot LISTEN (notifications are not replicated): it reads the version every standbyPollMs instead.
      const timer = setInterval(() => void this.refresh(client), this.standbyPollMs);
      timer.unref();
      client.once('end', () => clearInterval(timer));
    } else {
      await client.query('LISTEN corpus_version');
    }
    this.listener = client;
    await this.refresh(client);
  }

  private listenSoon(): void {
    setTimeout(() => {
      if (!this.closed && !this.listener) this.listen().catch(() => this.listenSoon());
    }, 1000).unref();
  }

  private async refresh(client: pg.Client): Promise<void> {
    const snapshot = await readSnapshot(client).catch(() => undefined);
    if (!snapshot || snapshot.version === this.current.version) return;
    this.current = snapshot;
    this.onVersion?.(snapshot.version);
  }

  /** The corpus as of the last ingest this server has heard of. */
  get snapshot(): Snapshot {
    return this.current;
  }

  /** A view for one request; its statements may take until `deadline` (performance.now() time). */
  scope(deadline: number): PgScope {
    let client: pg.PoolClient | undefined;
    let opening: Promise<pg.PoolClient> | undefined;
    const open = async () => {
      this.requests++;
      const taken = await this.pool.connect();
      // A connection ended under a request (a restart, a failover) fails that request's statements; unheard, its error would end the process.
      if (!heard.has(taken)) {
        heard.add(taken);
        taken.on('error', () => undefined);
      }
      try {
        const ms = Math.max(1, Math.floor(deadline - performance.now()));
        // One version for every round of the request, never a write, and no statement past the deadline.
        await taken.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL statement_timeout = ${ms}`);
      } catch (error) {
        taken.release(error as Error);
        throw error;
      }
      return (client = taken);
    };
    // One statement at a time on the request's connection (pg would queue them, with a warning).
    let queue: Promise<unknown> = Promise.resolve();
    // Once the answer is made, loads still asked for (by a run that ended early) are refused.
    let ended = false;
    const session: Session = {
      query: (config) => {
        const run = queue.then(async () => {
          if (ended) throw new Error('The request has ended.');
          const c = client ?? (await (opening ??= open()));
          if (ended) throw new Error('The request has ended.');
          this.statements++;
          return c.query(config);
        });
        queue = run.catch(() => undefined);
        return run as never;
      },
    };
    const release = async () => {
      const c = await opening!.catch(() => undefined);
      if (!c) return;
      // The statement running now ends by itself (statement_timeout); those queued behind it are refused.
      await queue;
      try {
        await c.query('COMMIT');
        c.release();
      } catch (error) {
        c.release(error as Error);
      }
    };
    return {
      view: new PgView(this.current, session, this.maxRecordsRead, this),
      close: async () => {
        ended = true;
        if (!opening) return;
        // A connection still being waited for (the pool was busy) goes back once it comes; the answer does not wait for it.
        if (client) await release();
        else void release();
      },
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([this.listener?.end(), this.pool.end()]);
  }
}

/** Refuses a database this code cannot read: no corpus tables, or migrations other than its own. */
async function checkSchema(client: pg.ClientBase): Promise<void> {
  const known = readMigrations().map((m) => m.version);
  const { rows: present } = await client.query<{ present: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  if (!present[0]?.present) throw new Error('the database holds no corpus: run `npm run ingest -- --database-url URL DIR` first.');
  const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
  const applied = rows.map((row) => Number(row.version));
  const missing = known.filter((v) => !applied.includes(v));
  const unknown = applied.filter((v) => !known.includes(v));
  if (missing.length || unknown.length) {
    throw new Error(
      `the database's schema is not this version's: ${missing.length ? `migrations ${missing.join(', ')} not applied (run npm run ingest)` : ''}${missing.length && unknown.length ? '; ' : ''}${unknown.length ? `migrations ${unknown.join(', ')} unknown to this code (a newer version wrote it)` : ''}.`,
    );
  }
}

async function readSnapshot(client: pg.ClientBase): Promise<Snapshot> {
  const { rows } = await client.query<{ version: string; counts: Record<string, number> | null; sizes: SizesJson | null }>('SELECT version::text, counts, sizes FROM corpus');
  const row = rows[0];
  if (!row?.sizes) throw new Error('the database holds no corpus yet: run `npm run ingest -- --database-url URL DIR` first.');
  const { byField, lists, ...scalars } = row.sizes;
  return { version: row.version, counts: row.counts ?? {}, sizes: { ...scalars, byField: new Map(Object.entries(byField)), lists: new Map(Object.entries(lists)) } };
}

type SizesJson = Omit<ValueSizes, 'byField' | 'lists'> & { byField: Record<string, number>; lists: Record<string, number> };
