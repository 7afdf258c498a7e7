/**
 * What an article does not say stays unknown: a visit without status, host, host country, dates or
 * delegation size is valid, and answers null for each. A host or visiting country the API works out
 * from a city or region is marked DERIVED, one the article states STATED. Only who visits is
 * required: a visit that says nothing of it is refused.
 * Fixtures: tests/fixtures-model/unknown, tests/fixtures-model/unknown-invalid.
 */
import { describe, expect, it } from 'vitest';
import { clientOf, issue, issuesOf, keys, loadFixture, where } from './helpers.js';

const store = loadFixture('unknown');
const query = clientOf(store);

const VISIT = `query ($key: String!) { visit(key: $key) {
  status time { words } departure { words } duration { words } durationDays
  visitingCity { key } visitingCountry { key } visitingCountryBasis
  hostCity { key } hostRegion { key } hostCountry { key } hostCountryBasis venue { key }
  delegation { description size { value } }
  visitors { key }
  cameoEvents { code actor { key } target { key } anticipated }
} }`;

describe('a visit that leaves most things unsaid', () => {
  it('validates, and answers null for its status, host, host country, dates and delegation size', async () => {
    const { visit } = await query(VISIT, { key: 'mirador-teachers-exchange' });
    expect(visit).toEqual({
      status: null,
      time: null,
      departure: null,
      duration: null,
      durationDays: null,
      visitingCity: { key: 'mirador' },
      visitingCountry: null,
      visitingCountryBasis: null,
      hostCity: null,
      hostRegion: null,
      hostCountry: null,
      hostCountryBasis: null,
      venue: null,
      delegation: { description: 'A delegation of teachers', size: null },
      visitors: [],
      cameoEvents: [
        { code: '042', actor: { key: 'mirador' }, target: null, anticipated: false },
        { code: '043', actor: null, target: { key: 'mirador' }, anticipated: false },
      ],
    });
  });

  it('the store holds no value for what the article does not state', () => {
    const visit = store.get('Visit', 'mirador-teachers-exchange')!;
    expect(visit.status).toBeUndefined();
    expect(visit.time).toBeUndefined();
    expect(visit.hostCountry).toBeUndefined();
    expect(visit.delegation?.size).toBeUndefined();
    expect(store.visitCountry(visit, 'host')).toBeUndefined();
    expect(store.visitCountry(visit, 'visiting')).toBeUndefined();
  });

  it('status filters leave out visits whose status is unknown', async () => {
    const { visits } = await query(`{ visits(filter: { status: [PLANNED, UNDERWAY, COMPLETED, POSTPONED, CANCELLED] }) { nodes { key } } }`);
    expect(keys(visits.nodes)).not.toContain('mirador-teachers-exchange');
    expect(keys(visits.nodes).sort()).toEqual(['aalvik-trade-mission-chile', 'carmen-rojas-kisora', 'valle-alto-students-lakeshire']);
  });
});

describe('host and visiting countries: stated or derived', () => {
  it.each([
    ['derived from the host city', 'carmen-rojas-kisora', { hostCountry: { key: 'kenya' }, hostCountryBasis: 'DERIVED', visitingCountry: null, visitingCountryBasis: null }],
    ['stated by the article', 'aalvik-trade-mission-chile', { hostCountry: { key: 'chile' }, hostCountryBasis: 'STATED', visitingCountry: { key: 'denmark' }, visitingCountryBasis: 'DERIVED' }],
    ['derived from the host region', 'valle-alto-students-lakeshire', { hostCity: null, hostRegion: { key: 'lakeshire' }, hostCountry: { key: 'chile' }, hostCountryBasis: 'DERIVED' }],
  ])('host country %s (%s)', async (_, key, expected) => {
    const { visit } = await query(VISIT, { key });
    expect(visit).toMatchObject(expected);
  });

  it('the store gives each with its basis', () => {
    const visit = (key: string) => store.get('Visit', key)!;
    expect(store.visitCountry(visit('carmen-rojas-kisora'), 'host')).toEqual({ value: 'kenya', basis: 'derived' });
    expect(store.visitCountry(visit('aalvik-trade-mission-chile'), 'host')).toEqual({ value: 'chile', basis: 'stated' });
    expect(store.visitCountry(visit('aalvik-trade-mission-chile'), 'visiting')).toEqual({ value: 'denmark', basis: 'derived' });
  });

  it('a country\'s visits include those whose country is derived', async () => {
    const { chile, kenya, denmark } = await query(`{
      chile: country(key: "chile") { visits { nodes { key } } }
      kenya: country(key: "kenya") { visits { nodes { key } } }
      denmark: country(key: "denmark") { visits { nodes { key } } }
    }`);
    expect(keys(chile.visits.nodes).sort()).toEqual(['aalvik-trade-mission-chile', 'valle-alto-students-lakeshire']);
    expect(keys(kenya.visits.nodes)).toEqual(['carmen-rojas-kisora']);
    expect(keys(denmark.visits.nodes)).toEqual(['aalvik-trade-mission-chile']);
  });

  it('a planned visit\'s CAMEO events are anticipated', async () => {
    const { visit } = await query(VISIT, { key: 'carmen-rojas-kisora' });
    expect(visit.cameoEvents).toEqual([
      { code: '042', actor: { key: 'puerto-lirio' }, target: { key: 'kisora' }, anticipated: true },
      { code: '043', actor: { key: 'kisora' }, target: { key: 'puerto-lirio' }, anticipated: true },
    ]);
  });
});

describe('a visit must say who visits', () => {
  const issues = issuesOf('unknown-invalid');
  const WHO_VISITS =
    'a visit needs to say who visits: a participant with role leader, visitor or member, a visiting city, region, country or organisation, or a delegation';
  const INVALID = [
    ['a visit with only its hosts', 'fixture-unknown-only-hosts.json', '$.visits[0].participants', WHO_VISITS],
    ['a visit with nothing but its evidence', 'fixture-unknown-bare-visit.json', '$.visits[0].participants', WHO_VISITS],
  ] as const;

  it.each(INVALID)('%s: %s %s', (_, file, path, message) => {
    expect(issues).toContainEqual(issue(file, path, message));
  });

  it('nothing else is reported', () => {
    expect(where(issues)).toEqual(where(INVALID.map(([, file, path]) => ({ file, path }))));
  });
});
