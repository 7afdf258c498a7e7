/**
 * The store holds what the seed article (Xinhua, 2014-12-04) states, and every quote
 * that backs it can be found at the place the store says it is. The seed reports on the
 * sister-city agreement that China Daily (2012-06-17) declares, so it is loaded with that article.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS, ROW_KINDS, type RowKind } from '../../src/corpus/kinds.js';
import type { AnyRecord } from '../../src/corpus/model.js';
import { articlesOf, evidenceIn, keys, readJson, seed, SEED_FILE, SEED_KEY, SISTER_KEY } from './helpers.js';

const store = seed();
const VISIT = 'frank-jensen-beijing-2014-12';
const visit = store.get('Visit', VISIT)!;
const exports = store.get('Metric', 'denmark-china-district-heating-exports-2020')!;
const file = readJson(SEED_FILE) as Record<string, { key: string }[] | undefined> & { reports?: Record<string, { key: string }[] | undefined> };
const seedRecords = store.recordsOf(SEED_KEY);
/** The records of one kind that the seed declares or reports on. */
const seedOnly = <K extends RowKind>(kind: K) => seedRecords.filter((r) => r.type === kind);

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
    expect(article.paraphrase).toBeUndefined();
    expect(article.body).toHaveLength(14);
    expect(article.body[1]).toBe('Jensen has left for Beijing on Wednesday with a Danish business delegation.');
  });
});

describe('every row of the seed file is in the store', () => {
  const rows = ROW_KINDS.flatMap((kind) => [
    ...(file[KINDS[kind].list] ?? []).map((row) => ({ kind, key: row.key, how: 'declares' as const })),
    ...(file.reports?.[KINDS[kind].list] ?? []).map((row) => ({ kind, key: row.key, how: 'reports on' as const })),
  ]);

  it('the file holds 42 rows: 21 entities, 20 facts it declares, 1 fact it reports on', () => {
    expect(rows.filter((r) => KINDS[r.kind].family === 'entity')).toHaveLength(21);
    expect(rows.filter((r) => r.how === 'declares' && KINDS[r.kind].family === 'fact')).toHaveLength(20);
    expect(rows.filter((r) => r.how === 'reports on').map((r) => `${r.kind}:${r.key}`)).toEqual(['Agreement:copenhagen-beijing-sister-cities']);
  });

  it.each(rows.map(({ how, kind, key }) => [how, kind, key] as const))('the seed %s %s %s', (how, kind, key) => {
    const record = store.get(kind, key) as AnyRecord | undefined;
    expect(record).toBeDefined();
    expect(seedRecords).toContain(record);
    if (KINDS[kind].family === 'entity') expect(record).toHaveProperty('articleKeys', expect.arrayContaining([SEED_KEY]));
    else if (how === 'declares') expect(record).toHaveProperty('articleKey', SEED_KEY);
    else expect(record).toHaveProperty('reports', expect.arrayContaining([expect.objectContaining({ articleKey: SEED_KEY, declares: false })]));
  });

  it('the store lists for the seed exactly those records, each once', () => {
    expect(seedRecords).toHaveLength(rows.length);
    expect(new Set(seedRecords).size).toBe(rows.length);
  });
});

describe('the visit to Beijing', () => {
  it('is Frank Jensen of Copenhagen going to Beijing, underway at publication', () => {
    expect(visit).toMatchObject({
      visitingCity: 'copenhagen',
      visitingCountry: 'denmark',
      hostCity: 'beijing',
      hostCountry: 'china',
      status: 'underway',
    });
    expect(visit.participants.filter((p) => p.role === 'visitor').map((p) => p.who)).toEqual([['person:frank-jensen']]);
  });

  it('departed "on Wednesday", resolved to 2014-12-03, the day before publication', () => {
    expect(visit.departure).toEqual({
      words: 'on Wednesday',
      date: '2014-12-03',
      approximate: false,
      basis: expect.stringMatching(/Wednesday before publication/),
    });
  });

  it('lasts four days', () => {
    expect(visit.duration).toMatchObject({ words: 'four-day visit', value: 4, scale: 'one', unit: 'DAY' });
  });

  it('takes a delegation of around 20 Danish companies, five of them named as its members', () => {
    expect(visit.delegation?.size).toMatchObject({
      words: 'around 20 Danish companies',
      value: 20,
      unit: 'COUNT',
      counting: 'companies',
      approximate: true,
    });
    const members = visit.participants.filter((p) => p.role === 'member').flatMap((p) => p.who ?? []);
    expect(members).toEqual(['organisation:danfoss', 'organisation:grundfos', 'organisation:rockwool', 'organisation:cowi', 'organisation:ramboll']);
    for (const ref of members) {
      const company = store.byRef(ref)!;
      expect(company).toMatchObject({ type: 'Organisation', kind: 'company', country: 'denmark' });
    }
  });

  it('plans a meeting with Beijing Mayor Wang Anshun, and meetings of the delegation with Chinese officials: events of the visit', () => {
    const meetings = store.referrersOf('Event', 'Visit', VISIT);
    expect(meetings.map(({ key, kind, status, visit: of }) => ({ key, kind, status, of }))).toEqual([
      { key: 'frank-jensen-wang-anshun-meeting-2014-12', kind: 'meeting', status: 'planned', of: VISIT },
      { key: 'danish-companies-chinese-officials-meetings-2014-12', kind: 'meeting', status: 'planned', of: VISIT },
    ]);
    expect(meetings.map((m) => m.participants.map((p) => ({ role: p.role, who: p.who, description: p.description })))).toEqual([
      [{ role: 'participant', who: ['person:frank-jensen', 'person:wang-anshun'], description: undefined }],
      [
        { role: 'participant', who: undefined, description: 'the Danish clean-tech companies' },
        { role: 'participant', who: undefined, description: 'Chinese officials' },
      ],
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
    const earlier = store.get('Visit', 'frank-jensen-china-2012')!;
    expect(earlier).toMatchObject({
      hostCountry: 'china',
      status: 'completed',
      time: { words: 'two years ago', date: '2012', approximate: true },
    });
    expect(earlier.participants.map((p) => [p.role, p.who])).toEqual([['visitor', ['person:frank-jensen']]]);
  });
});

describe('the agreements', () => {
  it('a memorandum of understanding on drinking water management is planned during the visit', () => {
    expect(store.get('Agreement', 'copenhagen-beijing-drinking-water-mou')).toMatchObject({
      articleKey: SEED_KEY,
      kind: 'memorandum-of-understanding',
      parties: ['city:copenhagen', 'city:beijing'],
      status: 'planned',
      visit: VISIT,
      areas: ['drinking-water-management'],
      participants: [],
    });
  });

  describe('Beijing and Copenhagen are sister cities, in force since 2012: the seed reports on the agreement China Daily declares', () => {
    const sisters = store.get('Agreement', 'copenhagen-beijing-sister-cities')!;

    it('China Daily declares it, planned in June 2012; the seed states it is in force since 2012', () => {
      expect(sisters.articleKey).toBe(SISTER_KEY);
      expect(sisters.reports!.map(({ articleKey, declares }) => ({ articleKey, declares }))).toEqual([
        { articleKey: SISTER_KEY, declares: true },
        { articleKey: SEED_KEY, declares: false },
      ]);
      expect(sisters.reports![0]!.values).toMatchObject({ kind: 'sister-cities', status: 'planned' });
      expect(sisters.reports![1]).toMatchObject({
        fields: ['kind', 'title', 'parties', 'status', 'date'],
        values: {
          kind: 'sister-cities',
          title: 'sister cities',
          parties: ['city:copenhagen', 'city:beijing'],
          status: 'in-force',
          date: { words: 'since 2012', date: '2012' },
        },
      });
      expect(sisters.reports![1]!.evidence.map((e) => e.quote)).toEqual(['Beijing and Copenhagen have become "sister cities" since 2012']);
    });

    it('merged: in force (a later stage than planned is an update, not a disagreement), since 2012, worded as China Daily words it', () => {
      expect(sisters).toMatchObject({
        kind: 'sister-cities',
        title: 'sister-city agreement',
        parties: ['city:copenhagen', 'city:beijing'],
        status: 'in-force',
        date: { words: 'since 2012', date: '2012' },
      });
      expect(sisters.disagreements).toBeUndefined();
      expect(articlesOf(sisters.evidence)).toEqual([SISTER_KEY, SEED_KEY].sort());
    });
  });

  it('agreements already signed cover areas "such as" urban development and tourism: the list is not exhaustive', () => {
    expect(store.get('Agreement', 'copenhagen-beijing-collaboration-agreements')).toMatchObject({
      kind: 'cooperation-agreement',
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
      to: { words: 'By 2020', date: '2020' },
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
      asOf: { words: 'is', date: '2014-12-04' },
      attributedTo: 'frank-jensen',
    });
  });

  it('Chinese visitors to Copenhagen have risen by 70 percent since 2010', () => {
    expect(store.get('Metric', 'chinese-visitors-to-copenhagen-growth')).toMatchObject({
      kind: 'change',
      value: { value: 70, unit: 'PERCENT' },
      change: { direction: 'up' },
      from: { words: 'since 2010', date: '2010' },
    });
  });
});

describe('the entities', () => {
  it('Frank Jensen is Mayor of Copenhagen, Wang Anshun Mayor of Beijing', () => {
    const seedOffices = (key: string) => store.get('Person', key)!.offices.filter((o) => articlesOf(o.evidence).includes(SEED_KEY));
    expect(seedOffices('frank-jensen')).toMatchObject([{ role: 'mayor', title: 'Mayor', of: 'city:copenhagen', status: 'current' }]);
    expect(seedOffices('wang-anshun')).toMatchObject([{ role: 'mayor', title: 'Mayor', of: 'city:beijing', status: 'current' }]);
  });

  it('both cities are capitals of their countries, as the article states', () => {
    expect(store.get('City', 'copenhagen')).toMatchObject({ country: 'denmark', capital: true });
    expect(store.get('City', 'beijing')).toMatchObject({ country: 'china', capital: true });
    expect(store.countryOf(store.get('City', 'copenhagen')!)).toEqual({ value: 'denmark', basis: 'stated' });
  });

  it('country codes are marked as reference data, not as stated by the article', () => {
    expect(store.get('Country', 'denmark')?.reference).toEqual({
      isoAlpha2: 'DK',
      source: expect.stringContaining('not stated by the article'),
    });
  });

  it('the five companies are organisations of kind company, based in Denmark', () => {
    expect(keys(seedOnly('Organisation'))).toEqual(['cowi', 'danfoss', 'grundfos', 'ramboll', 'rockwool']);
    for (const company of seedOnly('Organisation')) expect(company).toMatchObject({ kind: 'company', country: 'denmark' });
  });

  it('Jensen is the speaker of all ten of the seed\'s statements, two of them direct quotations', () => {
    const statements = store.list('Statement').filter((s) => s.articleKey === SEED_KEY);
    expect(statements).toHaveLength(10);
    expect(new Set(statements.map((s) => s.speaker))).toEqual(new Set(['frank-jensen']));
    expect(statements.filter((s) => s.mode === 'direct').map((s) => s.key)).toEqual([
      'jensen-clean-water-importance',
      'jensen-more-business-with-china',
    ]);
  });
});

describe('evidence', () => {
  /** Every quote written in the seed file, wherever it sits (declared rows, reports, nested lists). */
  const quotesIn = (value: unknown): string[] => {
    if (Array.isArray(value)) return value.flatMap(quotesIn);
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([field, child]) =>
      field === 'evidence' ? (child as { quote: string }[]).map((e) => e.quote) : quotesIn(child),
    );
  };
  const fileQuotes = quotesIn(file);
  const located = [...evidenceIn(seedRecords)].filter((e) => e.articleKey === SEED_KEY);
  const body = store.get('Article', SEED_KEY)!.body;

  it('every quote in the file is located, each once (none lost on the way into the store)', () => {
    expect(fileQuotes).toHaveLength(readFileSync(SEED_FILE, 'utf8').match(/"quote":/g)!.length);
    expect(located.map((e) => e.quote).sort()).toEqual([...fileQuotes].sort());
  });

  it('each quote is exactly the slice paragraph/start/end of the body, within its sentence', () => {
    for (const evidence of located) {
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
