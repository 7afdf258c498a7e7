/**
 * The GraphiQL page: a few kilobytes of HTML that names GraphiQL's files (./assets.ts) by their
 * fingerprinted paths, and one small inline script that holds this page's options (title, tabs)
 * and starts GraphiQL once its script has run. The page's CSP allows that script by its hash
 * (src/http/security-headers.ts) and the files by 'self'.
 */
import type { GraphiQLOptions } from 'graphql-yoga';
import { graphiqlAssets, type StaticAsset } from './assets.js';

export interface GraphiQLPage {
  html: string;
  /** The files the page loads, by path: the same map for every page. */
  assets: ReadonlyMap<string, StaticAsset>;
}

const DEFAULT_TITLE = 'Yoga GraphiQL';

/** The page for these options (those render-graphiql takes: title, defaultTabs, endpoint...). */
export async function graphiqlPage(options: GraphiQLOptions = {}): Promise<GraphiQLPage> {
  const assets = await graphiqlAssets();
  const workers = Object.fromEntries(Object.entries(assets.workers).map(([label, asset]) => [label, asset.path]));
  // Monaco asks for its workers by label; they are same-origin files, so no blob: URL is needed.
  // The script is deferred, so it has run by DOMContentLoaded.
  const boot = [
    `var workers = ${scriptJson(workers)};`,
    `self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: function (_moduleId, label) { return workers[label]; } };`,
    `document.addEventListener('DOMContentLoaded', function () {`,
    `  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${scriptJson(options)});`,
    `});`,
  ].join('\n');
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(options.title || DEFAULT_TITLE)}</title>
    <link rel="icon" href="${escapeHtml(options.favicon || assets.favicon.path)}" />
    <link rel="stylesheet" href="${assets.stylesheet.path}" />
    <link rel="stylesheet" href="${assets.overrides.path}" />
    <script defer src="${assets.script.path}"></script>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script>
${boot}
    </script>
  </body>
</html>
`;
  return { html, assets: assets.byPath };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON to put inside a <script>: `<`, `>` and `&` only occur in its strings, where `\u003c`... mean
 * the same, so an example holding `</script>` or `<!--` cannot end or change the script.
 */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
