/**
 * The SQL a request's view (view.ts) runs to answer the store's questions (src/corpus/corpus-store.ts)
 * from the schema of migrations/, as pg query configs (named: prepared once per connection):
 * ranked search, the batched questions of a round, and lists counted and paged. tests/pg/ checks
 * them against the in-memory store's answers on the same corpus. docs/postgres.md maps every
 * Store and Queries method.
 */
import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';
import { ROW_KINDS, type RowKind } from '../corpus/kinds.js';
import type { ArticleRecord, RecordKind } from '../corpus/model.js';
import { UNDATED } from '../corpus/natural-order.js';
import { refIndex, type ArticleFilter, type FacetFilter, type ListIndex, type Order, type RefIndex } from '../corpus/queries.js';
import { timestamptzOf } from './instants.js';
import { searchTermsOf } from './search-doc.js';

/** The store's kinds in its own order (the order of its tables): search ties go by it, and an article's records are listed by it. */
export const KIND_ORDER: readonly RecordKind[] = ['Article', ...ROW_KINDS];

/**
 * At most how many rows a statement that reads a whole list may return (null: all). A request
 * reads up to its budget of records (view.ts): a list longer than what is left is refused, not read.
 */
type Limit = number | null;

/** What a record row brings: the record, its order key, what the store derived of it and how many quotes of an entity's evidence are in `evidence`. */
const RECORD_COLUMNS = 'r.kind, r.key, r.record, r.order_key, r.derived, r.evidence_count';

const ARTICLE_COLUMNS = 'key, file, title, source, published_at, section, language, url, paraphrase, body';

/** How many of the best matches get search.ts's phrase and exact-name bonuses. */
const BONUS_CANDIDATES = 2000;

/**
 * CorpusStore.search.query(text), a page at a time: how many records hold all the query's words,
 * and the kind, key and score of those at ranks [offset, offset + limit), best first, scored as
 * search.ts scores: each word by the best weight it has in the record (3 name, 2 keyword, 1 text),
 * times 2 when a name, keyword or text (not a body) contains the whole query and it has more than
 * one word, times 1.5 when a name is the query; the bonuses go to the best 2,000 by word weight
 * and to exact names; ties by kind, then natural order. Every match is ranked in the database and
 * only the page comes back: "district heating" matches 48,905 records at 100,000 articles.
 * Undefined when the text has no word to search for (search.ts finds nothing then).
 */
export const searchReads = {
  /**
   * The first `limit` hits (at most BONUS_CANDIDATES), ranked, each with the count of all
   * (`total`; no row when nothing matches): a search is counted with its first page, since the
   * ranking reads every match anyway. The first page comes from the bonus candidates alone (there
   * are at least min(matches, 2,000) of them), so only the best 2,000 by word weight are kept, by
   * a top-N sort in bounded memory, where ranking every match sorted all of them twice (on disk at
   * 100,000 articles: 48,905 for "district heating"). Statements alone, medians: 283 → 215 ms
   * for that search at 100,000 articles, 37 → 31 ms at 10,000.
   */
  first(text: string, limit: number): QueryConfig | undefined {
    if (limit > BONUS_CANDIDATES) throw new RangeError(`a first page of at most ${BONUS_CANDIDATES} hits, not ${limit}`);
    return searchStatement(text, 'search-first', (hits) => `${hits}, candidates AS (
      (SELECT * FROM hits ORDER BY base DESC, kind_position, order_key, key LIMIT ${BONUS_CANDIDATES})
      UNION
      SELECT * FROM hits WHERE exact
    )
    SELECT c.kind, c.key, ${scored('c', 'true')} AS score, (SELECT count(*) FROM hits)::int AS total
      FROM candidates c
     ORDER BY score DESC, c.kind_position, c.order_key, c.key
     LIMIT $7`, [limit]);
  },

  /** A later page: every match ranked, then [offset, offset + limit); `limit` null: to the end. */
  page(text: string, offset: number, limit: number | null): QueryConfig | undefined {
    return searchStatement(text, 'search-page', (hits) => `${hits}, ranked AS (
      SELECT *, row_number() OVER (ORDER BY base DESC, kind_position, order_key, key) <= ${BONUS_CANDIDATES} OR exact AS candidate
        FROM hits
    )
    SELECT r.kind, r.key, ${scored('r', 'r.candidate')} AS score
      FROM ranked r
     ORDER BY r.candidate DESC, score DESC, r.kind_position, r.order_key, r.key
    OFFSET $7 LIMIT $8`, [offset, limit]);
  },
};

/**
 * Run before a search statement, in the request's transaction (SET LOCAL: until it ends). With
 * the default 4 MB the bitmap of a common word's matches is lossy at 300,000 articles (33,613 of
 * "district heating"'s 87,038 heap blocks), and each row of a lossy block is tested again. The
 * first statement prepared in a read-only transaction, without and with it alternating, medians
 * of 8: "district heating" 630.4 -> 530.5 ms, "water" 2,002.8 -> 1,824.1, "smart city" 77.6 ->
 * 73.4 (32 MB: no better). A search request's other statements get it too; a connection holds
 * at most a few such sorts and bitmaps at once.
 */
export const SEARCH_WORK_MEM: QueryConfig = { text: "SET LOCAL work_mem = '16MB'" };

/**
 * A search statement: `finish` ranks `hits`, every record holding all the query's words with the
 * weight of its words (base), whether a name is the query (exact) and whether one of its phrases
 * holds a query of several words (phrase). Phrases are normalized words joined by spaces, so
 * joined by newlines they hold the query only where one of them does, and the rows sorted carry a
 * flag instead of the arrays.
 */
function searchStatement(text: string, name: string, finish: (hits: string) => string, values: unknown[]): QueryConfig | undefined {
  const { words, tsquery, weighted, normal } = searchTermsOf(text);
  if (words.length === 0) return undefined;
  // A word is stored once, with its best weight (search-doc.ts): a match of the word at a weight says which. Up to
  // INLINE_WORDS words, a term per word is written out: summed in a subquery over the words, the terms took a quarter of
  // a search's time ("district heating" at 300,000 articles, 145,954 matches: 818 -> 692 ms, medians of 5). Each number
  // of words is a statement of its own, prepared on each connection that runs it: more words share the subquery.
  const inline = words.length <= INLINE_WORDS;
  const term = (atName: string, atKeyword: string) => `CASE WHEN d.doc @@ ${atName} THEN 3 WHEN d.doc @@ ${atKeyword} THEN 2 ELSE 1 END`;
  const base = inline
    ? words.map((_, i) => term(`($2::tsquery[])[${i + 1}]`, `($3::tsquery[])[${i + 1}]`)).join(' + ')
    : `SELECT sum(${term('w.name', 'w.keyword')}) FROM unnest($2::tsquery[], $3::tsquery[]) AS w(name, keyword)`;
  const hits = `
    WITH hits AS (
      SELECT d.kind, d.key, d.order_key,
             $5 AND strpos(array_to_string(d.phrases, chr(10)), $4) > 0 AS phrase,
             array_position($6::text[], d.kind::text) AS kind_position,
             $4 = ANY(d.names) AS exact,
             (${base})::float8 AS base
        FROM search_docs d
       WHERE d.doc @@ $1::tsquery
    )`;
  return { name: inline ? `${name}-${words.length}` : name, text: finish(hits), values: [tsquery, weighted.name, weighted.keyword, normal, words.length > 1, KIND_ORDER, ...values] };
}

/** The most words a search statement writes a term for each of (searchStatement). */
const INLINE_WORDS = 8;

/** A hit's score: its base, times 2 for the phrase when it is a candidate for the bonuses, times 1.5 for an exact name. */
const scored = (hit: string, candidate: string) =>
  `${hit}.base * CASE WHEN ${hit}.phrase AND ${candidate} THEN 2 ELSE 1 END * CASE WHEN ${hit}.exact THEN 1.5 ELSE 1 END`;

/** Sister-city rows newest agreement first (dated by order key backwards, then undated forwards), then by place among the parties. */
const NEWEST_AGREEMENT_FIRST = (t: string) =>
  `${t}.undated, CASE WHEN NOT ${t}.undated THEN ${t}.order_key END DESC, CASE WHEN NOT ${t}.undated THEN ${t}.agreement END DESC, ${t}.order_key, ${t}.agreement, ${t}.party`;

/** A participation's role is one of its question's (q.roles, comma-separated), or any when there are none. */
const IN_ROLES = `(q.roles IS NULL OR p.role = ANY(string_to_array(q.roles, ',')))`;

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
  referrers: (kinds: string[], targets: string[], keys: string[], limit: Limit = null): QueryConfig => ({
    name: 'batch-referrers',
    text: `SELECT q.i, ${RECORD_COLUMNS}
             FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS q(kind, target, key, i)
             JOIN refs e ON e.to_kind = q.target AND e.to_key = q.key AND e.from_kind = q.kind
             JOIN records r ON r.kind = e.from_kind AND r.key = e.from_key
            ORDER BY q.i, r.order_key, r.key
            LIMIT $4`,
    values: [kinds, targets, keys, limit],
  }),

  /**
   * Each city's sister cities' keys in Queries.sisterCities' order, from sister_cities alone
   * (migrations/0015): each sister's best row, the newest agreement first as walksOf walks a list
   * newest first by date (the dated backwards, then the undated forwards), then its place among
   * the parties; the sisters in the order of their best rows.
   */
  sisterCities: (cities: string[]): QueryConfig => ({
    name: 'batch-sister-cities',
    text: `SELECT q.i, s.sister AS key
             FROM unnest($1::text[]) WITH ORDINALITY AS q(city, i)
            CROSS JOIN LATERAL (
              SELECT DISTINCT ON (t.sister) t.sister, t.undated, t.order_key, t.agreement, t.party
                FROM sister_cities t
               WHERE t.city = q.city
               ORDER BY t.sister, ${NEWEST_AGREEMENT_FIRST('t')}
            ) AS s
            ORDER BY q.i, ${NEWEST_AGREEMENT_FIRST('s')}`,
    values: [cities],
  }),

  /**
   * How many participations each entity ("type:key") has in the given roles (a comma-separated
   * list; null for all), counted from participations_list alone.
   */
  participationCounts: (whos: string[], roles: (string | null)[]): QueryConfig => ({
    name: 'batch-participation-counts',
    text: `SELECT q.i, s.n
             FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS q(who, roles, i)
            CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM participations p WHERE p.who = q.who AND ${IN_ROLES}) AS s`,
    values: [whos, roles],
  }),

  /** Participations [from, to) of each entity in the given roles, in participationsOf's order: the participant row and the fact's record. */
  participationPages: (whos: string[], roles: (string | null)[], from: number[], to: number[]): QueryConfig => ({
    name: 'batch-participation-pages',
    text: `SELECT q.i, s.participant, ${RECORD_COLUMNS}
             FROM unnest($1::text[], $2::text[], $3::int[], $4::int[]) WITH ORDINALITY AS q(who, roles, "from", "to", i)
            CROSS JOIN LATERAL (SELECT p.fact_kind, p.fact_key, p.participant, p.fact_order_key, p.kind_rank
                                  FROM participations p WHERE p.who = q.who AND ${IN_ROLES}
                                 ORDER BY p.fact_order_key, p.fact_key, p.kind_rank, p.participant
                                OFFSET q."from" LIMIT q."to" - q."from") AS s
             JOIN records r ON r.kind = s.fact_kind AND r.key = s.fact_key
            ORDER BY q.i, s.fact_order_key, s.fact_key, s.kind_rank, s.participant`,
    values: [whos, roles, from, to],
  }),

  /**
   * How many facts of the given kinds (comma-separated) point at each (target kind, key), counted
   * from refs_list alone.
   */
  factCounts: (targets: string[], keys: string[], kinds: string[]): QueryConfig => ({
    name: 'batch-fact-counts',
    text: `SELECT q.i, (SELECT count(*)::int FROM refs e WHERE e.to_kind = q.target AND e.to_key = q.key AND e.from_kind = ANY(string_to_array(q.kinds, ','))) AS n
             FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS q(target, key, kinds, i)`,
    values: [targets, keys, kinds],
  }),

  /**
   * Facts [from, to) of the given kinds pointing at each (target kind, key), as Queries.factsAbout
   * merges them: the first `to` of each kind walked in natural order on refs_list, merged by order
   * key, then key, then the kind's place in the question's kinds; with their records.
   */
  factPages: (targets: string[], keys: string[], kinds: string[], from: number[], to: number[]): QueryConfig => ({
    name: 'batch-fact-pages',
    text: `SELECT q.i, ${RECORD_COLUMNS}
             FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[]) WITH ORDINALITY AS q(target, key, kinds, "from", "to", i)
            CROSS JOIN LATERAL (
                  SELECT e.from_kind AS kind, e.from_key AS key, e.from_order_key AS order_key, k.rank
                    FROM unnest(string_to_array(q.kinds, ',')) WITH ORDINALITY AS k(kind, rank)
                   CROSS JOIN LATERAL (SELECT from_kind, from_key, from_order_key FROM refs
                                        WHERE to_kind = q.target AND to_key = q.key AND from_kind = k.kind
                                        ORDER BY from_order_key, from_key LIMIT q."to") AS e
                   ORDER BY e.from_order_key, e.from_key, k.rank
                  OFFSET q."from" LIMIT q."to" - q."from") AS s
             JOIN records r ON r.kind = s.kind AND r.key = s.key
            ORDER BY q.i, s.order_key, s.key, s.rank`,
    values: [targets, keys, kinds, from, to],
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

  /** Quotes [from, to) of each entity's evidence, in order; packed offsets as float8, which pg gives as a number (they stay below 2^53). */
  evidence: (kinds: string[], keys: string[], froms: number[], tos: number[]): QueryConfig => ({
    name: 'batch-evidence',
    text: `SELECT q.i, e.article, e.packed::float8 AS packed
             FROM unnest($1::text[], $2::text[], $3::integer[], $4::integer[]) WITH ORDINALITY AS q(kind, key, first, stop, i)
             JOIN evidence e ON e.kind = q.kind AND e.key = q.key AND e.position >= q.first AND e.position < q.stop
            ORDER BY q.i, e.position`,
    values: [kinds, keys, froms, tos],
  }),

  /** The articles mentioning each entity, oldest first. */
  articlesMentioning: (kinds: string[], keys: string[], limit: Limit = null): QueryConfig => ({
    name: 'batch-articles-mentioning',
    text: `SELECT q.i, ${ARTICLE_COLUMNS.replace(/(\w+)/g, 'a.$1')}, a.order_key
             FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS q(kind, key, i)
             JOIN mentions m ON m.kind = q.kind AND m.key = q.key
             JOIN articles a ON a.key = m.article
            ORDER BY q.i, a.order_key, a.key
            LIMIT $3`,
    values: [kinds, keys, limit],
  }),

  /** Every record of a kind, in natural order. */
  list: (kind: RowKind, limit: Limit = null): QueryConfig => ({
    name: 'batch-list',
    text: `SELECT ${RECORD_COLUMNS} FROM records r WHERE r.kind = $1 ORDER BY r.order_key, r.key LIMIT $2`,
    values: [kind, limit],
  }),

  listArticles: (limit: Limit = null): QueryConfig => ({ name: 'batch-list-articles', text: `SELECT ${ARTICLE_COLUMNS}, order_key FROM articles ORDER BY order_key, key LIMIT $1`, values: [limit] }),

  /** How many articles come before each; null for an article not in the corpus. */
  positions: (keys: string[]): QueryConfig => ({
    name: 'batch-positions',
    text: `SELECT q.key, CASE WHEN a.key IS NOT NULL THEN (SELECT count(*) FROM articles b WHERE (b.order_key, b.key) < (a.order_key, a.key))::int END AS position
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
 * values (null for any), all of them or those of an index list (Queries' ListIndex: the records
 * referring to target:key through one of some fields, or the articles mentioning it), counted, and
 * a page of them in an order, as Queries would order the whole list: natural order, or by key, or
 * descending, where facts without dated bounds stay last in natural order (Reversed).
 *
 * Each list is read from one table that holds what it is filtered, counted and ordered by
 * (migrations/0002_list_pages.sql): a kind's records, or the references to a record (which carry
 * the referring record's order key, undatedness and facets), or an entity's mentions (which carry
 * the article's order key). A kind's count adds up record_counts, and so does the count of all the
 * articles (migrations/0006); an index list's count, or a filtered list of articles', reads its
 * index. A page walks the list in its order, stops at the page's end and then reads the page's
 * records; newest-first by date is two walks, the dated records backwards, then the undated ones
 * forwards, which the count tells apart.
 *
 * Like batchReads, each statement answers many lists at once (every city's visits on a page of
 * cities): the questions are unnested into `q`, one row each, and the list is read per row
 * (LATERAL); `i` is the question's place.
 */
export interface ListQuestion {
  kind: RecordKind;
  where: FacetFilter;
  index?: ListIndex;
  /** A second index list each record of `index`'s must be on too (a city's visits about a topic, an entity's articles by a text): looked up for each, in refs_list or search_docs. */
  also?: ListIndex;
  /** Further index lists of references or a union each record of `index`'s must be on too (a city's visits about a topic by a visitor, a country's agreements about a topic by a text): looked up for each in refs_list. */
  more?: readonly RefIndex[];
}

/** One walk of a list's index: where it starts, how many it reads, in which order, over which records. */
export interface Walk {
  sort: PageOrder;
  part: ListPart;
  offset: number;
  limit: number;
}

/** The part of a list a walk reads: all of it, or only its dated or undated records. */
export type ListPart = 'all' | 'dated' | 'undated';

/** A list's length, and how many of its records are dated (those a newest-first list by date puts first). */
export interface ListCount {
  n: number;
  dated: number;
}

/** A range's instant (ms), if it has one, as timestamptz input. */
const instant = (ms: number | undefined): string | null => (ms === undefined ? null : timestamptzOf(ms));

/**
 * Bounds on an article's order key that every article published within [from, to] meets, so that
 * a list of articles filtered by publication is walked from the first day that can hold one, not
 * from its start: its order key begins with the day it was published on, as written
 * (natural-order.ts publicationKey), and its instants lie within a day before that day and two
 * after (an offset of up to 23:59 either way; a day alone is 14 hours before to 36 after). Three
 * days' margin either way; '' and '~' (above every digit) bound nothing, past the years 0 to 9999.
 */
const orderFrom = (ms: number | undefined): string | null => (ms === undefined ? null : dayText(ms - 3 * DAY, ''));
const orderTo = (ms: number | undefined): string | null => (ms === undefined ? null : dayText(ms + 3 * DAY, '~'));
const dayText = (ms: number, beyond: string) => (ms >= FIRST_DAY && ms <= LAST_DAY ? new Date(ms).toISOString().slice(0, 10) : beyond);
const DAY = 86_400_000;
const FIRST_DAY = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_DAY = Date.parse('9999-12-31T23:59:59.999Z');

const json = (value: readonly string[] | undefined) => (value ? JSON.stringify(value) : null);

type Asked = ListQuestion & Partial<Walk>;

/** A question's lists of references, and the text its records must hold (a question has one text filter at most). */
const listsOf = ({ index, also }: ListQuestion) => ({
  index: refIndex(index),
  also: refIndex(also),
  text: index && 'text' in index ? index.text : also && 'text' in also ? also.text : undefined,
});

/**
 * The columns of a question's row, in the order of unnest's arguments: each one's SQL type and its
 * value for a question. QUESTIONS and questionValues are made from this one list, so a column is
 * named, typed and given its value in one place. A `text[]` is sent as JSON (unnest would flatten
 * arrays of arrays) and parsed once; null stays null.
 */
const QUESTION_COLUMNS: Record<string, { type: string; value: (q: Asked, lists: ReturnType<typeof listsOf>) => unknown }> = {
  kind: { type: 'text', value: (q) => q.kind },
  kinds: { type: 'text[]', value: (q) => json(q.where.kind) },
  statuses: { type: 'text[]', value: (q) => json(q.where.status) },
  target: { type: 'text', value: (_, { index }) => index?.target ?? null },
  key: { type: 'text', value: (_, { index }) => index?.key ?? null },
  fields: { type: 'text[]', value: (_, { index }) => json(index?.fields) },
  off: { type: 'int', value: (q) => q.offset ?? null },
  lim: { type: 'int', value: (q) => q.limit ?? null },
  range_from: { type: 'text', value: (q) => q.where.range?.from ?? null },
  range_to: { type: 'text', value: (q) => q.where.range?.to ?? null },
  source: { type: 'text', value: (q) => q.where.article?.source ?? null },
  section: { type: 'text', value: (q) => q.where.article?.section ?? null },
  language: { type: 'text', value: (q) => q.where.article?.language ?? null },
  paraphrased: { type: 'boolean', value: (q) => q.where.article?.paraphrased ?? null },
  published_from: { type: 'timestamptz', value: (q) => instant(q.where.article?.publishedFrom) },
  published_to: { type: 'timestamptz', value: (q) => instant(q.where.article?.publishedTo) },
  order_from: { type: 'text', value: (q) => orderFrom(q.where.article?.publishedFrom) },
  order_to: { type: 'text', value: (q) => orderTo(q.where.article?.publishedTo) },
  also_target: { type: 'text', value: (_, { also }) => also?.target ?? null },
  also_key: { type: 'text', value: (_, { also }) => also?.key ?? null },
  also_fields: { type: 'text[]', value: (_, { also }) => json(also?.fields) },
  role_who: { type: 'text', value: (q) => q.where.role?.who ?? null },
  role: { type: 'text', value: (q) => q.where.role?.role ?? null },
  or_kinds: { type: 'text[]', value: (_, { index }) => json(index?.or?.map((other) => other.target)) },
  or_keys: { type: 'text[]', value: (_, { index }) => json(index?.or?.map((other) => other.key)) },
  also_or_kinds: { type: 'text[]', value: (_, { also }) => json(also?.or?.map((other) => other.target)) },
  also_or_keys: { type: 'text[]', value: (_, { also }) => json(also?.or?.map((other) => other.key)) },
  text_query: { type: 'tsquery', value: (_, { text }) => (text === undefined ? null : searchTermsOf(text).tsquery) },
  offices: { type: 'json', value: (q) => (q.where.offices ? JSON.stringify(q.where.offices) : null) },
  modes: { type: 'text[]', value: (q) => json(q.where.mode) },
  more: { type: 'json', value: (q) => (q.more?.length ? JSON.stringify(q.more) : null) },
};

/** The questions as one row each (`i`: the question's place), their arrays parsed once. */
const QUESTIONS = `WITH q AS MATERIALIZED (
  SELECT i, ${Object.entries(QUESTION_COLUMNS)
    .map(([name, { type }]) => (type === 'text[]' ? `CASE WHEN ${name} IS NULL THEN NULL ELSE ARRAY(SELECT json_array_elements_text(${name})) END AS ${name}` : name))
    .join(',\n         ')}
    FROM unnest(${Object.values(QUESTION_COLUMNS)
      .map(({ type }, at) => `$${at + 1}::${type === 'text[]' ? 'json' : type}[]`)
      .join(', ')})
         WITH ORDINALITY AS u(${Object.keys(QUESTION_COLUMNS).join(', ')}, i))`;

const questionValues = (questions: readonly Asked[]) => {
  const lists = questions.map(listsOf);
  return Object.values(QUESTION_COLUMNS).map(({ value }) => questions.map((q, at) => value(q, lists[at]!)));
};

const facetsMatch = (kind: string, status: string) => `(q.kinds IS NULL OR ${kind} = ANY(q.kinds)) AND (q.statuses IS NULL OR ${status} = ANY(q.statuses))`;

/** Where a list's records come from, for one question row `q`. */
interface ListSource {
  from: string;
  match: string;
  /** The columns of `from` that give a record's key, order key and undatedness. */
  key: string;
  order: string;
  undated: string;
  /** How the page's keys (p.key) find their rows, and the columns read. */
  join: string;
  columns: string;
}

// The facets as columns that records_order carries (migrations/0012): a walk tests them index-only.
const KIND_SOURCE = {
  from: 'records s',
  match: `s.kind = q.kind AND ${facetsMatch('s.facet_kind', 's.facet_status')}`,
  key: 's.key',
  order: 's.order_key',
  undated: 's.undated',
  join: 'records r ON r.kind = q.kind AND r.key = p.key',
  columns: RECORD_COLUMNS,
} satisfies ListSource;

const ARTICLE_LIST_COLUMNS = `${ARTICLE_COLUMNS.replace(/(\w+)/g, 'a.$1')}, a.order_key`;

/**
 * Queries' articleTest, field by field (a publication is the instants it can be). A list of articles
 * is read with the tests of the fields its filter gives and no others (sourceOf: one source per set
 * of fields), so that each is a plain condition an index can answer: by source or language
 * (0004_article_lists.sql) or by publication (articles_published). A test written to hold when the
 * question leaves its field out (`q.source IS NULL OR ...`) is one no index answers: counting the
 * articles of a source at 100,000 articles read the whole table (384 ms, against 45).
 */
const ARTICLE_TESTS = {
  source: () => 's.source = q.source',
  section: () => 's.section = q.section',
  language: () => 's.language = q.language',
  paraphrased: () => '(s.paraphrase IS NOT NULL) = q.paraphrased',
  // With the order key's bounds (orderFrom, orderTo) on the column the list is walked by: at 100,000 articles a month's articles in natural order were found by walking them all.
  publishedFrom: (order: string) => `s.published_latest >= q.published_from AND ${order} >= q.order_from`,
  publishedTo: (order: string) => `s.published_earliest <= q.published_to AND ${order} < q.order_to`,
} satisfies Record<keyof ArticleFilter, (order: string) => string>;
type ArticleField = keyof typeof ARTICLE_TESTS;
const ARTICLE_FIELDS = Object.keys(ARTICLE_TESTS) as ArticleField[];

/**
 * A fact's time overlapping the days of the range, as Queries' inRange keeps it, from the columns
 * that hold its undatedness and bounds: an undated fact never does; days compare as text.
 */
const inRange = (undated: string, earliest: string, latest: string) => `NOT ${undated}
            AND (q.range_from IS NULL OR ${latest} IS NULL OR ${latest} >= q.range_from)
            AND (q.range_to IS NULL OR ${earliest} IS NULL OR ${earliest} <= q.range_to)`;

const REFS_SOURCE = {
  from: 'refs e',
  match: `e.to_kind = q.target AND e.to_key = q.key AND e.from_kind = q.kind AND (q.fields IS NULL OR e.fields && q.fields) AND ${facetsMatch('e.from_facet_kind', 'e.from_facet_status')}`,
  key: 'e.from_key',
  order: 'e.from_order_key',
  undated: 'e.from_undated',
  join: 'records r ON r.kind = q.kind AND r.key = p.key',
  columns: RECORD_COLUMNS,
} satisfies ListSource;

/**
 * The references to any of several records (ListIndex.or: a country, its cities and its regions),
 * each referring record once: distinct on the referring record's columns, which each of its
 * references carries alike. Walked in order after a sort: the records of every target are read.
 */
const REFS_ANY_SOURCE = {
  ...REFS_SOURCE,
  from: `(SELECT DISTINCT e.from_key, e.from_order_key, e.from_undated, e.from_facet_kind, e.from_facet_status, e.from_time_earliest, e.from_time_latest
            FROM unnest(array_prepend(q.target, q.or_kinds), array_prepend(q.key, q.or_keys)) AS t(kind, key)
            JOIN refs e ON e.to_kind = t.kind AND e.to_key = t.key AND e.from_kind = q.kind AND (q.fields IS NULL OR e.fields && q.fields)) e`,
  match: facetsMatch('e.from_facet_kind', 'e.from_facet_status'),
} satisfies ListSource;

/**
 * The records of a kind that hold every word of a text: the kind's search documents that match it
 * (search_docs_doc, on kind and words), which carry their record's facets, undatedness and time
 * (migrations/0009). Walked in order after a sort: every match is read.
 */
const TEXT_SOURCE = {
  from: 'search_docs d',
  match: `d.kind = q.kind AND d.doc @@ q.text_query AND ${facetsMatch('d.facet_kind', 'd.facet_status')}`,
  key: 'd.key',
  order: 'd.order_key',
  undated: 'd.undated',
  join: 'records r ON r.kind = q.kind AND r.key = p.key',
  columns: RECORD_COLUMNS,
} satisfies ListSource;

// Articles have no facets, and are never undated.
const ARTICLES_SOURCE = {
  from: 'articles s',
  match: 'true',
  key: 's.key',
  order: 's.order_key',
  undated: 'false',
  join: 'articles a ON a.key = p.key',
  columns: ARTICLE_LIST_COLUMNS,
} satisfies ListSource;

const MENTIONS_SOURCE = { ...ARTICLES_SOURCE, from: 'mentions m', match: 'm.kind = q.target AND m.key = q.key', key: 'm.article', order: 'm.article_order_key' } satisfies ListSource;

/** The articles that hold every word of a text: their search documents (search_docs_doc), which carry the article's order key. */
const ARTICLE_TEXT_SOURCE = { ...ARTICLES_SOURCE, from: 'search_docs d', match: "d.kind = 'Article' AND d.doc @@ q.text_query", key: 'd.key', order: 'd.order_key' } satisfies ListSource;

/**
 * A reference `alias` to kind:key from the record of the reference `e`, stated in one of `fields` (unless `any` holds): one
 * entry of refs_list, found by the record's own order key and key (index-only). ALSO, ALSO_ANY and ALSO_MORE look a record up so.
 */
const sameRecordRef = (alias: string, kind: string, key: string, any: string, fields: string) =>
  `${alias}.to_kind = ${kind} AND ${alias}.to_key = ${key} AND ${alias}.from_kind = q.kind
     AND ${alias}.from_order_key = e.from_order_key AND ${alias}.from_key = e.from_key
     AND (${any} OR ${alias}.fields && ${fields})`;

/** sameRecordRef through the fields of the question's second list (q.also_fields, null for any). */
const alsoRef = (kind: string, key: string) => sameRecordRef('e2', kind, key, 'q.also_fields IS NULL', 'q.also_fields');

/**
 * The record of a reference `e` is on the question's second index list too: its reference to that
 * target is one entry of refs_list, so a list of two index lists costs a lookup per record of the
 * first, not the second list read whole.
 */
const ALSO = `EXISTS (SELECT 1 FROM refs e2 WHERE ${alsoRef('q.also_target', 'q.also_key')})`;

/** ALSO when the second list is a union (ListIndex.or: a country's places): a lookup for each of its targets. */
const ALSO_ANY = `EXISTS (SELECT 1 FROM unnest(array_prepend(q.also_target, q.also_or_kinds), array_prepend(q.also_key, q.also_or_keys)) AS t(kind, key)
                           JOIN refs e2 ON ${alsoRef('t.kind', 't.key')})`;

/** sameRecordRef through the fields of the further list `t.list` (ListQuestion.more: absent for any). */
const moreRef = (kind: string, key: string) =>
  sameRecordRef('e3', kind, key, "t.list->'fields' IS NULL", "ARRAY(SELECT json_array_elements_text(t.list->'fields'))");

/**
 * ALSO for each further list of the question (ListQuestion.more): the record of a reference `e` is on every one of them,
 * through the list's target or, for a union, one of its others (ALSO_ANY's). A scalar subquery, which the planner keeps as
 * a filter on each record: written as NOT EXISTS, it became an anti join that it estimated at one row, and it then read
 * the second list whole for each record (at 100,000 articles a city's visits about a topic by a visitor, 51.7 s).
 */
const ALSO_MORE = `(SELECT bool_and(EXISTS (SELECT 1 FROM refs e3 WHERE ${moreRef("t.list->>'target'", "t.list->>'key'")})
                                 OR t.list->'or' IS NOT NULL AND EXISTS (SELECT 1 FROM json_array_elements(t.list->'or') AS o JOIN refs e3 ON ${moreRef("o->>'target'", "o->>'key'")}))
                      FROM json_array_elements(q.more) AS t(list))`;

/** The record (or article) named by `key` holds every word of the question's text: its search document, found by kind and key (search_docs' primary key). */
const hasText = (key: string) => `EXISTS (SELECT 1 FROM search_docs d WHERE d.kind = q.kind AND d.key = ${key} AND d.doc @@ q.text_query)`;

/**
 * Every office filter of the question (FacetFilter.offices) is met by one of the person's offices
 * (migrations/0010), looked up by the person's key: a role among the filter's, serving what it
 * names, current (or acting) or not.
 */
const officesHeld = (person: string) => `NOT EXISTS (SELECT 1 FROM json_array_elements(q.offices) AS t(filter)
                        WHERE NOT EXISTS (SELECT 1 FROM offices o
                                           WHERE o.kind = 'Person' AND o.person = ${person}
                                             AND (t.filter->'roles' IS NULL OR o.role IN (SELECT json_array_elements_text(t.filter->'roles')))
                                             AND (t.filter->>'of' IS NULL OR o.of = t.filter->>'of')
                                             AND (t.filter->'current' IS NULL OR (o.status IN ('current', 'acting')) = (t.filter->>'current')::boolean)))`;

/** A record's mode (a statement's), read from its facets, is one of the question's. */
const MODE_IN = "s.facets->>'mode' = ANY(q.modes)";

/** MODE_IN for a record a list names by key (references and search documents do not carry the mode): its facets, looked up by kind and key. */
const modeOf = (key: string) => `EXISTS (SELECT 1 FROM records s WHERE s.kind = q.kind AND s.key = ${key} AND ${MODE_IN})`;

/** The fact takes part `who` in the role (q.role_who, q.role): one entry of participations_list, found by the record's order key and key (index-only). */
const ROLE = `EXISTS (SELECT 1 FROM participations p
                       WHERE p.who = q.role_who AND p.fact_order_key = e.from_order_key AND p.fact_key = e.from_key
                         AND p.fact_kind = q.kind AND p.role = q.role)`;

/** What a list of references may test besides REFS_SOURCE's match, each a source of its own ('refs:range+also'). */
const REFS_TESTS = {
  // A reference carries its record's time bounds (migrations/0005): counted index-only as without a range.
  range: inRange('e.from_undated', 'e.from_time_earliest', 'e.from_time_latest'),
  also: ALSO,
  alsoAny: ALSO_ANY,
  alsoText: hasText('e.from_key'),
  more: ALSO_MORE,
  role: ROLE,
  offices: officesHeld('e.from_key'),
  mode: modeOf('e.from_key'),
};

/**
 * The question's kind has a dated record at all (record_counts): a test of the question alone, which PostgreSQL checks once
 * before a range's walk of the kind. Without it, a kind with none is walked to its end to find none (at 100,000 articles
 * the 239,982 events, all undated: 75.7 ms, against 0.4).
 */
const KIND_DATED = 'EXISTS (SELECT 1 FROM record_counts c WHERE c.kind = q.kind AND NOT c.undated)';

/**
 * What a kind's records may test besides their kind and status facets. The mode is a test of its
 * own, in the statement only when a question gives one: a third `(q.modes IS NULL OR ...)` in
 * every list of a kind made the planner's row estimate too small to walk an index for a page (at
 * 10,000 articles the events of four kinds were read in a bitmap and sorted, 0.26 -> 31 ms).
 */
const KIND_TESTS = {
  range: `${inRange('s.undated', 's.time_earliest', 's.time_latest')} AND ${KIND_DATED}`,
  offices: officesHeld('s.key'),
  mode: MODE_IN,
};

/** What a text's documents may test besides their kind and status facets. */
const TEXT_TESTS = {
  range: inRange('d.undated', 'd.time_earliest', 'd.time_latest'),
  mode: modeOf('d.key'),
};

/** The sources that take tests by name ('kind:range', 'refs:range+also', 'refs-any:role', 'text:mode'), and their tests. */
const TESTED_SOURCES = {
  kind: { source: KIND_SOURCE, tests: KIND_TESTS },
  refs: { source: REFS_SOURCE, tests: REFS_TESTS },
  'refs-any': { source: REFS_ANY_SOURCE, tests: REFS_TESTS },
  text: { source: TEXT_SOURCE, tests: TEXT_TESTS },
} satisfies Record<string, { source: ListSource; tests: Record<string, string> }>;
type TestedSource = keyof typeof TESTED_SOURCES;

/** A tested source's name: the table alone, or with the tests given ('refs:range+also'), in the order of its tests. */
function tested<T extends TestedSource>(table: T, given: Record<keyof (typeof TESTED_SOURCES)[T]['tests'], unknown>): ListSourceName {
  const tests = Object.keys(TESTED_SOURCES[table].tests).filter((test) => given[test as keyof typeof given] !== undefined);
  return tests.length ? `${table}:${tests.join('+')}` : table;
}

/** Articles filtered by the fields named ('articles:', or an index list's source, then the fields joined by '+'); a tested source with the tests named. */
type ArticleSourceName = `${'articles' | ArticleIndexSource}:${string}`;
export type ListSourceName = TestedSource | ArticleIndexSource | ArticleSourceName | `${TestedSource}:${string}`;

/**
 * The sources of articles by an index list, and how each reaches the articles' fields when a filter tests them. An entity's
 * articles that hold a text's words are its mentions walked in order, each article's search document looked up by key: a
 * text's articles are unknown until its words are tested (Queries puts a text second).
 */
const MENTIONED_ARTICLES = 'mentions m JOIN articles s ON s.key = m.article';
const ARTICLE_INDEX_SOURCES = {
  mentions: { source: MENTIONS_SOURCE, joined: MENTIONED_ARTICLES },
  'mentions-text': { source: { ...MENTIONS_SOURCE, match: `${MENTIONS_SOURCE.match} AND ${hasText('m.article')}` }, joined: MENTIONED_ARTICLES },
  'article-text': { source: ARTICLE_TEXT_SOURCE, joined: 'search_docs d JOIN articles s ON s.key = d.key' },
} satisfies Record<string, { source: ListSource; joined: string }>;
type ArticleIndexSource = keyof typeof ARTICLE_INDEX_SOURCES;

function listSource(name: ListSourceName): ListSource {
  const [table, fields = ''] = name.split(':') as [string, string | undefined];
  if (Object.hasOwn(TESTED_SOURCES, table)) {
    const { source, tests } = TESTED_SOURCES[table as TestedSource];
    return fields ? { ...source, match: [source.match, ...fields.split('+').map((test) => (tests as Record<string, string>)[test]!)].join(' AND ') } : source;
  }
  const indexed = table === 'articles' ? undefined : ARTICLE_INDEX_SOURCES[table as ArticleIndexSource];
  const source = indexed?.source ?? ARTICLES_SOURCE;
  const tests = fields.split('+').filter(Boolean).map((field) => ARTICLE_TESTS[field as ArticleField](source.order));
  if (!indexed || tests.length === 0) return { ...source, match: [source.match, ...tests].join(' AND ') };
  // An entity's or a text's articles tested by their fields: each joined to its article, walked in the index list's order.
  return { ...source, from: indexed.joined, match: [source.match, ...tests].join(' AND ') };
}

const PAGE_ORDERS = {
  natural: (order: string, key: string) => `${order}, ${key}`,
  naturalDesc: (order: string, key: string) => `${order} DESC, ${key} DESC`,
  key: (_order: string, key: string) => key,
  keyDesc: (_order: string, key: string) => `${key} DESC`,
} as const;
type PageOrder = keyof typeof PAGE_ORDERS;

/**
 * The table a list is read from: a kind's records (all, those in a range of days, or people by
 * their offices), the articles (all, an entity's mentions, or those whose search documents hold a
 * text's words), the references to a record or to any of several (with the tests of REFS_TESTS it
 * needs: a range of days, a second index list, a union or a text's words, a participant's role, a
 * person's offices, a mode), or the search documents that hold a text's words (all, or those in a
 * range of days or of a mode).
 */
export function sourceOf({ kind, where, index, also, more }: ListQuestion): ListSourceName {
  if (kind === 'Article') {
    const fields = ARTICLE_FIELDS.filter((field) => where.article?.[field] !== undefined).join('+');
    if (!index) return `articles:${fields}`;
    const table: ArticleIndexSource = 'text' in index ? 'article-text' : also ? 'mentions-text' : 'mentions';
    return fields ? `${table}:${fields}` : table;
  }
  const refs = refIndex(index);
  if (refs) {
    const second = refIndex(also);
    return tested(refs.or ? 'refs-any' : 'refs', {
      range: where.range,
      also: second?.or ? undefined : second,
      alsoAny: second?.or,
      alsoText: also && !second ? also : undefined,
      more: more?.length ? more : undefined,
      role: where.role,
      offices: where.offices,
      mode: where.mode,
    });
  }
  // A text's matches are walked alone (Queries puts a text second of two lists, and tests no office with one).
  if (index) return tested('text', { range: where.range, mode: where.mode });
  return tested('kind', { range: where.range, offices: where.offices, mode: where.mode });
}

/** Each question's count added up from the rows of a table of counts (record_counts, ref_counts) it joins (`c`), and how many of them are dated. */
const summedCounts = (name: string, joined: string, undated: string, questions: readonly ListQuestion[]): QueryConfig => ({
  name,
  text: `${QUESTIONS}
    SELECT q.i, coalesce(sum(c.n), 0)::int AS n, coalesce(sum(c.n) FILTER (WHERE NOT ${undated}), 0)::int AS dated
      FROM q LEFT JOIN ${joined}
     GROUP BY q.i`,
  values: questionValues(questions),
});

export const pageReads = {
  /** The counts of lists read from one source: rows (i, n, dated). */
  count: (source: ListSourceName, questions: readonly ListQuestion[]): QueryConfig => {
    // record_counts counts a kind's records by kind, status and mode (0011), and the articles.
    if (source === 'kind' || source === 'kind:mode' || source === 'articles:') {
      return summedCounts(
        'list-count-kind',
        `record_counts c ON c.kind = q.kind AND ${facetsMatch('c.facet_kind', 'c.facet_status')} AND (q.modes IS NULL OR c.facet_mode = ANY(q.modes))`,
        'c.undated',
        questions,
      );
    }
    // ref_counts counts the references to a record by referring kind, fields and facets (0016): an index list tested on nothing else.
    if (source === 'refs') {
      return summedCounts(
        'list-count-refs',
        `ref_counts c ON c.to_kind = q.target AND c.to_key = q.key AND c.from_kind = q.kind AND (q.fields IS NULL OR c.fields && q.fields)
                     AND ${facetsMatch('c.from_facet_kind', 'c.from_facet_status')}`,
        'c.from_undated',
        questions,
      );
    }
    const list = listSource(source);
    return {
      name: statementName(`list-count-${source}`),
      // Counted within each question's lateral subquery: grouped after the join, the rows of every list were sorted first (at 100,000 articles, the busiest city's 68,834, on disk).
      text: `${QUESTIONS}
        SELECT q.i, s.n, s.dated
          FROM q CROSS JOIN LATERAL (SELECT count(*)::int AS n, (count(*) FILTER (WHERE NOT ${list.undated}))::int AS dated FROM ${list.from} WHERE ${list.match}) AS s`,
      values: questionValues(questions),
    };
  },

  /** Pages of lists read from one source, walked in one order over one part: rows with `i`, each list's in its order. */
  page: (source: ListSourceName, sort: PageOrder, part: ListPart, walks: readonly (ListQuestion & Walk)[]): QueryConfig => {
    const list = listSource(source);
    // The dated records are also the order keys before UNDATED: walked backwards, newest first, from there rather than from the
    // kind's last key past every undated one (at 100,000 articles the 91,000 undated agreements, 143 ms). The undated part
    // is not bounded so: with the bound the planner read a kind all undated (the 239,982 events) in a bitmap and sorted it.
    const only = part === 'all' ? '' : part === 'dated' ? ` AND NOT ${list.undated} AND ${list.order} < '${UNDATED}'` : ` AND ${list.undated}`;
    return {
      name: statementName(`list-page-${source}-${sort}-${part}`),
      text: `${QUESTIONS}
        SELECT q.i, ${list.columns}
          FROM q CROSS JOIN LATERAL (SELECT ${list.key} AS key, ${list.order} AS order_key FROM ${list.from} WHERE ${list.match}${only}
                                      ORDER BY ${PAGE_ORDERS[sort](list.order, list.key)} OFFSET q.off LIMIT q.lim) AS p
          JOIN ${list.join}
         ORDER BY q.i, ${PAGE_ORDERS[sort]('p.order_key', 'p.key')}`,
      values: questionValues(walks),
    };
  },
};

/**
 * A prepared statement's name as PostgreSQL keeps it whole: past 63 bytes it cuts a name short, and
 * two statements whose names begin alike would then be one. A longer name (a list of articles by
 * several fields) keeps its start and ends with a hash of the whole.
 */
export function statementName(name: string): string {
  if (name.length <= MAX_NAME_LENGTH) return name;
  return `${name.slice(0, MAX_NAME_LENGTH - 17)}~${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
}
const MAX_NAME_LENGTH = 63;

/**
 * The walks that read records [from, to) of a list in an order, given its count: one, or for
 * newest-first by date a walk of the dated records (backwards) and one of the undated (forwards).
 */
export function walksOf(order: Order, count: ListCount, from: number, to: number): Walk[] {
  const walk = (sort: PageOrder, part: ListPart, start: number, end: number): Walk => ({ sort, part, offset: start, limit: end - start });
  if (order.field === 'key') return [walk(order.direction === 'asc' ? 'key' : 'keyDesc', 'all', from, to)];
  if (order.direction === 'asc') return [walk('natural', 'all', from, to)];
  if (order.field !== 'date' || count.dated === count.n) return [walk('naturalDesc', 'all', from, to)];
  const walks: Walk[] = [];
  if (from < count.dated) walks.push(walk('naturalDesc', 'dated', from, Math.min(to, count.dated)));
  if (to > count.dated) walks.push(walk('natural', 'undated', Math.max(from, count.dated) - count.dated, to - count.dated));
  return walks;
}

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
