/**
 * Security headers: strict for the API's JSON answers, and a Content-Security-Policy for the
 * GraphiQL page that lets exactly its own scripts run.
 *
 * The GraphiQL page (src/graphiql, docs/graphiql.md) is a small HTML page that loads GraphiQL's
 * script, stylesheets and editor workers as files from this server ('self'), plus one small inline
 * script holding the page's options. The renderer is wrapped so that each rendered page is kept and
 * the SHA-256 of its inline scripts recorded; the page's CSP allows those hashes and files from this
 * origin, and nothing else, so an injected inline script could not run. Nothing is fetched from other
 * origins. The page is never stored by shared caches as it is: it is negotiated (Accept) on the API's URL.
 */
import { createHash } from 'node:crypto';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

/** Headers on every answer. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // Public API: other origins may read it (CORS decides); CORP says so for no-cors loads too.
  'cross-origin-resource-policy': 'cross-origin',
};

/** CSP for anything that is not the GraphiQL page: nothing may run, load or frame it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Cache-Control of the GraphiQL page: revalidated on every load (its files' names change with them),
 * and kept by no shared cache, since it is negotiated (Accept) on the API's URL. The serving layer
 * says the same (src/serve/handler.ts).
 */
export const GRAPHIQL_PAGE_CACHE_CONTROL = 'private, no-cache';

/** CSP for the GraphiQL page, given the hashes of its inline scripts. */
export function graphiqlCsp(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    // The inline script by its hash; GraphiQL's script (src/graphiql/assets.ts) from this origin.
    `script-src ${[...scriptHashes.map((h) => `'${h}'`), "'self'"].join(' ')}`,
    // Monaco's editor workers are files of this origin too.
    "worker-src 'self'",
    // GraphiQL's stylesheets, and the styles the editor injects at run time.
    "style-src 'self' 'unsafe-inline'",
    // The favicon; images and fonts inside the stylesheet are data: URLs.
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The SHA-256 (CSP form) of every inline <script> of a page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(match[1] ?? '')) continue;
    hashes.push(`sha256-${createHash('sha256').update(match[2]!, 'utf8').digest('base64')}`);
  }
  return hashes;
}

export type RenderGraphiQL = (options: GraphiQLOptions) => string | Promise<string>;

export interface SecurityHeaders {
  /** The GraphiQL renderer to give graphql-yoga: renders once per distinct options, records the page's CSP. */
  renderGraphiQL: (options: GraphiQLOptions) => Promise<string>;
  plugin: Plugin;
}

export function securityHeaders(render: RenderGraphiQL): SecurityHeaders {
  const pages = new Map<string, Promise<string>>();
  // The hashes of every page this renderer produced: the page CSP allows our own scripts only.
  const hashes = new Set<string>();
  let pageCsp = API_CSP;
  const renderGraphiQL = (options: GraphiQLOptions) => {
    const key = JSON.stringify(options ?? {});
    let page = pages.get(key);
    if (!page) {
      page = Promise.resolve(render(options)).then((html) => {
        for (const hash of inlineScriptHashes(html)) hashes.add(hash);
        pageCsp = graphiqlCsp([...hashes]);
        return html;
      });
      // A handful of distinct option sets at most: they come from our own configuration.
      if (pages.size >= 8) pages.clear();
      pages.set(key, page);
    }
    return page;
  };

  const plugin: Plugin = {
    onResponse({ response }) {
      const headers = response.headers;
      for (const name in COMMON_HEADERS) headers.set(name, COMMON_HEADERS[name]!);
      if (headers.get('content-type')?.startsWith('text/html')) {
        // Only the GraphiQL renderer above produces HTML here.
        headers.set('cross-origin-opener-policy', 'same-origin');
        headers.set('content-security-policy', pageCsp);
        // GET /graphql answers HTML or JSON by the Accept header.
        headers.set('cache-control', GRAPHIQL_PAGE_CACHE_CONTROL);
        headers.append('vary', 'Accept');
      } else {
        headers.set('content-security-policy', API_CSP);
      }
    },
  };
  return { renderGraphiQL, plugin };
}
