/** City: the visiting and host sides of visits, parties to agreements, subjects of metrics. */
import { builder } from './builder.js';
import { nodeOf, rootFields } from './lookup.js';
import { BY_NAME, EntityOrder, NEWEST_FIRST } from './order.js';
import { paged } from './paginate.js';
import {
  AgreementConnection,
  AgreementRef,
  CityConnection,
  CityRef,
  EntityRef,
  EventConnection,
  EventRef,
  MayorConnection,
  MayorRef,
  MetricConnection,
  MetricRef,
  OrganisationConnection,
  OrganisationRef,
  StatementConnection,
  StatementRef,
  VenueConnection,
  VenueRef,
  VisitConnection,
  VisitRef,
} from './refs.js';
import { countryBasisField, countryField, regionField } from './places.js';
import { ValueBasis } from './vocabulary.js';

export const VisitRole = builder.enumType('VisitRole', {
  description: 'Which side of a visit a city or country is on.',
  values: {
    ANY: { value: 'any', description: 'Either side.' },
    VISITING: { value: 'visiting', description: 'The side whose people travel.' },
    HOST: { value: 'host', description: 'The side that receives the visitors.' },
  } as const,
});

builder.node(CityRef, {
  description: 'A city that articles mention, with its country and region where known, its mayors, and its visits, events, agreements and metrics.',
  interfaces: [EntityRef],
  ...nodeOf('City'),
  fields: (t) => ({
    country: t.field(
      countryField('The country the city is in: as an article states it, from reference data, or derived from its region (see countryBasis); null when unknown.'),
    ),
    countryBasis: t.field(countryBasisField()),
    region: t.field(regionField('The region the city is in, as stated or from reference data (see regionBasis); null when unknown.')),
    regionBasis: t.field({
      type: ValueBasis,
      nullable: true,
      description: 'Where region comes from; null when the region is unknown.',
      resolve: (city, _args, { store }) => store.regionOf(city)?.basis ?? null,
    }),
    isCapital: t.exposeBoolean('capital', {
      nullable: true,
      description: 'True when an article states it is its country\'s capital; null when no article says.',
    }),
    mayors: t.connection(
      {
        type: MayorRef,
        description: 'The people articles name as this city\'s mayor, current and former (see Mayor.isCurrent), by name.',
        args: { current: t.arg.boolean({ description: 'Only current mayors (true) or only former ones (false).' }) },
        ...paged((city, { current }: { current?: boolean | null }, { queries }) =>
          queries.people({ city: city.key, mayorsOnly: true, ...(current != null && { current, roles: ['mayor'], jurisdiction: `city:${city.key}` }) }, BY_NAME),
        ),
      },
      MayorConnection,
    ),
    visits: t.connection(
      {
        type: VisitRef,
        description: 'Visits this city sends or hosts, newest first.',
        args: { role: t.arg({ type: VisitRole, defaultValue: 'any', required: true, description: 'Which side the city is on.' }) },
        ...paged((city, { role }: { role: 'any' | 'visiting' | 'host' }, { queries }) => {
          const side = role === 'visiting' ? { visitingCity: city.key } : role === 'host' ? { hostCity: city.key } : { city: city.key };
          return queries.visits(side, NEWEST_FIRST);
        }),
      },
      VisitConnection,
    ),
    events: t.connection(
      {
        type: EventRef,
        description: 'Events held or planned in this city, newest first.',
        ...paged((city, _args, { queries }) => queries.events({ city: city.key }, NEWEST_FIRST)),
      },
      EventConnection,
    ),
    agreements: t.connection(
      {
        type: AgreementRef,
        description: 'Agreements the city is party to, newest first.',
        ...paged((city, _args, { queries }) => queries.agreements({ city: city.key }, NEWEST_FIRST)),
      },
      AgreementConnection,
    ),
    sisterCities: t.connection(
      {
        type: CityRef,
        description: 'Cities it is twinned with by a sister-cities agreement, newest agreement first.',
        ...paged((city, _args, { queries }) => queries.sisterCities(city.key)),
      },
      CityConnection,
    ),
    metrics: t.connection(
      {
        type: MetricRef,
        description: 'Metrics about this city, newest first.',
        ...paged((city, _args, { queries }) => queries.metrics({ city: city.key }, NEWEST_FIRST)),
      },
      MetricConnection,
    ),
    statementsAbout: t.connection(
      {
        type: StatementRef,
        description: 'Statements about this city, in article order.',
        ...paged((city, _args, { queries }) => queries.statements({ about: `city:${city.key}` }, { field: 'date', direction: 'asc' })),
      },
      StatementConnection,
    ),
    venues: t.connection(
      {
        type: VenueRef,
        description: 'Named venues in this city, by name.',
        ...paged((city, _args, { queries }) => queries.venues({ city: city.key }, BY_NAME)),
      },
      VenueConnection,
    ),
    organisations: t.connection(
      {
        type: OrganisationRef,
        description: 'Organisations based in or governing this city, by name.',
        ...paged((city, _args, { queries }) => queries.organisations({ city: city.key }, BY_NAME)),
      },
      OrganisationConnection,
    ),
  }),
});

const CityFilter = builder.inputType('CityFilter', {
  description: 'Narrows a list of cities. Every field given must match.',
  fields: (t) => ({
    country: t.string({ description: 'Key of the country the city is in (stated, reference or derived).' }),
    region: t.string({ description: 'Key of the region the city is in.' }),
    capital: t.boolean({ description: 'Only capitals (true) or only cities not stated to be capitals (false).' }),
    text: t.string({ description: 'Words that must all occur in the name.' }),
  }),
});

rootFields({
  kind: 'City',
  typeNames: ['City'],
  type: CityRef,
  connection: CityConnection,
  one: 'city',
  many: 'cities',
  noun: 'city',
  example: 'copenhagen',
  listDescription: 'All cities in the corpus, by name unless orderBy says otherwise.',
  filter: CityFilter,
  order: EntityOrder,
  defaultOrder: BY_NAME,
  list: (filter, order, queries) => queries.cities(filter, order),
});
