/** An app served as src/server.ts serves it (src/serve/handler.ts, src/serve/http-server.ts), on a loopback port. */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/http/logging.js';
import { createRequestHandler, type RequestHandler, type ServeOptions, type ServeSettings } from '../src/serve/handler.js';
import { createHttpServer } from '../src/serve/http-server.js';
import type { App } from '../src/yoga.js';

export interface WiredServer {
  /** Scheme, host and port, e.g. http://127.0.0.1:4000. */
  base: string;
  port: number;
  handler: RequestHandler;
  close: () => Promise<void>;
}

/** Every request comes from 127.0.0.1 in tests, far more than one front end sends: the per-client share is lifted. */
export const TEST_SETTINGS: ServeSettings = (() => {
  const config = loadConfig({});
  return { ...config, admission: { ...config.admission, clientBudgetMs: 600_000, clientRefillMsPerS: 1000 } };
})();

export async function listenWired(app: App, settings: Partial<ServeSettings> = {}, options: ServeOptions = {}): Promise<WiredServer> {
  const handler = createRequestHandler(app, { ...TEST_SETTINGS, ...settings }, options);
  const server = createHttpServer(handler, loadConfig({}).httpTimeouts, options.logger ?? silentLogger);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, port, handler, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
