/** Organisation: companies and every other body articles name (city governments, chambers, embassies, universities, NGOs, media). */
import { builder } from './builder.js';
import { nodeOf, rootFields } from './lookup.js';
import { BY_NAME, EntityOrder, NEWEST_FIRST } from './order.js';
import { paged } from './paginate.js';
import {
  AgreementConnection,
  AgreementRef,
  CityRef,
  EntityRef,
  InstitutionRef,
  OrganisationConnection,
  OrganisationRef,
  PersonConnection,
  PersonRef,
  RegionRef,
  VisitConnection,
  VisitRef,
} from './refs.js';
import { organisationTypeName } from './type-names.js';
import { countryBasisField, countryField } from './places.js';
import { OrganisationKind } from './vocabulary.js';

builder.interfaceType(OrganisationRef, {
  description:
    'An organisation articles name: a Company, or an Institution (a city government, chamber of commerce, ministry, embassy, university, NGO, media outlet).',
  interfaces: [builder.nodeInterfaceRef(), EntityRef],
  resolveType: organisationTypeName,
  fields: (t) => ({
    kind: t.expose('kind', { type: OrganisationKind, description: 'What kind of organisation it is.' }),
    country: t.field(
      countryField('Its country (for an embassy, the country it represents): stated, or derived from its region or city (see countryBasis); null when unknown.'),
    ),
    countryBasis: t.field(countryBasisField()),
    city: t.field({
      type: CityRef,
      nullable: true,
      description: 'The city it is based in or governs, when stated.',
      resolve: (organisation, _args, { store }) => (organisation.city ? store.get('City', organisation.city)! : null),
    }),
    region: t.field({
      type: RegionRef,
      nullable: true,
      description: 'The region it is based in or governs, when stated.',
      resolve: (organisation, _args, { store }) => (organisation.region ? store.get('Region', organisation.region)! : null),
    }),
    parent: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The organisation it belongs to, when stated.',
      resolve: (organisation, _args, { store }) => (organisation.parent ? store.get('Organisation', organisation.parent)! : null),
    }),
    people: t.connection(
      {
        type: PersonRef,
        description: 'People who hold or held an office in it, by name.',
        ...paged((organisation, _args, { queries }) => queries.people({ jurisdiction: `organisation:${organisation.key}` }, BY_NAME)),
      },
      PersonConnection,
    ),
    visits: t.connection(
      {
        type: VisitRef,
        description: 'Visits it takes part in, in any role (delegation member, visiting side, host), newest first.',
        ...paged((organisation, _args, { queries }) => queries.visits({ organisation: organisation.key }, NEWEST_FIRST)),
      },
      VisitConnection,
    ),
    agreements: t.connection(
      {
        type: AgreementRef,
        description: 'Agreements it is party to, newest first.',
        ...paged((organisation, _args, { queries }) => queries.agreements({ party: `organisation:${organisation.key}` }, NEWEST_FIRST)),
      },
      AgreementConnection,
    ),
  }),
});

builder.node(InstitutionRef, {
  description:
    'An organisation that is not a company: a city or regional government, chamber of commerce, ministry, embassy or consulate, university, NGO or media outlet (see kind).',
  interfaces: [OrganisationRef, EntityRef],
  ...nodeOf('Organisation', 'Institution'),
  fields: () => ({}),
});

const OrganisationFilter = builder.inputType('OrganisationFilter', {
  description: 'Narrows a list of organisations. Every field given must match.',
  fields: (t) => ({
    kind: t.field({ type: [OrganisationKind], description: 'Any of these kinds.' }),
    country: t.string({ description: 'Key of its country.' }),
    city: t.string({ description: 'Key of the city it is based in or governs.' }),
    text: t.string({ description: 'Words that must all occur in the name.' }),
  }),
});

rootFields({
  kind: 'Organisation',
  typeNames: ['Company', 'Institution'],
  type: OrganisationRef,
  connection: OrganisationConnection,
  one: 'organisation',
  many: 'organisations',
  noun: 'organisation (a Company or an Institution)',
  example: 'c40',
  listDescription: 'All organisations in the corpus, companies included, by name unless orderBy says otherwise.',
  filter: OrganisationFilter,
  order: EntityOrder,
  defaultOrder: BY_NAME,
  list: ({ kind, ...rest }, order, queries) => queries.organisations({ ...rest, kinds: kind as string[] | undefined }, order),
});
