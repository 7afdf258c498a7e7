/**
 * The API served from PostgreSQL (DATABASE_URL): the same bytes as the in-memory store for every
 * example and a battery of over 200 operations with variables on a generated corpus of 1,000
 * articles; a statement count that does not grow with the items a page holds; pages that read
 * their records and quotes, not their lists'; the budget of records a request may read; a new
 * ingest seen by a running server, its response cache emptied; the deadline; a database that is
 * down; and the refusal of a database that holds no corpus.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCluster } from '../../scripts/pg-cluster.js';
import { ResponseCache } from '../../src/cache/response-cache.js';
import { PgCorpus, type PgCorpusOptions } from '../../src/pg/corpus.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { StatementRecord, VisitRecord } from '../../src/corpus/model.js';
import { createApp } from '../../src/yoga.js';
import { ROOT } from '../corpus/helpers.js';
import { listenWired, TEST_SETTINGS, type WiredServer } from '../wired-server.js';
import { battery, type Operation } from './battery.js';
import { ingested, useCluster, useGeneratedCorpus } from './helpers.js';

const ARTICLES = 1000;
const pg = useCluster();
const generated = useGeneratedCorpus(ARTICLES);
const { dir } = generated;

/** A corpus (the generated one unless given) ingested into a fresh database, served from it and from memory; `close` stops both and the pool. */
async function bothStores(options: Partial<PgCorpusOptions> = {}, corpus = { dir, store: () => generated.store() }) {
  const url = await pg.database();
  await ingested({ databaseUrl: url, dir: corpus.dir });
  const database = await PgCorpus.open(url, { poolSize: 2, ...options });
  const memory = await listenWired(createApp({ store: corpus.store() }));
  const served = await listenWired(createApp({ database }));
  const close = async () => {
    await Promise.all([memory.close(), served.close()]);
    await database.close();
  };
  return { database, memory, served, close };
}

const post = async (server: WiredServer, { query, variables }: Pick<Operation, 'query' | 'variables'>) => {
  const response = await fetch(`${server.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
};

type Connection = { totalCount: number; pageInfo: { endCursor: string | null } };

/**
 * The first three pages of a connection, each asked of both stores (`after` the last page's end):
 * the answers must be the same, and the database must read at most `maxRecords` records for each
 * (and count `totalCount` items, when given). Returns the list's count.
 */
async function samePages(
  { database, memory, served }: Awaited<ReturnType<typeof bothStores>>,
  query: string,
  variables: object,
  connectionOf: (data: never) => Connection,
  expected: { maxRecords: number; totalCount?: number },
): Promise<number> {
  let after: string | null = null;
  let count = 0;
  for (let page = 1; page <= 3; page++) {
    const asked = { ...variables, after };
    const label = `${JSON.stringify(variables)}, page ${page}`;
    const answer = { memory: await post(memory, { query, variables: asked }), before: database.records, served: await post(served, { query, variables: asked }) };
    expect(answer.served, label).toEqual(answer.memory);
    expect(database.records - answer.before, `${label}: records read`).toBeLessThanOrEqual(expected.maxRecords);
    const { totalCount, pageInfo } = connectionOf(JSON.parse(answer.served.body).data as never);
    if (expected.totalCount !== undefined) expect(totalCount, label).toBe(expected.totalCount);
    count = totalCount;
    after = pageInfo.endCursor;
  }
  return count;
}

/** data/articles copied and changed by `edit`, served by bothStores for `use`; the copy and the servers go after. */
async function editedArticles<E, R>(edit: (copy: string) => E, use: (stores: Awaited<ReturnType<typeof bothStores>>, edited: E) => Promise<R>): Promise<R> {
  const copy = mkdtempSync(join(tmpdir(), 'news-graph-serving-edited-'));
  try {
    cpSync(join(ROOT, 'data/articles'), copy, { recursive: true });
    const edited = edit(copy);
    const stores = await bothStores({}, { dir: copy, store: () => loadCorpus(copy) });
    try {
      return await use(stores, edited);
    } finally {
      await stores.close();
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * data/articles, the first files published at the times given instead, ingested into a fresh
 * database: each filter's articles (and their count) must be the in-memory store's. Returns how
 * many the filters found in all.
 */
async function samePublicationFilters(publishedAt: readonly string[], filters: readonly string[]): Promise<number> {
  const edit = (copy: string) =>
    readdirSync(copy)
      .sort()
      .slice(0, publishedAt.length)
      .forEach((name, i) => {
        const json = JSON.parse(readFileSync(join(copy, name), 'utf8'));
        writeFileSync(join(copy, name), JSON.stringify({ ...json, publishedAt: publishedAt[i] }));
      });
  return editedArticles(edit, async ({ memory, served }) => {
    let found = 0;
    for (const filter of filters) {
      for (const page of ['first: 20', 'last: 20']) {
        const operation = { query: `{ articles(filter: { ${filter} }, ${page}) { totalCount nodes { key publishedAt } } }` };
        const answer = await post(served, operation);
        expect(answer, `${filter} ${page}`).toEqual(await post(memory, operation));
        if (page === 'first: 20') found += JSON.parse(answer.body).data.articles.totalCount;
      }
    }
    return found;
  });
}

describe(`served from PostgreSQL, a generated corpus of ${ARTICLES} articles`, { timeout: 600_000 }, () => {
  it('answers every example and a battery of over 200 operations byte for byte as the in-memory store does', async () => {
    const { database, memory, served, close } = await bothStores({ poolSize: 4 });
    try {
      const operations = battery(generated.store());
      expect(operations.length).toBeGreaterThanOrEqual(200);
      let withErrors = 0;
      for (const operation of operations) {
        const expected = await post(memory, operation);
        const answer = await post(served, operation);
        expect(answer, operation.name).toEqual(expected);
        if (expected.body.includes('"errors"')) withErrors++;
      }
      // A comparison of answers, not of errors: nearly every operation has data (one draws a cursor past a short list).
      expect(withErrors).toBeLessThan(operations.length / 20);
      console.log(`${operations.length} operations, ${withErrors} answered with errors by both; ${database.statements} statements for ${database.requests} requests`);
    } finally {
      await close();
    }
  });

  it('reads a page in a number of statements that does not grow with the items on it', async () => {
    const { database, served, close } = await bothStores();
    const visits = `query Page($first: Int) { list: visits(first: $first, orderBy: { field: KEY, direction: ASC }) { nodes { id key visitors { id name } hostCity { id name country { id name } } evidence { quote article { title } } } } }`;
    // Lists in every item: each city's visits newest first (two walks where some are undated), statements about it, articles.
    const cities = `query Page($first: Int) { list: cities(first: $first) { nodes { id visits(first: 3) { totalCount nodes { id } } statementsAbout(first: 2) { totalCount nodes { id } } articles(first: 2) { totalCount nodes { id } } } } }`;
    try {
      const statementsFor = async (query: string, first: number) => {
        const before = database.statements;
        const answer = await post(served, { query, variables: { first } });
        expect(answer.body).not.toContain('"errors"');
        expect(JSON.parse(answer.body).data.list.nodes).toHaveLength(first);
        return database.statements - before;
      };
      expect(await statementsFor(visits, 100)).toBeLessThanOrEqual(await statementsFor(visits, 2));
      // One more at most: among 50 cities some have undated visits, whose newest-first page is read in a second walk (one statement for all of them).
      expect(await statementsFor(cities, 50)).toBeLessThanOrEqual((await statementsFor(cities, 2)) + 1);
    } finally {
      await close();
    }
  });

  it('reads the records a list names in one statement, however many: the sister cities of the city with the most', async () => {
    const { database, memory, served, close } = await bothStores();
    const store = generated.store();
    const twinsOf = (city: string) =>
      new Set(
        store
          .referrersOf('Agreement', 'City', city)
          .filter((agreement) => agreement.kind === 'sister-cities')
          .flatMap((agreement) => agreement.parties.filter((party) => party.startsWith('city:') && party !== `city:${city}`)),
      ).size;
    const twinned = store.list('City').map((city) => ({ key: city.key, twins: twinsOf(city.key) })).filter((city) => city.twins > 0).sort((a, b) => b.twins - a.twins);
    const [most, fewest] = [twinned[0]!, twinned.at(-1)!];
    expect(most.twins).toBeGreaterThan(10 * fewest.twins);
    const query = 'query Twins($city: String!) { city(key: $city) { sisterCities { totalCount nodes { id name country { id } } } } }';
    try {
      const statementsFor = async (city: string) => {
        const before = database.statements;
        const answer = await post(served, { query, variables: { city } });
        expect(answer).toEqual(await post(memory, { query, variables: { city } }));
        return database.statements - before;
      };
      // Before, a city's twins were asked for one at a time: a statement each.
      expect(await statementsFor(most.key)).toBe(await statementsFor(fewest.key));
    } finally {
      await close();
    }
  });

  it('reads the records of the page, not of the list: a busy city\'s lists, a kind filtered by kind, a common word\'s search', async () => {
    const { database, memory, served, close } = await bothStores();
    const store = generated.store();
    // The city most visits name, and the word most documents hold of the example's search.
    const [busiest] = store.list('City').map((city) => ({ key: city.key, visits: store.referrersOf('Visit', 'City', city.key).length })).sort((a, b) => b.visits - a.visits);
    const list = '(first: 2) { totalCount nodes { id } }';
    const query = `query Pages($city: String!) {
      city(key: $city) { visits${list} agreements${list} metrics${list} statementsAbout${list} articles${list} }
      events(filter: { kind: [MEETING, FORUM] }, orderBy: { field: DATE, direction: DESC }, first: 2) { totalCount nodes { id } }
      search(text: "district heating", first: 2) { totalCount nodes { item { ... on Node { id } } } }
    }`;
    try {
      const expected = await post(memory, { query, variables: { city: busiest!.key } });
      const before = database.records;
      const answer = await post(served, { query, variables: { city: busiest!.key } });
      expect(answer).toEqual(expected);
      const data = JSON.parse(answer.body).data;
      const totals = [...Object.values(data.city as Record<string, { totalCount: number }>), data.events, data.search].map((connection) => connection.totalCount);
      // Long lists (the smallest here has dozens of items), of which the request parsed the city and two of each.
      expect(Math.min(...totals)).toBeGreaterThan(20);
      expect(database.records - before).toBeLessThanOrEqual(1 + 2 * totals.length);
    } finally {
      await close();
    }
  });

  it("reads a page of an entity's participations, not its facts: the organisation in the most, in every role and in one, page after page", async () => {
    const stores = await bothStores();
    const store = generated.store();
    const [busiest] = store.list('Organisation').map((o) => ({ key: o.key, played: store.participationsOf(o) })).sort((a, b) => b.played.length - a.played.length);
    // Its second most common role, so that the filter leaves some out.
    const tally = new Map<string, number>();
    for (const p of busiest!.played) tally.set(p.role, (tally.get(p.role) ?? 0) + 1);
    const role = [...tally].sort((a, b) => b[1] - a[1])[1]![0];
    const query = `query Roles($key: String!, $roles: [ParticipantRole!], $after: String) {
      organisation(key: $key) {
        participations(roles: $roles, first: 3, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id role fact { id } } }
      }
    }`;
    try {
      expect(busiest!.played.length).toBeGreaterThan(20);
      for (const roles of [null, [role.toUpperCase()]]) {
        // The organisation and the page's facts (fewer when two of its participations share a fact).
        const expected = { totalCount: roles ? tally.get(role)! : busiest!.played.length, maxRecords: 1 + 3 };
        await samePages(stores, query, { key: busiest!.key, roles }, (data: { organisation: { participations: Connection } }) => data.organisation.participations, expected);
      }
    } finally {
      await stores.close();
    }
  });

  it("reads a page of the facts about a record, not all of them: the person most facts name, of every kind and of some, page after page", async () => {
    const stores = await bothStores();
    const store = generated.store();
    const kinds = ['Visit', 'Event', 'Agreement', 'Metric', 'Statement'] as const;
    const factsAbout = (key: string) => kinds.reduce((n, kind) => n + store.referrersOf(kind, 'Person', key).length, 0);
    const [busiest] = store.list('Person').map((person) => ({ key: person.key, facts: factsAbout(person.key) })).sort((a, b) => b.facts - a.facts);
    const query = `query Facts($key: String!, $kinds: [FactKind!], $after: String) {
      person(key: $key) { facts(kinds: $kinds, first: 3, after: $after) { totalCount pageInfo { endCursor } nodes { __typename id } } }
    }`;
    try {
      expect(busiest!.facts).toBeGreaterThan(20);
      // Every kind; two kinds out of their order, one of them twice (each kind counts once).
      for (const only of [null, ['STATEMENT', 'VISIT', 'STATEMENT']]) {
        const totalCount = only ? store.referrersOf('Statement', 'Person', busiest!.key).length + store.referrersOf('Visit', 'Person', busiest!.key).length : busiest!.facts;
        // The person and the page's facts.
        await samePages(stores, query, { key: busiest!.key, kinds: only }, (data: { person: { facts: Connection } }) => data.person.facts, { totalCount, maxRecords: 1 + 3 });
      }
    } finally {
      await stores.close();
    }
  });

  it("pages a company's delegations (the visits it is a member of) by looking up its role for each of its visits, not by reading them", async () => {
    const stores = await bothStores();
    const store = generated.store();
    const asMember = (key: string) => store.referrersOf('Visit', 'Organisation', key).filter((v) => v.participants.some((p) => p.role === 'member' && p.who?.includes(`organisation:${key}`))).length;
    const companies = store.list('Organisation').map((o) => ({ key: o.key, member: asMember(o.key), named: store.referrersOf('Visit', 'Organisation', o.key).length }));
    // The company on most delegations, and the organisation on most visits in other roles only.
    const [company] = [...companies].sort((a, b) => b.member - a.member);
    const [other] = companies.filter((o) => o.member === 0).sort((a, b) => b.named - a.named);
    const query = `query Delegations($key: String!, $after: String, $filter: VisitFilter) {
      company: organisation(key: $key) { ... on Company { delegations(first: 3, after: $after) { totalCount pageInfo { endCursor } nodes { id } } } }
      visits(filter: $filter, first: 3, after: $after) { totalCount pageInfo { endCursor } nodes { id } }
    }`;
    try {
      expect(company!.member).toBeGreaterThan(10);
      expect(other!.named).toBeGreaterThan(0);
      for (const filter of [{ company: company!.key }, { company: company!.key, from: '2015-01-01', status: ['COMPLETED'] }]) {
        // The company and the pages' visits.
        await samePages(stores, query, { key: company!.key, filter }, (data: { company: { delegations: Connection } }) => data.company.delegations, { totalCount: company!.member, maxRecords: 1 + 3 + 3 });
      }
      // Named on visits, never as a member of the delegation: on none.
      await samePages(stores, query, { key: other!.key, filter: { company: other!.key } }, (data: { visits: Connection }) => data.visits, { totalCount: 0, maxRecords: 1 });
    } finally {
      await stores.close();
    }
  });

  it('pages a list two index lists make (a city\'s visits about a topic) by looking each of the first up in the second, not by reading both', async () => {
    const stores = await bothStores();
    const store = generated.store();
    // The city most visits name, and the topic most of its visits are about.
    const [busiest] = store.list('City').map((city) => ({ key: city.key, visits: new Set(store.referrersOf('Visit', 'City', city.key)) })).sort((a, b) => b.visits.size - a.visits.size);
    const [topic] = store.list('Topic').map((t) => ({ key: t.key, both: store.referrersOf('Visit', 'Topic', t.key).filter((v) => busiest!.visits.has(v)).length })).sort((a, b) => b.both - a.both);
    const query = `query Both($filter: VisitFilter, $after: String) {
      visits(filter: $filter, first: 3, after: $after) { totalCount pageInfo { endCursor } nodes { id } }
    }`;
    const [city, about] = [busiest!.key, topic!.key];
    try {
      expect(topic!.both).toBeGreaterThan(10);
      // The second list's fields count too: the city's visits that it hosts, not all of them.
      for (const filter of [{ city, topic: about }, { city, topic: about, from: '2015-01-01' }, { city, hostCity: city }]) {
        // The page's visits only: neither list is read whole.
        const count = await samePages(stores, query, { filter }, (data: { visits: Connection }) => data.visits, { maxRecords: 3 });
        expect(count).toBeLessThan(busiest!.visits.size);
        expect(count).toBeGreaterThan(3);
      }
    } finally {
      await stores.close();
    }
  });

  it("pages the visits to or from a country or region by the references of the visits' sides (stated, or a country derived), not by reading them", async () => {
    const query = `query Sides($filter: VisitFilter, $after: String) {
      visits(filter: $filter, first: 3, after: $after) { totalCount pageInfo { endCursor } nodes { id visitingCountry { id } visitingCountryBasis hostCountry { id } hostCountryBasis visitingRegion { id } hostRegion { id } } }
    }`;
    const visits = (data: { visits: Connection }) => data.visits;
    // The page's visits, and each one's two countries and two regions.
    const maxRecords = 3 + 3 * 4;
    const store = generated.store();
    const sides = (v: VisitRecord) => [store.visitCountry(v, 'visiting'), store.visitCountry(v, 'host')];
    // The country most visits are to or from, and how many of them only by a city's or region's country.
    const [busiest] = store
      .list('Country')
      .map((c) => ({ key: c.key, visits: store.list('Visit').filter((v) => sides(v).some((side) => side?.value === c.key)) }))
      .sort((a, b) => b.visits.length - a.visits.length);
    const derived = busiest!.visits.filter((v) => sides(v).some((side) => side?.value === busiest!.key && side.basis === 'derived'));
    expect(derived.length).toBeGreaterThan(10);
    expect(derived.length).toBeLessThan(busiest!.visits.length);
    const stores = await bothStores();
    try {
      await samePages(stores, query, { filter: { country: busiest!.key } }, visits, { totalCount: busiest!.visits.length, maxRecords });
      await samePages(stores, query, { filter: { country: busiest!.key, from: '2016-01-01' } }, visits, { maxRecords });
    } finally {
      await stores.close();
    }
    // In data/articles a visit names the region Ilocos Sur for one of its members, not as a side: it is no visit to or from there.
    const articles = join(ROOT, 'data/articles');
    const real = await bothStores({}, { dir: articles, store: () => loadCorpus(articles) });
    try {
      for (const region of ['ilocos-sur', 'ilocos-norte']) {
        const count = await samePages(real, query, { filter: { region } }, visits, { maxRecords });
        expect(count, region).toBe(region === 'ilocos-sur' ? 0 : 2);
      }
    } finally {
      await real.close();
    }
  });

  it("pages a country's agreements (it, or one of its cities or regions, a party) from the references to any of them, not by reading them", async () => {
    const store = generated.store();
    const partiesOf = (country: string) => [`country:${country}`, ...store.referrersOf('City', 'Country', country).map((c) => `city:${c.key}`), ...store.referrersOf('Region', 'Country', country).map((r) => `region:${r.key}`)];
    const [busiest] = store
      .list('Country')
      .map((c) => ({ key: c.key, places: partiesOf(c.key), agreements: store.list('Agreement').filter((a) => a.parties.some((party) => partiesOf(c.key).includes(party))) }))
      .sort((a, b) => b.agreements.length - a.agreements.length);
    // Agreements between two of its places are one agreement each.
    expect(busiest!.agreements.some((a) => a.parties.filter((party) => busiest!.places.includes(party)).length > 1)).toBe(true);
    const city = busiest!.places.find((place) => place.startsWith('city:'))!.slice('city:'.length);
    const query = `query OfCountry($filter: AgreementFilter, $after: String) {
      agreements(filter: $filter, first: 3, after: $after) { totalCount pageInfo { endCursor } nodes { id kind parties { __typename } } }
    }`;
    const agreements = (data: { agreements: Connection }) => data.agreements;
    // The page's agreements and their parties, and the country's cities and regions.
    const maxRecords = busiest!.places.length - 1 + 3 * 3;
    const stores = await bothStores();
    try {
      await samePages(stores, query, { filter: { country: busiest!.key } }, agreements, { totalCount: busiest!.agreements.length, maxRecords });
      for (const filter of [{ country: busiest!.key, kind: ['SISTER_CITIES'] }, { country: busiest!.key, from: '2016-01-01' }, { country: busiest!.key, city }]) {
        const count = await samePages(stores, query, { filter }, agreements, { maxRecords });
        expect(count, JSON.stringify(filter)).toBeGreaterThan(3);
        expect(count, JSON.stringify(filter)).toBeLessThan(busiest!.agreements.length);
      }
    } finally {
      await stores.close();
    }
  });

  it('pages a list filtered by a text from the search documents that hold its words, alone or with a kind, a range of days or a city, not by reading its matches', async () => {
    const store = generated.store();
    const matches = (text: string, kind: 'Visit' | 'Event') => store.search.query(text).filter((hit) => hit.record.type === kind).length;
    const [busiest] = store.list('City').map((city) => ({ key: city.key, visits: store.referrersOf('Visit', 'City', city.key).length })).sort((a, b) => b.visits - a.visits);
    const query = (list: 'visits' | 'events') => `query Text($filter: ${list === 'visits' ? 'VisitFilter' : 'EventFilter'}, $after: String, $order: FactOrder) {
      ${list}(filter: $filter, first: 3, after: $after, orderBy: $order) { totalCount pageInfo { endCursor } nodes { id } }
    }`;
    const stores = await bothStores();
    try {
      // Every word must be in a match: the first alone finds more.
      const text = 'delegation trade';
      expect(matches(text, 'Visit')).toBeGreaterThan(10 * 3);
      expect(matches('delegation', 'Visit')).toBeGreaterThan(matches(text, 'Visit'));
      const visits = (data: { visits: Connection }) => data.visits;
      await samePages(stores, query('visits'), { filter: { text } }, visits, { totalCount: matches(text, 'Visit'), maxRecords: 3 });
      const newest = { field: 'DATE', direction: 'DESC' };
      for (const filter of [{ text, from: '2016-01-01' }, { text, city: busiest!.key }, { text: 'Delegation!', status: ['COMPLETED'] }]) {
        const count = await samePages(stores, query('visits'), { filter, order: newest }, visits, { maxRecords: 3 });
        expect(count, JSON.stringify(filter)).toBeGreaterThan(3);
        expect(count, JSON.stringify(filter)).toBeLessThan(matches(filter.text, 'Visit'));
      }
      // Words that find nothing, and a text of stopwords alone (no words to search for).
      for (const none of ['zzzz business', 'the of']) await samePages(stores, query('visits'), { filter: { text: none } }, visits, { totalCount: 0, maxRecords: 0 });
      const events = (data: { events: Connection }) => data.events;
      await samePages(stores, query('events'), { filter: { text: 'forum', kind: ['FORUM'] } }, events, { maxRecords: 3 });
    } finally {
      await stores.close();
    }
  });

  it("pages a list of three index lists (a city's visits about a topic by a text or a visitor), walking the first and looking each record up in the others", async () => {
    const store = generated.store();
    const [city] = store.list('City').map((c) => ({ key: c.key, visits: store.referrersOf('Visit', 'City', c.key) })).sort((a, b) => b.visits.length - a.visits.length);
    // The topic most of the city's visits are about, and the person most of those refer to, short of all of them (the city's mayor).
    const mostOften = (kind: 'Topic' | 'Person', among: readonly VisitRecord[]) =>
      store.list(kind).map((r) => ({ key: r.key, visits: store.referrersOf('Visit', kind, r.key).filter((visit) => among.includes(visit)) }))
        .filter((r) => r.visits.length < among.length)
        .sort((a, b) => b.visits.length - a.visits.length)[0]!;
    const { key: topic, visits: aboutTopic } = mostOften('Topic', city!.visits);
    const visitor = mostOften('Person', aboutTopic).key;
    const query = `query Three($filter: VisitFilter, $after: String, $order: FactOrder) {
      visits(filter: $filter, first: 3, after: $after, orderBy: $order) { totalCount pageInfo { endCursor } nodes { id } }
    }`;
    const visits = (data: { visits: Connection }) => data.visits;
    const stores = await bothStores();
    try {
      await samePages(stores, query, { filter: { city: city!.key, topic } }, visits, { totalCount: aboutTopic.length, maxRecords: 3 });
      for (const order of [undefined, { field: 'DATE', direction: 'DESC' }]) {
        for (const filter of [{ city: city!.key, topic, text: 'water' }, { city: city!.key, topic, visitor }, { city: city!.key, topic, visitor, text: 'delegation' }]) {
          const count = await samePages(stores, query, { filter, order }, visits, { maxRecords: 3 });
          expect(count, JSON.stringify(filter)).toBeGreaterThan(0);
          expect(count, JSON.stringify(filter)).toBeLessThan(aboutTopic.length);
        }
      }
      await samePages(stores, query, { filter: { city: city!.key, topic, visitor: 'nobody-at-all' } }, visits, { totalCount: 0, maxRecords: 0 });
      // A union between two lists: a country's agreements (its own, its cities' and its regions') about a topic, by a text.
      const country = store.countryOf(store.get('City', city!.key)!)!.value;
      const agreements = `query Union($filter: AgreementFilter, $after: String) {
        agreements(filter: $filter, first: 3, after: $after) { totalCount pageInfo { endCursor } nodes { id } }
      }`;
      const ofAgreements = (data: { agreements: Connection }) => data.agreements;
      // Each page reads the country's places (to know the union), then its 3 agreements.
      const places = store.referrersOf('City', 'Country', country).length + store.referrersOf('Region', 'Country', country).length;
      const ofCountry = await samePages(stores, agreements, { filter: { country } }, ofAgreements, { maxRecords: places + 3 });
      const [agreementTopic] = store.list('Topic').map((t) => t.key).sort((a, b) => store.referrersOf('Agreement', 'Topic', b).length - store.referrersOf('Agreement', 'Topic', a).length);
      const ofTopic = await samePages(stores, agreements, { filter: { country, topic: agreementTopic } }, ofAgreements, { maxRecords: places + 3 });
      const byText = await samePages(stores, agreements, { filter: { country, topic: agreementTopic, text: 'cooperation' } }, ofAgreements, { maxRecords: places + 3 });
      expect([ofCountry > ofTopic, ofTopic > byText, byText > 3]).toEqual([true, true, true]);
    } finally {
      await stores.close();
    }
  });

  it("pages people by their offices (mayors, current office holders, a city's mayors, those serving a country) from the offices, not by reading the people", async () => {
    const store = generated.store();
    const mayors = store.list('Person').filter((person) => person.offices.some((office) => office.role === 'mayor'));
    const [country] = store.list('Country').map((c) => ({ key: c.key, people: store.referrersOf('Person', 'Country', c.key).length })).sort((a, b) => b.people - a.people);
    const city = store.list('City').find((c) => mayors.some((mayor) => mayor.offices.some((office) => office.role === 'mayor' && office.of === `city:${c.key}`)))!;
    expect(mayors.length).toBeGreaterThan(3 * 3);
    expect(mayors.length).toBeLessThan(store.list('Person').length);
    const stores = await bothStores();
    try {
      const page = 'totalCount pageInfo { endCursor } nodes { id name }';
      const mayorsQuery = `query Mayors($filter: PersonFilter, $after: String) { mayors(filter: $filter, first: 3, after: $after) { ${page} } }`;
      await samePages(stores, mayorsQuery, {}, (data: { mayors: Connection }) => data.mayors, { totalCount: mayors.length, maxRecords: 3 });
      const peopleQuery = `query People($filter: PersonFilter, $after: String) { people(filter: $filter, first: 3, after: $after) { ${page} } }`;
      const people = (data: { people: Connection }) => data.people;
      for (const filter of [{ role: ['MAYOR'], current: true }, { role: ['AMBASSADOR', 'MAYOR'], current: false }, { jurisdiction: `country:${country!.key}` }, { jurisdiction: `country:${country!.key}`, current: true }]) {
        await samePages(stores, peopleQuery, { filter }, people, { maxRecords: 3 });
      }
      const count = await samePages(stores, peopleQuery, { filter: { city: city.key } }, people, { maxRecords: 3 });
      expect(count).toBeGreaterThan(0);
      // A city's mayors, as a profile lists them.
      const cityMayors = { query: `{ city(key: ${JSON.stringify(city.key)}) { mayors(current: true) { totalCount nodes { id } } } }` };
      expect(await post(stores.served, cityMayors)).toEqual(await post(stores.memory, cityMayors));
    } finally {
      await stores.close();
    }
  });

  it("pages the statements by their mode (counted by mode, migrations/0011), a speaker's or a text's (the mode looked up for each), not by reading them", async () => {
    const store = generated.store();
    const [speaker] = store.list('Person').map((p) => ({ key: p.key, statements: store.referrersOf('Statement', 'Person', p.key).filter((st) => st.speaker === p.key) })).sort((a, b) => b.statements.length - a.statements.length);
    const query = `query Modes($filter: StatementFilter, $order: StatementOrder, $after: String) {
      statements(filter: $filter, orderBy: $order, first: 3, after: $after) { totalCount pageInfo { endCursor } nodes { id mode } }
    }`;
    const statements = (data: { statements: Connection }) => data.statements;
    const stores = await bothStores();
    try {
      const all = store.list('Statement');
      for (const mode of ['direct', 'reported'] as const) {
        const count = all.filter((st) => st.mode === mode).length;
        expect(count).toBeGreaterThan(3);
        for (const direction of ['ASC', 'DESC']) {
          await samePages(stores, query, { filter: { mode: [mode.toUpperCase()] }, order: { direction } }, statements, { totalCount: count, maxRecords: 3 });
        }
      }
      await samePages(stores, query, { filter: { mode: ['DIRECT', 'REPORTED'] } }, statements, { totalCount: all.length, maxRecords: 3 });
      const reported = speaker!.statements.filter((st) => st.mode === 'reported').length;
      expect(reported).toBeGreaterThan(0);
      expect(reported).toBeLessThan(speaker!.statements.length);
      await samePages(stores, query, { filter: { speaker: speaker!.key, mode: ['REPORTED'] } }, statements, { totalCount: reported, maxRecords: 3 });
      const trade = store.search.query('trade').filter((hit) => hit.record.type === 'Statement').map((hit) => hit.record as StatementRecord);
      const direct = trade.filter((st) => st.mode === 'direct').length;
      expect(direct).toBeGreaterThan(3);
      expect(direct).toBeLessThan(trade.length);
      await samePages(stores, query, { filter: { text: 'trade', mode: ['DIRECT'] } }, statements, { totalCount: direct, maxRecords: 3 });
    } finally {
      await stores.close();
    }
  });

  it('pages the articles by a text from their search documents, alone or with a source, a language or a publication, not by reading its matches', async () => {
    const store = generated.store();
    const query = `query Texts($filter: ArticleFilter, $order: ArticleOrder, $after: String) {
      articles(filter: $filter, orderBy: $order, first: 3, after: $after) { totalCount pageInfo { endCursor } nodes { key source language publishedAt } }
    }`;
    const articles = (data: { articles: Connection }) => data.articles;
    const matches = (text: string) => store.search.query(text).filter((hit) => hit.record.type === 'Article').length;
    const [source] = [...new Set(store.list('Article').map((article) => article.source))];
    const stores = await bothStores();
    try {
      for (const text of ['district heating', 'trade']) {
        expect(matches(text)).toBeGreaterThan(9);
        expect(matches(text)).toBeLessThan(store.count('Article'));
        await samePages(stores, query, { filter: { text } }, articles, { totalCount: matches(text), maxRecords: 3 });
      }
      for (const filter of [{ source }, { language: 'en' }, { publishedFrom: '2012-01-01T00:00:00Z' }, { source, publishedTo: '2014-01-01T00:00:00Z' }]) {
        for (const order of [{ field: 'PUBLISHED_AT', direction: 'ASC' }, { field: 'KEY', direction: 'DESC' }]) {
          await samePages(stores, query, { filter: { ...filter, text: 'trade' }, order }, articles, { maxRecords: 3 });
        }
      }
      await samePages(stores, query, { filter: { text: 'zzzz trade' } }, articles, { totalCount: 0, maxRecords: 0 });
    } finally {
      await stores.close();
    }
  });

  it("pages a city's articles by a text from its mentions, each article's words looked up, not by reading either list", async () => {
    const store = generated.store();
    const query = `query CityTexts($filter: ArticleFilter, $order: ArticleOrder, $after: String) {
      articles(filter: $filter, orderBy: $order, first: 3, after: $after) { totalCount pageInfo { endCursor } nodes { key source publishedAt } }
    }`;
    const articles = (data: { articles: Connection }) => data.articles;
    const [city] = store.list('City').map((c) => ({ key: c.key, articles: store.articlesMentioning(c) })).sort((a, b) => b.articles.length - a.articles.length);
    const holding = (text: string) => new Set(store.search.query(text).flatMap((hit) => (hit.record.type === 'Article' ? [hit.record.key] : [])));
    const mentions = `city:${city!.key}`;
    const stores = await bothStores();
    try {
      // Each page reads the city, then its 3 articles.
      for (const text of ['district heating', 'trade']) {
        const held = holding(text);
        const both = city!.articles.filter((article) => held.has(article.key)).length;
        // Fewer than either list: the answer is neither one read whole.
        expect(both).toBeGreaterThan(9);
        expect(both).toBeLessThan(Math.min(city!.articles.length, held.size));
        for (const order of [{ field: 'PUBLISHED_AT', direction: 'ASC' }, { field: 'PUBLISHED_AT', direction: 'DESC' }, { field: 'KEY', direction: 'ASC' }]) {
          await samePages(stores, query, { filter: { mentions, text }, order }, articles, { totalCount: both, maxRecords: 1 + 3 });
        }
      }
      const [source] = [...new Set(city!.articles.map((article) => article.source))];
      await samePages(stores, query, { filter: { mentions, text: 'trade', source } }, articles, { maxRecords: 1 + 3 });
      await samePages(stores, query, { filter: { mentions, text: 'trade', publishedFrom: '2012-01-01T00:00:00Z' } }, articles, { maxRecords: 1 + 3 });
      await samePages(stores, query, { filter: { mentions, text: 'zzzz trade' } }, articles, { totalCount: 0, maxRecords: 1 });
    } finally {
      await stores.close();
    }
  });

  it("reads a page of an entity's evidence, not all of it: the topic most articles mention", async () => {
    const { database, memory, served, close } = await bothStores();
    const store = generated.store();
    const [busiest] = [...store.list('Topic')].sort((a, b) => b.evidence.length - a.evidence.length);
    const query = `query Quotes($topic: String!, $after: String, $last: Int) {
      topic(by: { key: $topic }) {
        name
        evidence(first: 2, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id quote sentence paragraph article { key } } } }
        last: evidence(last: $last) { edges { node { id quote } } }
      }
    }`;
    try {
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        const variables = { topic: busiest!.key, after, last: page + 1 };
        const expected = await post(memory, { query, variables });
        const before = database.quotes;
        const answer = await post(served, { query, variables });
        expect(answer).toEqual(expected);
        const { evidence, last } = JSON.parse(answer.body).data.topic;
        expect(evidence.totalCount).toBe(busiest!.evidence.length);
        expect(evidence.edges).toHaveLength(2);
        expect(last.edges).toHaveLength(page + 1);
        // Hundreds of quotes, of which the request made the two of the page and the last ones asked for.
        expect(evidence.totalCount).toBeGreaterThan(100);
        expect(database.quotes - before).toBe(2 + page + 1);
        after = evidence.pageInfo.endCursor;
      }
    } finally {
      await close();
    }
  });

  it('refuses a request that would read more records than PG_MAX_RECORDS_READ, before reading them, and goes on serving', async () => {
    const maxRecordsRead = 40;
    const { database, memory, served, close } = await bothStores({ maxRecordsRead });
    const store = generated.store();
    const [city] = store.list('City');
    try {
      const visitsOf = (target: 'City' | 'Topic' | 'Country') => [...store.list(target)].sort((a, b) => store.referrersOf('Visit', target, b.key).length - store.referrersOf('Visit', target, a.key).length)[0]!;
      const [busiest, topic, country] = [visitsOf('City'), visitsOf('Topic'), visitsOf('Country')];
      expect(store.referrersOf('Visit', 'City', busiest.key).length).toBeGreaterThan(maxRecordsRead);
      expect(store.referrersOf('Visit', 'Country', country.key).length).toBeGreaterThan(maxRecordsRead);
      // A country's organisations are read whole (a place's country is tested in Node).
      const [organised] = [...store.list('Country')].sort((a, b) => store.referrersOf('Organisation', 'Country', b.key).length - store.referrersOf('Organisation', 'Country', a.key).length);
      expect(store.referrersOf('Organisation', 'Country', organised!.key).length).toBeGreaterThan(maxRecordsRead);
      for (const query of [`{ organisations(filter: { country: ${JSON.stringify(organised!.key)} }, first: 2) { totalCount } }`]) {
        const before = database.records;
        const answer = await post(served, { query });
        expect(answer.status, query).toBe(400);
        expect(JSON.parse(answer.body).errors).toEqual([
          expect.objectContaining({
            message: expect.stringContaining(`more than ${maxRecordsRead} records from the database`),
            extensions: { code: 'MAX_RECORDS_READ_EXCEEDED', limit: 'recordsRead', max: maxRecordsRead },
          }),
        ]);
        // Refused at most one row past the budget, not after reading the list.
        expect(database.records - before, query).toBeLessThanOrEqual(maxRecordsRead);
      }
      // The articles, by publication, by a text or not filtered, a city's visits in a range of days, about a topic or in a country too, a country's visits or a text's, and a range of days on a kind's own facts are paged: within the budget.
      for (const filter of ['{ publishedFrom: "2001-01-01T00:00:00Z" }', '{}']) {
        const articles = await post(served, { query: `{ articles(filter: ${filter}, first: 2) { totalCount nodes { id } } }` });
        expect(JSON.parse(articles.body).data.articles.totalCount).toBe(store.list('Article').length);
      }
      const business = { query: '{ articles(filter: { text: "business" }, first: 2) { totalCount nodes { id } } }' };
      const byText = await post(served, business);
      expect(byText).toEqual(await post(memory, business));
      expect(JSON.parse(byText.body).data.articles.totalCount).toBeGreaterThan(maxRecordsRead);
      const ofBusiest = (filter: string) => `city: ${JSON.stringify(busiest.key)}, ${filter}`;
      const ofTopic = `topic: ${JSON.stringify(topic.key)}`;
      for (const filter of [ofBusiest('from: "2001-01-01"'), ofBusiest(ofTopic), ofBusiest(`${ofTopic}, country: ${JSON.stringify(country.key)}`), `country: ${JSON.stringify(country.key)}`, 'text: "business"']) {
        const paged = { query: `{ visits(filter: { ${filter} }, first: 2) { totalCount nodes { id } } }` };
        const answer = await post(served, paged);
        expect(answer, filter).toEqual(await post(memory, paged));
        expect(JSON.parse(answer.body).data.visits.totalCount).toBeGreaterThan(filter.includes('topic') ? 0 : maxRecordsRead);
      }
      expect(store.list('Article').length).toBeGreaterThan(10 * maxRecordsRead);
      const dated = await post(served, { query: '{ visits(filter: { from: "2001-01-01" }, orderBy: { field: DATE, direction: DESC }, first: 2) { totalCount nodes { id } } }' });
      expect(JSON.parse(dated.body).data.visits.totalCount).toBeGreaterThan(10 * maxRecordsRead);
      const lookup = await post(served, { query: `{ city(key: ${JSON.stringify(city!.key)}) { name } }` });
      expect(JSON.parse(lookup.body)).toEqual({ data: { city: { name: city!.name } } });
    } finally {
      await close();
    }
  });

  it('refuses lists read whole that hold more rows than the budget, though fewer records: it never answers with a list cut short', async () => {
    const store = generated.store();
    // A country's organisations in a city are read whole (a place's country is tested in Node): the country's list and the
    // city's, for each of its cities in one statement. The cities' organisations are the country's too: the lists overlap.
    const organisationsOf = (target: 'Country' | 'City', key: string) => store.referrersOf('Organisation', target, key);
    const [country] = [...store.list('Country')].sort((a, b) => organisationsOf('Country', b.key).length - organisationsOf('Country', a.key).length);
    const cities = store.referrersOf('City', 'Country', country!.key);
    const lists = [organisationsOf('Country', country!.key), ...cities.map((city) => organisationsOf('City', city.key))];
    const rows = lists.reduce((sum, list) => sum + list.length, 0);
    const records = new Set(lists.flat()).size;
    expect(rows - records).toBeGreaterThan(2);
    const filter = (key: string) => `{ country: ${JSON.stringify(country!.key)}, city: ${JSON.stringify(key)} }`;
    const query = `{ ${cities.map((city, at) => `c${at}: organisations(filter: ${filter(city.key)}, first: 1) { totalCount }`).join(' ')} }`;
    // A budget of every record the lists hold, but fewer than their rows, is refused; the default, with room for every row, is answered as the store does.
    for (const maxRecordsRead of [records, undefined]) {
      const { memory, served, close } = await bothStores(maxRecordsRead === undefined ? {} : { maxRecordsRead });
      try {
        const answer = await post(served, { query });
        if (maxRecordsRead !== undefined) expect(JSON.parse(answer.body).errors?.[0]?.extensions?.code, `a budget of ${maxRecordsRead} records`).toBe('MAX_RECORDS_READ_EXCEEDED');
        else expect(answer).toEqual(await post(memory, { query }));
      } finally {
        await close();
      }
    }
  });

  it('takes articles published at the calendar\'s ends (0000-01-01, 9999-12-31) and filters them by publication as the store does', async () => {
    // Their instants run into the years before 1 and after 9999, which toISOString writes as PostgreSQL does not read them.
    const found = await samePublicationFilters(
      ['0000-01-01', '9999-12-31T23:00:00-05:00'],
      [
        'publishedTo: "0000-01-01T00:00:00Z"',
        'publishedTo: "0000-12-31T23:59:59Z"',
        'publishedFrom: "0000-01-01T12:00:00Z", publishedTo: "0000-01-01T12:00:01Z"',
        'publishedFrom: "0001-01-01T00:00:00Z"',
        'publishedFrom: "9999-12-31T23:59:59Z"',
        'publishedFrom: "2000-01-01T00:00:00Z", publishedTo: "9999-12-31T23:59:59Z"',
      ],
    );
    // Not a comparison of empty lists: the filters find the two articles and others.
    expect(found).toBeGreaterThan(4);
  });

  it('finds an article published at the edge of a window whose day, as written, lies days outside it (offsets of ±23:59, a day alone)', async () => {
    // A list filtered by publication is walked from the days its order key (the day as written) can have: these are the farthest.
    const found = await samePublicationFilters(
      ['2015-03-02T00:30:00+23:59', '2015-03-01T23:30:00-23:59', '2015-03-05'],
      [
        'publishedTo: "2015-03-01T00:31:00Z"',
        'publishedFrom: "2015-03-01T00:31:00Z", publishedTo: "2015-03-01T00:31:00Z"',
        'publishedFrom: "2015-03-02T23:29:00Z"',
        'publishedFrom: "2015-03-02T23:29:00Z", publishedTo: "2015-03-02T23:29:00Z"',
        'publishedFrom: "2015-03-06T11:59:59Z", publishedTo: "2015-03-07T00:00:00Z"',
        'publishedFrom: "2015-03-03T00:00:00Z", publishedTo: "2015-03-04T10:00:00Z"',
      ],
    );
    // Each window holds one of the three: none is missed.
    expect(found).toBeGreaterThanOrEqual(6);
  });

  it('finds a city\'s sister cities in the database, in the store\'s order, without reading its agreements: a pact of four cities among them', async () => {
    // The first sister-city pact of two cities gets two more cities, one between them and one after: a city's twins from one pact come in its order.
    const edit = (copy: string) => {
      const cities = loadCorpus(copy).list('City').map((city) => `city:${city.key}`);
      const name = readdirSync(copy).sort().find((file) => readFileSync(join(copy, file), 'utf8').includes('"sister-cities"'))!;
      const json = JSON.parse(readFileSync(join(copy, name), 'utf8'));
      const pact = json.agreements.find((a: { kind: string; parties: string[] }) => a.kind === 'sister-cities' && a.parties.filter((p) => p.startsWith('city:')).length === 2);
      const [first, second] = pact.parties as string[];
      const [third, fourth] = cities.filter((city) => !pact.parties.includes(city));
      pact.parties = [first, fourth, second, third];
      writeFileSync(join(copy, name), JSON.stringify(json));
      return { cities, first, second, third, fourth };
    };
    await editedArticles(edit, async ({ database, memory, served }, { cities, first, second, third, fourth }) => {
      let twinned = 0;
      for (const city of cities) {
        const query = `{ city(key: ${JSON.stringify(city.slice(5))}) { sisterCities { totalCount nodes { key } } } }`;
        const before = database.records;
        const answer = await post(served, { query });
        expect(answer, city).toEqual(await post(memory, { query }));
        const twins = JSON.parse(answer.body).data.city.sisterCities.totalCount;
        // The city and its twins are read, not the agreements that make them twins.
        expect(database.records - before, city).toBe(1 + twins);
        if (twins > 0) twinned++;
      }
      expect(twinned).toBeGreaterThan(5);
      const twinsOf = async (city: string) =>
        JSON.parse((await post(served, { query: `{ city(key: ${JSON.stringify(city.slice(5))}) { sisterCities { nodes { key } } } }` })).body).data.city.sisterCities.nodes.map((n: { key: string }) => `city:${n.key}`);
      expect(await twinsOf(first!)).toEqual(expect.arrayContaining([fourth, second, third]));
    });
  });

  it('serves what a later ingest writes, without a restart, and empties its response cache then', async () => {
    const url = await pg.database();
    const copy = mkdtempSync(join(tmpdir(), 'news-graph-serving-copy-'));
    try {
      cpSync(join(ROOT, 'data/articles'), copy, { recursive: true });
      await ingested({ databaseUrl: url, dir: copy });
      const versions: string[] = [];
      const cache = new ResponseCache();
      const database = await PgCorpus.open(url, { poolSize: 2, onVersion: (version) => versions.push(version) });
      const served = await listenWired(createApp({ database }), {}, { cache });
      const [first] = readdirSync(copy).sort();
      const json = JSON.parse(readFileSync(join(copy, first!), 'utf8'));
      const query = { query: `{ article(key: ${JSON.stringify(json.key)}) { title } }` };
      const title = async () => JSON.parse((await post(served, query)).body).data.article.title;
      try {
        // Asked twice: the second answer is kept by the response cache.
        expect(await title()).toBe(json.title);
        expect(await title()).toBe(json.title);
        expect(cache.size).toBe(1);
        writeFileSync(join(copy, first!), JSON.stringify({ ...json, title: 'A title written later' }));
        await ingested({ databaseUrl: url, dir: copy });
        await expect.poll(() => versions.length, { timeout: 5000 }).toBeGreaterThan(0);
        expect(await title()).toBe('A title written later');
      } finally {
        await served.close();
        await database.close();
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('answers 503 EXECUTION_TIMEOUT past the deadline', async () => {
    const url = await pg.database();
    await ingested({ databaseUrl: url, dir });
    const database = await PgCorpus.open(url, { poolSize: 2 });
    const slow = await listenWired(createApp({ database }), { limits: { ...TEST_SETTINGS.limits, executionTimeoutMs: 1 } });
    try {
      const answer = await post(slow, { query: '{ search(text: "business", first: 100) { totalCount nodes { score } } }' });
      expect(answer.status).toBe(503);
      expect(JSON.parse(answer.body).errors[0].extensions).toMatchObject({ code: 'EXECUTION_TIMEOUT', max: 1 });
    } finally {
      await slow.close();
      await database.close();
    }
  });

  it('answers 503 STORE_UNAVAILABLE while the database is down, and goes on serving', async () => {
    const cluster = await startCluster();
    const url = await cluster.createDatabase();
    await ingested({ databaseUrl: url, dir: join(ROOT, 'data/articles') });
    const database = await PgCorpus.open(url, { poolSize: 2 });
    const served = await listenWired(createApp({ database }));
    const cities = { query: '{ cities(first: 2) { nodes { name } } }' };
    try {
      expect((await post(served, cities)).status).toBe(200);
      await cluster.stop();
      const answer = await post(served, { query: '{ countries(first: 2) { nodes { name } } }' });
      expect(answer.status).toBe(503);
      expect(JSON.parse(answer.body).errors[0]).toMatchObject({ message: 'The corpus database could not be read. Try again shortly.', extensions: { code: 'STORE_UNAVAILABLE' } });
      expect((await fetch(`${served.base}/health`)).status).toBe(200);
    } finally {
      await served.close();
      await database.close();
      await cluster.stop();
    }
  });

  it('refuses a database that holds no corpus, naming what to run', async () => {
    const url = await pg.database();
    await expect(PgCorpus.open(url, { poolSize: 1 })).rejects.toThrow(/holds no corpus: run `npm run ingest/);
  });
});
