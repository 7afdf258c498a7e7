/** Visit: who travels where, when, with whom, to meet whom and why. */
import type { EntityRecord, PersonRecord, VisitRecord } from '../corpus/model.js';
import { mapEvery } from '../corpus/not-loaded.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import { listCost } from './cost.js';
import { builder } from './builder.js';
import { CameoEventRef, type CameoEvent } from './cameo.js';
import { inRoles } from './interfaces.js';
import { nodeOf, rootFields } from './lookup.js';
import { FactOrder, NEWEST_FIRST } from './order.js';
import { paged } from './paginate.js';
import { QuantityRef } from './quantity.js';
import {
  AgreementConnection,
  AgreementRef,
  CityRef,
  CompanyRef,
  CountryRef,
  EventConnection,
  EventRef,
  EvidenceRef,
  FactRef,
  OrganisationRef,
  ParticipationRef,
  PersonRef,
  RegionRef,
  TopicRef,
  VenueRef,
  VisitConnection,
  VisitRef,
} from './refs.js';
import { TimeReferenceRef } from './time.js';
import { holderKey, valueIdDescription, withValueId } from './value-ids.js';
import { ParticipantRole, ValueBasis, VisitStatus } from './vocabulary.js';

type Delegation = NonNullable<VisitRecord['delegation']>;
type Purpose = VisitRecord['purposes'][number];

/** The named entities taking part in a visit in some roles, each once. */
const named = (visit: VisitRecord, store: CorpusStore, roles: readonly string[], prefix: string): EntityRecord[] => [
  ...new Set(
    mapEvery(
      inRoles(store.participantsOf(visit), roles).filter((p) => p.who?.startsWith(prefix)),
      (p) => store.byRef(p.who!)!,
    ),
  ),
];

const DelegationRef = builder.objectRef<{ visit: VisitRecord; delegation: Delegation }>('Delegation').implement({
  description: 'The delegation travelling with the visitors: how the article describes it, its size, and its named members.',
  fields: (t) => ({
    description: t.string({
      description: 'How the article describes it, e.g. "a Danish business delegation".',
      resolve: ({ delegation }) => delegation.description,
    }),
    size: t.field({
      type: QuantityRef,
      nullable: true,
      description: 'How many members it has, as stated (a Count, possibly approximate: "around 20 companies").',
      resolve: ({ delegation }) => delegation.size ?? null,
    }),
    leaders: t.field({
      complexity: listCost((sizes) => sizes.participations),
      type: [ParticipationRef],
      description: 'Who leads it, as stated.',
      resolve: ({ visit }, _args, { store }) => inRoles(store.participantsOf(visit), ['leader']),
    }),
    members: t.field({
      complexity: listCost((sizes) => sizes.participations),
      type: [ParticipationRef],
      description: 'Its named (or described) members: people and organisations.',
      resolve: ({ visit }, _args, { store }) => inRoles(store.participantsOf(visit), ['member']),
    }),
    companies: t.field({
      complexity: listCost((sizes) => sizes.participations),
      type: [CompanyRef],
      description: 'The member companies the article names (possibly fewer than size).',
      resolve: ({ visit }, _args, { store }) =>
        named(visit, store, ['member'], 'organisation:').filter((o): o is EntityRecord & { type: 'Organisation' } => o.type === 'Organisation' && o.kind === 'company'),
    }),
    evidence: t.field({ type: [EvidenceRef], description: 'Quotes that describe the delegation.', resolve: ({ delegation }) => delegation.evidence }),
  }),
});

const PurposeRef = builder.objectRef<Purpose & { id: string }>('VisitPurpose').implement({
  description: 'One aim of a visit, as the article states it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: valueIdDescription('aim', 'its visit and its place among the visit\'s purposes', 'the visit') }),
    description: t.exposeString('description', { description: 'The aim, summarised close to the article\'s words.' }),
    topics: t.field({
      type: [TopicRef],
      description: 'The topics the aim concerns.',
      resolve: (purpose, _args, { store }) => mapEvery(purpose.topics, (key) => store.get('Topic', key)!),
    }),
    evidence: t.field({ type: [EvidenceRef], description: 'Quotes that state the aim.', resolve: (p) => p.evidence }),
  }),
});

/** The entity standing for one side of a visit: its city, else its region, country or organisation, else its first visitor. */
function side(visit: VisitRecord, store: CorpusStore, which: 'visiting' | 'host'): EntityRecord | undefined {
  const city = which === 'host' ? visit.hostCity : visit.visitingCity;
  const region = which === 'host' ? visit.hostRegion : visit.visitingRegion;
  const country = store.visitCountry(visit, which)?.value;
  const organisation = which === 'visiting' ? visit.visitingOrganisation : undefined;
  return (
    (city !== undefined && store.get('City', city)) ||
    (region !== undefined && store.get('Region', region)) ||
    (country !== undefined && store.get('Country', country)) ||
    (organisation !== undefined && store.get('Organisation', organisation)) ||
    (which === 'visiting' ? named(visit, store, ['leader', 'visitor'], 'person:')[0] : undefined) ||
    undefined
  );
}

function cameoEvents(visit: VisitRecord, store: CorpusStore): CameoEvent[] {
  const visiting = side(visit, store, 'visiting');
  const host = side(visit, store, 'host');
  const anticipated = visit.status === 'planned';
  return [
    { fact: visit, code: '042', actor: visiting, target: host, anticipated },
    { fact: visit, code: '043', actor: host, target: visiting, anticipated },
  ];
}

/** A country field of one side, as stated or derived from that side's city or region. */
const countryField = (which: 'visiting' | 'host') => ({
  type: CountryRef,
  nullable: true as const,
  resolve: (visit: VisitRecord, _args: object, { store }: { store: CorpusStore }) => {
    const country = store.visitCountry(visit, which);
    return country ? store.get('Country', country.value)! : null;
  },
});

builder.node(VisitRef, {
  description:
    'A visit: who travels from where to where, when and for how long, who leads it and who hosts it, with which delegation, which events it includes and why.',
  interfaces: [FactRef],
  ...nodeOf('Visit'),
  fields: (t) => ({
    visitors: t.field({
      complexity: listCost((sizes) => sizes.participations),
      type: [PersonRef],
      description: 'The people the visit is of: its named leaders and visitors (delegation members are under delegation).',
      resolve: (visit, _args, { store }) => named(visit, store, ['leader', 'visitor'], 'person:') as PersonRecord[],
    }),
    participants: t.field({
      complexity: listCost((sizes) => sizes.participations),
      type: [ParticipationRef],
      description: 'Everyone taking part, in their roles: leader, visitor, member (of the delegation), host, organiser, participant.',
      args: { roles: t.arg({ type: [ParticipantRole], description: 'Only these roles (all when left out).' }) },
      resolve: (visit, { roles }, { store }) => inRoles(store.participantsOf(visit), roles),
    }),
    visitingCity: t.field({
      type: CityRef,
      nullable: true,
      description: 'The city the visitors represent.',
      resolve: (visit, _args, { store }) => (visit.visitingCity ? store.get('City', visit.visitingCity)! : null),
    }),
    visitingRegion: t.field({
      type: RegionRef,
      nullable: true,
      description: 'The region the visitors represent, e.g. a province whose governor leads the visit.',
      resolve: (visit, _args, { store }) => (visit.visitingRegion ? store.get('Region', visit.visitingRegion)! : null),
    }),
    visitingCountry: t.field({
      ...countryField('visiting'),
      description: 'The country the visitors come from: stated, or derived from the visiting city or region (see visitingCountryBasis).',
    }),
    visitingCountryBasis: t.field({
      type: ValueBasis,
      nullable: true,
      description: 'Where visitingCountry comes from; null when it is unknown.',
      resolve: (visit, _args, { store }) => store.visitCountry(visit, 'visiting')?.basis ?? null,
    }),
    visitingOrganisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The organisation the visitors represent, e.g. a chamber of commerce on a trade mission.',
      resolve: (visit, _args, { store }) => (visit.visitingOrganisation ? store.get('Organisation', visit.visitingOrganisation)! : null),
    }),
    hostCity: t.field({
      type: CityRef,
      nullable: true,
      description: 'The city visited, when the article names one.',
      resolve: (visit, _args, { store }) => (visit.hostCity ? store.get('City', visit.hostCity)! : null),
    }),
    hostRegion: t.field({
      type: RegionRef,
      nullable: true,
      description: 'The region visited, when the article names one.',
      resolve: (visit, _args, { store }) => (visit.hostRegion ? store.get('Region', visit.hostRegion)! : null),
    }),
    hostCountry: t.field({
      ...countryField('host'),
      description: 'The country visited: stated, or derived from the host city or region (see hostCountryBasis); null when unknown.',
    }),
    hostCountryBasis: t.field({
      type: ValueBasis,
      nullable: true,
      description: 'Where hostCountry comes from; null when it is unknown.',
      resolve: (visit, _args, { store }) => store.visitCountry(visit, 'host')?.basis ?? null,
    }),
    venue: t.field({
      type: VenueRef,
      nullable: true,
      description: 'The venue visited, when there is one.',
      resolve: (visit, _args, { store }) => (visit.venue ? store.get('Venue', visit.venue)! : null),
    }),
    hosts: t.field({
      complexity: listCost((sizes) => sizes.eventsPerVisit * sizes.participations),
      type: [PersonRef],
      description: 'The named people the visitors meet: the people taking part in the visit\'s meetings, other than its visitors.',
      deprecationReason: 'Use participants(roles: [HOST]) for who hosts the visit, and meetings { participants } for who the visitors meet.',
      resolve: (visit, _args, { store, queries }) => {
        const visitors = new Set(named(visit, store, ['leader', 'visitor'], 'person:'));
        const meetings = queries.events({ visit: visit.key, kinds: ['meeting'] }, { field: 'date', direction: 'asc' }).slice();
        const people = meetings.flatMap((event) => store.participantsOf(event).flatMap((p) => (p.who?.startsWith('person:') ? [p.who] : [])));
        const met = new Set(mapEvery(people, (ref) => store.byRef(ref) as PersonRecord | undefined));
        return [...met].filter((person): person is PersonRecord => person !== undefined && !visitors.has(person));
      },
    }),
    status: t.field({
      type: VisitStatus,
      nullable: true,
      description: 'The state of the visit at publication (of the latest article that states it); null when no article makes it clear.',
      resolve: (visit) => visit.status ?? null,
    }),
    time: t.field({
      type: TimeReferenceRef,
      nullable: true,
      description: 'When the visit takes place, in the article\'s words: a date, or a range ("from Oct 12 to 14").',
      resolve: (visit) => visit.time ?? null,
    }),
    start: t.field({
      type: TimeReferenceRef,
      nullable: true,
      description: 'When the visit took or takes place.',
      deprecationReason: 'Use time, which also holds ranges.',
      resolve: (visit) => visit.time ?? null,
    }),
    departure: t.field({
      type: TimeReferenceRef,
      nullable: true,
      description: 'When the visitors left, in the article\'s words and resolved as far as it allows.',
      resolve: (visit) => visit.departure ?? null,
    }),
    duration: t.field({
      type: QuantityRef,
      nullable: true,
      description: 'How long the visit lasts (a Duration, e.g. "four-day visit" is 4 DAY).',
      resolve: (visit) => visit.duration ?? null,
    }),
    durationDays: t.int({
      nullable: true,
      description: 'The duration in days, when stated in days.',
      resolve: (visit) => (visit.duration?.unit === 'DAY' ? visit.duration.value : null),
    }),
    delegation: t.field({
      type: DelegationRef,
      nullable: true,
      description: 'The delegation travelling with the visitors.',
      resolve: (visit) => (visit.delegation ? { visit, delegation: visit.delegation } : null),
    }),
    meetings: t.field({
      complexity: listCost((sizes) => sizes.eventsPerVisit),
      type: [EventRef],
      description: 'The meetings during the visit (its events of kind MEETING), oldest first.',
      resolve: (visit, _args, { queries }) => queries.events({ visit: visit.key, kinds: ['meeting'] }, { field: 'date', direction: 'asc' }).slice(),
    }),
    events: t.connection(
      {
        type: EventRef,
        description: 'Every event during the visit: meetings, signing ceremonies, forums, receptions, oldest first.',
        ...paged((visit, _args, { queries }) => queries.events({ visit: visit.key }, { field: 'date', direction: 'asc' })),
      },
      EventConnection,
    ),
    purposes: t.field({
      type: [PurposeRef],
      description: 'The aims of the visit.',
      resolve: (visit) => visit.purposes.map((purpose, index) => withValueId(purpose, 'VisitPurpose', `${holderKey(visit)}/purposes/${index}`)),
    }),
    agreements: t.connection(
      {
        type: AgreementRef,
        description: 'Agreements signed, or to be signed, during the visit.',
        ...paged((visit, _args, { queries }) => queries.agreements({ visit: visit.key }, NEWEST_FIRST)),
      },
      AgreementConnection,
    ),
    previousVisit: t.field({
      type: VisitRef,
      nullable: true,
      description: 'An earlier visit by the same visitors that the article mentions.',
      resolve: (visit, _args, { store }) => (visit.previousVisit ? store.get('Visit', visit.previousVisit)! : null),
    }),
    laterVisits: t.connection(
      {
        type: VisitRef,
        description: 'Visits that name this one as their previous visit, oldest first.',
        ...paged((visit, _args, { store }) => store.referrersOf('Visit', 'Visit', visit.key)),
      },
      VisitConnection,
    ),
    cameoEvents: t.field({
      complexity: { field: 1, multiplier: 2 }, // 042 and 043
      type: [CameoEventRef],
      description: 'The matching CAMEO events: 042 (make a visit) for the visiting side, 043 (host a visit) for the host.',
      resolve: (visit, _args, { store }) => cameoEvents(visit, store),
    }),
  }),
});

const VisitFilter = builder.inputType('VisitFilter', {
  description: 'Narrows a list of visits. Every field given must match. Entity fields take keys, e.g. "copenhagen".',
  fields: (t) => ({
    city: t.string({ description: 'Key of a city on either side (visiting or host).' }),
    visitingCity: t.string({ description: 'Key of the city the visitors represent.' }),
    hostCity: t.string({ description: 'Key of the city visited.' }),
    region: t.string({ description: 'Key of a region on either side.' }),
    country: t.string({ description: 'Key of a country on either side (stated, or derived from that side\'s city or region).' }),
    visitor: t.string({ description: 'Key of a person taking part in any role: leader, visitor, member, host, or met at one of its events.' }),
    company: t.string({ description: 'Key of a company (or other organisation) in the delegation.' }),
    organisation: t.string({ description: 'Key of an organisation taking part in any role.' }),
    status: t.field({ type: [VisitStatus], description: 'Any of these states (visits whose status is unknown are left out).' }),
    topic: t.string({ description: 'Key of a topic one of the visit\'s purposes concerns.' }),
    from: t.field({ type: 'Date', description: 'Visits whose time overlaps days on or after this date (undated and year-less visits are left out).' }),
    to: t.field({ type: 'Date', description: 'Visits whose time overlaps days on or before this date.' }),
    text: t.string({ description: 'Words that must all occur in a purpose, the delegation description or a participant.' }),
  }),
});

rootFields({
  kind: 'Visit',
  typeNames: ['Visit'],
  type: VisitRef,
  connection: VisitConnection,
  one: 'visit',
  many: 'visits',
  noun: 'visit',
  example: 'frank-jensen-beijing-2014-12',
  listDescription: 'Visits across the corpus, newest first unless orderBy says otherwise.',
  filter: VisitFilter,
  order: FactOrder,
  defaultOrder: NEWEST_FIRST,
  list: ({ status, ...rest }, order, queries) => queries.visits({ ...rest, statuses: status as string[] | undefined }, order),
});
