/**
 * The references between records: every key a row points at (kinds.ts says which, per kind), and
 * those an article's own rows cannot resolve, which must then be declared by another article.
 */
import { KIND_OF_PREFIX, KINDS, ROW_KINDS, type ReferenceSink, type RowKind } from './kinds.js';
import type { RefPrefix } from './format/values.js';

export interface Reference {
  kind: RowKind;
  key: string;
  /** JSON path of the reference: relative to its row from referencesOf, from the file's root from unresolvedReferences. */
  path: string;
}

type Row = { key: string };
/** An article's rows by list, and the rows of its reports on other articles' facts. */
export type ArticleRows = Record<string, readonly Row[] | undefined> & { reports?: Record<string, readonly Row[] | undefined> };

/**
 * The references in an article's rows to records the article itself does not declare. Rows are
 * checked without building JSON paths; only a row with a miss is walked again for its paths.
 */
export function unresolvedReferences(article: ArticleRows): Reference[] {
  const declared = new Map<RowKind, Set<string>>();
  for (const kind of ROW_KINDS) declared.set(kind, new Set((article[KINDS[kind].list] ?? []).map((row) => row.key)));
  const isDeclared = (kind: RowKind, key: string) => declared.get(kind)!.has(key);
  const unresolved: Reference[] = [];
  const check = (kind: RowKind, rows: readonly Row[] | undefined, at: string) => {
    rows?.forEach((row, index) => {
      let missing = false;
      forEachReference(kind, row, (target, key) => {
        missing ||= !isDeclared(target, key);
      });
      if (!missing) return;
      for (const ref of referencesOf(kind, row)) {
        if (!isDeclared(ref.kind, ref.key)) unresolved.push({ ...ref, path: `${at}[${index}].${ref.path}` });
      }
    });
  };
  for (const kind of ROW_KINDS) {
    const { list } = KINDS[kind];
    check(kind, article[list], `$.${list}`);
    check(kind, article.reports?.[list], `$.reports.${list}`);
  }
  return unresolved;
}

/**
 * The field of a reference the store derives instead of a record stating it (migrations/0001): the
 * country a place lies in by its region or city, or a side of a visit by its city or region.
 */
export const DERIVED_COUNTRY_FIELD = 'derived:country';

/** Prefixes the API still accepts from before a kind was renamed: companies became organisations. */
const PREFIX_ALIASES: Record<string, RefPrefix> = { company: 'organisation' };

/** True for a reference written with an old prefix ("company:x"): records never are (the format takes REF_PREFIXES only). */
export const isAliasRef = (ref: string): boolean => Object.hasOwn(PREFIX_ALIASES, ref.slice(0, Math.max(0, ref.indexOf(':'))));

/** The kind a "type:key" reference names, and its key. */
export function parseRef(ref: string): { kind: RowKind; key: string } | undefined {
  const colon = ref.indexOf(':');
  const written = ref.slice(0, colon);
  const prefix = (Object.hasOwn(PREFIX_ALIASES, written) ? PREFIX_ALIASES[written] : written) as RefPrefix;
  return colon > 0 && Object.hasOwn(KIND_OF_PREFIX, prefix) ? { kind: KIND_OF_PREFIX[prefix], key: ref.slice(colon + 1) } : undefined;
}

/** Every key a row of the given kind points at, with the JSON path (relative to the row) it sits at. */
export function referencesOf(kind: RowKind, row: Row): Reference[] {
  const refs: Reference[] = [];
  const sink: ReferenceSink = {
    one(target, key, path) {
      if (key !== undefined) refs.push({ kind: target, key, path });
    },
    many(target, keys, path) {
      keys?.forEach((key, i) => refs.push({ kind: target, key, path: `${path}[${i}]` }));
    },
    typed(ref, path) {
      const parsed = ref === undefined ? undefined : parseRef(ref);
      if (parsed) refs.push({ ...parsed, path });
    },
    typedMany(values, path) {
      values?.forEach((ref, i) => sink.typed(ref, `${path}[${i}]`));
    },
    participants(list, path) {
      list?.forEach((p, i) => {
        sink.typedMany(p.who, `${path}[${i}].who`);
        sink.typed(p.for, `${path}[${i}].for`);
      });
    },
  };
  // The registry's functions take their own kind's row; the row comes from that kind's list.
  (KINDS[kind].references as (row: Row, refs: ReferenceSink) => void)(row, sink);
  return refs;
}

/**
 * Calls `visit` for every key a row points at, without the JSON paths referencesOf builds for
 * messages: the store indexes every reference of every record, a few million at scale.
 * `participant` is true for the keys of participants (who takes part, and for whom).
 */
export function forEachReference(kind: RowKind, row: Row, visit: (kind: RowKind, key: string, participant: boolean) => void): void {
  const typed = (ref: string | undefined, participant: boolean) => {
    const parsed = ref === undefined ? undefined : parseRef(ref);
    if (parsed) visit(parsed.kind, parsed.key, participant);
  };
  const sink: ReferenceSink = {
    one(target, key) {
      if (key !== undefined) visit(target, key, false);
    },
    many(target, keys) {
      if (keys) for (const key of keys) visit(target, key, false);
    },
    typed: (ref) => typed(ref, false),
    typedMany(values) {
      if (values) for (const ref of values) typed(ref, false);
    },
    participants(list) {
      if (!list) return;
      for (const p of list) {
        if (p.who) for (const ref of p.who) typed(ref, true);
        typed(p.for, true);
      }
    },
  };
  (KINDS[kind].references as (row: Row, refs: ReferenceSink) => void)(row, sink);
}
