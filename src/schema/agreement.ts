/** Agreement: sister-city pacts, MoUs, cooperation agreements and others, between any number of parties. */
import type { AgreementRecord } from '../corpus/model.js';
import { mapEvery } from '../corpus/not-loaded.js';
import { boundsOf } from '../corpus/time.js';
import { listCost } from './cost.js';
import { builder } from './builder.js';
import { CameoEventRef } from './cameo.js';
import { inRoles } from './interfaces.js';
import { nodeOf, rootFields } from './lookup.js';
import { FactOrder, NEWEST_FIRST } from './order.js';
import { paged } from './paginate.js';
import {
  AgreementConnection,
  AgreementRef,
  CityRef,
  EntityRef,
  EventConnection,
  EventRef,
  FactRef,
  ParticipationRef,
  TopicRef,
  VisitRef,
} from './refs.js';
import { TimeReferenceRef } from './time.js';
import { AgreementKind, AgreementStatus, ParticipantRole } from './vocabulary.js';

builder.node(AgreementRef, {
  description:
    'An agreement: what kind, between which parties (cities, regions, countries, organisations), who signed it for whom and who witnessed it, in which areas, and whether it is signed.',
  interfaces: [FactRef],
  ...nodeOf('Agreement'),
  fields: (t) => ({
    kind: t.expose('kind', { type: AgreementKind, description: 'The kind of agreement (twinning and friendship cities are SISTER_CITIES).' }),
    title: t.exposeString('title', { description: 'The agreement as the declaring article names it.' }),
    parties: t.field({
      type: [EntityRef],
      description: 'The parties, any number: cities, regions, countries, organisations.',
      resolve: (agreement, _args, { store }) => mapEvery(agreement.parties, (ref) => store.byRef(ref)!),
    }),
    cities: t.field({
      type: [CityRef],
      description: 'The parties that are cities.',
      resolve: (agreement, _args, { store }) =>
        mapEvery(
          agreement.parties.filter((ref) => ref.startsWith('city:')),
          (ref) => store.get('City', ref.slice(5))!,
        ),
    }),
    status: t.field({
      type: AgreementStatus,
      nullable: true,
      description: 'Planned, signed, in force, expired or cancelled, per the latest article that says; null when no article makes it clear.',
      resolve: (agreement) => agreement.status ?? null,
    }),
    date: t.field({
      type: TimeReferenceRef,
      nullable: true,
      description: 'When it was or will be signed, or since when it holds ("since 2012"); null when the article does not say.',
      resolve: (agreement) => agreement.date ?? null,
    }),
    year: t.int({
      nullable: true,
      description: 'The year of date, for quick display; null when no year is stated.',
      resolve: (agreement) => (agreement.date ? Number(boundsOf(agreement.date).earliest?.slice(0, 4)) || null : null),
    }),
    participants: t.field({
      complexity: listCost((sizes) => sizes.participations),
      type: [ParticipationRef],
      description: 'Who signed (and for which party) and who witnessed.',
      args: { roles: t.arg({ type: [ParticipantRole], description: 'Only these roles (all when left out).' }) },
      resolve: (agreement, { roles }, { store }) => inRoles(store.participantsOf(agreement), roles),
    }),
    signatories: t.field({
      complexity: listCost((sizes) => sizes.participations),
      type: [ParticipationRef],
      description: 'Who signed, each with the party signed for (representing).',
      resolve: (agreement, _args, { store }) => inRoles(store.participantsOf(agreement), ['signatory']),
    }),
    witnesses: t.field({
      complexity: listCost((sizes) => sizes.participations),
      type: [ParticipationRef],
      description: 'Who witnessed the signing.',
      resolve: (agreement, _args, { store }) => inRoles(store.participantsOf(agreement), ['witness']),
    }),
    visit: t.field({
      type: VisitRef,
      nullable: true,
      description: 'The visit during which it is or was signed.',
      resolve: (agreement, _args, { store }) => (agreement.visit ? store.get('Visit', agreement.visit)! : null),
    }),
    events: t.connection(
      {
        type: EventRef,
        description: 'Events at which it was signed or that led to it, oldest first.',
        ...paged((agreement, _args, { queries }) => queries.events({ agreement: agreement.key }, { field: 'date', direction: 'asc' })),
      },
      EventConnection,
    ),
    areas: t.field({
      type: [TopicRef],
      description: 'The areas it covers.',
      resolve: (agreement, _args, { store }) => mapEvery(agreement.areas, (key) => store.get('Topic', key)!),
    }),
    areasExhaustive: t.exposeBoolean('areasExhaustive', {
      description: 'False when the article gives the areas only as examples ("in areas such as ...").',
    }),
    cameoEvent: t.field({
      type: CameoEventRef,
      description: 'The matching CAMEO event: 057, sign formal agreement (anticipated when planned), between its first two parties.',
      resolve: (agreement: AgreementRecord, _args, { store }) => ({
        fact: agreement,
        code: '057' as const,
        actor: store.byRef(agreement.parties[0]!),
        target: store.byRef(agreement.parties[1]!),
        anticipated: agreement.status === 'planned',
      }),
    }),
  }),
});

const AgreementFilter = builder.inputType('AgreementFilter', {
  description: 'Narrows a list of agreements. Every field given must match.',
  fields: (t) => ({
    city: t.string({ description: 'Key of a city that is a party.' }),
    cities: t.stringList({ description: 'Keys of cities that must all be parties, e.g. ["copenhagen", "beijing"].' }),
    region: t.string({ description: 'Key of a region that is a party.' }),
    country: t.string({ description: 'Key of a country that is a party, or whose region or city is.' }),
    party: t.string({ description: 'A party of any kind, written "type:key", e.g. "organisation:c40".' }),
    participant: t.string({ description: 'A signatory or witness, written "type:key", e.g. "person:frank-jensen".' }),
    kind: t.field({ type: [AgreementKind], description: 'Any of these kinds.' }),
    status: t.field({ type: [AgreementStatus], description: 'Any of these states (agreements whose status is unknown are left out).' }),
    topic: t.string({ description: 'Key of a topic among its areas.' }),
    from: t.field({ type: 'Date', description: 'Dated on or after this date (undated and year-less agreements are left out).' }),
    to: t.field({ type: 'Date', description: 'Dated on or before this date.' }),
    text: t.string({ description: 'Words that must all occur in its title, kind (any synonym: "twinning"), areas or participants.' }),
  }),
});

rootFields({
  kind: 'Agreement',
  typeNames: ['Agreement'],
  type: AgreementRef,
  connection: AgreementConnection,
  one: 'agreement',
  many: 'agreements',
  noun: 'agreement',
  example: 'copenhagen-beijing-sister-cities',
  listDescription: 'Agreements across the corpus, newest first unless orderBy says otherwise.',
  filter: AgreementFilter,
  order: FactOrder,
  defaultOrder: NEWEST_FIRST,
  list: ({ kind, status, ...rest }, order, queries) =>
    queries.agreements({ ...rest, kinds: kind as string[] | undefined, statuses: status as string[] | undefined }, order),
});
