/**
 * The store's lookups, orderings, reverse indexes, derived places and search, on the seed
 * (the Xinhua article with the China Daily article that declares what it reports on).
 */
import { describe, expect, it } from 'vitest';
import { conversionsFor } from '../../src/corpus/money.js';
import type { MetricRecord, RecordKind } from '../../src/corpus/model.js';
import { Queries } from '../../src/corpus/queries.js';
import type { RowKind } from '../../src/corpus/kinds.js';
import type { Basis } from '../../src/corpus/corpus-store.js';
import { fixture, keys, loadFiles, seed, SEED_KEY, SISTER_KEY } from './helpers.js';

const store = seed();
const queries = new Queries(store);
const VISIT = 'frank-jensen-beijing-2014-12';
const EARLIER = 'frank-jensen-china-2012';
const JUNE_2012 = 'frank-jensen-beijing-2012-06';
const BY_DATE = { field: 'date', direction: 'asc' } as const;
const BY_NAME = { field: 'name', direction: 'asc' } as const;

describe('lookups', () => {
  it('get finds a record by kind and key', () => {
    expect(store.get('City', 'copenhagen')).toMatchObject({ type: 'City', key: 'copenhagen', name: 'Copenhagen' });
    expect(store.get('Statement', 'jensen-clean-water-importance')?.articleKey).toBe(SEED_KEY);
    expect(store.get('Organisation', 'cowi')).toMatchObject({ type: 'Organisation', kind: 'company' });
  });

  it('get returns undefined for an unknown key, or a key of another kind', () => {
    expect(store.get('City', 'aarhus')).toBeUndefined();
    expect(store.get('Person', 'copenhagen')).toBeUndefined();
  });

  // Shared entities count once: China Daily adds a venue, two heads of state, the C40, one topic;
  // a visit, an event, a metric and three statements of its own; the sister-city agreement is one fact.
  it.each<[RecordKind, number]>([
    ['Article', 2],
    ['Country', 2],
    ['Region', 0],
    ['City', 2],
    ['Venue', 1],
    ['Person', 4],
    ['Organisation', 6],
    ['Topic', 11],
    ['Visit', 3],
    ['Event', 3],
    ['Agreement', 3],
    ['Metric', 5],
    ['Statement', 13],
  ])('count(%s) is %i, the length of list()', (kind, count) => {
    expect(store.count(kind)).toBe(count);
    expect(store.list(kind)).toHaveLength(count);
  });

  it.each([
    ['city:copenhagen', 'City', 'copenhagen'],
    ['country:china', 'Country', 'china'],
    ['person:wang-anshun', 'Person', 'wang-anshun'],
    ['organisation:cowi', 'Organisation', 'cowi'],
    ['company:cowi', 'Organisation', 'cowi'], // the API still accepts the prefix from before companies became organisations
    ['venue:queen-margrethe-ii-summer-palace', 'Venue', 'queen-margrethe-ii-summer-palace'],
    ['topic:district-heating', 'Topic', 'district-heating'],
  ])('byRef(%s) is the %s %s', (ref, type, key) => {
    expect(store.byRef(ref)).toMatchObject({ type, key });
  });

  it.each(['city:aarhus', 'person:copenhagen', 'planet:earth', 'copenhagen', 'region:copenhagen'])('byRef(%s) is undefined', (ref) => {
    expect(store.byRef(ref)).toBeUndefined();
  });
});

describe('list order', () => {
  it('articles by publication, oldest first', () => {
    expect(keys(store.list('Article'))).toEqual([SISTER_KEY, SEED_KEY]);
  });

  it('entities by name, case-insensitively', () => {
    expect(keys(store.list('City'))).toEqual(['beijing', 'copenhagen']);
    expect(keys(store.list('Organisation'))).toEqual(['c40', 'cowi', 'danfoss', 'grundfos', 'ramboll', 'rockwool']);
    expect(keys(store.list('Person'))).toEqual(['frank-jensen', 'hu-jintao', 'margrethe-ii', 'wang-anshun']);
  });

  it('visits by the earliest day their time allows, then the latest: 2012, June 2012, December 2014', () => {
    expect(keys(store.list('Visit'))).toEqual([EARLIER, JUNE_2012, VISIT]);
  });

  it('metrics by date (asOf, else to, else from); undated ones last, in the order their articles state them', () => {
    expect(keys(store.list('Metric'))).toEqual([
      'chinese-visitors-to-copenhagen-growth', // from 2010
      'copenhagen-drinking-water-loss', // as of 2014-12-04
      'denmark-china-district-heating-exports-2020', // to 2020
      'c40-share-of-global-gdp', // no date, China Daily 2012
      'eur-usd-exchange-rate-2014-12', // no date, Xinhua 2014
    ]);
  });

  it('agreements by date, undated ones last in the order the article states them', () => {
    expect(keys(store.list('Agreement'))).toEqual([
      'copenhagen-beijing-sister-cities', // 2012, as the seed reports it
      'copenhagen-beijing-drinking-water-mou', // no date, paragraph 2
      'copenhagen-beijing-collaboration-agreements', // no date, paragraph 9
    ]);
  });

  it('events by date, undated ones last in the order the article states them', () => {
    expect(keys(store.list('Event'))).toEqual([
      'hu-jintao-state-dinner-denmark-2012-06',
      'frank-jensen-wang-anshun-meeting-2014-12',
      'danish-companies-chinese-officials-meetings-2014-12',
    ]);
  });

  it('statements by their article\'s publication, then in the order the article makes them', () => {
    const statements = store.list('Statement');
    expect(keys(statements)).toEqual([
      'jensen-first-long-term-agreement-2012',
      'jensen-shared-interest-sustainable-development-2012',
      'jensen-investments-paid-off-2012',
      'jensen-water-technology-cooperation',
      'jensen-meeting-and-mou',
      'jensen-reason-for-visit',
      'jensen-clean-water-importance',
      'jensen-water-loss-experience',
      'jensen-water-loss-figure',
      'jensen-companies-meet-officials',
      'jensen-more-business-with-china',
      'jensen-strengthen-partnership',
      'jensen-district-heating-exports',
    ]);
    const seeds = statements.filter((s) => s.articleKey === SEED_KEY);
    const positions = seeds.map((s) => [s.evidence[0]!.paragraph, s.evidence[0]!.start]);
    expect(positions).toEqual([...positions].sort(([pa, sa], [pb, sb]) => pa! - pb! || sa! - sb!));
  });
});

describe('reverse indexes: the records that point at a record, stated or derived, in natural order', () => {
  it.each<[RowKind, RowKind, string, string[]]>([
    ['Visit', 'City', 'copenhagen', [JUNE_2012, VISIT]],
    ['Visit', 'City', 'beijing', [JUNE_2012, VISIT]],
    ['Visit', 'Country', 'china', [EARLIER, JUNE_2012, VISIT]],
    ['Visit', 'Country', 'denmark', [JUNE_2012, VISIT]], // June 2012: derived from its visiting city
    ['Visit', 'Person', 'frank-jensen', [EARLIER, JUNE_2012, VISIT]],
    ['Visit', 'Person', 'wang-anshun', [VISIT]], // met at an event of the visit
    ['Visit', 'Organisation', 'rockwool', [VISIT]],
    ['Visit', 'Visit', EARLIER, [VISIT]], // the later visit names it as its previous visit
    ['Visit', 'Visit', VISIT, []],
    ['Event', 'Visit', VISIT, ['frank-jensen-wang-anshun-meeting-2014-12', 'danish-companies-chinese-officials-meetings-2014-12']],
    ['Event', 'Person', 'hu-jintao', ['hu-jintao-state-dinner-denmark-2012-06']],
    ['Event', 'Venue', 'queen-margrethe-ii-summer-palace', ['hu-jintao-state-dinner-denmark-2012-06']],
    ['Agreement', 'Visit', VISIT, ['copenhagen-beijing-drinking-water-mou']],
    ['Agreement', 'Visit', JUNE_2012, ['copenhagen-beijing-sister-cities']],
    ['Agreement', 'Topic', 'tourism', ['copenhagen-beijing-collaboration-agreements']],
    ['Metric', 'Person', 'frank-jensen', ['copenhagen-drinking-water-loss', 'denmark-china-district-heating-exports-2020']],
    ['Metric', 'Organisation', 'c40', ['c40-share-of-global-gdp']],
    ['Statement', 'Person', 'wang-anshun', ['jensen-meeting-and-mou']], // about him; he says nothing
    ['City', 'Country', 'denmark', ['copenhagen']],
    ['Organisation', 'Country', 'denmark', ['cowi', 'danfoss', 'grundfos', 'ramboll', 'rockwool']],
    ['Organisation', 'Country', 'china', []],
    ['Person', 'City', 'copenhagen', ['frank-jensen']],
    ['Person', 'Country', 'china', ['hu-jintao']],
  ])('referrersOf(%s, %s, %s)', (kind, target, key, expected) => {
    expect(keys(store.referrersOf(kind, target, key))).toEqual(expected);
  });

  it('an unknown key gives an empty list, never undefined', () => {
    expect(store.referrersOf('Visit', 'City', 'aarhus')).toEqual([]);
    expect(store.recordsOf('no-such-article')).toEqual([]);
  });

  it.each<[string, () => Iterable<{ key: string }>, string[]]>([
    ['visits with a city on either side', () => queries.visits({ city: 'copenhagen' }, BY_DATE).slice(), [JUNE_2012, VISIT]],
    ['visits to a country, stated or derived', () => queries.visits({ country: 'china' }, BY_DATE).slice(), [EARLIER, JUNE_2012, VISIT]],
    ['visits a company travels on as a member of the delegation', () => queries.visits({ company: 'rockwool' }, BY_DATE).slice(), [VISIT]],
    ['visits by status', () => queries.visits({ statuses: ['planned'] }, BY_DATE).slice(), [JUNE_2012]],
    ['agreements with a party ("type:key")', () => queries.agreements({ party: 'city:beijing' }, BY_DATE).slice(), ['copenhagen-beijing-sister-cities', 'copenhagen-beijing-drinking-water-mou', 'copenhagen-beijing-collaboration-agreements']],
    ['agreements with a party given as a bare key: none, parties are "type:key"', () => queries.agreements({ party: 'beijing' }, BY_DATE).slice(), []],
    ['agreements of a kind', () => queries.agreements({ kinds: ['sister-cities'] }, BY_DATE).slice(), ['copenhagen-beijing-sister-cities']],
    ['agreements by status, as merged from every article', () => queries.agreements({ statuses: ['in-force'] }, BY_DATE).slice(), ['copenhagen-beijing-sister-cities']],
    ['sister cities of Copenhagen', () => queries.sisterCities('copenhagen'), ['beijing']],
    ['metrics about a subject', () => queries.metrics({ subject: 'country:china' }, BY_DATE).slice(), ['chinese-visitors-to-copenhagen-growth', 'denmark-china-district-heating-exports-2020']],
    ['metrics about a city', () => queries.metrics({ city: 'copenhagen' }, BY_DATE).slice(), ['chinese-visitors-to-copenhagen-growth', 'copenhagen-drinking-water-loss']],
    ['metrics a person is quoted for', () => queries.metrics({ attributedTo: 'frank-jensen' }, BY_DATE).slice(), ['copenhagen-drinking-water-loss', 'denmark-china-district-heating-exports-2020']],
    ['statements a person makes', () => queries.statements({ speaker: 'wang-anshun' }, BY_DATE).slice(), []],
    ['statements about a person', () => queries.statements({ about: 'person:wang-anshun' }, BY_DATE).slice(), ['jensen-meeting-and-mou']],
    ['statements about a country', () => queries.statements({ about: 'country:denmark' }, BY_DATE).slice(), ['jensen-companies-meet-officials', 'jensen-more-business-with-china', 'jensen-district-heating-exports']],
    ['direct quotations', () => queries.statements({ modes: ['direct'] }, BY_DATE).slice(), ['jensen-clean-water-importance', 'jensen-more-business-with-china']],
    ['events a person takes part in', () => queries.events({ participant: 'person:wang-anshun' }, BY_DATE).slice(), ['frank-jensen-wang-anshun-meeting-2014-12']],
    ['cities of a country', () => queries.cities({ country: 'denmark' }, BY_NAME).slice(), ['copenhagen']],
    ['companies of a country', () => queries.organisations({ country: 'denmark', kinds: ['company'] }, BY_NAME).slice(), ['cowi', 'danfoss', 'grundfos', 'ramboll', 'rockwool']],
    ['organisations that are not companies', () => queries.organisations({ kinds: ['ngo'] }, BY_NAME).slice(), ['c40']],
    ['mayors of a city', () => queries.people({ city: 'copenhagen' }, BY_NAME).slice(), ['frank-jensen']],
    ['mayors of a city', () => queries.people({ city: 'beijing' }, BY_NAME).slice(), ['wang-anshun']],
    ['people by role', () => queries.people({ roles: ['head-of-state'] }, BY_NAME).slice(), ['hu-jintao', 'margrethe-ii']],
    ['people by jurisdiction', () => queries.people({ jurisdiction: 'country:denmark' }, BY_NAME).slice(), ['margrethe-ii']],
    ['paraphrased articles', () => queries.articles({ paraphrased: true }, BY_DATE).slice(), [SISTER_KEY]],
    ['articles mentioning an entity', () => queries.articles({ entity: 'organisation:cowi' }, BY_DATE).slice(), [SEED_KEY]],
    ['articles mentioning an entity', () => queries.articles({ entity: 'city:copenhagen' }, BY_DATE).slice(), [SISTER_KEY, SEED_KEY]],
    // Facts of every kind, by date; statements at their article's publication; undated facts last.
    ['facts about a topic', () => queries.factsAbout('Topic', 'district-heating').slice(), [VISIT, 'jensen-companies-meet-officials', 'jensen-district-heating-exports', 'denmark-china-district-heating-exports-2020']],
    ['facts about a topic', () => queries.factsAbout('Topic', 'tourism').slice(), ['chinese-visitors-to-copenhagen-growth', VISIT, 'copenhagen-beijing-collaboration-agreements']],
    ['facts about a person', () => queries.factsAbout('Person', 'wang-anshun').slice(), [VISIT, 'jensen-meeting-and-mou', 'frank-jensen-wang-anshun-meeting-2014-12']],
  ])('%s', (_, list, expected) => {
    expect(keys(list())).toEqual(expected);
  });

  it('participationsOf lists the roles an entity plays, one per fact', () => {
    const roles = (ref: string) => store.participationsOf(store.byRef(ref)!).map((p) => [p.fact.key, p.role]);
    expect(roles('person:frank-jensen')).toEqual([
      [EARLIER, 'visitor'],
      [JUNE_2012, 'visitor'],
      [VISIT, 'visitor'],
      ['frank-jensen-wang-anshun-meeting-2014-12', 'participant'],
    ]);
    expect(roles('person:wang-anshun')).toEqual([['frank-jensen-wang-anshun-meeting-2014-12', 'participant']]);
    expect(roles('organisation:cowi')).toEqual([[VISIT, 'member']]);
  });

  it('recordsOf holds every entity an article mentions and every fact it declares or reports on, each once', () => {
    const records = store.recordsOf(SISTER_KEY);
    expect(new Set(records).size).toBe(records.length);
    expect(records).toContain(store.get('Agreement', 'copenhagen-beijing-sister-cities'));
    expect(records).toContain(store.get('City', 'copenhagen'));
    expect(records).not.toContain(store.get('Organisation', 'cowi'));
    expect(store.recordsOf(SEED_KEY)).toContain(store.get('Agreement', 'copenhagen-beijing-sister-cities'));
  });

  it('articlesMentioning lists the articles of an entity, oldest first', () => {
    expect(keys(store.articlesMentioning(store.get('Person', 'frank-jensen')!))).toEqual([SISTER_KEY, SEED_KEY]);
    expect(keys(store.articlesMentioning(store.get('Person', 'hu-jintao')!))).toEqual([SISTER_KEY]);
  });
});

describe('countries and regions: stated, from reference data, or derived, with their basis', () => {
  const places = loadFiles(fixture('places/fixture-places.json'));
  type Placed = Parameters<typeof places.countryOf>[0];
  const place = (kind: 'City' | 'Region' | 'Venue' | 'Organisation', key: string) => places.get(kind, key) as Placed;

  it.each<[what: string, kind: 'City' | 'Region' | 'Venue' | 'Organisation', key: string, country: string | undefined, basis: Basis | undefined]>([
    ['a region whose country the article states', 'Region', 'shandong', 'china', 'stated'],
    ['a city in a region: the region\'s country', 'City', 'jinan', 'china', 'derived'],
    ['a city the article places nowhere: reference data', 'City', 'auckland', 'new-zealand', 'reference'],
    ['a venue: its city\'s country', 'Venue', 'jinan-international-expo-center', 'china', 'derived'],
    ['an organisation based in a city: the city\'s country', 'Organisation', 'shandong-hi-speed-group', 'china', 'derived'],
  ])('%s', (_, kind, key, country, basis) => {
    expect(places.countryOf(place(kind, key))).toEqual(country && { value: country, basis });
  });

  it.each<[what: string, kind: 'City' | 'Venue', key: string, region: string | undefined, basis: Basis | undefined]>([
    ['a city in a stated region', 'City', 'jinan', 'shandong', 'stated'],
    ['a venue: its city\'s region', 'Venue', 'jinan-international-expo-center', 'shandong', 'derived'],
    ['a city in no known region', 'City', 'auckland', undefined, undefined],
  ])('region of %s', (_, kind, key, region, basis) => {
    expect(places.regionOf(place(kind, key))).toEqual(region && { value: region, basis });
  });

  it('a visit\'s countries are derived from its cities, and the visit is found by them', () => {
    const visit = places.get('Visit', 'auckland-delegation-jinan-fair')!;
    expect(places.visitCountry(visit, 'visiting')).toEqual({ value: 'new-zealand', basis: 'derived' });
    expect(places.visitCountry(visit, 'host')).toEqual({ value: 'china', basis: 'derived' });
    expect(keys(places.referrersOf('Visit', 'Country', 'china'))).toEqual(['auckland-delegation-jinan-fair']);
    expect(keys(places.referrersOf('Visit', 'Country', 'new-zealand'))).toEqual(['auckland-delegation-jinan-fair']);
  });

  it('entities are found by a derived country', () => {
    const all = new Queries(places);
    expect(keys(all.cities({ country: 'china' }, BY_NAME).slice())).toEqual(['jinan']);
    expect(keys(all.cities({ country: 'new-zealand' }, BY_NAME).slice())).toEqual(['auckland']);
    expect(keys(all.venues({ country: 'china' }, BY_NAME).slice())).toEqual(['jinan-international-expo-center']);
    expect(keys(all.organisations({ country: 'china' }, BY_NAME).slice())).toEqual(['shandong-hi-speed-group']);
  });

  it.each<[visit: string, side: 'visiting' | 'host', country: string | undefined, basis: Basis | undefined]>([
    [VISIT, 'visiting', 'denmark', 'stated'],
    [VISIT, 'host', 'china', 'stated'],
    [JUNE_2012, 'visiting', 'denmark', 'derived'],
    [JUNE_2012, 'host', 'china', 'derived'],
    [EARLIER, 'visiting', undefined, undefined], // no visiting side stated
    [EARLIER, 'host', 'china', 'stated'],
  ])('in the seed, visit %s: %s country', (key, side, country, basis) => {
    expect(store.visitCountry(store.get('Visit', key)!, side)).toEqual(country && { value: country, basis });
  });

  it('a venue with no city or region has no known country', () => {
    expect(store.countryOf(store.get('Venue', 'queen-margrethe-ii-summer-palace')!)).toBeUndefined();
  });
});

describe('search', () => {
  const hits = (query: string) => store.search.query(query).map((hit) => `${hit.record.type}:${hit.record.key}`);

  it('"district heating" ranks the topic first, then the facts about it and the article that mentions it', () => {
    const found = hits('district heating');
    expect(found[0]).toBe('Topic:district-heating');
    expect(found.slice(1).sort()).toEqual([
      `Article:${SEED_KEY}`,
      'Metric:denmark-china-district-heating-exports-2020',
      'Statement:jensen-companies-meet-officials',
      'Statement:jensen-district-heating-exports',
      'Visit:frank-jensen-beijing-2014-12',
    ]);
  });

  it('case and punctuation do not matter', () => {
    expect(hits('District-Heating')).toEqual(hits('district heating'));
  });

  it('scores are in descending order', () => {
    const scores = store.search.query('copenhagen').map((hit) => hit.score);
    expect(scores.length).toBeGreaterThan(1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('a name ranks above text that mentions it: the person, the event named after him, the statement, the article', () => {
    expect(hits('Wang Anshun')).toEqual([
      'Person:wang-anshun',
      'Event:frank-jensen-wang-anshun-meeting-2014-12',
      'Statement:jensen-meeting-and-mou',
      `Article:${SEED_KEY}`,
    ]);
  });

  it('every word must match: "copenhagen tourism" finds neither the city nor the topic alone', () => {
    const found = hits('copenhagen tourism');
    expect(found).toContain('Metric:chinese-visitors-to-copenhagen-growth');
    expect(found).not.toContain('City:copenhagen');
    expect(found).not.toContain('Topic:tourism');
  });

  it.each([
    ['twinning', 'Agreement:copenhagen-beijing-sister-cities'], // a synonym of the kind sister-cities
    ['company', 'Organisation:cowi'], // the kind of an organisation
    ['meeting', 'Event:danish-companies-chinese-officials-meetings-2014-12'], // the kind of an event
    ['summer palace', 'Venue:queen-margrethe-ii-summer-palace'],
  ])('%j finds %s by its vocabulary or name', (query, expected) => {
    expect(hits(query)).toContain(expected);
  });

  it.each(['zzyzx', 'district zzyzx', '', '  ,. '])('%j finds nothing', (query) => {
    expect(store.search.query(query)).toEqual([]);
  });
});

describe('currency conversion with an article\'s own rate', () => {
  const rate = store.get('Metric', 'eur-usd-exchange-rate-2014-12')!;
  const exports = store.get('Metric', 'denmark-china-district-heating-exports-2020')!;
  const usd: MetricRecord = {
    ...exports,
    key: 'usd-figure',
    value: { words: '125 million dollars', value: 125, scale: 'million', unit: 'USD', approximate: false },
    alsoStatedAs: [{ words: '100 million euros', value: 100, scale: 'million', unit: 'EUR', approximate: false }],
  };

  it('converts the other way too: USD to EUR divides by the rate', () => {
    expect(conversionsFor(usd, [rate, usd])).toEqual([
      expect.objectContaining({ currency: 'EUR', value: 100_000_000, discrepancy: 0, relativeDiscrepancy: 0 }),
    ]);
  });

  it('without a rate in the article there is nothing to convert', () => {
    expect(conversionsFor(exports, [exports])).toEqual([]);
  });

  it('without a restatement there is a conversion but no discrepancy', () => {
    const [conversion] = conversionsFor({ ...exports, alsoStatedAs: [] }, [rate]);
    expect(conversion).toEqual({ currency: 'USD', value: 268_750_000, rateMetricKey: rate.key });
  });

  it('the store converts with the rates of the metric\'s own article only', () => {
    expect(store.conversionsOf(store.get('Metric', 'c40-share-of-global-gdp')!)).toEqual([]);
    expect(store.conversionsOf(exports).map((c) => c.rateMetricKey)).toEqual([rate.key]);
  });
});

/** Regressions: behaviour an earlier store got wrong. */
describe('regressions', () => {
  // src/corpus/store.ts byRef: any table name passes, so a fact comes back as an "entity".
  it('byRef resolves only entity types, not facts or articles', () => {
    expect(store.byRef('visit:frank-jensen-beijing-2014-12')).toBeUndefined();
    expect(store.byRef(`article:${SEED_KEY}`)).toBeUndefined();
  });

  // src/corpus/store.ts byRef: tables['__proto__'] is Object.prototype, whose .get is undefined.
  it.each(['__proto__:x', 'constructor:x', 'toString:x'])('byRef(%j) is undefined rather than a TypeError', (ref) => {
    expect(store.byRef(ref)).toBeUndefined();
  });
});
