/**
 * Agreements: their kinds come from the vocabulary, where the words reporters use are synonyms of
 * one term (a twinning, friendship cities and twin cities are all SISTER_CITIES, and search finds
 * them by any of those words); any number of parties of any kind (cities, a region, an
 * organisation); a status with its date. At least two parties, and a kind of the vocabulary.
 * Fixtures: tests/fixtures-model/agreements, tests/fixtures-model/agreements-invalid.
 */
import { describe, expect, it } from 'vitest';
import { Queries } from '../../src/corpus/queries.js';
import { clientOf, issue, issuesOf, keys, loadFixture, where } from './helpers.js';

const store = loadFixture('agreements');
const query = clientOf(store);
const TWINNING = 'kisora-aalvik-twinning-2018';
const FRIENDSHIP = 'kisora-puerto-lirio-friendship-cities';
const TWIN_CITIES = 'aalvik-valle-alto-twin-cities-accord';
const ALLIANCE = 'lake-basin-clean-water-alliance';
const MOU = 'aalvik-kisora-vocational-training-mou';
const SISTER_CITIES = [TWINNING, FRIENDSHIP, TWIN_CITIES];

const AGREEMENT = `query ($key: String!) { agreement(key: $key) {
  kind title status year date { words date precision earliest latest }
  parties { __typename key } cities { key }
  signatories { participant { key } representing { key } }
  cameoEvent { code actor { key } target { key } anticipated }
} }`;

describe('kinds: reporters\' words are synonyms of one term', () => {
  it.each([
    ['a "twinning agreement"', TWINNING, 'twinning agreement'],
    ['"friendship cities"', FRIENDSHIP, 'friendship cities'],
    ['a "twin cities accord"', TWIN_CITIES, 'twin cities accord'],
  ])('%s is SISTER_CITIES, titled as the article names it', async (_, key, title) => {
    expect(store.get('Agreement', key)!.kind).toBe('sister-cities');
    const { agreement } = await query(AGREEMENT, { key });
    expect(agreement).toMatchObject({ kind: 'SISTER_CITIES', title });
  });

  it('agreements(filter: { kind: [SISTER_CITIES] }) finds all three, newest first, the undated one last', async () => {
    const { agreements } = await query(`{ agreements(filter: { kind: [SISTER_CITIES] }) { nodes { key } } }`);
    expect(keys(agreements.nodes)).toEqual([TWINNING, FRIENDSHIP, TWIN_CITIES]);
  });

  it.each(['twinning', 'friendship cities', 'twin cities', 'sister cities'])('search "%s" finds the sister-cities agreements, and no other', async (text) => {
    const { search } = await query(`query ($text: String!) { search(text: $text, first: 50) { nodes { item { __typename ... on Agreement { key kind } } } } }`, { text });
    const found = search.nodes.map((n: { item: { __typename: string; key?: string } }) => n.item).filter((item: { __typename: string }) => item.__typename === 'Agreement');
    expect(keys(found).sort()).toEqual([...SISTER_CITIES].sort());
    const { agreements } = await query(`query ($text: String!) { agreements(filter: { text: $text }) { nodes { key } } }`, { text });
    expect(keys(agreements.nodes)).toEqual(SISTER_CITIES);
  });

  it('the SISTER_CITIES enum value documents the other words for it', async () => {
    const { __type } = await query(`{ __type(name: "AgreementKind") { enumValues { name description } } }`);
    const sisterCities = __type.enumValues.find((v: { name: string }) => v.name === 'SISTER_CITIES');
    expect(sisterCities.description).toMatch(/Also written: .*twinning.*friendship cities/);
  });

  it('sister cities of a city follow from its sister-cities agreements only', async () => {
    const { city } = await query(`{ city(key: "kisora") { sisterCities { nodes { key } } } }`);
    expect(keys(city.sisterCities.nodes)).toEqual(['aalvik', 'puerto-lirio']);
  });
});

describe('an agreement among parties of different kinds', () => {
  it('three or more parties: two cities, a region and an organisation, in the article\'s order', async () => {
    const { agreement } = await query(AGREEMENT, { key: ALLIANCE });
    expect(agreement).toMatchObject({
      kind: 'ALLIANCE',
      title: 'Lake Basin Clean Water Alliance',
      parties: [
        { __typename: 'City', key: 'kisora' },
        { __typename: 'City', key: 'aalvik' },
        { __typename: 'Region', key: 'kisora-county' },
        { __typename: 'Institution', key: 'nordic-water-network' },
      ],
      cities: [{ key: 'kisora' }, { key: 'aalvik' }],
      cameoEvent: { code: '057', actor: { key: 'kisora' }, target: { key: 'aalvik' }, anticipated: false },
    });
  });

  it('each party finds it: the region, the organisation, either city, the country of a party', async () => {
    const data = await query(`{
      region(key: "kisora-county") { agreements { nodes { key } } }
      organisation(key: "nordic-water-network") { agreements { nodes { key } } }
      byParty: agreements(filter: { party: "region:kisora-county" }) { nodes { key } }
      both: agreements(filter: { cities: ["kisora", "aalvik"] }) { nodes { key } }
      kenya: country(key: "kenya") { agreements { nodes { key } } }
      chile: country(key: "chile") { agreements { nodes { key } } }
    }`);
    expect(keys(data.region.agreements.nodes)).toEqual([ALLIANCE]);
    expect(keys(data.organisation.agreements.nodes)).toEqual([ALLIANCE]);
    expect(keys(data.byParty.nodes)).toEqual([ALLIANCE]);
    expect(keys(data.both.nodes)).toEqual([TWINNING, ALLIANCE, MOU]);
    expect(keys(data.kenya.agreements.nodes)).toEqual([TWINNING, ALLIANCE, FRIENDSHIP, MOU]);
    expect(keys(data.chile.agreements.nodes)).toEqual([FRIENDSHIP, TWIN_CITIES]);
  });

  it('the store keeps the parties as "type:key" references', () => {
    expect(store.get('Agreement', ALLIANCE)!.parties).toEqual(['city:kisora', 'city:aalvik', 'region:kisora-county', 'organisation:nordic-water-network']);
    expect(keys(new Queries(store).agreements({ party: 'organisation:nordic-water-network' }, { field: 'date', direction: 'desc' }).slice())).toEqual([ALLIANCE]);
  });
});

describe('status and date', () => {
  it('signed on a day, with its signatories', async () => {
    const { agreement } = await query(AGREEMENT, { key: TWINNING });
    expect(agreement).toMatchObject({
      status: 'SIGNED',
      year: 2018,
      date: { words: 'on May 4', date: '2018-05-04', precision: 'DAY', earliest: '2018-05-04', latest: '2018-05-04' },
      signatories: [
        { participant: { key: 'joseph-kamau' }, representing: { key: 'kisora' } },
        { participant: { key: 'lars-holm' }, representing: { key: 'aalvik' } },
      ],
    });
  });

  it('in force since a year', async () => {
    const { agreement } = await query(AGREEMENT, { key: FRIENDSHIP });
    expect(agreement).toMatchObject({ status: 'IN_FORCE', year: 2015, date: { words: 'since 2015', date: null, precision: 'YEAR' } });
  });

  it('planned, with no date: date and year are null, and the CAMEO event is anticipated', async () => {
    const { agreement } = await query(AGREEMENT, { key: TWIN_CITIES });
    expect(agreement).toMatchObject({ status: 'PLANNED', date: null, year: null, cameoEvent: { code: '057', anticipated: true } });
  });

  it('agreements(filter: { status }) and by date range', async () => {
    const { signed, in2018 } = await query(`{
      signed: agreements(filter: { status: [SIGNED] }) { nodes { key } }
      in2018: agreements(filter: { from: "2018-01-01", to: "2018-12-31" }, orderBy: { field: DATE, direction: ASC }) { nodes { key } }
    }`);
    expect(keys(signed.nodes)).toEqual([TWINNING, ALLIANCE, MOU]);
    expect(keys(in2018.nodes)).toEqual([ALLIANCE, TWINNING]);
  });
});

describe('invalid agreements', () => {
  const issues = issuesOf('agreements-invalid');
  const INVALID = [
    ['one party only', 'fixture-agreements-one-party.json', '$.agreements[0].parties', /^an agreement needs at least two parties$/],
    [
      'a kind that is only a synonym ("twinning"): the message lists the kinds',
      'fixture-agreements-twinning-kind.json',
      '$.agreements[0].kind',
      'must be one of sister-cities, memorandum-of-understanding, cooperation-agreement, letter-of-intent, memorandum-of-agreement, declaration, alliance, other',
    ],
    ['a person as a party', 'fixture-agreements-person-party.json', '$.agreements[0].parties[1]', 'must be "type:key" with type one of city, region, country, organisation'],
    ['a party no article declares', 'fixture-agreements-undeclared-party.json', '$.agreements[0].parties[1]', 'unknown City "bakkeby": no article in the corpus declares it'],
  ] as const;

  it.each(INVALID)('%s: %s %s', (_, file, path, message) => {
    expect(issues).toContainEqual(issue(file, path, message));
  });

  it('nothing else is reported', () => {
    expect(where(issues)).toEqual(where(INVALID.map(([, file, path]) => ({ file, path }))));
  });
});
