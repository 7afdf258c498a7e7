/** The node:http server around the serving layer, as src/server.ts and the tests both create it. */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { HttpTimeouts } from '../http/defaults.js';
import type { Logger } from '../http/logging.js';
import { applyHttpTimeouts, httpServerOptions } from '../http/node.js';
import { answerNodeRefusals } from './node-refusals.js';

export interface Listeners {
  listener: RequestListener;
  /** For requests that send `Expect: 100-continue` (src/serve/handler.ts). */
  checkContinue: RequestListener;
}

/** A server with the timeouts against slow clients (src/http/node.ts) and Node's own refusals answered in the API's shape. */
export function createHttpServer(listeners: Listeners, timeouts: HttpTimeouts, logger: Logger): Server {
  const server = createServer(httpServerOptions(timeouts), (req, res) => listeners.listener(req, res));
  server.on('checkContinue', (req, res) => listeners.checkContinue(req, res));
  applyHttpTimeouts(server, timeouts);
  answerNodeRefusals(server, logger);
  return server;
}
