/**
 * The heaviest requests that pass every limit (docs/security.md, "The worst requests"): each shape
 * is grown (page size, ids) until one step more is refused, so they stay the worst the limits allow
 * whatever the corpus and whatever the limits are set to. The attacks of issue 12 are among them:
 * nodes(ids:) with one id 100 times, long text under lists, aliased introspection, long aliases.
 *
 * Used by tests/hardening/worst-requests.test.ts (the answer stays within what its cost allows), by
 * bench/worst.ts (server CPU, bytes and memory of each, on the seed and the 100,000-article corpus)
 * and by the soak's attackers (scripts/soak.ts).
 */

export interface WorstShape {
  name: string;
  /** What it tries to make the server do. */
  note: string;
  /** The request, grown by `n` (a page size, a count of ids or of aliases), for the corpus holding `articleId`. */
  request: (n: number, articleId: string) => { query: string; variables?: Record<string, unknown> };
  /** The largest n worth trying: a page holds 100 items, nodes(ids:) takes 100 ids, an operation 15 aliases. */
  maxN: number;
}

export interface WorstRequest {
  name: string;
  note: string;
  /** The n it was grown to: the largest the limits accept. */
  n: number;
  /** A JSON body to POST to the GraphQL endpoint. */
  body: string;
}

const times = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join(' ');
/** 15 aliases (MAX_QUERY_ALIASES) of 64 characters (MAX_ALIAS_LENGTH), the longest allowed. */
const longAlias = (i: number) => `${'x'.repeat(62)}${String(i).padStart(2, '0')}`;
/** One id `count` times, as a variable: a literal list would meet the token limit first. */
const ids = (count: number, id: string) => ({ ids: Array<string>(count).fill(id) });
/** Words that occur throughout city-diplomacy reporting: one for each alias, so that no memo answers the others. */
const FREQUENT = 'city mayor delegation visit cooperation trade business agreement water energy beijing copenhagen sister investment development'.split(' ');
/** A search of frequent words up to the 200 characters a search takes, different for each alias. */
const manyWords = (seed: number) => {
  let text = '';
  for (let j = 0; ; j++) {
    const word = FREQUENT[(seed + j * 7) % FREQUENT.length]!;
    if (text.length + word.length + 1 > 200) return JSON.stringify(text);
    text = text ? `${text} ${word}` : word;
  }
};

export const WORST_SHAPES: readonly WorstShape[] = [
  {
    name: 'nodes-article-text',
    note: 'nodes(ids:) given one article id n times, 15 aliases, each asking for the whole text (the 230 MB attack of issue 12, costed by ids and stored text)',
    request: (n, id) => ({ query: `query ($ids: [ID!]!) { ${times(15, (i) => `a${i}: nodes(ids: $ids) { ... on Article { paragraphs } }`)} }`, variables: ids(n, id) }),
    maxN: 100,
  },
  {
    name: 'nodes-facts-long-aliases',
    note: 'nodes(ids:) given one article id 100 times, a page of n of its facts, each under 15 aliases of 64 characters',
    request: (n, id) => ({
      query: `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Article { facts(first: ${n}) { edges { ${times(15, (i) => `${longAlias(i)}: __typename`)} } } } } }`,
      variables: ids(100, id),
    }),
    maxN: 100,
  },
  {
    name: 'articles-text',
    note: '15 aliased pages of n articles with their whole text',
    request: (n) => ({ query: `{ ${times(15, (i) => `a${i}: articles(first: ${n}) { edges { node { key paragraphs } } }`)} }` }),
    maxN: 100,
  },
  {
    name: 'facts-evidence',
    note: '15 aliased pages of n articles, each with a page of n facts and their evidence (quotes and whole sentences)',
    request: (n) => ({ query: `{ ${times(15, (i) => `a${i}: articles(first: ${n}) { edges { node { facts(first: ${n}) { edges { node { __typename evidence { quote sentence } } } } } } }`)} }` }),
    maxN: 100,
  },
  {
    name: 'entities-and-counts',
    note: '15 aliased pages of articles, the entities each mentions, and for cities a count of their visits (work per item, little answer)',
    request: (n) => ({
      query: `{ ${times(15, (i) => `a${i}: articles(first: ${n}) { edges { node { entities(first: ${n}) { edges { node { __typename ... on City { name visits(first: ${n}) { totalCount } } } } } } } }`)} }`,
    }),
    maxN: 100,
  },
  {
    name: 'nested-lists',
    note: '15 aliased pages of n cities, a page of n visits of each, and every participant of each visit',
    request: (n) => ({ query: `{ ${times(15, (i) => `a${i}: cities(first: ${n}) { edges { node { visits(first: ${n}) { edges { node { participants { __typename } } } } } } }`)} }` }),
    maxN: 100,
  },
  {
    name: 'introspection',
    note: 'n aliased dumps of every type with its fields, arguments and their types (costed by what introspection answers)',
    request: (n) => ({
      query: `{ ${times(n, (i) => `s${i}: __schema { types { name description fields { name description args { name description type { name kind ofType { name kind ofType { name kind } } } } type { name kind ofType { name kind ofType { name kind } } } } } }`)} }`,
    }),
    maxN: 15,
  },
  {
    name: 'long-aliases',
    note: 'a page of n articles, a page of n facts of each, every fact under 15 aliases of 64 characters',
    request: (n) => ({ query: `{ articles(first: ${n}) { edges { node { facts(first: ${n}) { edges { ${times(15, (i) => `${longAlias(i)}: cursor`)} } } } } } }` }),
    maxN: 100,
  },
  {
    name: 'search-frequent-words',
    note: '15 aliased searches, each for one frequent word (distinct, so none is memoized), n hits with their matching sentences',
    request: (n) => ({ query: `{ ${times(15, (i) => `a${i}: search(text: ${JSON.stringify(FREQUENT[i])}, first: ${n}) { nodes { score textMatches { sentence } } }`)} }` }),
    maxN: 100,
  },
  {
    name: 'search-long-text',
    note: '15 aliased searches of 200 characters of frequent words each (every word must match: work, little answer)',
    request: (n) => ({ query: `{ ${times(15, (i) => `a${i}: search(text: ${manyWords(i)}, first: ${n}) { nodes { score textMatches { sentence } } }`)} }` }),
    maxN: 100,
  },
  {
    // Each search costs the records its word reaches (SCAN_UNIT): on a large corpus fewer than 15 fit.
    name: 'searches-by-count',
    note: 'n aliased searches (the most frequent words first), 100 hits each with their matching sentences',
    request: (n) => ({ query: `{ ${times(n, (i) => `a${i}: search(text: ${JSON.stringify(FREQUENT[i])}, first: 100) { totalCount nodes { score textMatches { sentence } } }`)} }` }),
    maxN: 15,
  },
  {
    name: 'text-filters-by-count',
    note: 'n aliased visit lists filtered by text (distinct frequent words), 100 visits each with their participants',
    request: (n) => ({ query: `{ ${times(n, (i) => `a${i}: visits(filter: { text: ${JSON.stringify(FREQUENT[i])} }, first: 100) { totalCount edges { node { participants { role } } } }`)} }` }),
    maxN: 15,
  },
  {
    name: 'text-filter-scans',
    note: '15 aliased visit lists filtered by text (distinct words, so none is memoized), n visits each with its participants',
    request: (n) => ({ query: `{ ${times(15, (i) => `a${i}: visits(filter: { text: ${JSON.stringify(FREQUENT[i])} }, first: ${n}) { totalCount edges { node { participants { role } } } }`)} }` }),
    maxN: 100,
  },
];

/**
 * Grows each shape to the largest n the server accepts (a binary search: acceptance only shrinks as
 * n grows). `send` POSTs a JSON body and resolves to the HTTP status.
 */
export async function fitWorstRequests(articleId: string, send: (body: string) => Promise<number>): Promise<WorstRequest[]> {
  const fitted: WorstRequest[] = [];
  for (const shape of WORST_SHAPES) {
    const body = (n: number) => JSON.stringify(shape.request(n, articleId));
    let [accepted, refused] = [0, shape.maxN + 1];
    while (refused - accepted > 1) {
      const n = Math.floor((accepted + refused) / 2);
      if ((await send(body(n))) === 200) accepted = n;
      else refused = n;
    }
    if (accepted > 0) fitted.push({ name: shape.name, note: shape.note, n: accepted, body: body(accepted) });
  }
  return fitted;
}

/** The query that finds an article's global id for the shapes that need one. */
export const FIRST_ARTICLE = JSON.stringify({ query: '{ articles(first: 1) { nodes { id } } }' });
