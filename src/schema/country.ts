/** Country: where cities and companies are, and a party to visits, trade flows and metrics. */
import { builder } from './builder.js';
import { keyFrom, withoutNulls } from './lookup.js';
import { connectionCost, paginate } from './paginate.js';
import { BY_NAME, EntityOrder, NEWEST_FIRST } from './order.js';
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
  VisitConnection,
  VisitRef,
} from './refs.js';

builder.node(CountryRef, {
  description: 'A country that articles mention.',
  interfaces: [EntityRef],
  id: { resolve: (country) => country.key },
  loadOne: (key, { store }) => store.get('Country', key) ?? null,
  isTypeOf: (record) => (record as { type?: string }).type === 'Country',
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
    cities: t.connection(
      {
        type: CityRef,
        description: 'Cities in this country, by name.',
        complexity: connectionCost,
        resolve: (country, args, { queries }) => paginate(args, queries.cities({ country: country.key }, BY_NAME)),
      },
      CityConnection,
    ),
    companies: t.connection(
      {
        type: CompanyRef,
        description: 'Companies from this country, by name.',
        complexity: connectionCost,
        resolve: (country, args, { queries }) => paginate(args, queries.companies({ country: country.key }, BY_NAME)),
      },
      CompanyConnection,
    ),
    visits: t.connection(
      {
        type: VisitRef,
        description: 'Visits from or to this country, newest first.',
        complexity: connectionCost,
        resolve: (country, args, { queries }) => paginate(args, queries.visits({ country: country.key }, NEWEST_FIRST)),
      },
      VisitConnection,
    ),
    agreements: t.connection(
      {
        type: AgreementRef,
        description: 'Agreements this country or one of its cities is party to, newest first.',
        complexity: connectionCost,
        resolve: (country, args, { queries }) => paginate(args, queries.agreements({ country: country.key }, NEWEST_FIRST)),
      },
      AgreementConnection,
    ),
    metrics: t.connection(
      {
        type: MetricRef,
        description: 'Metrics about this country (including trade flows it is part of), newest first.',
        complexity: connectionCost,
        resolve: (country, args, { queries }) => paginate(args, queries.metrics({ country: country.key }, NEWEST_FIRST)),
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

builder.queryFields((t) => ({
  country: t.field({
    type: CountryRef,
    nullable: true,
    description: 'One country, by key or global ID. Null when none has that key.',
    args: {
      key: t.arg.string({ description: 'The key, e.g. "denmark".' }),
      id: t.arg.id({ description: 'The global ID.' }),
    },
    resolve: (_root, args, { store }) => store.get('Country', keyFrom(args, ['Country'])) ?? null,
  }),
  countries: t.connection(
    {
      type: CountryRef,
      description: 'All countries in the corpus, by name unless orderBy says otherwise.',
      args: {
        filter: t.arg({ type: CountryFilter, description: 'Which countries to include.' }),
        orderBy: t.arg({ type: EntityOrder, description: 'How to order them.' }),
      },
      complexity: connectionCost,
      resolve: (_root, { filter, orderBy, ...args }, { queries }) =>
        paginate(args, queries.named('Country', withoutNulls(filter), orderBy ?? BY_NAME)),
    },
    CountryConnection,
  ),
}));
