/**
 * Entry point: answers /health at once, loads the corpus (refusing an invalid one),
 * then serves the API. SIGTERM/SIGINT stop accepting, let in-flight requests finish, exit 0.
 */
import './production-mode.js';
import { createServer, ServerResponse, type RequestListener } from 'node:http';
import { loadConfig } from './config.js';
import { checkCorpusInParallel } from './corpus/load.js';
import { formatIssues } from './corpus/issues.js';
import { summarize } from './corpus/summary.js';
import { loadExamples } from './examples.js';
import { createAdmission } from './http/admission.js';
import { bodyReader } from './http/body-limit.js';
import { createLogger, withRequestLog } from './http/logging.js';
import { applyHttpTimeouts, httpServerOptions } from './http/node.js';
import { ResponseCache, withResponseCache } from './cache/response-cache.js';

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

const loading: RequestListener = (req, res) => {
  const live = req.url === '/health';
  res.writeHead(live ? 200 : 503, { 'content-type': 'application/json' });
  res.end(JSON.stringify(live ? { status: 'ok' } : { status: 'loading', message: 'The corpus is still loading.' }));
};
let handler: RequestListener = loading;
let stopping = false;

/** While stopping, every answer not yet begun says Connection: close, so keep-alive clients cannot hold the exit. */
class StoppableResponse extends ServerResponse {}
const { writeHead } = ServerResponse.prototype;
StoppableResponse.prototype.writeHead = function (this: ServerResponse, ...args: unknown[]) {
  if (stopping) this.shouldKeepAlive = false;
  return Reflect.apply(writeHead, this, args);
} as typeof writeHead;

// Timeouts against slow clients (headers, whole request, keep-alive, idle sockets): src/http/node.ts.
const server = createServer({ ...httpServerOptions(config.httpTimeouts), ServerResponse: StoppableResponse }, withRequestLog((req, res) => {
  if (stopping && req.url === '/ready') {
    res.writeHead(503, { 'content-type': 'application/json' });
    return void res.end(JSON.stringify({ status: 'stopping', message: 'The server is finishing in-flight requests.' }));
  }
  handler(req, res);
}, logger));
applyHttpTimeouts(server, config.httpTimeouts);

server.listen(config.port, config.host, async () => {
  const started = performance.now();
  // Files are validated on worker threads, so /health and /ready (503 "loading") answer during a long load.
  const checking = checkCorpusInParallel(config.dataDir).catch((error: Error) => {
    console.error(`Refusing to start: the corpus in ${config.dataDir} could not be checked: ${error.message}`);
    process.exit(1);
  });
  // The GraphQL modules are imported while the workers start up (each takes most of a second).
  const [{ createApp }, { withPreparedOperations }] = await Promise.all([import('./yoga.js'), import('./cache/prepared-operations.js')]);
  const { store, issues, files } = await checking;
  if (!store) {
    console.error(`Refusing to start: the corpus in ${config.dataDir} is invalid (${files} files checked).\n${formatIssues(issues)}`);
    process.exit(1);
  }
  const app = createApp({ store, config, examples: loadExamples(), logger });
  // A client out of its share of server time is refused first, before its body is read
  // (src/http/admission.ts). Bodies are read (within MAX_BODY_BYTES) before the cache, which hands
  // them on. Cache misses are admitted: charged, bounded and queued; then those of an operation
  // already accepted, with other variables, take the prepared-operation path.
  const admission = createAdmission(config.admission, { corsOrigins: config.corsOrigins });
  const readBody = bodyReader(config.maxBodyBytes, { maxJsonDepth: config.limits.maxJsonDepth });
  const api = admission.gate(withResponseCache(admission.admit(withPreparedOperations(app, app.prepared)), new ResponseCache(), readBody));
  // Liveness, readiness and metrics go straight to the app: answered while the server sheds, and
  // never from the cache (a scrape must see the counters as they are).
  const operational = new Set(['/health', '/ready', ...(config.metricsPath ? [config.metricsPath] : [])]);
  handler = (req, res) => ((req.method === 'GET' || req.method === 'HEAD') && operational.has(req.url?.split('?')[0] ?? '') ? app(req, res) : api(req, res));
  const { articles, entities, facts } = summarize(store);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(
    `Loaded ${articles} articles, ${entities} entities, ${facts} facts from ${config.dataDir} in ${Math.round(performance.now() - started)} ms`,
  );
  console.log(`News graph API listening on http://${config.host}:${port}/graphql`);
});

server.on('error', (error) => {
  console.error(`Cannot listen on ${config.host}:${config.port}: ${error.message}`);
  process.exit(1);
});

function shutdown(signal: string) {
  console.log(`${signal} received: finishing in-flight requests, then exiting.`);
  stopping = true;
  server.close(() => {
    logger.flush();
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    console.error(`In-flight requests still running after ${SHUTDOWN_GRACE_MS} ms; exiting anyway.`);
    logger.flush();
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
