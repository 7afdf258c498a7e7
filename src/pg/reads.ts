/**
 * The SQL that answers the in-memory store's questions (src/corpus/store.ts) from the schema of
 * migrations/0001_corpus.sql, as pg query configs (named: prepared once per connection). A
 * PostgreSQL store runs these; tests/pg/ checks each against the in-memory store's answer on the
 * same corpus. docs/postgres.md maps every Store and Queries method.
 */
import type { QueryConfig } from 'pg';
import { ROW_KINDS, type RowKind } from '../corpus/kinds.js';
import type { AnyRecord, ArticleRecord, RecordKind } from '../corpus/model.js';
import type { FacetFilter, Order } from '../corpus/queries.js';
import { searchTermsOf } from './search-doc.js';

/** The store's kinds in its own order (the order of its tables): search ties go by it, and an article's records are listed by it. */
export const KIND_ORDER: readonly RecordKind[] = ['Article', ...ROW_KINDS];

/** How many of the best matches get search.ts's phrase and exact-name bonuses. */
const BONUS_CANDIDATES = 2000;

export const reads = {
  /** Store.get for a kind of entity or fact: the record's JSON (recordFromRow). */
  record: (kind: RowKind, key: string): QueryConfig => ({
    name: 'record',
    text: 'SELECT record FROM records WHERE kind = $1 AND key = $2',
    values: [kind, key],
  }),

  /** Store.get('Article', key): articleFromRow. */
  article: (key: string): QueryConfig => ({ name: 'article', text: `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE key = $1`, values: [key] }),

  /** Store.list(kind) in natural order; a page of it is the same with a keyset, (order_key, key) > ($2, $3), and a LIMIT. */
  list: (kind: RowKind): QueryConfig => ({ name: 'list', text: 'SELECT key FROM records WHERE kind = $1 ORDER BY order_key, key', values: [kind] }),

  listArticles: (): QueryConfig => ({ name: 'list-articles', text: 'SELECT key FROM articles ORDER BY order_key, key' }),

  /** Store.count(kind) as of the last ingest (corpus.counts); count(*) on records gives the same. */
  counts: (): QueryConfig => ({ name: 'counts', text: 'SELECT counts FROM corpus' }),

  /** Store.position(articleKey): how many articles come before it; -1 for none. */
  position: (articleKey: string): QueryConfig => ({
    name: 'position',
    text: `SELECT CASE WHEN a.key IS NULL THEN -1 ELSE (SELECT count(*) FROM articles b WHERE (b.order_key, b.key) < (a.order_key, a.key)) END AS position
             FROM (SELECT 1) AS one LEFT JOIN articles a ON a.key = $1`,
    values: [articleKey],
  }),

  /** Store.referrersOf(kind, target, key): the records of a kind that point at a record, stated or derived, in natural order. */
  referrers: (kind: RowKind, target: RowKind, key: string): QueryConfig => ({
    name: 'referrers',
    text: `SELECT r.key FROM refs e JOIN records r ON r.kind = e.from_kind AND r.key = e.from_key
            WHERE e.to_kind = $2 AND e.to_key = $3 AND e.from_kind = $1
            ORDER BY r.order_key, r.key`,
    values: [kind, target, key],
  }),

  /**
   * Queries' referringIn: the facts of a kind that name a reference in one field (an agreement's
   * parties, a metric's subjects), which is the referrers whose `fields` hold that field.
   */
  referrersIn: (kind: RowKind, target: RowKind, key: string, field: string): QueryConfig => ({
    name: 'referrers-in',
    text: `SELECT r.key FROM refs e JOIN records r ON r.kind = e.from_kind AND r.key = e.from_key
            WHERE e.to_kind = $2 AND e.to_key = $3 AND e.from_kind = $1 AND $4 = ANY(e.fields)
            ORDER BY r.order_key, r.key`,
    values: [kind, target, key, field],
  }),

  /** Store.recordsOf(articleKey): the entities it mentions, then the facts it declares or reports on, by kind, each kind in natural order. */
  recordsOf: (articleKey: string): QueryConfig => ({
    name: 'records-of',
    text: `SELECT m.kind, m.key FROM mentions m JOIN records r ON r.kind = m.kind AND r.key = m.key
            WHERE m.article = $1
            ORDER BY array_position($2::text[], m.kind::text), r.order_key, r.key`,
    values: [articleKey, KIND_ORDER],
  }),

  /** Store.articlesMentioning(entity): oldest first. */
  articlesMentioning: (kind: RowKind, key: string): QueryConfig => ({
    name: 'articles-mentioning',
    text: `SELECT a.key FROM mentions m JOIN articles a ON a.key = m.article
            WHERE m.kind = $1 AND m.key = $2
            ORDER BY a.order_key, a.key`,
    values: [kind, key],
  }),

  /** Store.search.scanSize(text): the documents holding the query's rarest word (0 for a word no document holds, and for no word). */
  scanSize: (text: string): QueryConfig => ({
    name: 'scan-size',
    text: `SELECT coalesce(min(coalesce(w.docs, 0)), 0)::int AS size FROM unnest($1::text[]) AS q(word) LEFT JOIN search_words w ON w.word = q.word`,
    values: [searchTermsOf(text).words],
  }),

  /**
   * Store.search.query(text): kind, key and score of every record holding all the query's words,
   * best first, scored as search.ts scores: each word by the best weight it has in the record
   * (3 name, 2 keyword, 1 text), times 2 when a name, keyword or text (not a body) contains the
   * whole query and it has more than one word, times 1.5 when a name is the query; the bonuses go
   * to the best 2,000 by word weight and to exact names; ties by kind, then natural order.
   * Undefined when the text has no word to search for (search.ts finds nothing then).
   */
  search: (text: string): QueryConfig | undefined => {
    const { words, tsquery, normal } = searchTermsOf(text);
    if (words.length === 0) return undefined;
    return {
      name: 'search',
      text: `
        WITH hits AS (
          SELECT d.kind, d.key, d.order_key, d.phrases,
                 array_position($5::text[], d.kind::text) AS kind_position,
                 $3 = ANY(d.names) AS exact,
                 (SELECT sum(CASE u.weights[1] WHEN 'A' THEN 3 WHEN 'B' THEN 2 ELSE 1 END)
                    FROM unnest(d.doc) AS u WHERE u.lexeme = ANY($2::text[]))::float8 AS base
            FROM search_docs d
           WHERE d.doc @@ $1::tsquery
        ), ranked AS (
          SELECT *, row_number() OVER (ORDER BY base DESC, kind_position, order_key, key) <= ${BONUS_CANDIDATES} OR exact AS candidate
            FROM hits
        )
        SELECT kind, key,
               base * CASE WHEN $4 AND candidate AND EXISTS (SELECT 1 FROM unnest(phrases) AS p WHERE strpos(p, $3) > 0) THEN 2 ELSE 1 END
                    * CASE WHEN exact THEN 1.5 ELSE 1 END AS score
          FROM ranked
         ORDER BY candidate DESC, score DESC, kind_position, order_key, key`,
      values: [tsquery, words, normal, words.length > 1, KIND_ORDER],
    };
  },
};

/**
 * The same questions for many at once, as a request view asks them (src/pg/view.ts): one statement
 * per kind of question per round, whatever the number of items. Rows come with the whole record
 * (RECORD_COLUMNS), so that the records a list names need no second round; `i` is the question's
 * place in the batch (1-based, unnest WITH ORDINALITY).
 */
export const batchReads = {
  records: (kinds: string[], keys: string[]): QueryConfig => ({
    name: 'batch-records',
    text: `SELECT ${RECORD_COLUMNS} FROM unnest($1::text[], $2::text[]) AS q(kind, key) JOIN records r ON r.kind = q.kind AND r.key = q.key`,
    values: [kinds, keys],
  }),

  articles: (keys: string[]): QueryConfig => ({
    name: 'batch-articles',
    text: `SELECT ${ARTICLE_COLUMNS}, order_key FROM articles WHERE key = ANY($1::text[])`,
    values: [keys],
  }),

  /** The records of a kind that point at each (target kind, key), in natural order. */
  referrers: (kinds: string[], targets: string[], keys: string[]): QueryConfig => ({
    name: 'batch-referrers',
    text: `SELECT q.i, ${RECORD_COLUMNS}
             FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS q(kind, target, key, i)
             JOIN refs e ON e.to_kind = q.target AND e.to_key = q.key AND e.from_kind = q.kind
             JOIN records r ON r.kind = e.from_kind AND r.key = e.from_key
            ORDER BY q.i, r.order_key, r.key`,
    values: [kinds, targets, keys],
  }),

  /** Each article's entities and facts, by kind (KIND_ORDER), each kind in natural order. */
  recordsOf: (articles: string[]): QueryConfig => ({
    name: 'batch-records-of',
    text: `SELECT q.i, ${RECORD_COLUMNS}
             FROM unnest($1::text[]) WITH ORDINALITY AS q(article, i)
             JOIN mentions m ON m.article = q.article
             JOIN records r ON r.kind = m.kind AND r.key = m.key
            ORDER BY q.i, array_position($2::text[], m.kind::text), r.order_key, r.key`,
    values: [articles, KIND_ORDER],
  }),

  /** The articles mentioning each entity, oldest first. */
  articlesMentioning: (kinds: string[], keys: string[]): QueryConfig => ({
    name: 'batch-articles-mentioning',
    text: `SELECT q.i, ${ARTICLE_COLUMNS.replace(/(\w+)/g, 'a.$1')}, a.order_key
             FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS q(kind, key, i)
             JOIN mentions m ON m.kind = q.kind AND m.key = q.key
             JOIN articles a ON a.key = m.article
            ORDER BY q.i, a.order_key, a.key`,
    values: [kinds, keys],
  }),

  /** Every record of a kind, in natural order. */
  list: (kind: RowKind): QueryConfig => ({
    name: 'batch-list',
    text: `SELECT ${RECORD_COLUMNS} FROM records r WHERE r.kind = $1 ORDER BY r.order_key, r.key`,
    values: [kind],
  }),

  listArticles: (): QueryConfig => ({ name: 'batch-list-articles', text: `SELECT ${ARTICLE_COLUMNS}, order_key FROM articles ORDER BY order_key, key` }),

  /** How many articles come before each; null for an article not in the corpus. */
  positions: (keys: string[]): QueryConfig => ({
    name: 'batch-positions',
    text: `SELECT q.key, (SELECT count(*) FROM articles b WHERE (b.order_key, b.key) < (a.order_key, a.key))::int AS position
             FROM unnest($1::text[]) AS q(key) LEFT JOIN articles a ON a.key = q.key`,
    values: [keys],
  }),

  /** How many documents hold each word (lexemes, searchTermsOf); a word no document holds has no row. */
  words: (words: string[]): QueryConfig => ({
    name: 'batch-words',
    text: 'SELECT word, docs FROM search_words WHERE word = ANY($1::text[])',
    values: [words],
  }),
};

/**
 * CorpusStore.listWhere: the records of a kind whose kind and status facets hold one of the given
 * values ($2 and $3; null for any), counted, and a page of them in an order (OFFSET $4 LIMIT $5),
 * as Queries would order the whole list: natural order, or by key, or descending, where facts
 * without dated bounds stay last, in natural order (Reversed). The two fields are spelled out
 * rather than walked with jsonb_each per row: at 10,000 articles the events-that-are-not-visits
 * example took 272 ms (p50) that way and 218 ms this way (npm run bench:pg-scale); the rest is the
 * count and the OFFSET scanning every record of the kind.
 */
const FACETS_MATCH = `r.kind = $1 AND ($2::text[] IS NULL OR r.facets->>'kind' = ANY($2)) AND ($3::text[] IS NULL OR r.facets->>'status' = ANY($3))`;
const PAGE_ORDERS = {
  natural: 'r.order_key, r.key',
  naturalDesc: 'r.order_key DESC, r.key DESC',
  dateDesc: 'r.undated, CASE WHEN r.undated THEN r.order_key END, CASE WHEN r.undated THEN r.key END, r.order_key DESC, r.key DESC',
  key: 'r.key',
  keyDesc: 'r.key DESC',
} as const;

export const pageReads = {
  count: (kind: RowKind, where: FacetFilter): QueryConfig => ({
    name: 'list-where-count',
    text: `SELECT count(*)::int AS n FROM records r WHERE ${FACETS_MATCH}`,
    values: [kind, where.kind ?? null, where.status ?? null],
  }),

  page: (kind: RowKind, where: FacetFilter, order: Order, offset: number, limit: number): QueryConfig => {
    const sort = order.field === 'key' ? (order.direction === 'asc' ? 'key' : 'keyDesc') : order.direction === 'asc' ? 'natural' : order.field === 'date' ? 'dateDesc' : 'naturalDesc';
    return {
      name: `list-where-page-${sort}`,
      text: `SELECT ${RECORD_COLUMNS} FROM records r WHERE ${FACETS_MATCH} ORDER BY ${PAGE_ORDERS[sort]} OFFSET $4 LIMIT $5`,
      values: [kind, where.kind ?? null, where.status ?? null, offset, limit],
    };
  },
};

/** What a record row brings: the record, its order key and what the store derived of it. */
const RECORD_COLUMNS = 'r.kind, r.key, r.record, r.order_key, r.derived';

const ARTICLE_COLUMNS = 'key, file, title, source, published_at, section, language, url, paraphrase, body';

/** A record as the store holds it, but its rank (the store's `order`, a number it gives at build). */
export const recordFromRow = (row: { record: unknown }): Omit<AnyRecord, 'order'> => row.record as Omit<AnyRecord, 'order'>;

/** An article record with every field in build-store.ts's order (articleRecord); `file` is the file's name, not a path. */
export function articleFromRow(row: Record<string, unknown>): Omit<ArticleRecord, 'order'> {
  const optional = <T>(value: T | null) => (value === null ? undefined : value);
  return {
    type: 'Article',
    key: row.key as string,
    title: row.title as string,
    source: row.source as string,
    publishedAt: row.published_at as string,
    section: optional(row.section as string | null),
    language: row.language as string,
    url: optional(row.url as string | null),
    paraphrase: optional(row.paraphrase as ArticleRecord['paraphrase'] | null),
    body: row.body as string[],
    file: row.file as string,
  };
}
