/** Country: where regions, cities and organisations are, and a party to visits, agreements and metrics. */
import { builder } from './builder.js';
import { nodeOf, rootFields } from './lookup.js';
import { BY_NAME, EntityOrder, NEWEST_FIRST } from './order.js';
import { paged } from './paginate.js';
import {
  AgreementConnection,
  AgreementRef,
  CityConnection,
  CityRef,
  CompanyConnection,
  CompanyRef,
  CountryConnection,
  CountryRef,
  EntityRef,
  MetricConnection,
  MetricRef,
  OrganisationConnection,
  OrganisationRef,
  RegionConnection,
  RegionRef,
  VisitConnection,
  VisitRef,
} from './refs.js';

builder.node(CountryRef, {
  description: 'A country that articles mention.',
  interfaces: [EntityRef],
  ...nodeOf('Country'),
  fields: (t) => ({
    isoAlpha2: t.field({
      type: 'CountryCode',
      nullable: true,
      description: 'ISO 3166-1 alpha-2 code. Reference data, not stated by the articles (see referenceSource).',
      resolve: (country) => country.reference?.isoAlpha2 ?? null,
    }),
    referenceSource: t.string({
      nullable: true,
      description: 'Where the reference data (isoAlpha2) comes from.',
      resolve: (country) => country.reference?.source ?? null,
    }),
    regions: t.connection(
      {
        type: RegionRef,
        description: 'Regions in this country (stated, from reference data, or derived), by name.',
        ...paged((country, _args, { queries }) => queries.regions({ country: country.key }, BY_NAME)),
      },
      RegionConnection,
    ),
    cities: t.connection(
      {
        type: CityRef,
        description: 'Cities in this country (stated, from reference data, or derived from their region), by name.',
        ...paged((country, _args, { queries }) => queries.cities({ country: country.key }, BY_NAME)),
      },
      CityConnection,
    ),
    organisations: t.connection(
      {
        type: OrganisationRef,
        description: 'Organisations of this country (for an embassy, the country it represents), by name.',
        ...paged((country, _args, { queries }) => queries.organisations({ country: country.key }, BY_NAME)),
      },
      OrganisationConnection,
    ),
    companies: t.connection(
      {
        type: CompanyRef,
        description: 'Companies from this country, by name.',
        ...paged((country, _args, { queries }) => queries.organisations({ country: country.key, kinds: ['company'] }, BY_NAME)),
      },
      CompanyConnection,
    ),
    visits: t.connection(
      {
        type: VisitRef,
        description: 'Visits from or to this country (stated, or derived from the visit\'s city or region), newest first.',
        ...paged((country, _args, { queries }) => queries.visits({ country: country.key }, NEWEST_FIRST)),
      },
      VisitConnection,
    ),
    agreements: t.connection(
      {
        type: AgreementRef,
        description: 'Agreements this country, or one of its regions or cities, is party to, newest first.',
        ...paged((country, _args, { queries }) => queries.agreements({ country: country.key }, NEWEST_FIRST)),
      },
      AgreementConnection,
    ),
    metrics: t.connection(
      {
        type: MetricRef,
        description: 'Metrics about this country (including trade flows it is part of), newest first.',
        ...paged((country, _args, { queries }) => queries.metrics({ country: country.key }, NEWEST_FIRST)),
      },
      MetricConnection,
    ),
  }),
});

const CountryFilter = builder.inputType('CountryFilter', {
  description: 'Narrows a list of countries. Every field given must match.',
  fields: (t) => ({
    text: t.string({ description: 'Words that must all occur in the name.' }),
  }),
});

rootFields({
  kind: 'Country',
  typeNames: ['Country'],
  type: CountryRef,
  connection: CountryConnection,
  one: 'country',
  many: 'countries',
  noun: 'country',
  example: 'denmark',
  listDescription: 'All countries in the corpus, by name unless orderBy says otherwise.',
  filter: CountryFilter,
  order: EntityOrder,
  defaultOrder: BY_NAME,
  list: (filter, order, queries) => queries.named('Country', filter, order),
});
