/** Venue: a named place where a visit or event happens: a city hall, a convention centre, a palace. */
import { builder } from './builder.js';
import { nodeOf, rootFields } from './lookup.js';
import { BY_NAME, EntityOrder, NEWEST_FIRST } from './order.js';
import { paged } from './paginate.js';
import { CityRef, CountryRef, EntityRef, EventConnection, EventRef, RegionRef, VenueConnection, VenueRef } from './refs.js';
import { ValueBasis } from './vocabulary.js';

builder.node(VenueRef, {
  description: 'A named place where visits and events happen, e.g. a city hall or a convention centre.',
  interfaces: [EntityRef],
  ...nodeOf('Venue'),
  fields: (t) => ({
    city: t.field({
      type: CityRef,
      nullable: true,
      description: 'The city it is in, when an article states it.',
      resolve: (venue, _args, { store }) => (venue.city ? store.get('City', venue.city)! : null),
    }),
    region: t.field({
      type: RegionRef,
      nullable: true,
      description: 'The region it is in: stated, or derived from its city.',
      resolve: (venue, _args, { store }) => {
        const region = store.regionOf(venue);
        return region ? store.get('Region', region.value)! : null;
      },
    }),
    country: t.field({
      type: CountryRef,
      nullable: true,
      description: 'The country it is in, derived from its city or region (see countryBasis); null when unknown.',
      resolve: (venue, _args, { store }) => {
        const country = store.countryOf(venue);
        return country ? store.get('Country', country.value)! : null;
      },
    }),
    countryBasis: t.field({
      type: ValueBasis,
      nullable: true,
      description: 'Where country comes from; null when it is unknown.',
      resolve: (venue, _args, { store }) => store.countryOf(venue)?.basis ?? null,
    }),
    events: t.connection(
      {
        type: EventRef,
        description: 'Events held or planned here, newest first.',
        ...paged((venue, _args, { queries }) => queries.events({ venue: venue.key }, NEWEST_FIRST)),
      },
      EventConnection,
    ),
  }),
});

const VenueFilter = builder.inputType('VenueFilter', {
  description: 'Narrows a list of venues. Every field given must match.',
  fields: (t) => ({
    city: t.string({ description: 'Key of the city it is in.' }),
    country: t.string({ description: 'Key of the country it is in (derived from its city or region).' }),
    text: t.string({ description: 'Words that must all occur in the name.' }),
  }),
});

rootFields({
  kind: 'Venue',
  typeNames: ['Venue'],
  type: VenueRef,
  connection: VenueConnection,
  one: 'venue',
  many: 'venues',
  noun: 'venue',
  example: 'queen-margrethe-ii-summer-palace',
  listDescription: 'All venues in the corpus, by name unless orderBy says otherwise.',
  filter: VenueFilter,
  order: EntityOrder,
  defaultOrder: BY_NAME,
  list: (filter, order, queries) => queries.venues(filter, order),
});
