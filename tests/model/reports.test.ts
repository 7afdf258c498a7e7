/**
 * Facts reported by several articles. One article declares a fact; later ones report on it with
 * what they state. Statements are taken in order of publication, never file order: a later stage
 * of a status is an update, an earlier one a disagreement; two times agree when one lies within the
 * other, and the more precise is kept; values that cannot both be true are a disagreement, listed
 * with each article's version, while the fact keeps the declaring article's value.
 * Fixtures: tests/fixtures-model/reports (file names chosen so that file order and publication
 * order differ), tests/fixtures-model/reports-invalid.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clientOf, issue, issuesOf, keys, loadFixture, modelFixture, where } from './helpers.js';

const store = loadFixture('reports');
const query = clientOf(store);

const ANNOUNCED = 'water-mou-announced'; // 2015-03-02, declares the MoU as planned
const SIGNED = 'follow-up-water-mou-signed'; // 2015-04-20, reports it signed on April 16
const MOU = 'kisora-aalvik-water-mou';

const FACT = `
  disputed
  disagreements { field versions { value words article { key } } }
  reports { article { key publishedOn } declares fields stated { field value words } evidence { quote } }
  article { key }
  evidence { quote article { key } }`;

const agreement = async (key: string) =>
  (await query(`query ($key: String!) { agreement(key: $key) {
    status date { date words precision year month earliest latest }
    signatories { participant { key } representing { key } }
    ${FACT}
  } }`, { key })).agreement;

/** [field, value, article] of each version of each disagreement. */
const versions = (fact: { disagreements: { field: string; versions: { value: string; article: { key: string } }[] }[] }) =>
  fact.disagreements.flatMap((d) => d.versions.map((v) => [d.field, v.value, v.article.key]));

describe('a follow-up: a planned memorandum reported as signed, with its date', () => {
  it('the folder lists the follow-up before the article it follows up', () => {
    const files = readdirSync(modelFixture('reports')).sort();
    expect(files.indexOf(`${SIGNED}.json`)).toBeLessThan(files.indexOf(`${ANNOUNCED}.json`));
  });

  it('is SIGNED on the reported day, with no disagreement: a later stage and a day within the announced month are updates', async () => {
    const mou = await agreement(MOU);
    expect(mou).toMatchObject({
      status: 'SIGNED',
      date: { date: '2015-04-16', words: 'on Thursday, April 16', precision: 'DAY' },
      disputed: false,
      disagreements: [],
      article: { key: ANNOUNCED },
    });
  });

  it('Fact.reports lists both articles in publication order, the declaration first, with what each states', async () => {
    const mou = await agreement(MOU);
    expect(mou.reports.map((r: { article: { key: string }; declares: boolean }) => [r.article.key, r.declares])).toEqual([
      [ANNOUNCED, true],
      [SIGNED, false],
    ]);
    const [declaration, followUp] = mou.reports;
    expect(declaration.article.publishedOn).toBe('2015-03-02');
    expect(declaration.stated).toEqual(
      expect.arrayContaining([
        { field: 'status', value: 'planned', words: null },
        { field: 'date', value: '2015-04', words: 'next month' },
      ]),
    );
    expect(followUp).toEqual({
      article: { key: SIGNED, publishedOn: '2015-04-20' },
      declares: false,
      fields: ['status', 'date', 'participants'],
      stated: [
        { field: 'status', value: 'signed', words: null },
        { field: 'date', value: '2015-04-16', words: 'on Thursday, April 16' },
      ],
      evidence: [{ quote: 'Kisora and Aalvik signed their memorandum on water management on Thursday, April 16' }],
    });
  });

  it('lists gain what the report adds (the signatory), and the evidence of both articles, oldest first', async () => {
    const mou = await agreement(MOU);
    expect(mou.signatories).toEqual([{ participant: { key: 'joseph-kamau' }, representing: { key: 'kisora' } }]);
    expect(mou.evidence.map((e: { article: { key: string } }) => e.article.key)).toEqual([ANNOUNCED, SIGNED]);
  });

  it('Article.facts of the follow-up includes the fact it reports on', async () => {
    const { article } = await query(`query ($key: String!) { article(key: $key) { facts { nodes { __typename key } } } }`, { key: SIGNED });
    expect(article.facts.nodes).toEqual([{ __typename: 'Agreement', key: MOU }]);
    expect(keys(store.recordsOf(SIGNED))).toEqual([MOU]);
  });

  it('the store keeps the reports in publication order', () => {
    const mou = store.get('Agreement', MOU)!;
    expect(mou.articleKey).toBe(ANNOUNCED);
    expect(mou.reports!.map((r) => [r.articleKey, r.declares, r.fields])).toEqual([
      [ANNOUNCED, true, expect.arrayContaining(['status', 'date'])],
      [SIGNED, false, ['status', 'date', 'participants']],
    ]);
    expect(mou.disagreements).toBeUndefined();
  });

  // What the format fills in by default (participants: [], areas: [], areasExhaustive: true) is not something the article states.
  it('the declaration\'s fields are the ones it states, not the format\'s defaults', async () => {
    const mou = await agreement(MOU);
    expect(mou.reports[0].fields).toEqual(['kind', 'title', 'parties', 'status', 'date']);
  });
});

describe('two articles that disagree on figures and dates', () => {
  const VISIT = 'aalvik-students-kisora-2016-05';
  const visit = async () =>
    (await query(`query ($key: String!) { visit(key: $key) {
      time { date words } delegation { description size { value words } } ${FACT}
    } }`, { key: VISIT })).visit;

  it('is disputed; disagreements list both versions of each value, each with its article, oldest first', async () => {
    const fact = await visit();
    expect(fact.disputed).toBe(true);
    expect(versions(fact).sort()).toEqual(
      [
        ['delegation.size', '30 COUNT', 'school-exchange-visit-report'],
        ['delegation.size', '45 COUNT', 'another-account-school-exchange'],
        ['time', '2016-05-10', 'school-exchange-visit-report'],
        ['time', '2016-05-12', 'another-account-school-exchange'],
      ].sort(),
    );
    const time = fact.disagreements.find((d: { field: string }) => d.field === 'time');
    expect(time.versions).toEqual([
      { value: '2016-05-10', words: 'on May 10', article: { key: 'school-exchange-visit-report' } },
      { value: '2016-05-12', words: 'on May 12', article: { key: 'another-account-school-exchange' } },
    ]);
  });

  it('the fact keeps the declaring article\'s values and wording', async () => {
    const fact = await visit();
    expect(fact.time).toEqual({ date: '2016-05-10', words: 'on May 10' });
    expect(fact.delegation).toEqual({ description: 'A delegation of 30 students', size: { value: 30, words: '30 students' } });
    expect(fact.article).toEqual({ key: 'school-exchange-visit-report' });
  });

  it('values both articles give alike are no disagreement (status COMPLETED)', async () => {
    const fact = await visit();
    expect(fact.disagreements.map((d: { field: string }) => d.field)).not.toContain('status');
    expect(store.get('Visit', VISIT)!.status).toBe('completed');
  });
});

describe('statuses: backwards is a disagreement, forwards is not', () => {
  it('signed, then reported as planned by a later article: disputed, and the declared SIGNED is kept', async () => {
    const pact = await agreement('aalvik-kisora-trade-pact');
    expect(pact.status).toBe('SIGNED');
    expect(pact.disputed).toBe(true);
    expect(pact.disagreements).toEqual([
      {
        field: 'status',
        versions: [
          { value: 'signed', words: null, article: { key: 'trade-pact-signed' } },
          { value: 'planned', words: null, article: { key: 'trade-pact-later-report' } },
        ],
      },
    ]);
  });

  it('planned in an earlier article, signed in the declaring later one: forwards in publication order, not disputed', async () => {
    const pact = await agreement('aalvik-kisora-port-pact');
    expect(pact).toMatchObject({ status: 'SIGNED', disputed: false, disagreements: [], article: { key: 'port-pact-signed' } });
    expect(pact.reports.map((r: { article: { key: string }; declares: boolean }) => [r.article.key, r.declares])).toEqual([
      ['port-pact-early-report', false],
      ['port-pact-signed', true],
    ]);
  });
});

describe('a status outside the progression (cancelled)', () => {
  const festival = async () =>
    (await query(`{ event(key: "aalvik-harbour-festival-2018") { status ${FACT} } }`)).event;

  it('both articles are listed, oldest first, the later one stating CANCELLED', async () => {
    const event = await festival();
    expect(event.reports.map((r: { article: { key: string }; stated: { field: string; value: string }[] }) => [r.article.key, r.stated.find((s) => s.field === 'status')?.value])).toEqual([
      ['harbour-festival-programme', 'planned'],
      ['cancelled-harbour-festival', 'cancelled'],
    ]);
  });

  // A planned event may be cancelled: the later article updates it (format/vocabulary.ts STATUS_TRANSITIONS).
  it('planned, then cancelled: an update, not a disagreement', async () => {
    const event = await festival();
    expect(event).toMatchObject({ status: 'CANCELLED', disputed: false, disagreements: [] });
  });
});

describe('"2012" and "June 2012" agree', () => {
  it('not disputed, and the more precise date is kept', async () => {
    const twinning = await agreement('aalvik-kisora-twinning');
    expect(twinning).toMatchObject({
      disputed: false,
      disagreements: [],
      date: { words: 'in June 2012', precision: 'MONTH', year: 2012, month: 6, earliest: '2012-06-01', latest: '2012-06-30' },
    });
    expect(store.get('Agreement', 'aalvik-kisora-twinning')!.date).toMatchObject({ date: '2012-06' });
  });
});

describe('invalid reports', () => {
  const issues = issuesOf('reports-invalid');
  const INVALID = [
    [
      'a report on a fact no article declares',
      'fixture-reports-unknown-fact.json',
      '$.reports.agreements[0].key',
      'unknown Agreement "aalvik-kisora-ferry-pact": no article in the corpus declares it (a report adds to a fact another article declares)',
    ],
    [
      'a report on a fact the same article declares',
      'fixture-reports-own-fact.json',
      '$.reports.agreements[0].key',
      '"aalvik-kisora-rail-pact" is declared in this article\'s agreements; report only on facts other articles declare',
    ],
    [
      'a fact key another article already declares',
      'fixture-reports-declared-again.json',
      '$.agreements[0].key',
      /^Agreement key "aalvik-kisora-harbour-pact" is already declared in \S*fixture-reports-base\.json \$\.agreements\[0\]; to add what this article states of it, list it under "reports"$/,
    ],
    ['a fact key declared twice in one article', 'fixture-reports-twice-in-one-file.json', '$.agreements[1].key', 'duplicate key "aalvik-kisora-bus-pact" (first used at $.agreements[0])'],
  ] as const;

  it.each(INVALID)('%s: %s %s', (_, file, path, message) => {
    expect(issues).toContainEqual(issue(file, path, message));
  });

  it('nothing else is reported', () => {
    expect(where(issues)).toEqual(where(INVALID.map(([, file, path]) => ({ file, path }))));
  });
});
