/**
 * Two articles that share entities: the seed and a fictional follow-up
 * (tests/fixtures/two-articles/). Shared entities become one node each, with the
 * evidence of both articles; facts stay with their article; indexes span both.
 */
import { describe, expect, it } from 'vitest';
import type { LocatedEvidence } from '../../src/corpus/model.js';
import { FIXTURE_FILE, FIXTURE_KEY, loadFiles, SEED_FILE, SEED_KEY } from './helpers.js';

const store = loadFiles(SEED_FILE, FIXTURE_FILE);
const keys = (records: readonly { key: string }[]): string[] => records.map((r) => r.key);
const articlesOf = (evidence: readonly LocatedEvidence[]): string[] => [...new Set(evidence.map((e) => e.articleKey))].sort();
const BOTH = [FIXTURE_KEY, SEED_KEY].sort();

describe('shared entities', () => {
  it.each([
    ['Country', 2],
    ['City', 2],
    ['Person', 2],
    ['Company', 5],
    ['Topic', 10],
  ] as const)('%s: each key counts once (%i)', (kind, count) => {
    expect(store.count(kind)).toBe(count);
    expect(store.list(kind)).toHaveLength(count);
  });

  it.each([
    ['City', 'copenhagen'],
    ['City', 'beijing'],
    ['Country', 'denmark'],
    ['Country', 'china'],
    ['Person', 'frank-jensen'],
    ['Person', 'wang-anshun'],
    ['Company', 'grundfos'],
    ['Company', 'danfoss'],
    ['Topic', 'district-heating'],
  ] as const)('%s %s lists both articles and has evidence from both', (kind, key) => {
    const entity = store.get(kind, key)!;
    expect([...entity.articleKeys].sort()).toEqual(BOTH);
    expect(articlesOf(entity.evidence)).toEqual(BOTH);
  });

  it('an entity only the seed names keeps only the seed', () => {
    const cowi = store.get('Company', 'cowi')!;
    expect(cowi.articleKeys).toEqual([SEED_KEY]);
    expect(articlesOf(cowi.evidence)).toEqual([SEED_KEY]);
  });

  it('merged evidence points into the body of the article it was quoted from', () => {
    const copenhagen = store.get('City', 'copenhagen')!;
    for (const evidence of copenhagen.evidence) {
      const body = store.get('Article', evidence.articleKey)!.body;
      expect(body[evidence.paragraph]!.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
    expect(copenhagen.evidence.filter((e) => e.articleKey === FIXTURE_KEY).map((e) => e.quote)).toEqual(['the two capital cities']);
  });

  it('a field one article omits is taken from the other (the follow-up gives China no reference data)', () => {
    expect(store.get('Country', 'china')?.reference?.isoAlpha2).toBe('CN');
    expect(store.get('Country', 'denmark')?.reference?.isoAlpha2).toBe('DK');
  });

  it('shared entities are in both articles\' records', () => {
    const copenhagen = store.get('City', 'copenhagen')!;
    expect(store.recordsByArticle.get(SEED_KEY)).toContain(copenhagen);
    expect(store.recordsByArticle.get(FIXTURE_KEY)).toContain(copenhagen);
    expect(store.recordsByArticle.get(FIXTURE_KEY)).not.toContain(store.get('Company', 'cowi'));
  });
});

describe('facts stay with their article', () => {
  it('counts add up: the follow-up adds one agreement, one metric, one statement', () => {
    expect(store.count('Article')).toBe(2);
    expect(store.count('Visit')).toBe(2);
    expect(store.count('Agreement')).toBe(4);
    expect(store.count('Metric')).toBe(5);
    expect(store.count('Statement')).toBe(11);
  });

  it('the signed MoU belongs to the follow-up, dated "on Friday" 2014-12-05, and refers to the seed\'s visit', () => {
    expect(store.get('Agreement', 'copenhagen-beijing-drinking-water-mou-signed')).toMatchObject({
      articleKey: FIXTURE_KEY,
      status: 'signed',
      date: { words: 'on Friday', date: '2014-12-05', precision: 'day' },
      visit: 'frank-jensen-beijing-2014-12',
    });
    expect(store.get('Visit', 'frank-jensen-beijing-2014-12')?.articleKey).toBe(SEED_KEY);
  });

  it('a quote pinned to a paragraph is located there', () => {
    const [evidence] = store.get('Metric', 'beijing-district-heating-heat-loss-cut')!.evidence;
    expect(evidence).toMatchObject({ articleKey: FIXTURE_KEY, paragraph: 4, start: 1 });
  });

  it('articles are listed by publication, oldest first', () => {
    expect(keys(store.list('Article'))).toEqual([SEED_KEY, FIXTURE_KEY]);
  });

  it('currency conversions use only the rate of the metric\'s own article', () => {
    const exports = store.get('Metric', 'denmark-china-district-heating-exports-2020')!;
    expect(store.conversionsOf(exports).map((c) => c.value)).toEqual([268_750_000]);
    expect(store.conversionsOf(store.get('Metric', 'beijing-district-heating-heat-loss-cut')!)).toEqual([]);
  });
});

describe('reverse indexes span both articles', () => {
  it('agreementsByVisit: the MoU planned in the seed and the MoU signed in the follow-up', () => {
    expect(keys(store.agreementsByVisit.get('frank-jensen-beijing-2014-12')).sort()).toEqual([
      'copenhagen-beijing-drinking-water-mou',
      'copenhagen-beijing-drinking-water-mou-signed',
    ]);
  });

  it('agreementsByParty("city:copenhagen") has all four agreements, the dated ones by date', () => {
    expect(keys(store.agreementsByParty.get('city:copenhagen'))).toEqual([
      'copenhagen-beijing-collaboration-agreements',
      'copenhagen-beijing-drinking-water-mou',
      'copenhagen-beijing-sister-cities', // 2012
      'copenhagen-beijing-drinking-water-mou-signed', // 2014-12-05
    ]);
  });

  it('factsByTopic("district-heating") has facts from both articles', () => {
    const facts = store.factsByTopic.get('district-heating');
    expect(new Set(facts.map((f) => f.articleKey))).toEqual(new Set(BOTH));
    expect(keys(facts)).toEqual(
      expect.arrayContaining([
        'frank-jensen-beijing-2014-12',
        'denmark-china-district-heating-exports-2020',
        'copenhagen-beijing-drinking-water-mou-signed',
        'beijing-district-heating-heat-loss-cut',
        'jensen-beijing-heat-loss',
      ]),
    );
  });

  it('metricsByPerson and statementsBySpeaker include Jensen\'s figures and words from both', () => {
    expect(keys(store.metricsByPerson.get('frank-jensen'))).toHaveLength(3);
    expect(new Set(store.statementsBySpeaker.get('frank-jensen').map((s) => s.articleKey))).toEqual(new Set(BOTH));
    expect(store.statementsBySpeaker.get('frank-jensen')).toHaveLength(11);
  });

  it('metricsBySubject("city:beijing") finds the follow-up\'s figure', () => {
    expect(keys(store.metricsBySubject.get('city:beijing'))).toEqual(['beijing-district-heating-heat-loss-cut']);
  });

  it('entity indexes hold a shared entity once', () => {
    expect(keys(store.citiesByCountry.get('denmark'))).toEqual(['copenhagen']);
    expect(keys(store.companiesByCountry.get('denmark'))).toEqual(['cowi', 'danfoss', 'grundfos', 'ramboll', 'rockwool']);
    expect(keys(store.mayorsByCity.get('copenhagen'))).toEqual(['frank-jensen']);
  });

  it('search finds both memoranda', () => {
    const found = store.search.query('memorandum drinking water').map((hit) => hit.record.key);
    expect(found).toEqual(
      expect.arrayContaining(['copenhagen-beijing-drinking-water-mou', 'copenhagen-beijing-drinking-water-mou-signed']),
    );
  });
});

/** Regressions: behaviour an earlier store got wrong. */
describe('regressions', () => {
  // src/corpus/build-store.ts mergeEntity concatenates offices, so an office both articles
  // state (Mayor of Copenhagen) is listed twice instead of once with evidence from both.
  it('an office stated by both articles is one office with evidence from both', () => {
    const offices = store.get('Person', 'frank-jensen')!.offices;
    expect(offices).toHaveLength(1);
    expect(articlesOf(offices[0]!.evidence)).toEqual(BOTH);
  });
});
