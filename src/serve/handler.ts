/**
 * The serving layer: the one entry from node:http to the app, used by src/server.ts and by every
 * test that serves over a socket (tests/wired-server.ts).
 *
 * Each request is read once into a ServedRequest (src/serve/request.ts) and routed by its exact
 * path as sent; dot segments (also percent-encoded) and encoded slashes are refused. Then:
 * - `/health`, `/ready` and the metrics path are answered first, never cached (no-store), never
 *   queued: an orchestrator and a scraper see the server as it is, also while it sheds load;
 * - GraphiQL's files (src/graphiql/), from memory;
 * - the API's path: CORS preflights are answered here; a client out of its share is refused
 *   before its body is read (src/http/admission.ts); the body is read within the limit; the
 *   GraphQL parameters are read once; the response cache answers what it holds; a miss is
 *   admitted, then answered by the prepared-operation path or by yoga, whose answer the cache is
 *   offered and the prepared-operation path learns from;
 * - anything else is 404.
 * Every stage returns an Answer; src/serve/write.ts writes it.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { ResponseCache } from '../cache/response-cache.js';
import type { Config } from '../config.js';
import { createAdmission } from '../http/admission.js';
import { bodyReader, ReadBody } from '../http/body-limit.js';
import { clip, ErrorCode } from '../http/errors.js';
import { logRequest, silentLogger, type Logger } from '../http/logging.js';
import { assetAnswer, GRAPHIQL_ASSETS_PREFIX, graphiqlAssets } from '../graphiql/index.js';
import type { App } from '../yoga.js';
import { answerOf, errorAnswer, jsonAnswer, type Answer } from './answer.js';
import { compressible, encodeAhead } from './compression.js';
import { preflight } from './cors.js';
import { readParams } from './params.js';
import { inRounds } from './rounds.js';
import { BadRequestLine, pathOf, Served, type ServedRequest } from './request.js';
import { writeAnswer, type WriteOptions } from './write.js';

export const API_PATH = '/graphql';
/** GET answers of the API: a CDN may keep them five minutes (the corpus changes only with a deploy). */
export const API_CACHE_CONTROL = 'public, max-age=300';

export type ServeSettings = Pick<Config, 'corsOrigins' | 'maxBodyBytes' | 'limits' | 'admission' | 'metricsPath' | 'metricsPort'>;

export interface RequestHandler {
  /** The API's listener: give it to http.createServer. */
  listener: RequestListener;
  /** For the server's 'checkContinue' event: a body announced over the limit is refused before 100 Continue. */
  checkContinue: RequestListener;
  /** The metrics alone, for a port of their own (settings.metricsPort). */
  metricsListener: RequestListener;
  /** From now on /ready answers 503 and every answer closes its connection. */
  stop: () => void;
  /** Compresses GraphiQL's files ahead, off the event loop, so that the first browser to open it does not wait for it. */
  warm: () => Promise<void>;
  readonly cache: ResponseCache;
}

type Route = (served: ServedRequest, res: ServerResponse) => Answer | Promise<Answer>;

export interface ServeOptions {
  /** Request lines go here; none when not given. */
  logger?: Logger;
  /** The response cache (a new one with the default budgets when not given). */
  cache?: ResponseCache;
}

export function createRequestHandler(app: App, settings: ServeSettings, { logger = silentLogger, cache = new ResponseCache() }: ServeOptions = {}): RequestHandler {
  let stopping = false;
  const admission = createAdmission(settings.admission);
  const readBody = bodyReader(settings.maxBodyBytes, { maxJsonDepth: settings.limits.maxJsonDepth });
  const writeOptions: WriteOptions = { corsOrigins: settings.corsOrigins, endpoint: API_PATH, stopping: () => stopping };
  const logging = logger.enabled('info');

  /** yoga's answer to a request, its body read in full. */
  const viaYoga = async (served: ServedRequest, res: ServerResponse): Promise<Answer> => {
    const { executionTimeoutMs: timeoutMs } = settings.limits;
    const deadline = performance.now() + timeoutMs;
    const scope = app.scope(deadline);
    const context = { req: served.raw, served, scope } as object;
    if (!scope.loads) return answerOf(await app.yoga.handleNodeRequestAndResponse(served.raw, res, context));
    try {
      // Without the response: each run would add its listeners to it (the answer is made whole before it is written).
      return await inRounds(scope, async () => answerOf(await app.yoga.handleNodeRequest(served.raw, context)), { deadline, timeoutMs, onError: (error) => logger.error('store', { message: error.message }) });
    } finally {
      await scope.close();
    }
  };

  const execute = async (served: ServedRequest, res: ServerResponse): Promise<Answer> => {
    const fast = await app.prepared.answer(served);
    if (fast) return fast;
    const answer = await viaYoga(served, res);
    // learn() leaves out an incremental answer (@defer, @stream): it is streamed as yoga makes it.
    app.prepared.learn(served, answer);
    return answer;
  };

  /**
   * GET answers may be kept by a CDN, unless the app said otherwise (an unknown persisted-query hash
   * is answered `private, no-cache`: it is found once registered); the GraphiQL page, negotiated on
   * the same URL, by nobody.
   */
  const withCachePolicy = (served: ServedRequest, answer: Answer): Answer => {
    if (answer.headers['content-type']?.startsWith('text/html')) return { ...answer, headers: { ...answer.headers, 'cache-control': 'private, no-cache' } };
    // Parts sent as they are made: a cache in between would hold them back.
    if (answer.stream) return { ...answer, headers: { ...answer.headers, 'cache-control': 'no-store' } };
    if (served.method === 'GET' && answer.status === 200 && !answer.headers['cache-control']) return { ...answer, headers: { ...answer.headers, 'cache-control': API_CACHE_CONTROL } };
    return answer;
  };

  let cachedVersion = app.corpusVersion();
  const api: Route = async (served, res) => {
    if (served.method === 'OPTIONS') return preflight(served);
    const refusal = admission.gate(served);
    if (refusal) return refusal;
    if (served.method === 'POST') {
      const body = await readBody(served.raw);
      if (!Buffer.isBuffer(body)) return body;
      served.body = body;
      // whatwg-node takes a body already read from req.body.
      (served.raw as IncomingMessage & { body?: ReadBody }).body = new ReadBody(body);
    }
    const cacheable = served.method === 'GET' || served.method === 'POST';
    const key = cacheable ? ResponseCache.keyOf(served) : undefined;
    // Answers of an older corpus (a database store after an ingest) are dropped, and an answer made
    // while the version changed is not kept: it may be of either.
    const version = app.corpusVersion();
    if (version !== cachedVersion) {
      cache.clear();
      cachedVersion = version;
    }
    const kept = key === undefined ? undefined : cache.get(key);
    if (kept) {
      Object.assign(served.notes, kept.notes);
      return kept.answer;
    }
    // Read on a miss only: a hit needs the key, made of the request as sent.
    const bad = readParams(served, settings.limits.maxJsonDepth);
    const answer = bad ?? withCachePolicy(served, await admission.run(served, () => execute(served, res)));
    if (key !== undefined && app.corpusVersion() === version) cache.offer(key, answer, served.notes);
    return answer;
  };

  const ok = () => jsonAnswer(200, { status: 'ok' }, { 'cache-control': 'no-store' });
  const operational = (method: string, answer: () => Answer | Promise<Answer>) =>
    method === 'GET' || method === 'HEAD' ? answer() : errorAnswer(405, ErrorCode.methodNotAllowed, `Method ${method} is not allowed here: use GET.`, {}, { allow: 'GET, HEAD' });
  const metrics: Route = async (served, res) => ({ ...(await viaYoga(served, res)), headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' } });
  const notFound = (served: ServedRequest) => errorAnswer(404, ErrorCode.notFound, `Not found: ${clip(served.path)}. The GraphQL endpoint is ${API_PATH}.`);

  const route: Route = (served, res) => {
    const { path, method } = served;
    if (path === API_PATH) return api(served, res);
    if (path === '/health') return operational(method, ok);
    if (path === '/ready') return operational(method, () => (stopping ? jsonAnswer(503, { status: 'stopping', message: 'The server is finishing in-flight requests.' }, { 'cache-control': 'no-store' }) : ok()));
    if (settings.metricsPath && settings.metricsPort === undefined && path === settings.metricsPath) return operational(method, () => metrics(served, res));
    if (path.startsWith(GRAPHIQL_ASSETS_PREFIX)) return graphiqlAssets().then((assets) => assetAnswer(assets.byPath, method, path));
    return notFound(served);
  };

  const serve = (routeOf: Route): RequestListener => (req, res) => {
    const started = performance.now();
    const method = req.method ?? 'GET';
    let target: { path: string; search: string } | BadRequestLine;
    try {
      target = pathOf(req.url ?? '/');
    } catch (error) {
      target = error instanceof BadRequestLine ? error : new BadRequestLine('The request target cannot be read.');
    }
    const { path, search } = target instanceof BadRequestLine ? { path: clip(req.url ?? ''), search: '' } : target;
    const served = new Served(method, path, search, req);
    res.once('close', () => {
      if (!res.writableFinished) served.leave();
      if (logging) logRequest(logger, served, res.statusCode, performance.now() - started, !res.writableFinished);
    });
    const write = (a: Answer) => {
      served.notes.codes ??= a.codes;
      writeAnswer(served, res, a, writeOptions);
    };
    const fail = (error: unknown) => {
      // Logged with its stack; the client gets the error's code only.
      logger.error('unexpected error while serving', { error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error) });
      served.notes.codes = ['INTERNAL_SERVER_ERROR'];
      write(errorAnswer(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.'));
    };
    if (target instanceof BadRequestLine) return write(errorAnswer(400, ErrorCode.badRequest, target.message));
    try {
      const answer = routeOf(served, res);
      if (answer instanceof Promise) answer.then(write, fail);
      else write(answer);
    } catch (error) {
      fail(error);
    }
  };

  const listener = serve(route);
  const metricsOnly: Route = (served, res) => (settings.metricsPath && served.path === settings.metricsPath ? operational(served.method, () => metrics(served, res)) : notFound(served));
  return {
    listener,
    // Node sends 100 Continue itself unless told otherwise; here a body announced over the limit is
    // refused first (bodyReader answers 413 and closes: the client has not sent it).
    checkContinue: (req, res) => {
      const declared = req.headers['content-length'];
      if (declared === undefined || Number(declared) <= settings.maxBodyBytes) res.writeContinue();
      listener(req, res);
    },
    metricsListener: serve(metricsOnly),
    stop: () => {
      stopping = true;
    },
    warm: async () => {
      const assets = [...(await graphiqlAssets()).byPath.values()].filter((asset) => compressible(asset.contentType, asset.body.length));
      await Promise.all(assets.flatMap((asset) => [encodeAhead(asset.body, 'br'), encodeAhead(asset.body, 'gzip')]));
    },
    cache,
  };
}
