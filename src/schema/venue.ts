/** Venue: a named place where a visit or event happens: a city hall, a convention centre, a palace. */
import { builder } from './builder.js';
import { nodeOf, rootFields } from './lookup.js';
import { BY_NAME, EntityOrder, NEWEST_FIRST } from './order.js';
import { paged } from './paginate.js';
import { countryBasisField, countryField, regionField } from './places.js';
import { CityRef, EntityRef, EventConnection, EventRef, VenueConnection, VenueRef } from './refs.js';

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
    region: t.field(regionField('The region it is in: stated, or derived from its city.')),
    country: t.field(countryField('The country it is in, derived from its city or region (see countryBasis); null when unknown.')),
    countryBasis: t.field(countryBasisField()),
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
