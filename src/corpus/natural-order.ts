/**
 * The natural order of records: articles by publication, entities by name, statements by
 * their place in the article, other facts by date; the key breaks ties. Each record carries
 * its order key (`order`), computed once when it is loaded (for facts, on the loading workers).
 */
import type { AnyRecord, FactRecord } from './model.js';

/** The best-known date of a fact, as an ISO date or year prefix. */
export function factDate(record: FactRecord): string {
  const time =
    record.type === 'Visit'
      ? (record.departure ?? record.start)
      : record.type === 'Agreement'
        ? record.date
        : record.type === 'Metric'
          ? (record.asOf ?? record.to ?? record.from)
          : undefined;
  return time?.date ?? (time?.year !== undefined ? String(time.year) : '');
}

/** The order key of a record (its `order`), from the fields that decide its place. */
export function orderKey(r: AnyRecord): string {
  let order: string;
  if (r.type === 'Article') order = new Date(r.publishedAt).toISOString();
  else if ('name' in r) order = r.name.toLowerCase();
  else if (r.type === 'Statement') {
    const [first] = r.evidence;
    order = `${r.articleKey} ${String(first?.paragraph).padStart(6, '0')} ${String(first?.start).padStart(6, '0')}`;
  } else order = factDate(r);
  return `${order}\u0000${r.key}`;
}

/** Compares records of one kind (or facts of several) in their natural order. */
export const byOrder = (a: { order: string }, b: { order: string }): number => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0);
