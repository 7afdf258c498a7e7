/**
 * Organisations of every kind: a company is served as a Company, any other kind (city government,
 * business association, government body, diplomatic mission, university, NGO, media) as an
 * Institution; both are Organisations, Entities and Nodes. Lookups, kind filters, country and city.
 * Fixtures: tests/fixtures-model/organisations, tests/fixtures-model/organisations-invalid.
 */
import { describe, expect, it } from 'vitest';
import { clientOf, issue, issuesOf, keys, loadFixture, where } from './helpers.js';

const store = loadFixture('organisations');
const query = clientOf(store);

const ORGANISATION = `query ($key: String!) {
  organisation(key: $key) {
    __typename
    ... on Node { id }
    ... on Entity { key name }
    ... on Organisation { kind country { key } countryBasis city { key } region { key } parent { key __typename } }
  }
}`;

describe('a company is a Company, every other kind an Institution', () => {
  it.each([
    ['havgaard-pumps', 'Company', 'COMPANY', 'company'],
    ['norrevik-city-council', 'Institution', 'CITY_GOVERNMENT', 'city-government'],
    ['norrevik-business-council', 'Institution', 'BUSINESS_ASSOCIATION', 'business-association'],
    ['danish-ministry-of-foreign-affairs', 'Institution', 'GOVERNMENT_BODY', 'government-body'],
    ['embassy-of-denmark-nairobi', 'Institution', 'DIPLOMATIC_MISSION', 'diplomatic-mission'],
    ['tarana-university', 'Institution', 'UNIVERSITY', 'university'],
    ['norrevik-tarana-friendship-society', 'Institution', 'NGO', 'ngo'],
    ['tarana-evening-post', 'Institution', 'MEDIA', 'media'],
  ])('%s is a %s of kind %s', async (key, typename, kind, stored) => {
    expect(store.get('Organisation', key)?.kind).toBe(stored);
    const { organisation } = await query(ORGANISATION, { key });
    expect(organisation).toMatchObject({ __typename: typename, key, kind });
    // The global ID refetches the same object, with the same type.
    const { node } = await query(`query ($id: ID!) { node(id: $id) { __typename ... on Entity { key } } }`, { id: organisation.id });
    expect(node).toEqual({ __typename: typename, key });
  });

  it.each(['Company', 'Institution'])('%s implements Organisation, Entity and Node', async (name) => {
    const { __type } = await query(`query ($name: String!) { __type(name: $name) { kind interfaces { name } } }`, { name });
    expect(__type.kind).toBe('OBJECT');
    expect(__type.interfaces.map((i: { name: string }) => i.name).sort()).toEqual(['Entity', 'Node', 'Organisation']);
  });

  it('company(key:) finds the company, and answers null for an organisation that is not one', async () => {
    const data = await query(`{
      pumps: company(key: "havgaard-pumps") { key name kind delegations { nodes { key } } }
      university: company(key: "tarana-university") { key }
      nobody: company(key: "no-such-company") { key }
    }`);
    expect(data).toEqual({
      pumps: { key: 'havgaard-pumps', name: 'Havgaard Pumps', kind: 'COMPANY', delegations: { nodes: [{ key: 'norrevik-tarana-trade-mission-2016-02' }] } },
      university: null,
      nobody: null,
    });
  });

  it('companies lists the companies only; organisations lists them all, by name', async () => {
    const { companies, organisations } = await query(`{ companies { totalCount nodes { key } } organisations { totalCount nodes { key __typename } } }`);
    expect(companies).toEqual({ totalCount: 1, nodes: [{ key: 'havgaard-pumps' }] });
    expect(organisations.totalCount).toBe(8);
    expect(keys(organisations.nodes)).toEqual([
      'danish-ministry-of-foreign-affairs',
      'embassy-of-denmark-nairobi',
      'havgaard-pumps',
      'norrevik-business-council',
      'norrevik-city-council',
      'norrevik-tarana-friendship-society',
      'tarana-evening-post',
      'tarana-university',
    ]);
  });

  it('organisations(filter: { kind }) keeps the kinds asked for', async () => {
    const { organisations } = await query(`{ organisations(filter: { kind: [UNIVERSITY, NGO] }) { nodes { key kind } } }`);
    expect(organisations.nodes).toEqual([
      { key: 'norrevik-tarana-friendship-society', kind: 'NGO' },
      { key: 'tarana-university', kind: 'UNIVERSITY' },
    ]);
  });
});

describe('where an organisation is', () => {
  it('a stated country and city', async () => {
    const { organisation } = await query(ORGANISATION, { key: 'tarana-evening-post' });
    expect(organisation).toMatchObject({ country: { key: 'kenya' }, countryBasis: 'STATED', city: { key: 'tarana' }, region: null });
  });

  it('an embassy\'s country is the country it represents, and its parent is its ministry', async () => {
    const { organisation } = await query(ORGANISATION, { key: 'embassy-of-denmark-nairobi' });
    expect(organisation).toMatchObject({
      country: { key: 'denmark' },
      countryBasis: 'STATED',
      city: null,
      parent: { key: 'danish-ministry-of-foreign-affairs', __typename: 'Institution' },
    });
  });

  it('a country derived from the organisation\'s region is marked DERIVED', async () => {
    const { organisation } = await query(ORGANISATION, { key: 'tarana-university' });
    expect(organisation).toMatchObject({ country: { key: 'kenya' }, countryBasis: 'DERIVED', region: { key: 'tarana-county' } });
    expect(store.countryOf(store.get('Organisation', 'tarana-university')!)).toEqual({ value: 'kenya', basis: 'derived' });
  });

  it('no country when none is stated or derivable', async () => {
    const { organisation } = await query(ORGANISATION, { key: 'norrevik-tarana-friendship-society' });
    expect(organisation).toMatchObject({ country: null, countryBasis: null, city: null, region: null });
  });

  it('a country lists its organisations, derived ones included; a city those based in it', async () => {
    const data = await query(`{
      kenya: country(key: "kenya") { organisations { nodes { key } } companies { nodes { key } } }
      denmark: country(key: "denmark") { organisations { nodes { key } } companies { nodes { key } } }
      norrevik: city(key: "norrevik") { organisations { nodes { key __typename } } }
    }`);
    expect(keys(data.kenya.organisations.nodes)).toEqual(['tarana-evening-post', 'tarana-university']);
    expect(data.kenya.companies.nodes).toEqual([]);
    expect(keys(data.denmark.organisations.nodes)).toEqual([
      'danish-ministry-of-foreign-affairs',
      'embassy-of-denmark-nairobi',
      'havgaard-pumps',
      'norrevik-business-council',
      'norrevik-city-council',
    ]);
    expect(keys(data.denmark.companies.nodes)).toEqual(['havgaard-pumps']);
    expect(data.norrevik.organisations.nodes).toEqual([
      { key: 'havgaard-pumps', __typename: 'Company' },
      { key: 'norrevik-business-council', __typename: 'Institution' },
      { key: 'norrevik-city-council', __typename: 'Institution' },
    ]);
  });

  it('an organisation\'s visits: as the visiting side, as a member, as host', async () => {
    const { visit } = await query(`{
      visit(key: "norrevik-tarana-trade-mission-2016-02") {
        visitingOrganisation { key __typename }
        delegation { companies { key } }
      }
    }`);
    expect(visit).toEqual({ visitingOrganisation: { key: 'norrevik-business-council', __typename: 'Institution' }, delegation: null });
    for (const key of ['norrevik-business-council', 'havgaard-pumps', 'norrevik-city-council', 'tarana-university']) {
      const { organisation } = await query(`query ($key: String!) { organisation(key: $key) { visits { nodes { key } } } }`, { key });
      expect(keys(organisation.visits.nodes)).toEqual(['norrevik-tarana-trade-mission-2016-02']);
    }
  });
});

describe('invalid organisations', () => {
  const issues = issuesOf('organisations-invalid');
  const INVALID = [
    [
      'an unknown kind: the message lists the allowed kinds',
      'fixture-org-unknown-kind.json',
      '$.organisations[0].kind',
      'must be one of company, city-government, regional-government, business-association, government-body, diplomatic-mission, university, ngo, media, other',
    ],
    [
      'a delegation member no article declares',
      'fixture-org-undeclared-member.json',
      '$.visits[0].participants[0].who[0]',
      'unknown Organisation "ghost-trading": no article in the corpus declares it',
    ],
    [
      'a visiting organisation no article declares',
      'fixture-org-undeclared-visiting-organisation.json',
      '$.visits[0].visitingOrganisation',
      'unknown Organisation "norrevik-harbour-board": no article in the corpus declares it',
    ],
    [
      'a parent organisation no article declares',
      'fixture-org-undeclared-parent.json',
      '$.organisations[0].parent',
      'unknown Organisation "ministry-of-foreign-affairs": no article in the corpus declares it',
    ],
    [
      'the old "company:" prefix',
      'fixture-org-company-prefix.json',
      '$.visits[0].participants[0].who[0]',
      'must be "type:key" with type one of person, organisation, city, region, country',
    ],
  ] as const;

  it.each(INVALID)('%s: %s %s', (_, file, path, message) => {
    expect(issues).toContainEqual(issue(file, path, message));
  });

  it('nothing else is reported', () => {
    expect(where(issues)).toEqual(where(INVALID.map(([, file, path]) => ({ file, path }))));
  });
});
