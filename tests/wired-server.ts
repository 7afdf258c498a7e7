/** An app behind the response cache and the prepared-operation path, as src/server.ts wires it (admission aside), on a loopback port. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { withPreparedOperations } from '../src/cache/prepared-operations.js';
import { ResponseCache, withResponseCache } from '../src/cache/response-cache.js';
import { bodyReader } from '../src/http/body-limit.js';
import type { createApp } from '../src/yoga.js';

export interface WiredServer {
  /** Scheme, host and port, e.g. http://127.0.0.1:4000. */
  base: string;
  port: number;
  close: () => Promise<void>;
}

export async function listenWired(app: ReturnType<typeof createApp>): Promise<WiredServer> {
  const server = createServer(withResponseCache(withPreparedOperations(app, app.prepared), new ResponseCache(), bodyReader(100_000)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
