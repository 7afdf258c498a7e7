/**
 * The natural order of records: articles by publication, entities by name, statements by their
 * article's publication and their place in it, other facts by time: the earliest day their time
 * allows, then the latest. Facts whose time has no bounds (no time stated, or no year) come after
 * every dated fact, those with a month and day by month and day, then in the order their articles
 * state them. The key breaks ties. Each record carries its order key (`order`), computed once when
 * it is loaded (for facts, on the loading workers); the store then replaces each key by its rank
 * (rankInOrder).
 */
import { KINDS, timeOf, type FactKind } from './kinds.js';
import type { AnyRecord, FactRecord } from './model.js';
import { boundsOf } from './time.js';

/**
 * Order keys of facts without bounds start with this, so they sort after every date (and its
 * parts, digits and "-"), and no other key does: a list's undated facts are the keys from it on
 * (a database store walks them as a range of its index).
 */
export const UNDATED = '~';

/** The order key of a fact by its time (see above); facts without bounds follow the order articles state them in. */
function timeKey(kind: FactKind, fact: Fact, articleKey: string, publishedAt: string): string {
  const time = timeOf(kind, fact);
  const { earliest, latest } = time ? boundsOf(time) : {};
  if (earliest !== undefined) return `${earliest} ${latest ?? UNDATED}`;
  if (latest !== undefined) return `${latest} ${latest}`;
  return `${UNDATED}${time?.date ?? time?.end ?? UNDATED} ${placeKey(fact, articleKey, publishedAt)}`;
}

/** Where a fact is stated: its article's publication, then its first quote's place in the text. */
function placeKey(fact: Fact, articleKey: string, publishedAt: string): string {
  const [first] = fact.evidence;
  return `${publicationKey(publishedAt)} ${articleKey} ${String(first?.paragraph).padStart(6, '0')} ${String(first?.start).padStart(6, '0')}`;
}

/** The article's publication as printed (local date), then as an instant; a date alone sorts first on its day. */
export function publicationKey(publishedAt: string): string {
  return publishedAt.length === 10 ? `${publishedAt} ` : `${publishedAt.slice(0, 10)} ${new Date(publishedAt).toISOString()}`;
}

/** What a fact's order key needs of its row: its key and first quote, and the fields its kind's time comes from. */
type Fact = Pick<FactRecord, 'key' | 'evidence'>;

/** The order key of an article or an entity (its `order`): its publication, or its name. */
export function orderKey(r: Exclude<AnyRecord, FactRecord>): string {
  return `${r.type === 'Article' ? publicationKey(r.publishedAt) : r.name.toLowerCase()}\u0000${r.key}`;
}

/** The order key of a fact of a kind, from its time or its place in its article (`articleKey`, published at `publishedAt`). */
export function factOrderKey(kind: FactKind, fact: Fact, articleKey: string, publishedAt: string): string {
  const order = KINDS[kind].time ? timeKey(kind, fact, articleKey, publishedAt) : placeKey(fact, articleKey, publishedAt);
  return `${order}\u0000${fact.key}`;
}

/** Compares records of one kind (or facts of several) in their natural order. */
export const byOrder = (a: { order: string | number }, b: { order: string | number }): number => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0);

/** True for a fact whose kind is ordered by time but whose time has no bounds (none stated, or no year). */
function undated(record: AnyRecord): boolean {
  if (record.type === 'Article' || !('articleKey' in record) || !KINDS[record.type].time) return false;
  const time = timeOf(record.type, record);
  if (!time) return true;
  const { earliest, latest } = boundsOf(time);
  return earliest === undefined && latest === undefined;
}

/** How many records at the end of a list in natural order have no dated bounds. */
export function undatedTail(list: readonly AnyRecord[]): number {
  let n = 0;
  while (n < list.length && undated(list[list.length - 1 - n]!)) n++;
  return n;
}

/**
 * Replaces the order keys of lists already in natural order by ranks: numbers compare faster than
 * the keys, and take no memory of their own (a key of a fact is some 50 characters, a million times
 * over). The lists are ranked together, so that records of several kinds (a topic's facts) still
 * compare: they are merged by key first.
 */
export function rankInOrder(lists: readonly (readonly { order: string | number }[])[]): void {
  const next = lists.map(() => 0);
  for (let rank = 0; ; rank++) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const item = lists[i]![next[i]!];
      if (item && (best < 0 || item.order < lists[best]![next[best]!]!.order)) best = i;
    }
    if (best < 0) return;
    lists[best]![next[best]!++]!.order = rank;
  }
}
