/**
 * How a fact that several articles state is merged (src/corpus/merge-reports.ts): one article
 * declares it, another reports on it with the fields it states. Statements are taken in order of
 * publication; a later stage of a status is an update, an earlier one a disagreement; values that
 * cannot both be true are a disagreement and the fact keeps the declaring article's value.
 * Each row: a visit or agreement declared on 2015-01-05, a report published on 2015-01-09.
 */
import { describe, expect, it } from 'vitest';
import { buildStore } from '../../src/corpus/build-store.js';
import type { AgreementRecord, VisitRecord } from '../../src/corpus/model.js';
import { validateArticleFile, type LocatedArticle } from '../../src/corpus/validate-file.js';

const BODY = ['Alpha of Gamma visited Delta on Monday with a delegation of Gamma companies.', 'Alpha and the mayor of Delta signed an agreement.'];
const quote = (text: string) => [{ quote: text }];
const DECLARING = 'fixture-declares';
const REPORTING = 'fixture-reports';

function article(key: string, publishedAt: string, lists: object) {
  return {
    key,
    title: `Fixture: ${key}`,
    source: 'Fixture News',
    publishedAt,
    language: 'en',
    body: BODY,
    cities: [
      { key: 'gamma', name: 'Gamma', evidence: quote('Gamma') },
      { key: 'delta', name: 'Delta', evidence: quote('Delta') },
    ],
    people: [{ key: 'alpha', name: 'Alpha', evidence: quote('Alpha') }],
    ...lists,
  };
}

/** Loads the declaring and the reporting article (published when given) and returns the store. */
function load(declared: object, report: object, reportedAt = '2015-01-09T10:00:00+01:00') {
  const located: LocatedArticle[] = [];
  for (const text of [article(DECLARING, '2015-01-05T10:00:00+01:00', declared), article(REPORTING, reportedAt, { reports: report })]) {
    const { article: valid, issues } = validateArticleFile(`${text.key}.json`, JSON.stringify(text));
    expect(issues).toEqual([]);
    located.push(valid!);
  }
  const { store, issues } = buildStore(located);
  expect(issues).toEqual([]);
  return store!;
}

const visit = (fields: object) => ({
  key: 'alpha-delta',
  participants: [{ role: 'visitor', who: ['person:alpha'], evidence: quote('Alpha of Gamma visited Delta') }],
  visitingCity: 'gamma',
  hostCity: 'delta',
  evidence: quote('Alpha of Gamma visited Delta on Monday'),
  ...fields,
});
const visitReport = (fields: object) => ({ key: 'alpha-delta', evidence: quote('visited Delta on Monday'), ...fields });
const mergedVisit = (declared: object, reported: object, reportedAt?: string): VisitRecord =>
  load({ visits: [visit(declared)] }, { visits: [visitReport(reported)] }, reportedAt).get('Visit', 'alpha-delta')!;

const agreement = (fields: object) => ({
  key: 'gamma-delta-agreement',
  kind: 'cooperation-agreement',
  title: 'an agreement',
  parties: ['city:gamma', 'city:delta'],
  evidence: quote('signed an agreement'),
  ...fields,
});
const agreementReport = (fields: object) => ({ key: 'gamma-delta-agreement', evidence: quote('Alpha and the mayor of Delta signed an agreement.'), ...fields });
const mergedAgreement = (declared: object, reported: object): AgreementRecord =>
  load({ agreements: [agreement(declared)] }, { agreements: [agreementReport(reported)] }).get('Agreement', 'gamma-delta-agreement')!;

const day = (date: string, words = 'on Monday') => ({ words, date });
const days = (value: number, words = `${value} days`) => ({ words, value, unit: 'DAY' });

describe('statuses: a later stage is an update, an earlier one a disagreement', () => {
  it.each<[kind: 'visit' | 'agreement', declared: string, reported: string, merged: string, disagree: boolean]>([
    ['visit', 'planned', 'underway', 'underway', false],
    ['visit', 'planned', 'completed', 'completed', false],
    ['visit', 'underway', 'underway', 'underway', false],
    ['visit', 'completed', 'planned', 'completed', true],
    ['agreement', 'planned', 'signed', 'signed', false],
    ['agreement', 'signed', 'in-force', 'in-force', false],
    ['agreement', 'in-force', 'signed', 'in-force', true],
    ['agreement', 'signed', 'planned', 'signed', true],
  ])('%s %s, then %s: %s (disagreement: %s)', (kind, declared, reported, merged, disagree) => {
    const fact = kind === 'visit' ? mergedVisit({ status: declared }, { status: reported }) : mergedAgreement({ status: declared }, { status: reported });
    expect(fact.status).toBe(merged);
    expect(fact.disagreements).toEqual(
      disagree ? [{ field: 'status', versions: [{ articleKey: DECLARING, value: declared }, { articleKey: REPORTING, value: reported }] }] : undefined,
    );
  });

  it('order of publication decides, not which article declares: an older report of "planned" is followed by the declaration of "underway"', () => {
    const fact = mergedVisit({ status: 'underway' }, { status: 'planned' }, '2015-01-01T10:00:00+01:00');
    expect(fact.status).toBe('underway');
    expect(fact.disagreements).toBeUndefined();
    expect(fact.reports!.map((r) => [r.articleKey, r.declares])).toEqual([
      [REPORTING, false],
      [DECLARING, true],
    ]);
  });
});

describe('times agree when one lies within the other; the more precise is kept', () => {
  it.each<[what: string, declared: object, reported: object, merged: object, disagree: boolean]>([
    ['the same day in other words: the latest article\'s', day('2015-01-05'), day('2015-01-05', 'on Jan 5'), day('2015-01-05', 'on Jan 5'), false],
    ['a day, then the month it is in: the day', day('2015-01-05'), day('2015-01', 'in January'), day('2015-01-05'), false],
    ['a month, then a day in it: the day', day('2015-01', 'in January'), day('2015-01-05'), day('2015-01-05'), false],
    ['a day, then the same day without a year: the day', day('2015-01-05'), day('--01-05', 'on Jan 5'), day('2015-01-05'), false],
    ['a range, then a day in it: the day', { words: 'from Jan 4 to 6', date: '2015-01-04', end: '2015-01-06' }, day('2015-01-05'), day('2015-01-05'), false],
    ['two different days: the declaring article\'s', day('2015-01-05'), day('2015-01-06', 'on Tuesday'), day('2015-01-05'), true],
    ['a day, then another month: the declaring article\'s', day('2015-01-05'), day('2015-02', 'in February'), day('2015-01-05'), true],
    ['two different days without a year', day('--01-05'), day('--01-06'), day('--01-05'), true],
  ])('%s', (_, declared, reported, merged, disagree) => {
    const fact = mergedVisit({ departure: declared }, { departure: reported });
    expect(fact.departure).toMatchObject(merged);
    expect(fact.disagreements?.map((d) => d.field)).toEqual(disagree ? ['departure'] : undefined);
  });
});

describe('figures agree when their amounts and units do, whatever their words', () => {
  it.each<[what: string, declared: object, reported: object, merged: object, disagree: boolean]>([
    ['the same amount in other words: the latest article\'s', days(4, 'four-day visit'), days(4, 'four days'), days(4, 'four days'), false],
    ['the same amount at another scale', { words: 'a thousand days', value: 1, scale: 'thousand', unit: 'DAY' }, days(1000), days(1000), false],
    ['another amount: the declaring article\'s', days(4), days(5), days(4), true],
    ['the same number in another unit', days(4), { words: '4 weeks', value: 4, unit: 'WEEK' }, days(4), true],
  ])('%s', (_, declared, reported, merged, disagree) => {
    const fact = mergedVisit({ duration: declared }, { duration: reported });
    expect(fact.duration).toMatchObject(merged);
    expect(fact.disagreements?.map((d) => d.field)).toEqual(disagree ? ['duration'] : undefined);
  });

  it('a figure inside a structure disagrees at its path; the structure\'s wording stays the declaring article\'s', () => {
    const delegation = (description: string, size: number, quoted: string) => ({
      description,
      size: { words: `${size} companies`, value: size, unit: 'COUNT' },
      evidence: quote(quoted),
    });
    const fact = mergedVisit(
      { delegation: delegation('a delegation of Gamma companies', 20, 'a delegation of Gamma companies') },
      { delegation: delegation('Gamma companies', 25, 'with a delegation') },
    );
    expect(fact.delegation).toMatchObject({ description: 'a delegation of Gamma companies', size: { value: 20 } });
    expect(fact.delegation!.evidence.map((e) => e.quote)).toEqual(['a delegation of Gamma companies', 'with a delegation']);
    expect(fact.disagreements?.map((d) => d.field)).toEqual(['delegation.size']);
  });
});

describe('other values, wordings and lists', () => {
  it('a key both state differently is a disagreement; the declaring article\'s stays', () => {
    const fact = mergedVisit({}, { hostCity: 'gamma' });
    expect(fact.hostCity).toBe('delta');
    expect(fact.disagreements).toEqual([
      { field: 'hostCity', versions: [{ articleKey: DECLARING, value: 'delta' }, { articleKey: REPORTING, value: 'gamma' }] },
    ]);
  });

  it('a value only the report states is taken', () => {
    expect(mergedVisit({}, { status: 'completed' }).status).toBe('completed');
  });

  it('a title is a wording: the declaring article\'s stays, the report keeps its own', () => {
    const fact = mergedAgreement({ title: 'an agreement' }, { title: 'a cooperation pact' });
    expect(fact.title).toBe('an agreement');
    expect(fact.disagreements).toBeUndefined();
    expect(fact.reports![1]!.values.title).toBe('a cooperation pact');
  });

  it('lists gain every item; an item both state is one item with the evidence of both', () => {
    const signatory = { role: 'signatory', who: ['person:alpha'], for: 'city:gamma' };
    const fact = mergedAgreement(
      { participants: [{ ...signatory, evidence: quote('Alpha and the mayor of Delta signed') }] },
      {
        participants: [
          { ...signatory, evidence: quote('Alpha and the mayor') },
          { role: 'signatory', description: 'the mayor of Delta', for: 'city:delta', evidence: quote('the mayor of Delta') },
        ],
      },
    );
    expect(fact.participants.map((p) => [p.who ?? p.description, p.for, p.evidence.map((e) => e.articleKey)])).toEqual([
      [['person:alpha'], 'city:gamma', [DECLARING, REPORTING]],
      ['the mayor of Delta', 'city:delta', [REPORTING]],
    ]);
  });

  it('areas listed as examples by any article make the merged list not exhaustive', () => {
    const fact = mergedAgreement({ areas: [] }, { areasExhaustive: false });
    expect(fact.areasExhaustive).toBe(false);
  });

  it('the report lists only the fields its article states, with the evidence it gives', () => {
    const fact = mergedVisit({ status: 'planned' }, { status: 'completed', duration: days(2) });
    expect(fact.reports![1]).toMatchObject({ articleKey: REPORTING, declares: false, fields: ['status', 'duration'] });
    expect(fact.reports![1]!.evidence.map((e) => [e.articleKey, e.quote])).toEqual([[REPORTING, 'visited Delta on Monday']]);
    expect(fact.evidence.map((e) => e.articleKey)).toEqual([DECLARING, REPORTING]);
  });
});

/** A status a later article gives may follow the earlier one (format/vocabulary.ts STATUS_TRANSITIONS), or contradict it. */
describe('statuses that follow or contradict', () => {
  it.each<[kind: 'visit' | 'agreement', declared: string, reported: string]>([
    ['visit', 'completed', 'cancelled'],
    ['visit', 'underway', 'postponed'],
    ['agreement', 'in-force', 'planned'],
  ])('%s %s, then %s: a disagreement, and the declaring article\'s status stays', (kind, declared, reported) => {
    const fact = kind === 'visit' ? mergedVisit({ status: declared }, { status: reported }) : mergedAgreement({ status: declared }, { status: reported });
    expect(fact.disagreements).toEqual([{ field: 'status', versions: [{ articleKey: DECLARING, value: declared }, { articleKey: REPORTING, value: reported }] }]);
    expect(fact.status).toBe(declared);
  });

  it.each<[kind: 'visit' | 'agreement', declared: string, reported: string]>([
    ['visit', 'planned', 'postponed'],
    ['visit', 'planned', 'cancelled'],
    ['agreement', 'signed', 'cancelled'],
    ['agreement', 'in-force', 'expired'],
  ])('%s %s, then %s: an update, no disagreement', (kind, declared, reported) => {
    const fact = kind === 'visit' ? mergedVisit({ status: declared }, { status: reported }) : mergedAgreement({ status: declared }, { status: reported });
    expect(fact.disagreements).toBeUndefined();
    expect(fact.status).toBe(reported);
  });
});
