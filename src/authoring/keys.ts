/**
 * `npm run keys`: the keys a corpus already uses, by kind, so that a new article reuses them. The kinds
 * come from the registry (kinds.ts): a new kind is listed without a change here.
 */
import { closest } from 'fastest-levenshtein';
import { checkFile } from '../corpus/check-file.js';
import type { CorpusIssue } from '../corpus/issues.js';
import { KINDS, ROW_KINDS, type RowKind } from '../corpus/kinds.js';
import { listFiles } from '../corpus/load.js';
import { forEachReference } from '../corpus/references.js';

export interface KeyUse {
  key: string;
  /** Its name (an entity's) or title, measure or description (a fact's), as the first article to declare it gives it. */
  name?: string;
  /** How many articles declare it, report on it or refer to it. */
  articles: number;
}

export interface KindKeys {
  kind: RowKind;
  /** The list that holds the kind in an article file, e.g. "cities". */
  list: string;
  keys: KeyUse[];
}

export interface CorpusKeys {
  kinds: KindKeys[];
  /** Files left out: they have problems of their own. */
  skipped: string[];
  files: number;
}

/** The names a kind goes by on the command line: singular ("city") and plural, the list's name ("cities"). */
export const kindNames = (kind: RowKind): [singular: string, plural: string] => [kind.toLowerCase(), KINDS[kind].list];

/** The kind a name on the command line means, in either number and any case. */
export function kindNamed(name: string): RowKind | undefined {
  const wanted = name.trim().toLowerCase();
  return ROW_KINDS.find((kind) => kindNames(kind).includes(wanted));
}

/** Why a name is not a kind: the name nearest to it, and every kind. */
export function unknownKind(name: string): string {
  const names = ROW_KINDS.flatMap(kindNames);
  const near = closest(name.toLowerCase(), names);
  return `unknown kind "${name}" (did you mean "${near}"?); the kinds are ${ROW_KINDS.map((kind) => kindNames(kind)[0]).join(', ')}, each also by its plural (${ROW_KINDS.map((kind) => kindNames(kind)[1]).join(', ')})`;
}

type Row = { key: string } & Record<string, unknown>;
type Lists = Record<string, Row[] | undefined> & { reports?: Record<string, Row[] | undefined> };

/** Every key of the folder's valid files, by kind (all kinds, or `only`), sorted by key; or why the folder cannot be read. */
export function corpusKeys(dir: string, only?: RowKind): CorpusKeys | { issue: CorpusIssue } {
  const listing = listFiles(dir);
  if ('issue' in listing) return listing;
  const kinds = only ? [only] : ROW_KINDS;
  const found = new Map<RowKind, Map<string, { declared: boolean; name?: string; articles: Set<string> }>>(ROW_KINDS.map((kind) => [kind, new Map()]));
  const use = (kind: RowKind, key: string, article: string, declared = false, name?: string) => {
    const keys = found.get(kind)!;
    const known = keys.get(key) ?? { declared, articles: new Set<string>() };
    keys.set(key, known);
    known.declared ||= declared;
    if (declared) known.name ??= name;
    known.articles.add(article);
  };
  const skipped: string[] = [];
  for (const name of listing.names) {
    const { article, issues } = checkFile(dir, name);
    if (!article || issues.length > 0) {
      skipped.push(name);
      continue;
    }
    const lists = article as unknown as Lists;
    for (const kind of ROW_KINDS) {
      const { list } = KINDS[kind];
      const search = KINDS[kind].search as (row: Row) => { names?: readonly (string | undefined)[] };
      for (const row of lists[list] ?? []) {
        use(kind, row.key, article.key, true, search(row).names?.[0]);
        forEachReference(kind, row, (target, key) => use(target, key, article.key));
      }
      for (const row of lists.reports?.[list] ?? []) {
        use(kind, row.key, article.key);
        forEachReference(kind, row, (target, key) => use(target, key, article.key));
      }
    }
  }
  return {
    kinds: kinds.map((kind) => ({
      kind,
      list: KINDS[kind].list,
      // Only keys some article declares: a reference to anything else is a problem (npm run validate), not a key to reuse.
      keys: [...found.get(kind)!]
        .filter(([, { declared }]) => declared)
        .map(([key, { name, articles }]) => ({ key, ...(name !== undefined && { name }), articles: articles.size }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    })),
    skipped,
    files: listing.names.length,
  };
}
