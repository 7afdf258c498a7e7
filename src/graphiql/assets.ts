/**
 * GraphiQL's files, split out of @graphql-yoga/render-graphiql, each at a path that names a hash of
 * its bytes (`/graphiql/assets/graphiql.<hash>.js`): a browser or CDN may keep such a file for a
 * year, since new bytes get a new path. Computed once, at first use, and kept in memory; nothing is
 * ever fetched from another host.
 *
 * render-graphiql ships GraphiQL (with React and Monaco) as strings in `graphiql.js`: the app's
 * script, its stylesheet, a favicon as a data: URL and the three Monaco editor workers. Its own
 * renderer inlines all of them into one 9 MB page; here each becomes a file of its own.
 */
import { createHash } from 'node:crypto';
import { STYLESHEET } from './stylesheet.js';

/** A file served as it is, from memory. */
export interface StaticAsset {
  /** Absolute URL path, fingerprinted: `/graphiql/assets/graphiql.3f2a9c01d4e5b6a7.js`. */
  path: string;
  /** Content-Type, with a charset for text. */
  contentType: string;
  body: Buffer;
}

/** Where GraphiQL's files are served. */
export const GRAPHIQL_ASSETS_PREFIX = '/graphiql/assets/';

/** Cache-Control of a fingerprinted file: its path changes with its bytes, so it never needs revalidating. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Hex characters of the SHA-256 kept in a file's name: 64 bits, plenty to tell versions of a handful of files apart. */
export const FINGERPRINT_LENGTH = 16;

const JAVASCRIPT = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** The first FINGERPRINT_LENGTH hex characters of the SHA-256 of `body`. */
export function fingerprint(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex').slice(0, FINGERPRINT_LENGTH);
}

/** `body` as a file named `<name>.<fingerprint>.<extension>` under `prefix`. */
export function staticAsset(name: string, extension: string, contentType: string, body: Buffer, prefix = GRAPHIQL_ASSETS_PREFIX): StaticAsset {
  const hash = fingerprint(body);
  return { path: `${prefix}${name}.${hash}.${extension}`, contentType, body };
}

/** The media type and bytes of a `data:` URL. */
export function decodeDataUrl(url: string): { contentType: string; body: Buffer } {
  const match = /^data:([^,;]*)((?:;[^,;]*)*),/.exec(url);
  if (!match) throw new Error(`Not a data: URL: ${url.slice(0, 40)}`);
  const data = url.slice(match[0].length);
  const base64 = match[2]!.split(';').includes('base64');
  return {
    contentType: match[1] || 'text/plain;charset=US-ASCII',
    body: base64 ? Buffer.from(data, 'base64') : Buffer.from(decodeURIComponent(data), 'utf8'),
  };
}

/** Monaco's worker labels (what it passes to MonacoEnvironment.getWorkerUrl), as render-graphiql names them. */
export type WorkerLabel = 'editorWorkerService' | 'json' | 'graphql';

export interface GraphiQLAssets {
  /** GraphiQL, React and Monaco: defines `YogaGraphiQL.renderYogaGraphiQL(element, options)`. */
  script: StaticAsset;
  /** GraphiQL's and Monaco's styles. */
  stylesheet: StaticAsset;
  /** This project's rules on top of GraphiQL's (./stylesheet.ts): kept apart so that changing them leaves GraphiQL's cached. */
  overrides: StaticAsset;
  favicon: StaticAsset;
  workers: Readonly<Record<WorkerLabel, StaticAsset>>;
  /** Every file above, by path. */
  byPath: ReadonlyMap<string, StaticAsset>;
}

type RenderGraphiQLFiles = typeof import('@graphql-yoga/render-graphiql/graphiql');

let built: Promise<GraphiQLAssets> | undefined;

/**
 * GraphiQL's files: loaded and built on the first call, then the same object. render-graphiql's
 * module is imported here rather than at startup: it is 9 MB of source, and compiling it took
 * about 0.75 s of a server's 2 s startup. The server warms it once it is ready (handler.warm).
 */
export function graphiqlAssets(): Promise<GraphiQLAssets> {
  return (built ??= import('@graphql-yoga/render-graphiql/graphiql').then(buildAssets));
}

function buildAssets({ css, editorWorkerService, favicon, graphqlWorker, js, jsonWorker }: RenderGraphiQLFiles): GraphiQLAssets {
  const icon = decodeDataUrl(favicon);
  const assets = {
    script: staticAsset('graphiql', 'js', JAVASCRIPT, Buffer.from(js, 'utf8')),
    stylesheet: staticAsset('graphiql', 'css', CSS, Buffer.from(css, 'utf8')),
    overrides: staticAsset('news-graph', 'css', CSS, Buffer.from(STYLESHEET, 'utf8')),
    favicon: staticAsset('favicon', 'ico', icon.contentType, icon.body),
    workers: {
      editorWorkerService: staticAsset('editor.worker', 'js', JAVASCRIPT, Buffer.from(editorWorkerService, 'utf8')),
      json: staticAsset('json.worker', 'js', JAVASCRIPT, Buffer.from(jsonWorker, 'utf8')),
      graphql: staticAsset('graphql.worker', 'js', JAVASCRIPT, Buffer.from(graphqlWorker, 'utf8')),
    },
  };
  const all = [assets.script, assets.stylesheet, assets.overrides, assets.favicon, ...Object.values(assets.workers)];
  return { ...assets, byPath: new Map(all.map((asset) => [asset.path, asset])) };
}
