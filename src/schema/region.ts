/** Region: a district, province, state, county or governorate that articles name. */
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
  OrganisationConnection,
  OrganisationRef,
  RegionConnection,
  RegionRef,
  VisitConnection,
  VisitRef,
} from './refs.js';
import { countryBasisField, countryField, regionField } from './places.js';
import { RegionKind } from './vocabulary.js';

builder.node(RegionRef, {
  description: 'A region that articles name: a district, province, state, county, governorate or prefecture, with its country where known.',
  interfaces: [EntityRef],
  ...nodeOf('Region'),
  fields: (t) => ({
    kind: t.expose('kind', { type: RegionKind, description: 'What kind of region it is.' }),
    country: t.field(
      countryField('Its country: as an article states it, from reference data, or derived from the region it lies in (see countryBasis); null when unknown.'),
    ),
    countryBasis: t.field(countryBasisField()),
    parent: t.field(regionField('The region it lies in, as stated or from reference data.')),
    cities: t.connection(
      {
        type: CityRef,
        description: 'Cities in this region, by name.',
        ...paged((region, _args, { queries }) => queries.cities({ region: region.key }, BY_NAME)),
      },
      CityConnection,
    ),
    organisations: t.connection(
      {
        type: OrganisationRef,
        description: 'Organisations based in or governing this region, by name.',
        ...paged((region, _args, { store }) => store.referrersOf('Organisation', 'Region', region.key)),
      },
      OrganisationConnection,
    ),
    visits: t.connection(
      {
        type: VisitRef,
        description: 'Visits this region sends or hosts, newest first.',
        ...paged((region, _args, { queries }) => queries.visits({ region: region.key }, NEWEST_FIRST)),
      },
      VisitConnection,
    ),
    agreements: t.connection(
      {
        type: AgreementRef,
        description: 'Agreements the region is party to, newest first.',
        ...paged((region, _args, { queries }) => queries.agreements({ region: region.key }, NEWEST_FIRST)),
      },
      AgreementConnection,
    ),
  }),
});

const RegionFilter = builder.inputType('RegionFilter', {
  description: 'Narrows a list of regions. Every field given must match.',
  fields: (t) => ({
    country: t.string({ description: 'Key of the region\'s country (stated, reference or derived).' }),
    kind: t.field({ type: [RegionKind], description: 'Any of these kinds.' }),
    text: t.string({ description: 'Words that must all occur in the name.' }),
  }),
});

rootFields({
  kind: 'Region',
  typeNames: ['Region'],
  type: RegionRef,
  connection: RegionConnection,
  one: 'region',
  many: 'regions',
  noun: 'region',
  example: 'shandong',
  listDescription: 'All regions in the corpus, by name unless orderBy says otherwise.',
  filter: RegionFilter,
  order: EntityOrder,
  defaultOrder: BY_NAME,
  list: ({ kind, ...rest }, order, queries) => queries.regions({ ...rest, kinds: kind as string[] | undefined }, order),
});
