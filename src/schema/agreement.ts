/** Agreement: MoUs, sister-city partnerships and cooperation agreements between cities or countries. */
import type { AgreementRecord } from '../corpus/model.js';
import { builder } from './builder.js';
import { CameoEventRef } from './cameo.js';
import { keyFrom, withoutNulls } from './lookup.js';
import { FactOrder, NEWEST_FIRST } from './order.js';
import { connectionCost, paginate } from './paginate.js';
import { AgreementConnection, AgreementRef, CityRef, EntityRef, FactRef, TopicRef, VisitRef } from './refs.js';
import { TimeReferenceRef } from './time.js';

const AgreementKind = builder.enumType('AgreementKind', {
  description: 'The kind of agreement.',
  values: {
    MEMORANDUM_OF_UNDERSTANDING: { value: 'memorandum-of-understanding', description: 'A memorandum of understanding (MoU).' },
    SISTER_CITIES: { value: 'sister-cities', description: 'A sister-city (twinning) partnership.' },
    COOPERATION_AGREEMENT: { value: 'cooperation-agreement', description: 'An agreement to collaborate in named areas.' },
  } as const,
});

const AgreementStatus = builder.enumType('AgreementStatus', {
  description: 'The state of an agreement when the article was published.',
  values: {
    PLANNED: { value: 'planned', description: 'To be signed (e.g. during a visit).' },
    SIGNED: { value: 'signed', description: 'Already signed.' },
    IN_FORCE: { value: 'in-force', description: 'A relation that holds, e.g. sister cities since a year.' },
  } as const,
});

builder.node(AgreementRef, {
  description: 'An agreement between cities or countries: what kind, between whom, in which areas, and whether it is signed.',
  interfaces: [FactRef],
  id: { resolve: (agreement) => agreement.key },
  loadOne: (key, { store }) => store.get('Agreement', key) ?? null,
  isTypeOf: (record) => (record as { type?: string }).type === 'Agreement',
  fields: (t) => ({
    kind: t.expose('kind', { type: AgreementKind, description: 'The kind of agreement.' }),
    title: t.exposeString('title', { description: 'The agreement as the article names it.' }),
    parties: t.field({
      type: [EntityRef],
      description: 'The parties: cities or countries.',
      resolve: (agreement, _args, { store }) => agreement.parties.map((ref) => store.byRef(ref)!),
    }),
    cities: t.field({
      type: [CityRef],
      description: 'The parties that are cities.',
      resolve: (agreement, _args, { store }) =>
        agreement.parties.filter((ref) => ref.startsWith('city:')).map((ref) => store.get('City', ref.slice(5))!),
    }),
    status: t.expose('status', { type: AgreementStatus, description: 'Planned, signed, or in force, at publication.' }),
    date: t.field({
      type: TimeReferenceRef,
      nullable: true,
      description: 'When it was or will be signed, or since when it holds ("since 2012"); null when the article does not say.',
      resolve: (agreement) => agreement.date ?? null,
    }),
    year: t.int({
      nullable: true,
      description: 'The year of date, for quick display.',
      resolve: (agreement) => agreement.date?.year ?? (agreement.date?.date ? Number(agreement.date.date.slice(0, 4)) : null),
    }),
    visit: t.field({
      type: VisitRef,
      nullable: true,
      description: 'The visit during which it is or was signed.',
      resolve: (agreement, _args, { store }) => (agreement.visit ? store.get('Visit', agreement.visit)! : null),
    }),
    areas: t.field({
      type: [TopicRef],
      description: 'The areas it covers.',
      resolve: (agreement, _args, { store }) => agreement.areas.map((key) => store.get('Topic', key)!),
    }),
    areasExhaustive: t.exposeBoolean('areasExhaustive', {
      description: 'False when the article gives the areas only as examples ("in areas such as ...").',
    }),
    cameoEvent: t.field({
      type: CameoEventRef,
      description: 'The matching CAMEO event: 057, sign formal agreement (anticipated when planned).',
      resolve: (agreement: AgreementRecord, _args, { store }) => ({
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
    country: t.string({ description: 'Key of a country that is a party, or whose city is.' }),
    kind: t.field({ type: [AgreementKind], description: 'Any of these kinds.' }),
    status: t.field({ type: [AgreementStatus], description: 'Any of these states.' }),
    topic: t.string({ description: 'Key of a topic among its areas.' }),
    from: t.field({ type: 'Date', description: 'Dated on or after this date (undated agreements are excluded).' }),
    to: t.field({ type: 'Date', description: 'Dated on or before this date.' }),
    text: t.string({ description: 'Words that must all occur in its title or areas.' }),
  }),
});

builder.queryFields((t) => ({
  agreement: t.field({
    type: AgreementRef,
    nullable: true,
    description: 'One agreement, by key or global ID. Null when none has that key.',
    args: {
      key: t.arg.string({ description: 'The agreement\'s key, e.g. "copenhagen-beijing-sister-cities".' }),
      id: t.arg.id({ description: 'The agreement\'s global ID.' }),
    },
    resolve: (_root, args, { store }) => store.get('Agreement', keyFrom(args, ['Agreement'])) ?? null,
  }),
  agreements: t.connection(
    {
      type: AgreementRef,
      description: 'Agreements across the corpus, newest first unless orderBy says otherwise.',
      args: {
        filter: t.arg({ type: AgreementFilter, description: 'Which agreements to include.' }),
        orderBy: t.arg({ type: FactOrder, description: 'How to order them.' }),
      },
      complexity: connectionCost,
      resolve: (_root, { filter, orderBy, ...args }, { queries }) => {
        const { kind, status, ...rest } = withoutNulls(filter);
        return paginate(args, queries.agreements({ ...rest, kinds: kind, statuses: status }, orderBy ?? NEWEST_FIRST));
      },
    },
    AgreementConnection,
  ),
}));
