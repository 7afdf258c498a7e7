/**
 * Places: regions with their kind, country and parent region; venues in a city or a region; and
 * where each city is: a country the article states (STATED), one from reference data marked with
 * its source (REFERENCE), or one worked out from the city's region (DERIVED); none when nothing
 * tells. Country.cities and the country filters include derived cities.
 * Fixtures: tests/fixtures-model/places, tests/fixtures-model/places-invalid.
 */
import { describe, expect, it } from 'vitest';
import { clientOf, issue, issuesOf, keys, loadFixture, where } from './helpers.js';

const store = loadFixture('places');
const query = clientOf(store);

describe('a city\'s country and where it comes from', () => {
  const CITY = `query ($key: String!) { city(key: $key) { name country { key } countryBasis region { key } regionBasis } }`;

  it.each([
    ['stated by the article', 'valle-alto', { country: { key: 'chile' }, countryBasis: 'STATED', region: null, regionBasis: null }],
    ['given by reference data', 'santa-brisa', { country: { key: 'chile' }, countryBasis: 'REFERENCE', region: null, regionBasis: null }],
    ['derived from its province', 'puerto-lirio', { country: { key: 'chile' }, countryBasis: 'DERIVED', region: { key: 'lakeshire' }, regionBasis: 'STATED' }],
    ['derived from its district, through the district\'s province', 'rio-claro', { country: { key: 'chile' }, countryBasis: 'DERIVED', region: { key: 'lower-lakeshire' }, regionBasis: 'STATED' }],
    ['unknown: null', 'mirador', { country: null, countryBasis: null, region: null, regionBasis: null }],
  ])('%s (%s)', async (_, key, expected) => {
    const { city } = await query(CITY, { key });
    expect(city).toMatchObject(expected);
  });

  it('the store says the same, with the basis of each', () => {
    const countryOf = (key: string) => store.countryOf(store.get('City', key)!);
    expect(countryOf('valle-alto')).toEqual({ value: 'chile', basis: 'stated' });
    expect(countryOf('santa-brisa')).toEqual({ value: 'chile', basis: 'reference' });
    expect(countryOf('puerto-lirio')).toEqual({ value: 'chile', basis: 'derived' });
    expect(countryOf('rio-claro')).toEqual({ value: 'chile', basis: 'derived' });
    expect(countryOf('mirador')).toBeUndefined();
  });

  it('Country.cities includes the derived and reference ones, not the city with no known country', async () => {
    const { country, cities } = await query(`{
      country(key: "chile") { isoAlpha2 referenceSource cities { totalCount nodes { key countryBasis } } }
      cities(filter: { country: "chile" }) { nodes { key } }
    }`);
    expect(country.isoAlpha2).toBe('CL');
    expect(country.referenceSource).toBe('ISO 3166-1 (reference data, not stated by the article)');
    expect(country.cities.nodes).toEqual([
      { key: 'puerto-lirio', countryBasis: 'DERIVED' },
      { key: 'rio-claro', countryBasis: 'DERIVED' },
      { key: 'santa-brisa', countryBasis: 'REFERENCE' },
      { key: 'valle-alto', countryBasis: 'STATED' },
    ]);
    expect(keys(cities.nodes)).toEqual(keys(country.cities.nodes));
  });
});

describe('regions', () => {
  const REGION = `query ($key: String!) { region(key: $key) { name kind country { key } countryBasis parent { key } cities { nodes { key } } } }`;

  it('a province with its stated country and the cities in it', async () => {
    const { region } = await query(REGION, { key: 'lakeshire' });
    expect(region).toEqual({
      name: 'Lakeshire Province',
      kind: 'PROVINCE',
      country: { key: 'chile' },
      countryBasis: 'STATED',
      parent: null,
      cities: { nodes: [{ key: 'puerto-lirio' }] },
    });
  });

  it('a district in the province: its parent, and its country derived from the parent', async () => {
    const { region } = await query(REGION, { key: 'lower-lakeshire' });
    expect(region).toEqual({
      name: 'Lower Lakeshire District',
      kind: 'DISTRICT',
      country: { key: 'chile' },
      countryBasis: 'DERIVED',
      parent: { key: 'lakeshire' },
      cities: { nodes: [{ key: 'rio-claro' }] },
    });
  });

  it('filters by kind and by country (derived included)', async () => {
    const data = await query(`{
      districts: regions(filter: { kind: [DISTRICT] }) { nodes { key } }
      states: regions(filter: { kind: [STATE] }) { nodes { key } }
      inChile: regions(filter: { country: "chile" }) { nodes { key } }
      chile: country(key: "chile") { regions { nodes { key } } }
    }`);
    expect(keys(data.districts.nodes)).toEqual(['lower-lakeshire']);
    expect(data.states.nodes).toEqual([]);
    expect(keys(data.inChile.nodes)).toEqual(['lakeshire', 'lower-lakeshire']);
    expect(keys(data.chile.regions.nodes)).toEqual(['lakeshire', 'lower-lakeshire']);
  });
});

describe('venues', () => {
  const VENUE = `query ($key: String!) { venue(key: $key) { name city { key } region { key } country { key } countryBasis events { nodes { key } } } }`;

  it('a venue in a region: its country derived from the region', async () => {
    const { venue } = await query(VENUE, { key: 'lakeshire-provincial-hall' });
    expect(venue).toEqual({
      name: 'Lakeshire Provincial Hall',
      city: null,
      region: { key: 'lakeshire' },
      country: { key: 'chile' },
      countryBasis: 'DERIVED',
      events: { nodes: [{ key: 'lakeshire-lake-ports-meeting-2017-03' }] },
    });
  });

  it('a venue in a city: its country derived from the city; the city lists it', async () => {
    const { venue } = await query(VENUE, { key: 'valle-alto-convention-centre' });
    expect(venue).toEqual({
      name: 'Valle Alto Convention Centre',
      city: { key: 'valle-alto' },
      region: null,
      country: { key: 'chile' },
      countryBasis: 'DERIVED',
      events: { nodes: [{ key: 'lake-ports-network-first-conference' }] },
    });
    const { city } = await query(`{ city(key: "valle-alto") { venues { nodes { key } } } }`);
    expect(keys(city.venues.nodes)).toEqual(['valle-alto-convention-centre']);
  });

  it('an event names its region and venue', async () => {
    const { event } = await query(`{ event(key: "lakeshire-lake-ports-meeting-2017-03") { region { key } venue { key } city { key } } }`);
    expect(event).toEqual({ region: { key: 'lakeshire' }, venue: { key: 'lakeshire-provincial-hall' }, city: null });
  });
});

describe('invalid places', () => {
  const issues = issuesOf('places-invalid');
  const INVALID = [
    [
      'an unknown region kind: the message lists the allowed kinds',
      'fixture-places-unknown-region-kind.json',
      '$.regions[0].kind',
      'must be one of state, province, county, district, governorate, prefecture, municipality, region',
    ],
    ['a city in a region no article declares', 'fixture-places-undeclared-region.json', '$.cities[0].region', 'unknown Region "atlantis-province": no article in the corpus declares it'],
    ['a region in a parent no article declares', 'fixture-places-undeclared-parent.json', '$.regions[0].parent', 'unknown Region "sur-province": no article in the corpus declares it'],
    ['a venue in a city no article declares', 'fixture-places-undeclared-venue-city.json', '$.venues[0].city', 'unknown City "costa-verde": no article in the corpus declares it'],
  ] as const;

  it.each(INVALID)('%s: %s %s', (_, file, path, message) => {
    expect(issues).toContainEqual(issue(file, path, message));
  });

  it('nothing else is reported', () => {
    expect(where(issues)).toEqual(where(INVALID.map(([, file, path]) => ({ file, path }))));
  });
});
