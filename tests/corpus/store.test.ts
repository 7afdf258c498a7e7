/** The store's lookups, orderings, reverse indexes and search, on the seed article. */
import { describe, expect, it } from 'vitest';
import { conversionsFor } from '../../src/corpus/money.js';
import type { MetricRecord, RecordKind } from '../../src/corpus/model.js';
import type { MultiIndex } from '../../src/corpus/multi-index.js';
import type { Store } from '../../src/corpus/store.js';
import { seed, SEED_KEY } from './helpers.js';

const store = seed();
const keys = (records: readonly { key: string }[]): string[] => records.map((r) => r.key);

describe('lookups', () => {
  it('get finds a record by kind and key', () => {
    expect(store.get('City', 'copenhagen')).toMatchObject({ type: 'City', key: 'copenhagen', name: 'Copenhagen' });
    expect(store.get('Statement', 'jensen-clean-water-importance')?.articleKey).toBe(SEED_KEY);
  });

  it('get returns undefined for an unknown key, or a key of another kind', () => {
    expect(store.get('City', 'aarhus')).toBeUndefined();
    expect(store.get('Person', 'copenhagen')).toBeUndefined();
  });

  it.each<[RecordKind, number]>([
    ['Article', 1],
    ['Country', 2],
    ['City', 2],
    ['Person', 2],
    ['Company', 5],
    ['Topic', 10],
    ['Visit', 2],
    ['Agreement', 3],
    ['Metric', 4],
    ['Statement', 10],
  ])('count(%s) is %i, the length of list()', (kind, count) => {
    expect(store.count(kind)).toBe(count);
    expect(store.list(kind)).toHaveLength(count);
  });

  it.each([
    ['city:copenhagen', 'City', 'copenhagen'],
    ['country:china', 'Country', 'china'],
    ['person:wang-anshun', 'Person', 'wang-anshun'],
    ['company:cowi', 'Company', 'cowi'],
    ['topic:district-heating', 'Topic', 'district-heating'],
  ])('byRef(%s) is the %s %s', (ref, type, key) => {
    expect(store.byRef(ref)).toMatchObject({ type, key });
  });

  it.each(['city:aarhus', 'person:copenhagen', 'planet:earth', 'copenhagen'])('byRef(%s) is undefined', (ref) => {
    expect(store.byRef(ref)).toBeUndefined();
  });
});

describe('list order', () => {
  it('entities by name, case-insensitively', () => {
    expect(keys(store.list('City'))).toEqual(['beijing', 'copenhagen']);
    expect(keys(store.list('Company'))).toEqual(['cowi', 'danfoss', 'grundfos', 'ramboll', 'rockwool']);
  });

  it('visits by date: the 2012 visit before the December 2014 one', () => {
    expect(keys(store.list('Visit'))).toEqual(['frank-jensen-china-2012', 'frank-jensen-beijing-2014-12']);
  });

  it('metrics by date (asOf, else to, else from); undated ones first, then by key', () => {
    expect(keys(store.list('Metric'))).toEqual([
      'eur-usd-exchange-rate-2014-12', // no date
      'chinese-visitors-to-copenhagen-growth', // from 2010
      'copenhagen-drinking-water-loss', // as of 2014-12-04
      'denmark-china-district-heating-exports-2020', // to 2020
    ]);
  });

  it('agreements by date, undated ones by key', () => {
    expect(keys(store.list('Agreement'))).toEqual([
      'copenhagen-beijing-collaboration-agreements',
      'copenhagen-beijing-drinking-water-mou',
      'copenhagen-beijing-sister-cities',
    ]);
  });

  it('statements in the order the article makes them', () => {
    const statements = store.list('Statement');
    expect(keys(statements)).toEqual([
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
    const positions = statements.map((s) => [s.evidence[0]!.paragraph, s.evidence[0]!.start]);
    expect(positions).toEqual([...positions].sort(([pa, sa], [pb, sb]) => pa! - pb! || sa! - sb!));
  });
});

describe('reverse indexes', () => {
  type IndexName = {
    [K in keyof Store]: Store[K] extends MultiIndex<infer _> ? K : never;
  }[keyof Store];
  const VISIT = 'frank-jensen-beijing-2014-12';
  const EARLIER = 'frank-jensen-china-2012';

  it.each<[IndexName, string, string[]]>([
    ['visitsByCity', 'copenhagen', [VISIT]],
    ['visitsByCity', 'beijing', [VISIT]],
    ['visitsByCountry', 'china', [EARLIER, VISIT]],
    ['visitsByCountry', 'denmark', [VISIT]],
    ['visitsByPerson', 'frank-jensen', [EARLIER, VISIT]],
    ['visitsByPerson', 'wang-anshun', [VISIT]], // met during the visit
    ['visitsByCompany', 'rockwool', [VISIT]],
    ['laterVisits', EARLIER, [VISIT]],
    ['laterVisits', VISIT, []],
    [
      'agreementsByParty',
      'city:beijing',
      ['copenhagen-beijing-collaboration-agreements', 'copenhagen-beijing-drinking-water-mou', 'copenhagen-beijing-sister-cities'],
    ],
    ['agreementsByParty', 'beijing', []], // parties are "type:key" references
    ['agreementsByVisit', VISIT, ['copenhagen-beijing-drinking-water-mou']],
    ['metricsBySubject', 'country:china', ['chinese-visitors-to-copenhagen-growth', 'denmark-china-district-heating-exports-2020']],
    ['metricsBySubject', 'city:copenhagen', ['chinese-visitors-to-copenhagen-growth', 'copenhagen-drinking-water-loss']],
    ['metricsByPerson', 'frank-jensen', ['copenhagen-drinking-water-loss', 'denmark-china-district-heating-exports-2020']],
    ['statementsBySpeaker', 'wang-anshun', []],
    ['statementsAbout', 'person:wang-anshun', ['jensen-meeting-and-mou']],
    [
      'statementsAbout',
      'country:denmark',
      ['jensen-companies-meet-officials', 'jensen-more-business-with-china', 'jensen-district-heating-exports'],
    ],
    ['citiesByCountry', 'denmark', ['copenhagen']],
    ['citiesByCountry', 'china', ['beijing']],
    ['companiesByCountry', 'denmark', ['cowi', 'danfoss', 'grundfos', 'ramboll', 'rockwool']],
    ['companiesByCountry', 'china', []],
    ['mayorsByCity', 'copenhagen', ['frank-jensen']],
    ['mayorsByCity', 'beijing', ['wang-anshun']],
    [
      'factsByTopic',
      'district-heating',
      [VISIT, 'denmark-china-district-heating-exports-2020', 'jensen-companies-meet-officials', 'jensen-district-heating-exports'],
    ],
    // by date: undated agreement, metric since 2010, visit 2014-12-03
    ['factsByTopic', 'tourism', ['copenhagen-beijing-collaboration-agreements', 'chinese-visitors-to-copenhagen-growth', VISIT]],
  ])('%s(%s)', (name, key, expected) => {
    expect(keys((store[name] as MultiIndex<{ key: string }>).get(key))).toEqual(expected);
  });

  it('statementsBySpeaker lists a speaker\'s statements in article order', () => {
    expect(keys(store.statementsBySpeaker.get('frank-jensen'))).toEqual(keys(store.list('Statement')));
  });

  it('recordsByArticle holds every entity and fact the article states, each once', () => {
    const records = store.recordsByArticle.get(SEED_KEY);
    const kinds = ['Country', 'City', 'Person', 'Company', 'Topic', 'Visit', 'Agreement', 'Metric', 'Statement'] as const;
    expect(records).toHaveLength(kinds.reduce((sum, kind) => sum + store.count(kind), 0));
    expect(new Set(records).size).toBe(records.length);
    for (const kind of kinds) for (const record of store.list(kind)) expect(records).toContain(record);
  });

  it('an unknown key gives an empty list, never undefined', () => {
    expect(store.recordsByArticle.get('no-such-article')).toEqual([]);
    expect(store.visitsByCity.get('aarhus')).toEqual([]);
  });
});

describe('search', () => {
  const hits = (query: string) => store.search.query(query).map((hit) => `${hit.record.type}:${hit.record.key}`);

  it('"district heating" ranks the topic first, then the facts about it', () => {
    const found = hits('district heating');
    expect(found[0]).toBe('Topic:district-heating');
    expect(found.slice(1).sort()).toEqual([
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

  it('a name ranks above text that mentions it', () => {
    expect(hits('Wang Anshun')).toEqual(['Person:wang-anshun', 'Statement:jensen-meeting-and-mou']);
  });

  it('every word must match: "copenhagen tourism" finds neither the city nor the topic alone', () => {
    const found = hits('copenhagen tourism');
    expect(found).toContain('Metric:chinese-visitors-to-copenhagen-growth');
    expect(found).not.toContain('City:copenhagen');
    expect(found).not.toContain('Topic:tourism');
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
});

/** Regressions: behaviour an earlier store got wrong. */
describe('regressions', () => {
  // src/corpus/store.ts byRef: any table name passes, so a fact comes back as an "entity".
  it('byRef resolves only entity types, not facts or articles', () => {
    expect(store.byRef('visit:frank-jensen-beijing-2014-12')).toBeUndefined();
    expect(store.byRef(`article:${SEED_KEY}`)).toBeUndefined();
  });

  // src/corpus/store.ts byRef: tables['__proto__'] is Object.prototype, whose .get is undefined.
  it('byRef("__proto__:x") is undefined rather than a TypeError', () => {
    expect(store.byRef('__proto__:x')).toBeUndefined();
  });
});
