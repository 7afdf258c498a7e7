/**
 * A battery of operations with variables for comparing the two stores: every example with its own
 * variables, then each example that takes a key or a text with keys and words drawn from the
 * corpus, then the root lists with filters, orders and pages. Drawn with a fixed seed, so a
 * failure names an operation that fails again.
 */
import type { RowKind } from '../../src/corpus/kinds.js';
import type { Store } from '../../src/corpus/store.js';
import { loadExamples } from '../../src/examples.js';

export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** A small seeded generator (mulberry32): the same battery on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EVIDENCE = 'evidence { id quote sentence paragraph start end article { id key title } }';

/** Root lists with filters, orders and pages: [name, query, variables drawn from the corpus]. */
const LISTS: [string, string, (pick: Picker) => Record<string, unknown>][] = [
  [
    'visits',
    `query Visits($filter: VisitFilter, $first: Int, $orderBy: FactOrder) {
      visits(filter: $filter, first: $first, orderBy: $orderBy) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { id key status visitors { id name } departure { words date } durationDays ${EVIDENCE} }
      }
    }`,
    (pick) => ({
      filter: pick.one([
        { country: pick.key('Country') },
        { city: pick.key('City') },
        { visitor: pick.key('Person') },
        { from: '2015-01-01', to: '2019-12-31' },
        { text: pick.word() },
        { hostCity: pick.key('City'), from: '2014-01-01' },
        // Three index lists: the first walked, each record looked up in the others.
        { country: pick.key('Country'), topic: pick.key('Topic'), text: pick.word() },
        { country: pick.key('Country'), city: pick.key('City'), topic: pick.key('Topic') },
      ]),
      first: pick.one([3, 10, 25]),
      orderBy: pick.one([{ field: 'DATE', direction: 'ASC' }, { field: 'DATE', direction: 'DESC' }, { field: 'KEY', direction: 'ASC' }]),
    }),
  ],
  [
    'agreements',
    `query Agreements($filter: AgreementFilter, $first: Int) {
      agreements(filter: $filter, first: $first) {
        totalCount
        nodes { id key kind title status year parties { __typename ... on Node { id } } ${EVIDENCE} }
      }
    }`,
    (pick) => ({
      filter: pick.one([
        { city: pick.key('City') },
        { country: pick.key('Country') },
        { kind: ['SISTER_CITIES'] },
        { status: ['SIGNED', 'IN_FORCE'] },
        { text: pick.word() },
        { city: pick.key('City'), kind: ['SISTER_CITIES'] },
        // A union (a country's places) between a topic's list and a text's.
        { country: pick.key('Country'), topic: pick.key('Topic'), text: pick.word() },
        { party: `organisation:${pick.key('Organisation')}` },
        // The prefix the API still takes for organisations: parties are compared as written, in both stores.
        { party: `company:${pick.key('Organisation')}` },
        { participant: `person:${pick.key('Person')}` },
        // An index list in a range of days: its references joined to their records' time.
        { party: `city:${pick.key('City')}`, from: '2016-01-01', to: '2020-12-31' },
        { city: pick.key('City'), status: ['SIGNED', 'IN_FORCE'], to: '2017-06-30' },
      ]),
      first: pick.one([5, 20]),
    }),
  ],
  [
    'metrics',
    `query Metrics($filter: MetricFilter, $first: Int) {
      metrics(filter: $filter, first: $first) { totalCount nodes { id key measure kind value { words } ${EVIDENCE} } }
    }`,
    (pick) => ({
      filter: pick.one([
        { city: pick.key('City') },
        { country: pick.key('Country') },
        { company: pick.key('Organisation') },
        { text: pick.word() },
        { attributedTo: pick.key('Person') },
        { subject: `country:${pick.key('Country')}` },
      ]),
      first: 10,
    }),
  ],
  [
    'articles',
    `query Articles($filter: ArticleFilter, $first: Int, $last: Int) {
      articles(filter: $filter, first: $first, last: $last) { totalCount pageInfo { hasPreviousPage hasNextPage startCursor endCursor } nodes { id key title source publishedAt } }
    }`,
    (pick) => ({
      filter: pick.one([
        { mentions: `city:${pick.key('City')}` },
        { publishedFrom: '2016-01-01T00:00:00Z', publishedTo: '2018-06-30T00:00:00Z' },
        { text: pick.word() },
        {},
        // An entity's articles by their fields: its mentions joined to the articles.
        { mentions: `city:${pick.key('City')}`, source: pick.ofArticle('source'), publishedFrom: '2013-01-01T00:00:00Z' },
        { mentions: `country:${pick.key('Country')}`, publishedTo: '2014-12-31T23:59:59Z' },
        // An entity's articles by a text: its mentions walked, each article's words looked up.
        { mentions: `city:${pick.key('City')}`, text: pick.word() },
      ]),
      ...pick.one([{ first: 7 }, { last: 4 }]),
    }),
  ],
  [
    // The articles by their own fields or none, in every order: a database store counts and pages them in SQL.
    'article-lists',
    `query ArticleLists($filter: ArticleFilter, $orderBy: ArticleOrder, $first: Int, $last: Int) {
      articles(filter: $filter, orderBy: $orderBy, first: $first, last: $last) {
        totalCount pageInfo { hasPreviousPage hasNextPage startCursor endCursor } nodes { id key source section language publishedAt }
      }
    }`,
    (pick) => ({
      filter: pick.one([
        {},
        { source: pick.ofArticle('source') },
        { language: pick.ofArticle('language'), publishedTo: '2012-06-30T12:00:00+02:00' },
        { section: pick.ofArticle('section'), paraphrased: false },
        { source: pick.ofArticle('source'), publishedFrom: '2013-01-01T00:00:00Z', publishedTo: '2016-12-31T23:59:59Z' },
        { paraphrased: true },
        { source: 'No Such Source' },
      ]),
      orderBy: pick.one([{ field: 'PUBLISHED_AT', direction: 'DESC' }, { field: 'PUBLISHED_AT', direction: 'ASC' }, { field: 'KEY', direction: 'ASC' }, { field: 'KEY', direction: 'DESC' }]),
      ...pick.one([{ first: 6 }, { last: 3 }]),
    }),
  ],
  [
    'events',
    `query Events($filter: EventFilter) {
      events(filter: $filter, first: 10) { totalCount nodes { id key kind description status time { words earliest latest } city { id name } } }
    }`,
    (pick) => ({ filter: pick.one([{ city: pick.key('City') }, { visit: pick.key('Visit') }, { from: '2014-01-01', to: '2016-12-31' }, { text: pick.word() }]) }),
  ],
  [
    // Lists no index narrows (by kind, status or a range of days, or none): a database store counts and pages them in SQL.
    'whole-lists',
    `query WholeLists($events: EventFilter, $agreements: AgreementFilter, $order: FactOrder, $first: Int, $last: Int, $after: String, $before: String) {
      events(filter: $events, orderBy: $order, first: $first, last: $last, after: $after, before: $before) {
        totalCount pageInfo { hasPreviousPage hasNextPage startCursor endCursor } nodes { id key kind status time { words earliest latest } }
      }
      agreements(filter: $agreements, orderBy: $order, first: 5) { totalCount nodes { id key kind status } }
      organisations(filter: { kind: [BUSINESS_ASSOCIATION, NGO, CITY_GOVERNMENT] }, first: 5) { totalCount nodes { id key name kind } }
      visits(first: 3, orderBy: $order) { totalCount nodes { id key status } }
      countries(first: 4) { totalCount nodes { id key name } }
    }`,
    (pick) => ({
      events: pick.one([
        { kind: ['EXPO', 'SIGNING_CEREMONY'] },
        { status: ['HELD'] },
        { kind: ['FORUM'], status: ['PLANNED', 'HELD'] },
        { kind: ['EXPO', 'SIGNING_CEREMONY'], from: '2014-01-01' },
        { to: '2013-06-30' },
        {},
      ]),
      agreements: pick.one([{ kind: ['SISTER_CITIES'] }, { status: ['SIGNED', 'IN_FORCE'] }, { status: ['SIGNED', 'IN_FORCE'], from: '2016-01-01', to: '2018-12-31' }, {}]),
      order: pick.one([{ field: 'DATE', direction: 'ASC' }, { field: 'DATE', direction: 'DESC' }, { field: 'KEY', direction: 'ASC' }, { field: 'KEY', direction: 'DESC' }]),
      ...pick.one([{ first: 10 }, { first: 7, after: 'T2Zmc2V0Q29ubmVjdGlvbjo0' }, { last: 6 }, { last: 3, before: 'T2Zmc2V0Q29ubmVjdGlvbjo1' }]),
    }),
  ],
  [
    'people',
    `query People($filter: PersonFilter) {
      people(filter: $filter, first: 10) { totalCount nodes { id key name offices { id role title status isCurrent jurisdiction { __typename ... on Node { id } } } } }
    }`,
    (pick) => ({ filter: pick.one([{ country: pick.key('Country') }, { city: pick.key('City') }, { role: ['MAYOR'], current: true }, { text: pick.word() }]) }),
  ],
  [
    'cities',
    `query Cities($filter: CityFilter) {
      cities(filter: $filter, first: 10) {
        totalCount
        nodes { id key name country { id name } countryBasis region { id name } regionBasis visits(first: 3) { totalCount nodes { id key } } sisterCities(first: 3) { totalCount nodes { id name } } mayors(first: 3) { nodes { id name title } } participations(first: 5) { totalCount } }
      }
    }`,
    (pick) => ({ filter: pick.one([{ country: pick.key('Country') }, { region: pick.key('Region') }, { text: pick.word() }, {}]) }),
  ],
  [
    'facts-and-roles',
    `query FactsAndRoles($topic: String!, $organisation: String!, $kinds: [FactKind!], $roles: [ParticipantRole!], $after: String) {
      topic(key: $topic) { facts(kinds: $kinds, first: 4, after: $after) { totalCount nodes { __typename id } } }
      organisation(key: $organisation) {
        facts(kinds: $kinds, first: 3) { totalCount nodes { id } }
        participations(roles: $roles, first: 4) { totalCount nodes { id role fact { id } } }
      }
    }`,
    (pick) => ({
      topic: pick.key('Topic'),
      organisation: pick.key('Organisation'),
      kinds: pick.one([null, ['VISIT'], ['STATEMENT', 'METRIC'], ['AGREEMENT', 'EVENT', 'AGREEMENT']]),
      roles: pick.one([null, ['SIGNATORY'], ['HOST', 'PARTICIPANT'], ['MEMBER', 'LEADER']]),
      ...pick.one([{}, { after: 'T2Zmc2V0Q29ubmVjdGlvbjoy' }]),
    }),
  ],
  [
    'search',
    `query Search($text: String!, $first: Int, $after: String) {
      search(text: $text, first: $first, after: $after) {
        totalCount pageInfo { endCursor }
        nodes { id score item { __typename ... on Node { id } ... on Article { title } ... on City { name } ... on Visit { key } } }
      }
    }`,
    (pick) => ({ text: pick.word(), first: pick.one([5, 20]), ...pick.one([{}, { after: 'T2Zmc2V0Q29ubmVjdGlvbjoy' }]) }),
  ],
  [
    'statements',
    `query Statements($filter: StatementFilter) {
      statements(filter: $filter, first: 10) { totalCount nodes { id key mode text speaker { id name } ${EVIDENCE} } }
    }`,
    (pick) => ({
      filter: pick.one([{ speaker: pick.key('Person') }, { text: pick.word() }, { mode: ['DIRECT'] }, { about: `city:${pick.key('City')}` }, { speaker: pick.key('Person'), mode: ['DIRECT'] }]),
    }),
  ],
  [
    'nodes',
    `query Nodes($ids: [ID!]!) {
      nodes(ids: $ids) { __typename id ... on City { name } ... on Visit { key status } ... on Agreement { title } ... on Event { kind } ... on Article { title } }
    }`,
    (pick) => ({
      ids: (['City', 'Visit', 'Agreement', 'Event', 'Article', 'City'] as const).map((kind) => Buffer.from(`${kind}:${kind === 'Article' ? pick.article() : pick.key(kind)}`).toString('base64')),
    }),
  ],
];

/** The kind of record each example's $key names. */
const KEYED_EXAMPLES: Record<string, RowKind> = {
  'agreement-signatories-and-witnesses': 'Agreement',
  'city-profile': 'City',
  'company-profile': 'Organisation',
  'date-without-a-year': 'Event',
  'follow-up-reports': 'Agreement',
  'reports-that-disagree': 'Visit',
};

interface Picker {
  one<T>(choices: readonly T[]): T;
  key(kind: RowKind): string;
  article(): string;
  /** The field of an article (one that has it). */
  ofArticle(field: 'source' | 'section' | 'language'): string;
  /** A word of a name in the corpus. */
  word(): string;
}

export function battery(store: Store, { perExample = 16, perList = 14, seed = 16 } = {}): Operation[] {
  const next = random(seed);
  const one = <T>(choices: readonly T[]): T => choices[Math.floor(next() * choices.length)]!;
  const key = (kind: RowKind) => one(store.list(kind)).key;
  const names = (['City', 'Country', 'Organisation', 'Topic', 'Person'] as const).flatMap((kind) => store.list(kind).map((r) => r.name));
  const word = () => one(one(names).split(/\s+/).filter((w) => w.length > 2)) ?? 'city';
  const ofArticle = (field: 'source' | 'section' | 'language') => one(store.list('Article').flatMap((article) => article[field] ?? []));
  const pick: Picker = { one, key, article: () => one(store.list('Article')).key, ofArticle, word };

  const operations: Operation[] = [];
  const examples = loadExamples();
  for (const example of examples) operations.push({ name: example.name, query: example.query, ...(example.variables ? { variables: example.variables } : {}) });
  for (const example of examples) {
    const kind = KEYED_EXAMPLES[example.name];
    const takesText = example.query.includes('$text');
    if (!kind && !takesText) continue;
    for (let i = 0; i < perExample; i++) {
      const variables = kind ? { key: key(kind) } : { text: word() };
      operations.push({ name: `${example.name} ${JSON.stringify(variables)}`, query: example.query, variables });
    }
  }
  for (const [name, query, draw] of LISTS) {
    for (let i = 0; i < perList; i++) {
      const variables = draw(pick);
      operations.push({ name: `${name} ${JSON.stringify(variables)}`, query, variables });
    }
  }
  return operations;
}
