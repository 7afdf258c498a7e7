/** People: mayors and other officials, the offices they hold, and what they say. */
import type { PersonRecord } from '../corpus/model.js';
import { builder, type Context } from './builder.js';
import { keyFrom, withoutNulls } from './lookup.js';
import { BY_NAME, EntityOrder, NEWEST_FIRST } from './order.js';
import { connectionCost, paginate } from './paginate.js';
import {
  CityRef,
  EntityRef,
  EvidenceRef,
  MayorConnection,
  MayorRef,
  MetricConnection,
  MetricRef,
  OfficialRef,
  PersonConnection,
  PersonRef,
  StatementConnection,
  StatementRef,
  VisitConnection,
  VisitRef,
} from './refs.js';
import { personTypeName } from './type-names.js';

type Office = PersonRecord['offices'][number];

const OfficeRole = builder.enumType('OfficeRole', {
  description: 'The kind of office a person holds.',
  values: {
    MAYOR: { value: 'mayor', description: 'Mayor of a city.' },
    OFFICIAL: { value: 'official', description: 'Any other public office.' },
  } as const,
});

const OfficeRef = builder.objectRef<Office>('Office').implement({
  description: 'An office a person holds, as an article states it.',
  fields: (t) => ({
    role: t.expose('role', { type: OfficeRole, description: 'The kind of office.' }),
    title: t.exposeString('title', { description: 'The title in the article\'s words, e.g. "Mayor".' }),
    city: t.field({
      type: CityRef,
      nullable: true,
      description: 'The city the office belongs to, if any.',
      resolve: (office, _args, { store }) => (office.city ? store.get('City', office.city)! : null),
    }),
    evidence: t.field({ type: [EvidenceRef], description: 'Quotes that state the office.', resolve: (office) => office.evidence }),
  }),
});

builder.interfaceType(PersonRef, {
  description: 'A person articles mention: a Mayor, or an Official holding another office.',
  interfaces: [builder.nodeInterfaceRef(), EntityRef],
  resolveType: personTypeName,
  fields: (t) => ({
    offices: t.field({ type: [OfficeRef], description: 'Offices the person holds.', resolve: (person) => person.offices }),
    statements: t.connection(
      {
        type: StatementRef,
        description: 'What the person is quoted or reported as saying, in article order.',
        complexity: connectionCost,
        resolve: (person, args, { queries }) => paginate(args, queries.statements({ speaker: person.key }, { field: 'date', direction: 'asc' })),
      },
      StatementConnection,
    ),
    visits: t.connection(
      {
        type: VisitRef,
        description: 'Visits the person makes or takes part in as someone met, newest first.',
        complexity: connectionCost,
        resolve: (person, args, { queries }) => paginate(args, queries.visits({ visitor: person.key }, NEWEST_FIRST)),
      },
      VisitConnection,
    ),
    metrics: t.connection(
      {
        type: MetricRef,
        description: 'Figures the articles attribute to this person, newest first.',
        complexity: connectionCost,
        resolve: (person, args, { queries }) => paginate(args, queries.metrics({ attributedTo: person.key }, NEWEST_FIRST)),
      },
      MetricConnection,
    ),
  }),
});

const personNode = (typeName: 'Mayor' | 'Official') => ({
  interfaces: [PersonRef, EntityRef],
  id: { resolve: (person: PersonRecord) => person.key },
  loadOne: (key: string, { store }: Context) => {
    const person = store.get('Person', key);
    return person && personTypeName(person) === typeName ? person : null;
  },
  isTypeOf: (record: unknown) =>
    (record as { type?: string }).type === 'Person' && personTypeName(record as PersonRecord) === typeName,
});

builder.node(MayorRef, {
  description: 'A person an article names as a city\'s mayor.',
  ...personNode('Mayor'),
  fields: (t) => ({
    city: t.field({
      type: CityRef,
      description: 'The city the person is mayor of.',
      resolve: (person, _args, { store }) => store.get('City', person.offices.find((o) => o.role === 'mayor')!.city!)!,
    }),
    title: t.string({
      description: 'The title in the article\'s words, e.g. "Mayor".',
      resolve: (person) => person.offices.find((o) => o.role === 'mayor')!.title,
    }),
  }),
});

builder.node(OfficialRef, {
  description: 'A person articles mention who is not a mayor.',
  ...personNode('Official'),
  fields: () => ({}),
});

const PersonFilter = builder.inputType('PersonFilter', {
  description: 'Narrows a list of people. Every field given must match.',
  fields: (t) => ({
    city: t.string({ description: 'Key of a city the person is mayor of.' }),
    country: t.string({ description: 'Key of a country one of whose cities the person is mayor of.' }),
    text: t.string({ description: 'Words that must all occur in the name.' }),
  }),
});

builder.queryFields((t) => ({
  person: t.field({
    type: PersonRef,
    nullable: true,
    description: 'One person (a Mayor or an Official), by key or global ID. Null when none has that key.',
    args: {
      key: t.arg.string({ description: 'The key, e.g. "frank-jensen".' }),
      id: t.arg.id({ description: 'The global ID of a Mayor or an Official.' }),
    },
    resolve: (_root, args, { store }) => store.get('Person', keyFrom(args, ['Mayor', 'Official'])) ?? null,
  }),
  people: t.connection(
    {
      type: PersonRef,
      description: 'Everyone articles mention, by name unless orderBy says otherwise.',
      args: {
        filter: t.arg({ type: PersonFilter, description: 'Which people to include.' }),
        orderBy: t.arg({ type: EntityOrder, description: 'How to order them.' }),
      },
      complexity: connectionCost,
      resolve: (_root, { filter, orderBy, ...args }, { queries }) =>
        paginate(args, queries.people(withoutNulls(filter), orderBy ?? BY_NAME)),
    },
    PersonConnection,
  ),
  mayors: t.connection(
    {
      type: MayorRef,
      description: 'Every mayor articles mention, by name unless orderBy says otherwise.',
      args: {
        filter: t.arg({ type: PersonFilter, description: 'Which mayors to include.' }),
        orderBy: t.arg({ type: EntityOrder, description: 'How to order them.' }),
      },
      complexity: connectionCost,
      resolve: (_root, { filter, orderBy, ...args }, { queries }) =>
        paginate(args, queries.people({ ...withoutNulls(filter), mayorsOnly: true }, orderBy ?? BY_NAME)),
    },
    MayorConnection,
  ),
}));
