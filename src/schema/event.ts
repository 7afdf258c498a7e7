/** Event: something that happens that is not a visit: a meeting, signing ceremony, forum, presentation, business matching, expo. */
import type { EventRecord, PersonRecord } from '../corpus/model.js';
import { mapEvery } from '../corpus/not-loaded.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import { listCost } from './cost.js';
import { builder } from './builder.js';
import { CameoEventRef, type CameoEvent } from './cameo.js';
import { inRoles } from './interfaces.js';
import { nodeOf, rootFields } from './lookup.js';
import { FactOrder, NEWEST_FIRST } from './order.js';
import { paged } from './paginate.js';
import {
  AgreementConnection,
  AgreementRef,
  CityRef,
  CountryRef,
  EventConnection,
  EventRef,
  FactRef,
  ParticipationRef,
  PersonRef,
  RegionRef,
  TopicRef,
  VenueRef,
  VisitRef,
} from './refs.js';
import { TimeReferenceRef } from './time.js';
import { EventKind, EventStatus, ParticipantRole } from './vocabulary.js';

/** CAMEO codes where an event kind has one: a meeting is 040 (consult), a signing ceremony 057 (sign formal agreement). */
function cameoEvent(event: EventRecord, store: CorpusStore): CameoEvent | null {
  const code = event.kind === 'meeting' ? '040' : event.kind === 'signing-ceremony' ? '057' : undefined;
  if (!code) return null;
  const [actor, target] = mapEvery(
    store.participantsOf(event).filter((p) => p.who !== undefined && p.role !== 'witness' && p.role !== 'organiser'),
    (p) => store.byRef(p.for ?? p.who!)!,
  ).filter((entity, i, all) => all.indexOf(entity) === i);
  return { fact: event, code, actor, target, anticipated: event.status === 'planned' };
}

builder.node(EventRef, {
  description:
    'An event that is not a visit: a meeting, signing ceremony, forum, presentation, business-matching session, expo or reception, with its time, place, participants in their roles, and the visit it was part of and agreements it led to.',
  interfaces: [FactRef],
  ...nodeOf('Event'),
  fields: (t) => ({
    kind: t.expose('kind', { type: EventKind, description: 'What kind of event it is.' }),
    description: t.exposeString('description', { description: 'What the event is, close to the article\'s words, e.g. "business-matching session".' }),
    status: t.field({
      type: EventStatus,
      nullable: true,
      description: 'Whether it has taken place (per the latest article that says); null when no article makes it clear.',
      resolve: (event) => event.status ?? null,
    }),
    time: t.field({
      type: TimeReferenceRef,
      nullable: true,
      description: 'When it takes place, in the article\'s words.',
      resolve: (event) => event.time ?? null,
    }),
    city: t.field({
      type: CityRef,
      nullable: true,
      description: 'The city it takes place in, when stated.',
      resolve: (event, _args, { store }) => (event.city ? store.get('City', event.city)! : null),
    }),
    region: t.field({
      type: RegionRef,
      nullable: true,
      description: 'The region it takes place in, when stated.',
      resolve: (event, _args, { store }) => (event.region ? store.get('Region', event.region)! : null),
    }),
    country: t.field({
      type: CountryRef,
      nullable: true,
      description: 'The country it takes place in, when stated.',
      resolve: (event, _args, { store }) => (event.country ? store.get('Country', event.country)! : null),
    }),
    venue: t.field({
      type: VenueRef,
      nullable: true,
      description: 'The venue, when named.',
      resolve: (event, _args, { store }) => (event.venue ? store.get('Venue', event.venue)! : null),
    }),
    participants: t.field({
      complexity: listCost((sizes) => sizes.participations),
      type: [ParticipationRef],
      description: 'Everyone taking part, in their roles: organiser, host, leader, participant, speaker, signatory, witness.',
      args: { roles: t.arg({ type: [ParticipantRole], description: 'Only these roles (all when left out).' }) },
      resolve: (event, { roles }, { store }) => inRoles(store.participantsOf(event), roles),
    }),
    organisers: t.field({
      complexity: listCost((sizes) => sizes.participations),
      type: [ParticipationRef],
      description: 'Who organised it, as stated.',
      resolve: (event, _args, { store }) => inRoles(store.participantsOf(event), ['organiser']),
    }),
    with: t.field({
      complexity: listCost((sizes) => sizes.participations),
      type: [PersonRef],
      description: 'The named people taking part, other than the visitors of the visit it belongs to.',
      deprecationReason: 'Use participants, which also holds organisations, unnamed groups and roles.',
      resolve: (event, _args, { store }) => {
        const visit = event.visit === undefined ? undefined : store.get('Visit', event.visit);
        const visitors = new Set(visit ? store.participantsOf(visit).filter((p) => p.role === 'leader' || p.role === 'visitor').map((p) => p.who) : []);
        return mapEvery(
          store.participantsOf(event).filter((p) => p.who?.startsWith('person:') && !visitors.has(p.who)),
          (p) => store.byRef(p.who!) as PersonRecord,
        );
      },
    }),
    visit: t.field({
      type: VisitRef,
      nullable: true,
      description: 'The visit it was part of.',
      resolve: (event, _args, { store }) => (event.visit ? store.get('Visit', event.visit)! : null),
    }),
    agreements: t.connection(
      {
        type: AgreementRef,
        description: 'The agreements signed at it or that it led to.',
        ...paged((event, _args, { store }) => mapEvery(event.agreements, (key) => store.get('Agreement', key)!)),
      },
      AgreementConnection,
    ),
    topics: t.field({
      type: [TopicRef],
      description: 'The topics it concerns.',
      resolve: (event, _args, { store }) => mapEvery(event.topics, (key) => store.get('Topic', key)!),
    }),
    cameoEvent: t.field({
      type: CameoEventRef,
      nullable: true,
      description: 'The matching CAMEO event where the kind has one: 040 (consult) for a meeting, 057 (sign formal agreement) for a signing ceremony; null otherwise.',
      resolve: (event, _args, { store }) => cameoEvent(event, store),
    }),
  }),
});

const EventFilter = builder.inputType('EventFilter', {
  description: 'Narrows a list of events. Every field given must match.',
  fields: (t) => ({
    kind: t.field({ type: [EventKind], description: 'Any of these kinds.' }),
    status: t.field({ type: [EventStatus], description: 'Any of these states (events whose status is unknown are left out).' }),
    city: t.string({ description: 'Key of the city it takes place in.' }),
    region: t.string({ description: 'Key of the region it takes place in.' }),
    country: t.string({ description: 'Key of the country it takes place in.' }),
    venue: t.string({ description: 'Key of its venue.' }),
    participant: t.string({ description: 'Someone taking part in any role, written "type:key", e.g. "person:frank-jensen".' }),
    visit: t.string({ description: 'Key of the visit it was part of.' }),
    agreement: t.string({ description: 'Key of an agreement signed at it or that it led to.' }),
    topic: t.string({ description: 'Key of a topic it concerns.' }),
    from: t.field({ type: 'Date', description: 'Events whose time overlaps days on or after this date (undated and year-less events are left out).' }),
    to: t.field({ type: 'Date', description: 'Events whose time overlaps days on or before this date.' }),
    text: t.string({ description: 'Words that must all occur in its description, kind or participants.' }),
  }),
});

rootFields({
  kind: 'Event',
  typeNames: ['Event'],
  type: EventRef,
  connection: EventConnection,
  one: 'event',
  many: 'events',
  noun: 'event',
  example: 'frank-jensen-wang-anshun-meeting-2014-12',
  listDescription: 'Events across the corpus, newest first unless orderBy says otherwise (undated and year-less events last).',
  filter: EventFilter,
  order: FactOrder,
  defaultOrder: NEWEST_FIRST,
  list: ({ kind, status, ...rest }, order, queries) =>
    queries.events({ ...rest, kinds: kind as string[] | undefined, statuses: status as string[] | undefined }, order),
});
