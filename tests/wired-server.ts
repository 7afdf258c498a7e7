/** An app served as src/server.ts serves it (src/serve/handler.ts, src/serve/http-server.ts), on a loopback port. */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/http/logging.js';
import { createRequestHandler, type RequestHandler, type ServeOptions, type ServeSettings } from '../src/serve/handler.js';
import { createHttpServer } from '../src/serve/http-server.js';
import { DEFAULT_MEMORY_BUDGETS } from '../src/http/index.js';
import type { Context } from '../src/schema/builder.js';
import type { RequestScope } from '../src/serve/rounds.js';
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

/**
 * An App around a yoga of a test's own schema (no corpus, src/yoga.ts not used): one scope for
 * every request, whose context is empty, and a corpus version that never changes.
 */
export function appAround(yoga: App['yoga'], prepared: App['prepared'], caches: App['memory']['caches']): App {
  const scope: RequestScope = { context: {} as Context, loads: false, asks: 0, load: async () => undefined, close: async () => undefined };
  return { yoga, prepared, scope: () => scope, corpusVersion: () => '', memory: { budgets: DEFAULT_MEMORY_BUDGETS, caches }, fetch: yoga.fetch };
}

export async function listenWired(app: App, settings: Partial<ServeSettings> = {}, options: ServeOptions = {}): Promise<WiredServer> {
  const handler = createRequestHandler(app, { ...TEST_SETTINGS, ...settings }, options);
  const server = createHttpServer(handler, loadConfig({}).httpTimeouts, options.logger ?? silentLogger);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, port, handler, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
