/** City: the visiting and host sides of visits, parties to agreements, subjects of metrics. */
import { builder } from './builder.js';
import { keyFrom, withoutNulls } from './lookup.js';
import { connectionCost, paginate } from './paginate.js';
import { BY_NAME, EntityOrder, NEWEST_FIRST } from './order.js';
import {
  AgreementConnection,
  AgreementRef,
  CityConnection,
  CityRef,
  CountryRef,
  EntityRef,
  MayorConnection,
  MayorRef,
  MetricConnection,
  MetricRef,
  StatementConnection,
  StatementRef,
  VisitConnection,
  VisitRef,
} from './refs.js';

export const VisitRole = builder.enumType('VisitRole', {
  description: 'Which side of a visit a city or country is on.',
  values: {
    ANY: { value: 'any', description: 'Either side.' },
    VISITING: { value: 'visiting', description: 'The side whose people travel.' },
    HOST: { value: 'host', description: 'The side that receives the visitors.' },
  } as const,
});

builder.node(CityRef, {
  description: 'A city that articles mention, with its country, its mayors and its visits, agreements and metrics.',
  interfaces: [EntityRef],
  id: { resolve: (city) => city.key },
  loadOne: (key, { store }) => store.get('City', key) ?? null,
  isTypeOf: (record) => (record as { type?: string }).type === 'City',
  fields: (t) => ({
    country: t.field({
      type: CountryRef,
      description: 'The country the city is in.',
      resolve: (city, _args, { store }) => store.get('Country', city.country)!,
    }),
    isCapital: t.exposeBoolean('capital', {
      nullable: true,
      description: 'True when an article states it is its country\'s capital; null when no article says.',
    }),
    mayors: t.connection(
      {
        type: MayorRef,
        description: 'The people articles name as this city\'s mayor, in corpus order.',
        complexity: connectionCost,
        resolve: (city, args, { store }) => paginate(args, store.mayorsByCity.get(city.key)),
      },
      MayorConnection,
    ),
    visits: t.connection(
      {
        type: VisitRef,
        description: 'Visits this city sends or hosts, newest first.',
        args: { role: t.arg({ type: VisitRole, defaultValue: 'any', required: true, description: 'Which side the city is on.' }) },
        complexity: connectionCost,
        resolve: (city, { role, ...args }, { queries }) => {
          const side = role === 'visiting' ? { visitingCity: city.key } : role === 'host' ? { hostCity: city.key } : { city: city.key };
          return paginate(args, queries.visits(side, NEWEST_FIRST));
        },
      },
      VisitConnection,
    ),
    agreements: t.connection(
      {
        type: AgreementRef,
        description: 'Agreements the city is party to, newest first.',
        complexity: connectionCost,
        resolve: (city, args, { queries }) => paginate(args, queries.agreements({ city: city.key }, NEWEST_FIRST)),
      },
      AgreementConnection,
    ),
    sisterCities: t.connection(
      {
        type: CityRef,
        description: 'Cities it is twinned with by a sister-cities agreement, newest agreement first.',
        complexity: connectionCost,
        resolve: (city, args, { queries }) => paginate(args, queries.sisterCities(city.key)),
      },
      CityConnection,
    ),
    metrics: t.connection(
      {
        type: MetricRef,
        description: 'Metrics about this city, newest first.',
        complexity: connectionCost,
        resolve: (city, args, { queries }) => paginate(args, queries.metrics({ city: city.key }, NEWEST_FIRST)),
      },
      MetricConnection,
    ),
    statementsAbout: t.connection(
      {
        type: StatementRef,
        description: 'Statements about this city, in article order.',
        complexity: connectionCost,
        resolve: (city, args, { queries }) => paginate(args, queries.statements({ about: `city:${city.key}` }, { field: 'date', direction: 'asc' })),
      },
      StatementConnection,
    ),
  }),
});

const CityFilter = builder.inputType('CityFilter', {
  description: 'Narrows a list of cities. Every field given must match.',
  fields: (t) => ({
    country: t.string({ description: 'Key of the country the city is in.' }),
    capital: t.boolean({ description: 'Only capitals (true) or only cities not stated to be capitals (false).' }),
    text: t.string({ description: 'Words that must all occur in the name.' }),
  }),
});

builder.queryFields((t) => ({
  city: t.field({
    type: CityRef,
    nullable: true,
    description: 'One city, by key or global ID. Null when none has that key.',
    args: {
      key: t.arg.string({ description: 'The key, e.g. "copenhagen".' }),
      id: t.arg.id({ description: 'The global ID.' }),
    },
    resolve: (_root, args, { store }) => store.get('City', keyFrom(args, ['City'])) ?? null,
  }),
  cities: t.connection(
    {
      type: CityRef,
      description: 'All cities in the corpus, by name unless orderBy says otherwise.',
      args: {
        filter: t.arg({ type: CityFilter, description: 'Which cities to include.' }),
        orderBy: t.arg({ type: EntityOrder, description: 'How to order them.' }),
      },
      complexity: connectionCost,
      resolve: (_root, { filter, orderBy, ...args }, { queries }) =>
        paginate(args, queries.cities(withoutNulls(filter), orderBy ?? BY_NAME)),
    },
    CityConnection,
  ),
}));
