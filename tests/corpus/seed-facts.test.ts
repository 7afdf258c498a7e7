/**
 * The store holds what the seed article (Xinhua, 2014-12-04) states, and every quote
 * that backs it can be found at the place the store says it is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LocatedEvidence } from '../../src/corpus/model.js';
import { seed, SEED_FILE, SEED_KEY } from './helpers.js';

const store = seed();
const visit = store.get('Visit', 'frank-jensen-beijing-2014-12')!;
const exports = store.get('Metric', 'denmark-china-district-heating-exports-2020')!;

describe('the article', () => {
  it('keeps its metadata and its 14 paragraphs', () => {
    const article = store.get('Article', SEED_KEY)!;
    expect(article).toMatchObject({
      title: "Copenhagen mayor's Beijing visit to promote water technology cooperation",
      source: 'Xinhua',
      publishedAt: '2014-12-04T09:55:13+08:00',
      section: 'Diplomacy',
      language: 'en',
    });
    expect(article.body).toHaveLength(14);
    expect(article.body[1]).toBe('Jensen has left for Beijing on Wednesday with a Danish business delegation.');
  });
});

describe('the visit to Beijing', () => {
  it('is Frank Jensen of Copenhagen going to Beijing, underway at publication', () => {
    expect(visit).toMatchObject({
      visitors: ['frank-jensen'],
      visitingCity: 'copenhagen',
      visitingCountry: 'denmark',
      hostCity: 'beijing',
      hostCountry: 'china',
      status: 'underway',
    });
  });

  it('departed "on Wednesday", resolved to 2014-12-03, the day before publication', () => {
    expect(visit.departure).toMatchObject({ words: 'on Wednesday', precision: 'day', date: '2014-12-03', approximate: false });
    expect(visit.departure?.basis).toMatch(/Wednesday before publication/);
  });

  it('lasts four days', () => {
    expect(visit.duration).toMatchObject({ words: 'four-day visit', value: 4, scale: 'one', unit: 'DAY' });
  });

  it('takes a delegation of around 20 Danish companies, five of them named', () => {
    expect(visit.delegation?.size).toMatchObject({
      words: 'around 20 Danish companies',
      value: 20,
      unit: 'COUNT',
      counting: 'companies',
      approximate: true,
    });
    expect(visit.delegation?.companies).toEqual(['danfoss', 'grundfos', 'rockwool', 'cowi', 'ramboll']);
    for (const key of visit.delegation!.companies) expect(store.get('Company', key)?.country).toBe('denmark');
  });

  it('plans a meeting with Beijing Mayor Wang Anshun, and one of the delegation with Chinese officials', () => {
    expect(visit.meetings.map(({ with: people, attendees, status }) => ({ people, attendees, status }))).toEqual([
      { people: ['wang-anshun'], attendees: ['visitors'], status: 'planned' },
      { people: [], attendees: ['delegation'], status: 'planned' },
    ]);
  });

  it('serves seven stated purposes, two of them about district heating', () => {
    expect(visit.purposes).toHaveLength(7);
    expect(visit.purposes.filter((p) => p.topics.includes('district-heating')).map((p) => p.description)).toEqual([
      'bring Danish clean-water and district-heating technologies and urban-development consultancy to the Chinese market',
      'promote Danish district-heating technology',
    ]);
  });

  it('follows an earlier visit to China "two years ago", about 2012', () => {
    expect(visit.previousVisit).toBe('frank-jensen-china-2012');
    expect(store.get('Visit', 'frank-jensen-china-2012')).toMatchObject({
      visitors: ['frank-jensen'],
      hostCountry: 'china',
      status: 'completed',
      start: { words: 'two years ago', precision: 'year', year: 2012, approximate: true },
    });
  });
});

describe('the agreements', () => {
  it('a memorandum of understanding on drinking water management is planned during the visit', () => {
    expect(store.get('Agreement', 'copenhagen-beijing-drinking-water-mou')).toMatchObject({
      kind: 'memorandum-of-understanding',
      parties: ['city:copenhagen', 'city:beijing'],
      status: 'planned',
      visit: 'frank-jensen-beijing-2014-12',
      areas: ['drinking-water-management'],
    });
  });

  it('Beijing and Copenhagen are sister cities, in force since 2012', () => {
    expect(store.get('Agreement', 'copenhagen-beijing-sister-cities')).toMatchObject({
      kind: 'sister-cities',
      status: 'in-force',
      date: { words: 'since 2012', precision: 'year', year: 2012 },
    });
  });

  it('agreements already signed cover areas "such as" urban development and tourism: the list is not exhaustive', () => {
    expect(store.get('Agreement', 'copenhagen-beijing-collaboration-agreements')).toMatchObject({
      status: 'signed',
      areas: ['sustainable-urban-development', 'tourism'],
      areasExhaustive: false,
    });
  });
});

describe('the figures', () => {
  it('district-heating exports to China are forecast to triple to 215 million euros by 2020, flowing Denmark → China', () => {
    expect(exports).toMatchObject({
      kind: 'forecast',
      subjects: ['country:denmark', 'country:china'],
      topics: ['district-heating'],
      value: { words: '215 million euros', value: 215, scale: 'million', unit: 'EUR' },
      change: { words: 'triple', factor: 3, direction: 'up' },
      to: { words: 'By 2020', precision: 'year', year: 2020 },
      flow: { from: 'denmark', to: 'china' },
      attributedTo: 'frank-jensen',
    });
  });

  it('the article restates the forecast as 265 million US dollars, typo included', () => {
    expect(exports.alsoStatedAs).toEqual([
      { words: '265 millio US dollars', value: 265, scale: 'million', unit: 'USD', approximate: false },
    ]);
  });

  it('the article gives its own exchange rate: 1 euro = 1.25 US dollars', () => {
    expect(store.get('Metric', 'eur-usd-exchange-rate-2014-12')).toMatchObject({
      kind: 'rate',
      subjects: [],
      value: { words: '1 euro = 1.25 US dollars', value: 1.25, scale: 'one', unit: 'USD', per: 'EUR' },
    });
  });

  it('at that rate 215 million euros are 268.75 million dollars: the stated 265 million is 3.75 million (1.395%) short', () => {
    const [conversion, ...others] = store.conversionsOf(exports);
    expect(others).toEqual([]);
    expect(conversion).toMatchObject({
      currency: 'USD',
      value: 268_750_000,
      rateMetricKey: 'eur-usd-exchange-rate-2014-12',
      stated: { value: 265, scale: 'million', unit: 'USD' },
      discrepancy: -3_750_000,
    });
    expect(conversion!.relativeDiscrepancy! * 100).toBeCloseTo(-1.395, 3);
  });

  it('figures in percent are not converted, and neither is the rate itself', () => {
    expect(store.conversionsOf(store.get('Metric', 'copenhagen-drinking-water-loss')!)).toEqual([]);
    expect(store.conversionsOf(store.get('Metric', 'eur-usd-exchange-rate-2014-12')!)).toEqual([]);
  });

  it('Copenhagen loses only 7 percent of its drinking water in the pipes, according to Jensen', () => {
    expect(store.get('Metric', 'copenhagen-drinking-water-loss')).toMatchObject({
      kind: 'level',
      subjects: ['city:copenhagen'],
      value: { words: 'only 7 percent', value: 7, unit: 'PERCENT' },
      asOf: { date: '2014-12-04', precision: 'day' },
      attributedTo: 'frank-jensen',
    });
  });

  it('Chinese visitors to Copenhagen have risen by 70 percent since 2010', () => {
    expect(store.get('Metric', 'chinese-visitors-to-copenhagen-growth')).toMatchObject({
      kind: 'change',
      value: { value: 70, unit: 'PERCENT' },
      change: { direction: 'up' },
      from: { words: 'since 2010', year: 2010 },
    });
  });
});

describe('the entities', () => {
  it('Frank Jensen is Mayor of Copenhagen, Wang Anshun Mayor of Beijing', () => {
    expect(store.get('Person', 'frank-jensen')?.offices).toMatchObject([{ role: 'mayor', title: 'Mayor', city: 'copenhagen' }]);
    expect(store.get('Person', 'wang-anshun')?.offices).toMatchObject([{ role: 'mayor', title: 'Mayor', city: 'beijing' }]);
  });

  it('both cities are capitals of their countries', () => {
    expect(store.get('City', 'copenhagen')).toMatchObject({ country: 'denmark', capital: true });
    expect(store.get('City', 'beijing')).toMatchObject({ country: 'china', capital: true });
  });

  it('country codes are marked as reference data, not as stated by the article', () => {
    expect(store.get('Country', 'denmark')?.reference).toEqual({
      isoAlpha2: 'DK',
      source: expect.stringContaining('not stated by the article'),
    });
  });

  it('Jensen is the speaker of all ten statements, two of them direct quotations', () => {
    const statements = store.list('Statement');
    expect(statements).toHaveLength(10);
    expect(new Set(statements.map((s) => s.speaker))).toEqual(new Set(['frank-jensen']));
    expect(statements.filter((s) => s.mode === 'direct').map((s) => s.key)).toEqual([
      'jensen-clean-water-importance',
      'jensen-more-business-with-china',
    ]);
  });
});

describe('evidence', () => {
  /** Every located evidence quote anywhere in a record, however deeply nested. */
  const evidenceIn = (value: unknown): LocatedEvidence[] => {
    if (Array.isArray(value)) return value.flatMap(evidenceIn);
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([key, child]) =>
      key === 'evidence' ? (child as LocatedEvidence[]) : evidenceIn(child),
    );
  };
  const all = store.recordsByArticle.get(SEED_KEY).flatMap(evidenceIn);
  const body = store.get('Article', SEED_KEY)!.body;

  it('every quote in the file is located (none lost on the way into the store)', () => {
    const quotesInFile = readFileSync(SEED_FILE, 'utf8').match(/"quote":/g)!.length;
    expect(all).toHaveLength(quotesInFile);
  });

  it('each quote is exactly the slice paragraph/start/end of the body, within its sentence', () => {
    for (const evidence of all) {
      expect(evidence.articleKey).toBe(SEED_KEY);
      expect(body[evidence.paragraph]!.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      expect(evidence.sentence).toContain(evidence.quote);
      expect(body[evidence.paragraph]).toContain(evidence.sentence);
    }
  });

  it('the departure is backed by the second paragraph, whole sentence', () => {
    expect(visit.evidence[0]).toMatchObject({
      quote: 'Jensen has left for Beijing on Wednesday with a Danish business delegation.',
      articleKey: SEED_KEY,
      paragraph: 1,
      start: 0,
      end: 75,
      sentence: 'Jensen has left for Beijing on Wednesday with a Danish business delegation.',
    });
  });

  it('a short quote comes with the whole sentence around it', () => {
    const [evidence] = store.get('Person', 'wang-anshun')!.evidence;
    expect(evidence).toMatchObject({ quote: 'Beijing Mayor Wang Anshun', paragraph: 2 });
    expect(evidence!.sentence).toMatch(/^During his visit, Jensen will meet with Beijing Mayor Wang Anshun and the two sides will sign/);
    expect(evidence!.sentence).toMatch(/prior to his departure\.$/);
  });
});
