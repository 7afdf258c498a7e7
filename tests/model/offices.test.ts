/**
 * Offices of any role (governor, ambassador, deputy mayor, council chair...), each with the title in
 * the article's words, what it serves ("of": a city, region, country or organisation) and its status.
 * Anyone with a mayor's office, current or former, is a Mayor; everyone else an Official.
 * Fixtures: tests/fixtures-model/offices, tests/fixtures-model/offices-invalid.
 */
import { describe, expect, it } from 'vitest';
import { Queries } from '../../src/corpus/queries.js';
import { clientOf, issue, issuesOf, keys, loadFixture, where } from './helpers.js';

const store = loadFixture('offices');
const query = clientOf(store);
const BY_NAME = { field: 'name', direction: 'asc' } as const;

const PERSON = `query ($key: String!) {
  person(key: $key) {
    __typename
    offices { role title status isCurrent jurisdiction { __typename key } }
    ... on Mayor { city { key } title isCurrent office { role status } }
  }
}`;

describe('offices as the article states them', () => {
  it.each([
    ['a governor of a region', 'grace-wanjiru', 'Official', [{ role: 'GOVERNOR', title: 'Governor', status: 'CURRENT', isCurrent: true, jurisdiction: { __typename: 'Region', key: 'kisora-county' } }]],
    [
      'an ambassador of an embassy',
      'henrik-dahl',
      'Official',
      [{ role: 'AMBASSADOR', title: 'Ambassador', status: 'CURRENT', isCurrent: true, jurisdiction: { __typename: 'Institution', key: 'embassy-of-denmark-kenya' } }],
    ],
    [
      'an acting deputy mayor (acting counts as current)',
      'peter-mwangi',
      'Official',
      [{ role: 'DEPUTY_MAYOR', title: 'Deputy Mayor', status: 'ACTING', isCurrent: true, jurisdiction: { __typename: 'City', key: 'kisora-town' } }],
    ],
    [
      'a council chair, titled in the article\'s words',
      'ruth-achieng',
      'Official',
      [
        {
          role: 'COUNCIL_CHAIR',
          title: 'Speaker of the County Assembly',
          status: 'CURRENT',
          isCurrent: true,
          jurisdiction: { __typename: 'Institution', key: 'kisora-county-assembly' },
        },
      ],
    ],
    ['an office that serves nothing stated', 'mette-berg', 'Official', [{ role: 'OFFICIAL', title: 'head of international relations', status: 'CURRENT', isCurrent: true, jurisdiction: null }]],
    ['a current mayor', 'lars-holm', 'Mayor', [{ role: 'MAYOR', title: 'Lord Mayor', status: 'CURRENT', isCurrent: true, jurisdiction: { __typename: 'City', key: 'aalvik' } }]],
    [
      'a deputy governor who is a former mayor',
      'esther-njeri',
      'Mayor',
      [
        { role: 'DEPUTY_GOVERNOR', title: 'Deputy Governor', status: 'CURRENT', isCurrent: true, jurisdiction: { __typename: 'Region', key: 'kisora-county' } },
        { role: 'MAYOR', title: 'Mayor', status: 'FORMER', isCurrent: false, jurisdiction: { __typename: 'City', key: 'kisora-town' } },
      ],
    ],
  ])('%s: %s is an %s', async (_, key, typename, offices) => {
    const { person } = await query(PERSON, { key });
    expect(person.__typename).toBe(typename);
    expect(person.offices).toEqual(offices);
  });

  it('a former mayor is a Mayor whose isCurrent is false, though she holds another office now', async () => {
    const { person } = await query(PERSON, { key: 'esther-njeri' });
    expect(person).toMatchObject({ city: { key: 'kisora-town' }, title: 'Mayor', isCurrent: false, office: { role: 'MAYOR', status: 'FORMER' } });
  });

  it('a current mayor\'s title is the article\'s', async () => {
    const { person } = await query(PERSON, { key: 'lars-holm' });
    expect(person).toMatchObject({ city: { key: 'aalvik' }, title: 'Lord Mayor', isCurrent: true, office: { role: 'MAYOR', status: 'CURRENT' } });
  });

  it('the store keeps each office with its evidence', () => {
    const [deputyGovernor, mayor] = store.get('Person', 'esther-njeri')!.offices;
    expect(deputyGovernor).toMatchObject({ role: 'deputy-governor', of: 'region:kisora-county', status: 'current' });
    expect(mayor).toMatchObject({ role: 'mayor', of: 'city:kisora-town', status: 'former' });
    expect(mayor!.evidence.map((e) => e.quote)).toEqual(['Esther Njeri, a former Mayor of Kisora Town']);
  });
});

describe('finding people by office', () => {
  const mayors = async (filter: object) => (await query(`query ($filter: PersonFilter) { mayors(filter: $filter) { nodes { key isCurrent } } }`, { filter })).mayors.nodes;
  const people = async (filter: object) =>
    (await query(`query ($filter: PersonFilter) { people(filter: $filter) { nodes { __typename key } } }`, { filter })).people.nodes;

  it('mayors: current and former, by name', async () => {
    expect(await mayors({})).toEqual([
      { key: 'esther-njeri', isCurrent: false },
      { key: 'joseph-kamau', isCurrent: true },
      { key: 'lars-holm', isCurrent: true },
    ]);
  });

  it('mayors(filter: { current })', async () => {
    expect(keys(await mayors({ current: true }))).toEqual(['joseph-kamau', 'lars-holm']);
    expect(keys(await mayors({ current: false }))).toEqual(['esther-njeri']);
  });

  it('a city\'s mayors, current or former', async () => {
    const { city } = await query(`{ city(key: "kisora-town") {
      all: mayors { nodes { key } }
      current: mayors(current: true) { nodes { key } }
      former: mayors(current: false) { nodes { key } }
    } }`);
    expect(keys(city.all.nodes)).toEqual(['esther-njeri', 'joseph-kamau']);
    expect(keys(city.current.nodes)).toEqual(['joseph-kamau']);
    expect(keys(city.former.nodes)).toEqual(['esther-njeri']);
  });

  it.each([
    ['a role', { role: ['GOVERNOR'] }, [['Official', 'grace-wanjiru']]],
    ['any of several roles', { role: ['GOVERNOR', 'DEPUTY_GOVERNOR'] }, [['Mayor', 'esther-njeri'], ['Official', 'grace-wanjiru']]],
    ['an ambassador', { role: ['AMBASSADOR'] }, [['Official', 'henrik-dahl']]],
    ['a former office of a role', { role: ['MAYOR'], current: false }, [['Mayor', 'esther-njeri']]],
    ['what the office serves', { jurisdiction: 'region:kisora-county' }, [['Mayor', 'esther-njeri'], ['Official', 'grace-wanjiru']]],
    ['a current office serving a city (acting included)', { jurisdiction: 'city:kisora-town', current: true }, [['Mayor', 'joseph-kamau'], ['Official', 'peter-mwangi']]],
    ['an office serving an organisation', { jurisdiction: 'organisation:kisora-county-assembly' }, [['Official', 'ruth-achieng']]],
  ])('people(filter:) by %s', async (_, filter, expected) => {
    expect(await people(filter)).toEqual(expected.map(([__typename, key]) => ({ __typename, key })));
  });

  it('an organisation lists the people holding an office in it', async () => {
    const { organisation } = await query(`{ organisation(key: "embassy-of-denmark-kenya") { people { nodes { key } } } }`);
    expect(keys(organisation.people.nodes)).toEqual(['henrik-dahl']);
  });

  it('the store answers the same', () => {
    const queries = new Queries(store);
    expect(keys(queries.people({ roles: ['governor'] }, BY_NAME).slice())).toEqual(['grace-wanjiru']);
    expect(keys(queries.people({ mayorsOnly: true, current: false }, BY_NAME).slice())).toEqual(['esther-njeri']);
  });
});

describe('invalid offices', () => {
  const issues = issuesOf('offices-invalid');
  const INVALID = [
    ['a mayor\'s office without "of"', 'fixture-offices-mayor-without-of.json', '$.people[0].offices[0].of', 'a mayor\'s office needs "of": "city:<key>"'],
    ['a mayor\'s office of a region', 'fixture-offices-mayor-of-region.json', '$.people[0].offices[0].of', 'a mayor\'s office needs "of": "city:<key>"'],
    [
      'an unknown role: the message lists the roles',
      'fixture-offices-unknown-role.json',
      '$.people[0].offices[0].role',
      'must be one of mayor, deputy-mayor, governor, deputy-governor, premier, councillor, council-chair, chief-administrative-officer, party-secretary, ambassador, consul-general, minister, head-of-state, commissioner, legislator, executive, official',
    ],
    ['an unknown status', 'fixture-offices-unknown-status.json', '$.people[0].offices[0].status', /^must be one of current, former, acting, elect$/],
    ['an office of a city no article declares', 'fixture-offices-undeclared-city.json', '$.people[0].offices[0].of', 'unknown City "bakkeby": no article in the corpus declares it'],
  ] as const;

  it.each(INVALID)('%s: %s %s', (_, file, path, message) => {
    expect(issues).toContainEqual(issue(file, path, message));
  });

  it('nothing else is reported', () => {
    expect(where(issues)).toEqual(where(INVALID.map(([, file, path]) => ({ file, path }))));
  });
});
