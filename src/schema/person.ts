/** People: mayors and other officials, the offices they hold and held, and what they say. */
import type { Office, PersonRecord } from '../corpus/model.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import { builder } from './builder.js';
import { nodeOf, rootFields } from './lookup.js';
import { BY_NAME, EntityOrder, NEWEST_FIRST } from './order.js';
import { paged } from './paginate.js';
import {
  CityRef,
  EntityRef,
  EvidenceConnection,
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
import { holderKey, valueIdDescription, withValueId } from './value-ids.js';
import { OfficeRole, OfficeStatus } from './vocabulary.js';

const isCurrent = (office: Office) => office.status === 'current' || office.status === 'acting';

/** An office with its ID: its holder and its place among the holder's offices. */
const withOfficeId = (person: PersonRecord, office: Office) => withValueId(office, 'Office', `${holderKey(person)}/offices/${person.offices.indexOf(office)}`);

const OfficeRef = builder.objectRef<Office & { id: string }>('Office').implement({
  description: 'An office a person holds or held, as an article states it: the role, the title in the article\'s words, and what it serves.',
  fields: (t) => ({
    id: t.exposeID('id', { description: valueIdDescription('office', 'its holder and its place among the holder\'s offices', 'the person') }),
    role: t.expose('role', { type: OfficeRole, description: 'The kind of office.' }),
    title: t.exposeString('title', { description: 'The title in the article\'s words, e.g. "Lord Mayor", "Vice Governor".' }),
    jurisdiction: t.field({
      type: EntityRef,
      nullable: true,
      description: 'What the office serves: a city, region, country or organisation; null when the article does not say.',
      resolve: (office, _args, { store }) => (office.of ? store.byRef(office.of)! : null),
    }),
    city: t.field({
      type: CityRef,
      nullable: true,
      description: 'The city the office serves, when it serves a city.',
      deprecationReason: 'Use jurisdiction: an office can serve a region, country or organisation too.',
      resolve: (office, _args, { store }) => (office.of?.startsWith('city:') ? store.get('City', office.of.slice(5))! : null),
    }),
    status: t.expose('status', { type: OfficeStatus, description: 'Current, former, acting or elect, at publication.' }),
    isCurrent: t.boolean({ description: 'True when the person holds the office (or acts in it) at publication.', resolve: isCurrent }),
    // A page at a time: an office gathers the quotes of every article that names it.
    evidence: t.connection(
      { type: EvidenceRef, description: 'Quotes, from every article that names it, that state the office.', ...paged((office: Office) => office.evidence) },
      EvidenceConnection,
    ),
  }),
});

builder.interfaceType(PersonRef, {
  description: 'A person articles mention: a Mayor (current or former), or an Official, anyone else.',
  interfaces: [builder.nodeInterfaceRef(), EntityRef],
  resolveType: personTypeName,
  fields: (t) => ({
    offices: t.field({
      type: [OfficeRef],
      description: 'Offices the person holds or held.',
      resolve: (person) => person.offices.map((office) => withOfficeId(person, office)),
    }),
    statements: t.connection(
      {
        type: StatementRef,
        description: 'What the person is quoted or reported as saying, in article order.',
        ...paged((person, _args, { queries }) => queries.statements({ speaker: person.key }, { field: 'date', direction: 'asc' })),
      },
      StatementConnection,
    ),
    visits: t.connection(
      {
        type: VisitRef,
        description: 'Visits the person takes part in, in any role (leader, visitor, member, host, or met at one of its events), newest first.',
        ...paged((person, _args, { queries }) => queries.visits({ visitor: person.key }, NEWEST_FIRST)),
      },
      VisitConnection,
    ),
    metrics: t.connection(
      {
        type: MetricRef,
        description: 'Figures the articles attribute to this person, newest first.',
        ...paged((person, _args, { queries }) => queries.metrics({ attributedTo: person.key }, NEWEST_FIRST)),
      },
      MetricConnection,
    ),
  }),
});

/**
 * The person's mayor's office: a current one if any, and of those the one the most recently
 * published article states (offices merge in file order, which must not decide).
 */
const mayoralty = (person: PersonRecord, store: CorpusStore): Office => {
  const mayoral = person.offices.filter((o) => o.role === 'mayor');
  const candidates = mayoral.some(isCurrent) ? mayoral.filter(isCurrent) : mayoral;
  const latest = (office: Office) => office.evidence.reduce((max, e) => Math.max(max, store.position(e.articleKey)), -1);
  return candidates.reduce((best, office) => (latest(office) > latest(best) ? office : best));
};

builder.node(MayorRef, {
  description: 'A person an article names as a city\'s mayor, now or formerly (isCurrent tells which).',
  interfaces: [PersonRef, EntityRef],
  ...nodeOf('Person', 'Mayor'),
  fields: (t) => ({
    city: t.field({
      type: CityRef,
      description: 'The city the person is (or was) mayor of.',
      resolve: (person, _args, { store }) => store.get('City', mayoralty(person, store).of!.slice(5))!,
    }),
    title: t.string({
      description: 'The title in the article\'s words, e.g. "Mayor", "Lord Mayor".',
      resolve: (person, _args, { store }) => mayoralty(person, store).title,
    }),
    isCurrent: t.boolean({
      description: 'True when the person is mayor at publication; false for a former mayor.',
      resolve: (person, _args, { store }) => isCurrent(mayoralty(person, store)),
    }),
    office: t.field({
      type: OfficeRef,
      description: 'The mayor\'s office, with its status and evidence (of the most recent article, when several state it).',
      resolve: (person, _args, { store }) => withOfficeId(person, mayoralty(person, store)),
    }),
  }),
});

builder.node(OfficialRef, {
  description: 'A person articles mention who is not a mayor: a governor, ambassador, minister, executive, or anyone else.',
  interfaces: [PersonRef, EntityRef],
  ...nodeOf('Person', 'Official'),
  fields: () => ({}),
});

const PersonFilter = builder.inputType('PersonFilter', {
  description: 'Narrows a list of people. Every field given must match.',
  fields: (t) => ({
    city: t.string({ description: 'Key of a city the person is (or was) mayor of.' }),
    country: t.string({ description: 'Key of a country one of whose cities the person is (or was) mayor of.' }),
    role: t.field({ type: [OfficeRole], description: 'Holds or held an office of one of these roles.' }),
    jurisdiction: t.string({ description: 'Holds or held an office serving this, written "type:key", e.g. "region:shandong".' }),
    current: t.boolean({ description: 'Holds such an office at publication (true), or only formerly (false).' }),
    text: t.string({ description: 'Words that must all occur in the name or an office title.' }),
  }),
});

const peopleRoot = (mayors: boolean) => ({
  kind: 'Person' as const,
  typeNames: mayors ? ['Mayor'] : ['Mayor', 'Official'],
  filter: PersonFilter,
  order: EntityOrder,
  defaultOrder: BY_NAME,
  list: ({ role, ...rest }: Record<string, unknown>, order: Parameters<typeof rootFields>[0]['defaultOrder'], queries: Parameters<Parameters<typeof rootFields>[0]['list']>[2]) =>
    queries.people({ ...rest, roles: role as string[] | undefined, mayorsOnly: mayors }, order),
});

rootFields({
  ...peopleRoot(false),
  type: PersonRef,
  connection: PersonConnection,
  one: 'person',
  many: 'people',
  noun: 'person (a Mayor or an Official)',
  example: 'frank-jensen',
  listDescription: 'Everyone articles mention, by name unless orderBy says otherwise.',
});

rootFields({
  ...peopleRoot(true),
  type: MayorRef,
  connection: MayorConnection,
  one: 'mayor',
  many: 'mayors',
  noun: 'mayor',
  example: 'frank-jensen',
  listDescription: 'Every mayor articles mention, current and former, by name unless orderBy says otherwise.',
});
