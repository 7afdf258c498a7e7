/**
 * The front end's own origin: tests/proxy/browser-app.ts bundled for the browser with esbuild at
 * test time (everything from node_modules, nothing fetched from any other host), served with a
 * blank page by a small static server on its own loopback port, so that the API behind the proxy
 * is another origin.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./browser-app.ts', import.meta.url));

/**
 * A page's script as one file for Chromium: this front end (browser-app.ts) as built for production
 * by default, or another entry with the libraries' development builds, whose warnings are on.
 */
export async function bundleApp(entry = ENTRY, mode: 'production' | 'development' = 'production'): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    conditions: [mode],
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <link rel="icon" href="data:,">
    <title>A front end on another origin</title>
    <script src="/app.js"></script>
  </head>
  <body></body>
</html>
`;

export interface AppOrigin {
  /** http://127.0.0.1:PORT */
  origin: string;
  close: () => Promise<void>;
}

/** Serves the page at / and the bundle at /app.js; anything else is 404. */
export async function serveApp(script: string): Promise<AppOrigin> {
  const server: Server = createServer((req, res) => {
    const path = req.url?.split('?')[0];
    if (path === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(PAGE);
    else if (path === '/app.js') res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(script);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
