/**
 * Events that are not visits: talks, a signing ceremony, a business-matching session, a forum, a
 * trade fair, each with its time, place (city, venue), participants, the visit it was part of and
 * the agreements signed at it. A visit lists its meetings and events, an agreement the events at
 * which it was signed; meetings and signing ceremonies have a CAMEO code, other kinds none.
 * Fixtures: tests/fixtures-model/events, tests/fixtures-model/events-invalid.
 */
import { describe, expect, it } from 'vitest';
import { Queries } from '../../src/corpus/queries.js';
import { clientOf, issue, issuesOf, keys, loadFixture, where } from './helpers.js';

const store = loadFixture('events');
const query = clientOf(store);
const VISIT = 'sofie-lund-kisora-2016-09';
const TALKS = 'lund-kamau-talks-2016-09-12';
const SIGNING = 'harbour-training-mou-signing-2016-09-13';
const MATCHING = 'kisora-business-matching-2016-09-14';
const FORUM = 'kisora-green-cities-forum-2016-09-15';
const FAIR = 'kisora-danish-kenyan-trade-fair-2016-10';

const EVENT = `query ($key: String!) { event(key: $key) {
  kind description status time { date words }
  city { key } venue { key city { key } }
  participants { role participant { key } description representing { key } }
  organisers { participant { key } }
  visit { key }
  agreements { nodes { key } }
  cameoEvent { code label actor { key } target { key } anticipated }
} }`;

describe('an event with its time, place, participants, visit and agreements', () => {
  it('talks during the visit: a meeting at the city hall, CAMEO 040 between the two mayors', async () => {
    const { event } = await query(EVENT, { key: TALKS });
    expect(event).toEqual({
      kind: 'MEETING',
      description: 'talks between the two mayors',
      status: 'HELD',
      time: { date: '2016-09-12', words: 'On Monday' },
      city: { key: 'kisora' },
      venue: { key: 'kisora-city-hall', city: { key: 'kisora' } },
      participants: [
        { role: 'PARTICIPANT', participant: { key: 'sofie-lund' }, description: null, representing: null },
        { role: 'PARTICIPANT', participant: { key: 'joseph-kamau' }, description: null, representing: null },
      ],
      organisers: [],
      visit: { key: VISIT },
      agreements: { nodes: [] },
      cameoEvent: { code: '040', label: 'Consult, not specified below', actor: { key: 'sofie-lund' }, target: { key: 'joseph-kamau' }, anticipated: false },
    });
  });

  it('a signing ceremony: its signatories for their cities, a described witness, the agreement signed, CAMEO 057 between the cities', async () => {
    const { event } = await query(EVENT, { key: SIGNING });
    expect(event).toMatchObject({
      kind: 'SIGNING_CEREMONY',
      time: { date: '2016-09-13', words: 'the next day' },
      venue: { key: 'kisora-city-hall' },
      participants: [
        { role: 'SIGNATORY', participant: { key: 'sofie-lund' }, representing: { key: 'norrevik' } },
        { role: 'SIGNATORY', participant: { key: 'joseph-kamau' }, representing: { key: 'kisora' } },
        { role: 'WITNESS', participant: null, description: 'the Danish ambassador' },
      ],
      visit: { key: VISIT },
      agreements: { nodes: [{ key: 'harbour-training-mou' }] },
      cameoEvent: { code: '057', label: 'Sign formal agreement', actor: { key: 'norrevik' }, target: { key: 'kisora' }, anticipated: false },
    });
  });

  it('a business-matching session: organised by the chamber of commerce, between described groups, no CAMEO code', async () => {
    const { event } = await query(EVENT, { key: MATCHING });
    expect(event).toMatchObject({
      kind: 'BUSINESS_MATCHING',
      description: 'business-matching session',
      city: { key: 'kisora' },
      venue: null,
      participants: [
        { role: 'ORGANISER', participant: { key: 'kisora-chamber-of-commerce' } },
        { role: 'PARTICIPANT', participant: null, description: 'some 40 local firms' },
        { role: 'PARTICIPANT', participant: null, description: 'the Danish companies travelling with Lund' },
      ],
      organisers: [{ participant: { key: 'kisora-chamber-of-commerce' } }],
      visit: { key: VISIT },
      cameoEvent: null,
    });
  });

  it('a forum at a convention centre with a speaker; no CAMEO code', async () => {
    const { event } = await query(EVENT, { key: FORUM });
    expect(event).toMatchObject({
      kind: 'FORUM',
      venue: { key: 'lakeside-convention-centre', city: { key: 'kisora' } },
      participants: [{ role: 'SPEAKER', participant: { key: 'sofie-lund' } }],
      cameoEvent: null,
    });
  });

  it('a planned trade fair outside any visit, hosted by the city', async () => {
    const { event } = await query(EVENT, { key: FAIR });
    expect(event).toMatchObject({
      kind: 'EXPO',
      status: 'PLANNED',
      time: { date: null, words: 'in October' },
      participants: [{ role: 'HOST', participant: { key: 'kisora' } }],
      visit: null,
      agreements: { nodes: [] },
      cameoEvent: null,
    });
  });
});

describe('events from the visit, the agreement and the places', () => {
  it('Visit.meetings holds the meetings only; Visit.events every event of the visit, oldest first', async () => {
    const { visit } = await query(`query ($key: String!) { visit(key: $key) {
      meetings { key kind }
      events { totalCount nodes { key kind } }
    } }`, { key: VISIT });
    expect(visit.meetings).toEqual([{ key: TALKS, kind: 'MEETING' }]);
    expect(visit.events.totalCount).toBe(4);
    expect(visit.events.nodes).toEqual([
      { key: TALKS, kind: 'MEETING' },
      { key: SIGNING, kind: 'SIGNING_CEREMONY' },
      { key: MATCHING, kind: 'BUSINESS_MATCHING' },
      { key: FORUM, kind: 'FORUM' },
    ]);
  });

  it('Agreement.events: the ceremony at which it was signed', async () => {
    const { agreement } = await query(`{ agreement(key: "harbour-training-mou") { visit { key } events { nodes { key kind } } } }`);
    expect(agreement).toEqual({ visit: { key: VISIT }, events: { nodes: [{ key: SIGNING, kind: 'SIGNING_CEREMONY' }] } });
  });

  it('a city\'s and a venue\'s events, newest first', async () => {
    const { city, venue } = await query(`{
      city(key: "kisora") { events { nodes { key } } }
      venue(key: "kisora-city-hall") { events { nodes { key } } }
    }`);
    expect(keys(city.events.nodes)).toEqual([FAIR, FORUM, MATCHING, SIGNING, TALKS]);
    expect(keys(venue.events.nodes)).toEqual([SIGNING, TALKS]);
  });

  it.each([
    ['kind', { kind: ['EXPO'] }, [FAIR]],
    ['several kinds', { kind: ['BUSINESS_MATCHING', 'FORUM'] }, [FORUM, MATCHING]],
    ['status', { status: ['PLANNED'] }, [FAIR]],
    ['visit', { visit: VISIT }, [FORUM, MATCHING, SIGNING, TALKS]],
    ['agreement', { agreement: 'harbour-training-mou' }, [SIGNING]],
    ['participant (an organiser)', { participant: 'organisation:kisora-chamber-of-commerce' }, [MATCHING]],
    ['participant (a person in any role)', { participant: 'person:sofie-lund' }, [FORUM, SIGNING, TALKS]],
    ['venue', { venue: 'lakeside-convention-centre' }, [FORUM]],
  ])('events(filter:) by %s', async (_, filter, expected) => {
    const { events } = await query(`query ($filter: EventFilter) { events(filter: $filter) { nodes { key } } }`, { filter });
    expect(keys(events.nodes)).toEqual(expected);
  });

  it('a city named as a participant, and a person met at one of the visit\'s events', async () => {
    const { city, person } = await query(`{
      city(key: "kisora") { participations { nodes { role fact { key } } } }
      person(key: "joseph-kamau") { visits { nodes { key } } }
    }`);
    expect(city.participations.nodes).toEqual([{ role: 'HOST', fact: { key: FAIR } }]);
    expect(keys(person.visits.nodes)).toEqual([VISIT]);
  });

  it('the store answers the same', () => {
    const queries = new Queries(store);
    expect(keys(queries.events({ visit: VISIT, kinds: ['meeting'] }, { field: 'date', direction: 'asc' }).slice())).toEqual([TALKS]);
    expect(store.get('Event', SIGNING)!.agreements).toEqual(['harbour-training-mou']);
  });
});

describe('invalid events', () => {
  const issues = issuesOf('events-invalid');
  const INVALID = [
    [
      'an unknown kind: the message lists the kinds',
      'fixture-events-unknown-kind.json',
      '$.events[0].kind',
      'must be one of meeting, signing-ceremony, forum, conference, presentation, business-matching, expo, reception, cultural-event, site-visit, other',
    ],
    ['a visit no article declares', 'fixture-events-undeclared-visit.json', '$.events[0].visit', 'unknown Visit "norrevik-choir-kisora-visit": no article in the corpus declares it'],
    ['an agreement no article declares', 'fixture-events-undeclared-agreement.json', '$.events[0].agreements[0]', 'unknown Agreement "kisora-water-accord": no article in the corpus declares it'],
    ['a venue no article declares', 'fixture-events-undeclared-venue.json', '$.events[0].venue', 'unknown Venue "old-customs-house": no article in the corpus declares it'],
  ] as const;

  it.each(INVALID)('%s: %s %s', (_, file, path, message) => {
    expect(issues).toContainEqual(issue(file, path, message));
  });

  it('nothing else is reported', () => {
    expect(where(issues)).toEqual(where(INVALID.map(([, file, path]) => ({ file, path }))));
  });
});
