/**
 * Validators and conditional requests (RFC 9110, section 13). Every 200 answer to a GET carries
 * an ETag made from its bytes before any content coding; it is weak (W/) because the gzip, brotli
 * and identity forms of one answer share it, as nginx does when it compresses. If-None-Match
 * compares weakly, as the RFC asks of it: a list of tags, weak or strong, or "*".
 */
import { createHash } from 'node:crypto';

export function etagOf(body: Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** The opaque part of an entity tag, without W/ and quotes ("weak comparison"). */
const opaque = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag);

/** True when If-None-Match names this ETag (or is "*"): the answer is then 304 Not Modified. */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const mine = opaque(etag);
  for (const match of header.matchAll(/(?:W\/)?"[^"]*"/g)) if (opaque(match[0]) === mine) return true;
  return false;
}
