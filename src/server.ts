/**
 * Entry point: answers /health at once, loads the corpus (refusing an invalid one), then serves
 * the API through the serving layer (src/serve/handler.ts). SIGTERM/SIGINT stop accepting, let
 * in-flight requests finish, exit 0.
 */
import './production-mode.js';
import type { RequestListener, Server } from 'node:http';
import { loadConfig, type Config } from './config.js';
import { ENTITY_KINDS, FACT_KINDS } from './corpus/kinds.js';
import { checkCorpusInParallel } from './corpus/load.js';
import type { Store } from './corpus/store.js';
import type { PgCorpus } from './pg/corpus.js';
import { formatIssues } from './corpus/issues.js';
import { plural } from './corpus/plural.js';
import { summarize } from './corpus/summary.js';
import { loadExamples } from './examples.js';
import { createLogger } from './http/logging.js';
import { jsonAnswer } from './serve/answer.js';
import { createHttpServer, type Listeners } from './serve/http-server.js';
import { pathOf } from './serve/request.js';
import { writeAnswer } from './serve/write.js';

const SHUTDOWN_GRACE_MS = 10_000;

const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    // A bad setting is refused with its name and what is wrong, not a stack trace.
    console.error(`Refusing to start: ${(error as Error).message}`);
    process.exit(1);
  }
})();
// One JSON line per request on stdout (src/http/logging.ts); the lines below stay plain text.
const logger = createLogger({ level: config.logLevel });

/** While the corpus loads: /health is live, everything else 503. */
const loading: RequestListener = (req, res) => {
  let path = '';
  try {
    path = pathOf(req.url ?? '/').path;
  } catch {
    // answered 503 like any other path
  }
  const served = { method: req.method ?? 'GET', path, search: '', headers: req.headers, raw: req, notes: {}, onLeave: () => undefined };
  const answer = path === '/health' ? jsonAnswer(200, { status: 'ok' }, { 'cache-control': 'no-store' }) : jsonAnswer(503, { status: 'loading', message: 'The corpus is still loading.' }, { 'cache-control': 'no-store', 'retry-after': '5' });
  writeAnswer(served, res, answer, { corsOrigins: config.corsOrigins, endpoint: '/graphql', stopping: () => false });
};
/** The API's listeners: the loading one until the corpus is in, then the serving layer's. */
const api: Listeners = {
  listener: loading,
  checkContinue: (req, res) => {
    res.writeContinue();
    api.listener(req, res);
  },
};
let stopServing = () => {};
const servers: Server[] = [];

// Timeouts against slow clients (headers, whole request, keep-alive, idle sockets): src/http/node.ts.
const listen = (port: number, onListening: (server: Server) => void, listeners: Listeners) => {
  const server = createHttpServer(listeners, config.httpTimeouts, logger);
  server.on('error', (error) => {
    console.error(`Cannot listen on ${config.host}:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, config.host, () => onListening(server));
  servers.push(server);
};

listen(config.port, async (server) => {
  const started = performance.now();
  const corpus = config.database ? openDatabase(config.database) : loadFiles();
  // The GraphQL modules are imported while the corpus loads (the workers take most of a second to start).
  const [{ createApp }, { createRequestHandler }] = await Promise.all([import('./yoga.js'), import('./serve/handler.js')]);
  const { source, loaded } = await corpus;
  const app = createApp({ ...source, config, examples: loadExamples(), logger });
  const handler = createRequestHandler(app, config, { logger });
  api.listener = handler.listener;
  api.checkContinue = handler.checkContinue;
  handler.warm().catch((error: Error) => console.error(`Compressing GraphiQL's files ahead failed (they are compressed when first asked for): ${error.message}`));
  stopServing = handler.stop;
  if (config.metricsPath && config.metricsPort !== undefined) {
    const metrics = { listener: handler.metricsListener, checkContinue: handler.metricsListener };
    listen(config.metricsPort, (metricsServer) => console.log(`Metrics on http://${config.host}:${portOf(metricsServer)}${config.metricsPath}`), metrics);
  }
  console.log(`${loaded} in ${Math.round(performance.now() - started)} ms`);
  console.log(`News graph API listening on http://${config.host}:${portOf(server)}/graphql`);
}, api);

/** The corpus of DATA_DIR, checked (on worker threads, so /health and /ready answer meanwhile) and held in memory; an invalid one ends the process. */
async function loadFiles(): Promise<{ source: { store: Store }; loaded: string }> {
  const { store, issues, files } = await checkCorpusInParallel(config.dataDir).catch((error: Error) => {
    console.error(`Refusing to start: the corpus in ${config.dataDir} could not be checked: ${error.message}`);
    process.exit(1);
  });
  if (!store) {
    console.error(`Refusing to start: the corpus in ${config.dataDir} is invalid (${files} files checked).\n${formatIssues(issues)}`);
    process.exit(1);
  }
  const { articles, entities, facts } = summarize(store);
  return { source: { store }, loaded: `Loaded ${plural(articles, 'article')}, ${plural(entities, 'entity', 'entities')}, ${plural(facts, 'fact')} from ${config.dataDir}` };
}

/** The corpus in PostgreSQL (DATABASE_URL), read per request (the serving layer drops the answers it keeps when an ingest changes it). */
async function openDatabase({ url, ...options }: NonNullable<Config['database']>): Promise<{ source: { database: PgCorpus }; loaded: string }> {
  const { PgCorpus } = await import('./pg/corpus.js');
  const database = await PgCorpus.open(url, options).catch((error: Error) => {
    console.error(`Refusing to start: the database of DATABASE_URL cannot be served: ${error.message}`);
    process.exit(1);
  });
  const { counts, version } = database.snapshot;
  const total = (kinds: readonly string[]) => kinds.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
  return {
    source: { database },
    loaded: `Serving ${plural(counts.Article ?? 0, 'article')}, ${plural(total(ENTITY_KINDS), 'entity', 'entities')}, ${plural(total(FACT_KINDS), 'fact')} from PostgreSQL (corpus version ${version}, pool of ${options.poolSize})`,
  };
}

function portOf(server: Server): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

function shutdown(signal: string) {
  console.log(`${signal} received: finishing in-flight requests, then exiting.`);
  stopServing();
  let open = servers.length;
  for (const server of servers) {
    server.close(() => {
      if (--open > 0) return;
      logger.flush();
      process.exit(0);
    });
    server.closeIdleConnections();
  }
  setTimeout(() => {
    console.error(`In-flight requests still running after ${SHUTDOWN_GRACE_MS} ms; exiting anyway.`);
    logger.flush();
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
