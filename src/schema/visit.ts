/** Visit: who travels where, when, with whom, to meet whom and why. */
import { VISIT_STATUSES } from '../corpus/format.js';
import type { EntityRecord, VisitRecord } from '../corpus/model.js';
import type { Store } from '../corpus/store.js';
import { builder } from './builder.js';
import { CameoEventRef, type CameoEvent } from './cameo.js';
import { keyFrom, withoutNulls } from './lookup.js';
import { FactOrder, NEWEST_FIRST } from './order.js';
import { connectionCost, paginate } from './paginate.js';
import { QuantityRef } from './quantity.js';
import {
  AgreementConnection,
  AgreementRef,
  CityRef,
  CompanyRef,
  CountryRef,
  EvidenceRef,
  FactRef,
  PersonRef,
  TopicRef,
  VisitConnection,
  VisitRef,
} from './refs.js';
import { TimeReferenceRef } from './time.js';

type Delegation = NonNullable<VisitRecord['delegation']>;
type Meeting = VisitRecord['meetings'][number];
type Purpose = VisitRecord['purposes'][number];

export const VisitStatus = builder.enumType('VisitStatus', {
  description: 'The state of a visit when the article was published.',
  values: {
    PLANNED: { value: 'planned', description: 'Announced; the visitors have not left yet.' },
    UNDERWAY: { value: 'underway', description: 'The visitors have left or arrived; the visit is going on.' },
    COMPLETED: { value: 'completed', description: 'The visit is over.' },
  } satisfies Record<string, { value: (typeof VISIT_STATUSES)[number]; description: string }>,
});

const MeetingStatus = builder.enumType('MeetingStatus', {
  description: 'Whether a meeting has taken place.',
  values: {
    PLANNED: { value: 'planned', description: 'The article says it will take place.' },
    HELD: { value: 'held', description: 'The article says it took place.' },
  } as const,
});

const Attendee = builder.enumType('MeetingAttendee', {
  description: 'Who from a visit attends a meeting.',
  values: {
    VISITORS: { value: 'visitors', description: 'The visiting people themselves (e.g. the mayor).' },
    DELEGATION: { value: 'delegation', description: 'The business delegation travelling with them.' },
  } as const,
});

const person = (store: Store) => (key: string) => store.get('Person', key)!;

const DelegationRef = builder.objectRef<Delegation>('Delegation').implement({
  description: 'The business delegation travelling with the visitors.',
  fields: (t) => ({
    description: t.exposeString('description', { description: 'How the article describes it, e.g. "a Danish business delegation".' }),
    size: t.field({
      type: QuantityRef,
      nullable: true,
      description: 'How many members it has, as stated (a Count, possibly approximate: "around 20 companies").',
      resolve: (delegation) => delegation.size ?? null,
    }),
    companies: t.field({
      type: [CompanyRef],
      description: 'The member companies the article names (possibly fewer than size).',
      resolve: (delegation, _args, { store }) => delegation.companies.map((key) => store.get('Company', key)!),
    }),
    evidence: t.field({ type: [EvidenceRef], description: 'Quotes that describe the delegation.', resolve: (d) => d.evidence }),
  }),
});

const MeetingRef = builder.objectRef<Meeting>('Meeting').implement({
  description: 'A meeting during a visit.',
  fields: (t) => ({
    with: t.field({
      type: [PersonRef],
      description: 'The named people met.',
      resolve: (meeting, _args, { store }) => meeting.with.map(person(store)),
    }),
    description: t.exposeString('description', { description: 'Who is met, in the article\'s words, e.g. "Chinese officials".' }),
    attendees: t.field({ type: [Attendee], description: 'Who from the visit attends.', resolve: (meeting) => meeting.attendees }),
    status: t.expose('status', { type: MeetingStatus, description: 'Whether it has taken place.' }),
    evidence: t.field({ type: [EvidenceRef], description: 'Quotes that state the meeting.', resolve: (m) => m.evidence }),
  }),
});

const PurposeRef = builder.objectRef<Purpose>('VisitPurpose').implement({
  description: 'One aim of a visit, as the article states it.',
  fields: (t) => ({
    description: t.exposeString('description', { description: 'The aim, summarised close to the article\'s words.' }),
    topics: t.field({
      type: [TopicRef],
      description: 'The topics the aim concerns.',
      resolve: (purpose, _args, { store }) => purpose.topics.map((key) => store.get('Topic', key)!),
    }),
    evidence: t.field({ type: [EvidenceRef], description: 'Quotes that state the aim.', resolve: (p) => p.evidence }),
  }),
});

function cameoEvents(visit: VisitRecord, store: Store): CameoEvent[] {
  const visiting: EntityRecord | undefined =
    (visit.visitingCity && store.get('City', visit.visitingCity)) ||
    (visit.visitingCountry && store.get('Country', visit.visitingCountry)) ||
    store.get('Person', visit.visitors[0]!);
  const host: EntityRecord | undefined =
    (visit.hostCity && store.get('City', visit.hostCity)) || store.get('Country', visit.hostCountry);
  const anticipated = visit.status === 'planned';
  return [
    { code: '042', actor: visiting, target: host, anticipated },
    { code: '043', actor: host, target: visiting, anticipated },
  ];
}

builder.node(VisitRef, {
  description: 'A visit: who travels from where to where, when and for how long, with which delegation, to meet whom and why.',
  interfaces: [FactRef],
  id: { resolve: (visit) => visit.key },
  loadOne: (key, { store }) => store.get('Visit', key) ?? null,
  isTypeOf: (record) => (record as { type?: string }).type === 'Visit',
  fields: (t) => ({
    visitors: t.field({
      type: [PersonRef],
      description: 'The people who travel (e.g. the visiting mayor).',
      resolve: (visit, _args, { store }) => visit.visitors.map(person(store)),
    }),
    visitingCity: t.field({
      type: CityRef,
      nullable: true,
      description: 'The city the visitors represent.',
      resolve: (visit, _args, { store }) => (visit.visitingCity ? store.get('City', visit.visitingCity)! : null),
    }),
    visitingCountry: t.field({
      type: CountryRef,
      nullable: true,
      description: 'The country the visitors come from.',
      resolve: (visit, _args, { store }) => (visit.visitingCountry ? store.get('Country', visit.visitingCountry)! : null),
    }),
    hostCity: t.field({
      type: CityRef,
      nullable: true,
      description: 'The city visited, when the article names one.',
      resolve: (visit, _args, { store }) => (visit.hostCity ? store.get('City', visit.hostCity)! : null),
    }),
    hostCountry: t.field({
      type: CountryRef,
      description: 'The country visited.',
      resolve: (visit, _args, { store }) => store.get('Country', visit.hostCountry)!,
    }),
    hosts: t.field({
      type: [PersonRef],
      description: 'The named people the visitors meet (every meeting\'s people, without repeats).',
      resolve: (visit, _args, { store }) => [...new Set(visit.meetings.flatMap((m) => m.with))].map(person(store)),
    }),
    status: t.expose('status', { type: VisitStatus, description: 'The state of the visit at publication.' }),
    departure: t.field({
      type: TimeReferenceRef,
      nullable: true,
      description: 'When the visitors left, in the article\'s words and resolved to a date.',
      resolve: (visit) => visit.departure ?? null,
    }),
    start: t.field({
      type: TimeReferenceRef,
      nullable: true,
      description: 'When the visit took or takes place, if the article says (e.g. "two years ago").',
      resolve: (visit) => visit.start ?? null,
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
      description: 'The business delegation travelling with the visitors.',
      resolve: (visit) => visit.delegation ?? null,
    }),
    meetings: t.field({ type: [MeetingRef], description: 'Meetings during the visit.', resolve: (visit) => visit.meetings }),
    purposes: t.field({ type: [PurposeRef], description: 'The aims of the visit.', resolve: (visit) => visit.purposes }),
    agreements: t.connection(
      {
        type: AgreementRef,
        description: 'Agreements signed, or to be signed, during the visit.',
        complexity: connectionCost,
        resolve: (visit, args, { queries }) => paginate(args, queries.agreements({ visit: visit.key }, NEWEST_FIRST)),
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
        description: 'Visits that name this one as their previous visit, in corpus order.',
        complexity: connectionCost,
        resolve: (visit, args, { store }) => paginate(args, store.laterVisits.get(visit.key)),
      },
      VisitConnection,
    ),
    cameoEvents: t.field({
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
    country: t.string({ description: 'Key of a country on either side.' }),
    visitor: t.string({ description: 'Key of a person who travels or is met.' }),
    company: t.string({ description: 'Key of a company in the delegation.' }),
    status: t.field({ type: [VisitStatus], description: 'Any of these states.' }),
    topic: t.string({ description: 'Key of a topic one of the visit\'s purposes concerns.' }),
    from: t.field({ type: 'Date', description: 'Visits on or after this date (year-precision dates match the whole year).' }),
    to: t.field({ type: 'Date', description: 'Visits on or before this date.' }),
    text: t.string({ description: 'Words that must all occur in a purpose or the delegation description.' }),
  }),
});

const visitQuery = (filter: Parameters<typeof withoutNulls<typeof VisitFilter.$inferInput>>[0]) => {
  const { status, ...rest } = withoutNulls(filter);
  return { ...rest, statuses: status };
};

builder.queryFields((t) => ({
  visit: t.field({
    type: VisitRef,
    nullable: true,
    description: 'One visit, by key or global ID. Null when none has that key.',
    args: {
      key: t.arg.string({ description: 'The visit\'s key, e.g. "frank-jensen-beijing-2014-12".' }),
      id: t.arg.id({ description: 'The visit\'s global ID.' }),
    },
    resolve: (_root, args, { store }) => store.get('Visit', keyFrom(args, ['Visit'])) ?? null,
  }),
  visits: t.connection(
    {
      type: VisitRef,
      description: 'Visits across the corpus, newest first unless orderBy says otherwise.',
      args: {
        filter: t.arg({ type: VisitFilter, description: 'Which visits to include.' }),
        orderBy: t.arg({ type: FactOrder, description: 'How to order them.' }),
      },
      complexity: connectionCost,
      resolve: (_root, { filter, orderBy, ...args }, { queries }) =>
        paginate(args, queries.visits(visitQuery(filter), orderBy ?? NEWEST_FIRST)),
    },
    VisitConnection,
  ),
}));

