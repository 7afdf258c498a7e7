/**
 * GraphiQL's files, answered from memory by the serving layer (src/serve/handler.ts): GET and HEAD,
 * with their Content-Type and `Cache-Control: public, max-age=31536000, immutable`. Under the
 * prefix, an unknown path is 404 NOT_FOUND and another method 405 METHOD_NOT_ALLOWED. The writer
 * adds the ETag, answers If-None-Match and compresses (src/serve/write.ts): each file's body is the
 * same Buffer every time, so that is done once.
 */
import { clip, ErrorCode } from '../http/errors.js';
import { errorAnswer, type Answer } from '../serve/answer.js';
import { IMMUTABLE_CACHE_CONTROL, type StaticAsset } from './assets.js';

/** The answer to `method` on `path`, a path under the assets' prefix. */
export function assetAnswer(assets: ReadonlyMap<string, StaticAsset>, method: string, path: string): Answer {
  if (method !== 'GET' && method !== 'HEAD') {
    return errorAnswer(405, ErrorCode.methodNotAllowed, `Method ${clip(method)} is not allowed on ${clip(path)}: use GET or HEAD.`, {}, { allow: 'GET, HEAD' });
  }
  const asset = assets.get(path);
  // An old page may ask for a file of an earlier version: its name changed with its bytes.
  if (!asset) return errorAnswer(404, ErrorCode.notFound, `Not found: ${clip(path)}. GraphiQL's file names change with their content: reload the page for the current ones.`);
  return { status: 200, headers: { 'content-type': asset.contentType, 'cache-control': IMMUTABLE_CACHE_CONTROL }, body: asset.body };
}
