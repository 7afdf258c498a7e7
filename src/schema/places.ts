/** Fields every place (region, city, venue, organisation) shares: its country and region, stated, from reference data or derived. */
import type { CityRecord, OrganisationRecord, RegionRecord, VenueRecord } from '../corpus/model.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import { CountryRef, RegionRef } from './refs.js';
import { ValueBasis } from './vocabulary.js';

type Place = RegionRecord | CityRecord | VenueRecord | OrganisationRecord;
type Resolve<T> = (place: Place, _args: object, context: { store: CorpusStore }) => T;

/** Options of a `country` field: the place's country as CorpusStore.countryOf finds it, null when unknown. */
export const countryField = (description: string) => ({
  type: CountryRef,
  nullable: true as const,
  description,
  resolve: ((place, _args, { store }) => {
    const country = store.countryOf(place);
    return country ? store.get('Country', country.value)! : null;
  }) satisfies Resolve<unknown>,
});

/** Options of a `countryBasis` field: where the country comes from. */
export const countryBasisField = () => ({
  type: ValueBasis,
  nullable: true as const,
  description: 'Where country comes from: STATED, REFERENCE or DERIVED; null when the country is unknown.',
  resolve: ((place, _args, { store }) => store.countryOf(place)?.basis ?? null) satisfies Resolve<unknown>,
});

/** Options of a `region` field: the region the place lies in, as CorpusStore.regionOf finds it. */
export const regionField = (description: string) => ({
  type: RegionRef,
  nullable: true as const,
  description,
  resolve: ((place, _args, { store }) => {
    const region = store.regionOf(place);
    return region ? store.get('Region', region.value)! : null;
  }) satisfies Resolve<unknown>,
});
