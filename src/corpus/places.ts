/**
 * Where a place or a visit lies: its country and region as stated, else from reference data, else
 * derived from the region or city it lies in. It needs only the cities and regions, so the store
 * and the ingest (which holds every entity but not every fact) answer it alike.
 */
import type { Derived, Placed } from './corpus-store.js';
import type { AnyRecord, RecordTables, VisitRecord } from './model.js';

export class Places {
  /** The cities and regions, by key (the store's tables, or the outline's). */
  constructor(private readonly tables: Pick<RecordTables, 'City' | 'Region'>) {}

  /** A place's country: as stated, else from reference data, else derived from the region or city it lies in. */
  countryOf(place: Placed): Derived<string> | undefined {
    if (place.type !== 'Venue' && place.country !== undefined) return { value: place.country, basis: 'stated' };
    if ((place.type === 'City' || place.type === 'Region') && place.reference?.country !== undefined) {
      return { value: place.reference.country, basis: 'reference' };
    }
    const region = this.regionOf(place);
    const viaRegion = region && this.countryOf(this.tables.Region.get(region.value)!);
    if (viaRegion) return { value: viaRegion.value, basis: 'derived' };
    if ((place.type === 'Venue' || place.type === 'Organisation') && place.city !== undefined) {
      const viaCity = this.countryOf(this.tables.City.get(place.city)!);
      if (viaCity) return { value: viaCity.value, basis: 'derived' };
    }
    return undefined;
  }

  /** A place's region: as stated, else from reference data (a region's own region is its parent). */
  regionOf(place: Placed): Derived<string> | undefined {
    const stated = place.type === 'Region' ? place.parent : place.region;
    if (stated !== undefined) return { value: stated, basis: 'stated' };
    const reference = place.type === 'City' || place.type === 'Region' ? place.reference?.region : undefined;
    if (reference !== undefined) return { value: reference, basis: 'reference' };
    if (place.type === 'Venue' && place.city !== undefined) {
      const viaCity = this.regionOf(this.tables.City.get(place.city)!);
      if (viaCity) return { value: viaCity.value, basis: 'derived' };
    }
    return undefined;
  }

  /** The country on one side of a visit: as stated, else derived from that side's city or region. */
  visitCountry(visit: VisitRecord, side: 'visiting' | 'host'): Derived<string> | undefined {
    const stated = side === 'host' ? visit.hostCountry : visit.visitingCountry;
    if (stated !== undefined) return { value: stated, basis: 'stated' };
    const city = side === 'host' ? visit.hostCity : visit.visitingCity;
    const region = side === 'host' ? visit.hostRegion : visit.visitingRegion;
    const place = (city !== undefined && this.tables.City.get(city)) || (region !== undefined && this.tables.Region.get(region)) || undefined;
    const derived = place && this.countryOf(place);
    return derived && { value: derived.value, basis: 'derived' };
  }

  /** Keys of the countries a record is linked to only by derivation (a city in a region of that country). */
  derivedCountries(record: AnyRecord): string[] {
    switch (record.type) {
      case 'City':
      case 'Region':
      case 'Venue':
      case 'Organisation': {
        const country = this.countryOf(record);
        return country && country.basis === 'derived' ? [country.value] : [];
      }
      case 'Visit':
        return (['visiting', 'host'] as const)
          .map((side) => this.visitCountry(record, side))
          .filter((country) => country?.basis === 'derived')
          .map((country) => country!.value);
      default:
        return [];
    }
  }
}
