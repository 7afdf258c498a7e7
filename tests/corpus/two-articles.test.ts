/**
 * The seed and a fictional follow-up (tests/fixtures/two-articles/), loaded with the article the
 * seed itself reports on. Shared entities become one node each, with the evidence of every
 * article; the follow-up reports on the seed's MoU (now signed) and visit (now completed, with a
 * departure date that disagrees) instead of declaring them again, and declares facts of its own.
 */
import { describe, expect, it } from 'vitest';
import { byOrder } from '../../src/corpus/natural-order.js';
import { Queries } from '../../src/corpus/queries.js';
import { articlesOf, FIXTURE_FILE, FIXTURE_KEY, keys, loadFiles, seed, SEED_FILES, SEED_KEY, SISTER_KEY } from './helpers.js';

const store = loadFiles(...SEED_FILES, FIXTURE_FILE);
const queries = new Queries(store);
const BY_DATE = { field: 'date', direction: 'asc' } as const;
const BOTH = [FIXTURE_KEY, SEED_KEY].sort();
const ALL = [FIXTURE_KEY, SEED_KEY, SISTER_KEY].sort();
const VISIT = 'frank-jensen-beijing-2014-12';
const MOU = 'copenhagen-beijing-drinking-water-mou';
const mou = store.get('Agreement', MOU)!;
const visit = store.get('Visit', VISIT)!;

describe('shared entities', () => {
  it.each(['Country', 'Region', 'City', 'Venue', 'Person', 'Organisation', 'Topic'] as const)(
    '%s: each key counts once; the follow-up names no entity the seed does not',
    (kind) => {
      expect(store.count(kind)).toBe(seed().count(kind));
      expect(keys(store.list(kind))).toEqual(keys(seed().list(kind)));
    },
  );

  it.each([
    ['City', 'copenhagen', ALL],
    ['City', 'beijing', ALL],
    ['Country', 'denmark', ALL],
    ['Country', 'china', ALL],
    ['Person', 'frank-jensen', ALL],
    ['Person', 'wang-anshun', BOTH],
    ['Organisation', 'grundfos', BOTH],
    ['Organisation', 'danfoss', BOTH],
    ['Topic', 'district-heating', BOTH],
    ['Organisation', 'cowi', [SEED_KEY]], // only the seed names it
  ] as const)('%s %s lists each article that names it and has evidence from each', (kind, key, articles) => {
    const entity = store.get(kind, key)!;
    expect([...entity.articleKeys].sort()).toEqual(articles);
    expect(articlesOf(entity.evidence)).toEqual(articles);
  });

  it('merged evidence points into the body of the article it was quoted from', () => {
    const copenhagen = store.get('City', 'copenhagen')!;
    for (const evidence of copenhagen.evidence) {
      const body = store.get('Article', evidence.articleKey)!.body;
      expect(body[evidence.paragraph]!.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
    expect(copenhagen.evidence.filter((e) => e.articleKey === FIXTURE_KEY).map((e) => e.quote)).toEqual(['the two capital cities']);
  });

  it('a field one article omits is taken from another (the follow-up gives China no reference data)', () => {
    expect(store.get('Country', 'china')?.reference?.isoAlpha2).toBe('CN');
    expect(store.get('Country', 'denmark')?.reference?.isoAlpha2).toBe('DK');
  });

  it('shared entities are in every naming article\'s records', () => {
    const copenhagen = store.get('City', 'copenhagen')!;
    expect(store.recordsOf(SEED_KEY)).toContain(copenhagen);
    expect(store.recordsOf(FIXTURE_KEY)).toContain(copenhagen);
    expect(store.recordsOf(FIXTURE_KEY)).not.toContain(store.get('Organisation', 'cowi'));
  });
});

describe('the follow-up reports on the seed\'s MoU: signed on Friday, by the two mayors', () => {
  it('the MoU stays the seed\'s fact: one agreement, declared by the seed, reported by the follow-up', () => {
    expect(store.count('Agreement')).toBe(3);
    expect(mou.articleKey).toBe(SEED_KEY);
    expect(mou.reports!.map(({ articleKey, declares, fields }) => ({ articleKey, declares, fields }))).toEqual([
      { articleKey: SEED_KEY, declares: true, fields: ['kind', 'title', 'parties', 'status', 'visit', 'areas'] },
      { articleKey: FIXTURE_KEY, declares: false, fields: ['title', 'status', 'date', 'participants', 'areas'] },
    ]);
  });

  it('each report keeps what its article states: planned in the seed, signed in the follow-up', () => {
    expect(mou.reports![0]!.values).toMatchObject({ status: 'planned', title: 'memorandum of understanding (MoU) on drinking water management' });
    expect(mou.reports![1]!.values).toMatchObject({
      status: 'signed',
      title: 'memorandum of understanding on drinking water management',
      date: { words: 'on Friday', date: '2014-12-05' },
    });
  });

  it('merged: signed (a later stage than planned is an update, not a disagreement), on Friday 2014-12-05, still worded as the seed words it', () => {
    expect(mou).toMatchObject({
      kind: 'memorandum-of-understanding',
      title: 'memorandum of understanding (MoU) on drinking water management',
      parties: ['city:copenhagen', 'city:beijing'],
      status: 'signed',
      date: { words: 'on Friday', date: '2014-12-05', basis: expect.stringMatching(/^the Friday before publication/) },
      visit: VISIT,
    });
    expect(mou.disagreements).toBeUndefined();
  });

  it('the signatories, each for their city, come from the follow-up', () => {
    expect(mou.participants.map(({ role, who, for: party }) => ({ role, who, party }))).toEqual([
      { role: 'signatory', who: ['person:frank-jensen'], party: 'city:copenhagen' },
      { role: 'signatory', who: ['person:wang-anshun'], party: 'city:beijing' },
    ]);
    expect(articlesOf(mou.participants.flatMap((p) => p.evidence))).toEqual([FIXTURE_KEY]);
  });

  it('areas gain what the follow-up adds; evidence comes from both, the seed\'s first', () => {
    expect(mou.areas).toEqual(['drinking-water-management', 'water-loss', 'district-heating']);
    expect(mou.evidence.map((e) => e.articleKey)).toEqual([SEED_KEY, FIXTURE_KEY, FIXTURE_KEY]);
  });

  it('now dated, the MoU sorts among the dated agreements, and a date range finds it', () => {
    expect(keys(store.list('Agreement'))).toEqual([
      'copenhagen-beijing-sister-cities', // 2012
      MOU, // 2014-12-05, as the follow-up reports it
      'copenhagen-beijing-collaboration-agreements', // no date
    ]);
    expect(keys(queries.agreements({ from: '2014-12-01', to: '2014-12-31' }, BY_DATE).slice())).toEqual([MOU]);
  });

  it.each<[string, () => Iterable<{ key: string }>, string[]]>([
    ['agreements signed or in force', () => queries.agreements({ statuses: ['signed'] }, BY_DATE).slice(), [MOU, 'copenhagen-beijing-collaboration-agreements']],
    ['agreements Wang Anshun takes part in', () => queries.agreements({ participant: 'person:wang-anshun' }, BY_DATE).slice(), [MOU]],
    ['agreements of the visit', () => queries.agreements({ visit: VISIT }, BY_DATE).slice(), [MOU]],
    ['agreements with Copenhagen as a party', () => queries.agreements({ party: 'city:copenhagen' }, BY_DATE).slice(), ['copenhagen-beijing-sister-cities', MOU, 'copenhagen-beijing-collaboration-agreements']],
    ['events at which the MoU was signed', () => queries.events({ agreement: MOU }, BY_DATE).slice(), ['copenhagen-beijing-drinking-water-mou-signing']],
  ])('%s', (_, list, expected) => {
    expect(keys(list())).toEqual(expected);
  });
});

describe('the follow-up reports on the seed\'s visit: completed, but with another departure date', () => {
  it('completed: a later stage than underway, an update', () => {
    expect(visit.status).toBe('completed');
    expect(keys(queries.visits({ statuses: ['completed'] }, BY_DATE).slice())).toEqual(['frank-jensen-china-2012', VISIT]);
    expect(visit.reports!.map((r) => [r.articleKey, r.declares])).toEqual([
      [SEED_KEY, true],
      [FIXTURE_KEY, false],
    ]);
  });

  it('the departure dates disagree: the fact keeps the seed\'s, and lists each article\'s', () => {
    expect(visit.departure).toMatchObject({ words: 'on Wednesday', date: '2014-12-03' });
    expect(visit.disagreements).toEqual([
      {
        field: 'departure',
        versions: [
          { articleKey: SEED_KEY, value: expect.objectContaining({ words: 'on Wednesday', date: '2014-12-03' }) },
          { articleKey: FIXTURE_KEY, value: expect.objectContaining({ words: 'on Tuesday', date: '2014-12-02' }) },
        ],
      },
    ]);
  });

  it('the duration both state (four days) agrees, worded as the latest article words it', () => {
    expect(visit.duration).toMatchObject({ words: 'the four-day visit', value: 4, unit: 'DAY' });
    expect(visit.disagreements!.map((d) => d.field)).not.toContain('duration');
  });

  it('what only the seed states stays as the seed states it', () => {
    expect(visit).toMatchObject({ visitingCity: 'copenhagen', hostCity: 'beijing', previousVisit: 'frank-jensen-china-2012' });
    expect(visit.delegation?.size?.value).toBe(20);
    expect(visit.purposes).toHaveLength(7);
  });
});

describe('facts the follow-up declares', () => {
  it('counts add up: two events, one metric and one statement more; no more visits or agreements', () => {
    expect(store.count('Article')).toBe(3);
    expect(store.count('Visit')).toBe(3);
    expect(store.count('Event')).toBe(5);
    expect(store.count('Agreement')).toBe(3);
    expect(store.count('Metric')).toBe(6);
    expect(store.count('Statement')).toBe(14);
  });

  it('its records: the entities it names, its own facts, and the two facts it reports on', () => {
    const facts = store.recordsOf(FIXTURE_KEY).filter((r) => 'articleKey' in r);
    expect(keys(facts).sort()).toEqual(
      [
        VISIT,
        MOU,
        'copenhagen-beijing-drinking-water-mou-signing',
        'danish-pumps-and-heat-exchangers-forum-2014-12',
        'beijing-district-heating-heat-loss-cut',
        'jensen-beijing-heat-loss',
      ].sort(),
    );
  });

  it('the signing ceremony on Friday and the forum on Saturday are events of the seed\'s visit, dated before its undated meetings', () => {
    expect(keys(queries.events({ visit: VISIT }, BY_DATE).slice())).toEqual([
      'copenhagen-beijing-drinking-water-mou-signing',
      'danish-pumps-and-heat-exchangers-forum-2014-12',
      'frank-jensen-wang-anshun-meeting-2014-12',
      'danish-companies-chinese-officials-meetings-2014-12',
    ]);
    // Newest first, undated ones still last.
    expect(keys(queries.events({ visit: VISIT }, { field: 'date', direction: 'desc' }).slice())).toEqual([
      'danish-pumps-and-heat-exchangers-forum-2014-12',
      'copenhagen-beijing-drinking-water-mou-signing',
      'frank-jensen-wang-anshun-meeting-2014-12',
      'danish-companies-chinese-officials-meetings-2014-12',
    ]);
  });

  it('Grundfos and Danfoss speak at the forum; they were members of the visit\'s delegation', () => {
    const roles = (ref: string) => store.participationsOf(store.byRef(ref)!).map((p) => [p.fact.key, p.role]);
    expect(roles('organisation:grundfos')).toEqual([
      [VISIT, 'member'],
      ['danish-pumps-and-heat-exchangers-forum-2014-12', 'speaker'],
    ]);
  });

  it('a quote pinned to a paragraph is located there', () => {
    const [evidence] = store.get('Metric', 'beijing-district-heating-heat-loss-cut')!.evidence;
    expect(evidence).toMatchObject({ articleKey: FIXTURE_KEY, paragraph: 4, start: 1 });
  });

  it('articles are listed by publication, oldest first', () => {
    expect(keys(store.list('Article'))).toEqual([SISTER_KEY, SEED_KEY, FIXTURE_KEY]);
  });

  it('currency conversions use only the rate of the metric\'s own article', () => {
    const exports = store.get('Metric', 'denmark-china-district-heating-exports-2020')!;
    expect(store.conversionsOf(exports).map((c) => c.value)).toEqual([268_750_000]);
    expect(store.conversionsOf(store.get('Metric', 'beijing-district-heating-heat-loss-cut')!)).toEqual([]);
  });
});

describe('indexes span the articles', () => {
  it('facts about district heating come from both articles, by date', () => {
    const facts = queries.factsAbout('Topic', 'district-heating').slice();
    expect(new Set(facts.map((f) => f.articleKey))).toEqual(new Set(BOTH));
    expect(keys(facts)).toEqual([
      VISIT, // 2014-12-03
      'jensen-companies-meet-officials', // the seed's statements, at its publication
      'jensen-district-heating-exports',
      MOU, // 2014-12-05, an area the follow-up adds
      'danish-pumps-and-heat-exchangers-forum-2014-12', // 2014-12-06
      'jensen-beijing-heat-loss', // the follow-up's statement, at its publication
      'denmark-china-district-heating-exports-2020', // to 2020
      'beijing-district-heating-heat-loss-cut', // no date
    ]);
  });

  it('Jensen\'s figures and words from every article', () => {
    expect(keys(queries.metrics({ attributedTo: 'frank-jensen' }, BY_DATE).slice())).toEqual([
      'copenhagen-drinking-water-loss',
      'denmark-china-district-heating-exports-2020',
      'beijing-district-heating-heat-loss-cut',
    ]);
    const words = queries.statements({ speaker: 'frank-jensen' }, BY_DATE).slice();
    expect(words).toHaveLength(14);
    expect(new Set(words.map((s) => s.articleKey))).toEqual(new Set(ALL));
    expect(words.at(-1)?.key).toBe('jensen-beijing-heat-loss');
  });

  it('metrics about Beijing: the follow-up\'s figure', () => {
    expect(keys(queries.metrics({ subject: 'city:beijing' }, BY_DATE).slice())).toEqual(['beijing-district-heating-heat-loss-cut']);
  });

  it('entity indexes hold a shared entity once', () => {
    expect(keys(queries.cities({ country: 'denmark' }, { field: 'name', direction: 'asc' }).slice())).toEqual(['copenhagen']);
    expect(keys(queries.organisations({ country: 'denmark', kinds: ['company'] }, { field: 'name', direction: 'asc' }).slice())).toEqual([
      'cowi',
      'danfoss',
      'grundfos',
      'ramboll',
      'rockwool',
    ]);
    expect(keys(queries.people({ city: 'copenhagen' }, { field: 'name', direction: 'asc' }).slice())).toEqual(['frank-jensen']);
  });

  it('search finds the memorandum, the signing and both articles', () => {
    const found = store.search.query('memorandum drinking water').map((hit) => `${hit.record.type}:${hit.record.key}`);
    expect(found).toEqual(
      expect.arrayContaining([`Agreement:${MOU}`, 'Event:copenhagen-beijing-drinking-water-mou-signing', `Article:${SEED_KEY}`, `Article:${FIXTURE_KEY}`]),
    );
  });
});

/** Regressions: behaviour an earlier store got wrong. */
describe('regressions', () => {
  // src/corpus/build-store.ts mergeEntity concatenates offices, so an office both articles
  // state (Mayor of Copenhagen) is listed twice instead of once with evidence from both.
  it('an office stated by both articles is one office with evidence from both', () => {
    const offices = store.get('Person', 'frank-jensen')!.offices;
    expect(offices.map((o) => o.title)).toEqual(['lord mayor', 'Mayor']); // China Daily's, then the seed's and the follow-up's
    expect(articlesOf(offices[1]!.evidence)).toEqual(BOTH);
  });
});

describe('an entity\'s roles across kinds of fact', () => {
  // Participations are indexed kind by kind (visits, then events, then agreements) and must still
  // come in the facts' natural order that participationsOf (and the GraphQL field participations,
  // "Oldest fact first") promise: Wang Anshun's signature of the MoU (2014-12-05) comes before
  // his undated meeting with Jensen, as undated facts come last.
  it('participationsOf lists roles in the facts\' natural order across visits, events and agreements', () => {
    const facts = store.participationsOf(store.get('Person', 'wang-anshun')!).map((p) => p.fact);
    expect(keys(facts)).toEqual(keys([...facts].sort(byOrder)));
    expect(keys(facts).at(-1)).toBe('frank-jensen-wang-anshun-meeting-2014-12'); // undated: last
  });
});
