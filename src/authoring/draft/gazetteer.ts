/**
 * What kind of place a name is, from reference data: ISO 3166-1 country names (i18n-iso-countries)
 * and compromise's lexicon of countries, regions, cities and demonyms. None of it is stated by an
 * article: a country's ISO code goes into its "reference", marked with its source.
 */
import { createRequire } from 'node:module';
import nlp from 'compromise';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);

/** The source the corpus writes for ISO codes. */
export const ISO_SOURCE = 'ISO 3166-1 (reference data, not stated by the article)';

type Lexicon = Record<string, string | string[]>;
const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one.lexicon;
const tagged = (tag: string): Set<string> =>
  new Set(Object.entries(lexicon).filter(([, tags]) => tags === tag || (Array.isArray(tags) && tags.includes(tag))).map(([word]) => word));
const COUNTRY_WORDS = tagged('Country');
const REGION_WORDS = tagged('Region');
const CITY_WORDS = tagged('City');
const DEMONYMS = tagged('Demonym');

/** The ISO 3166-1 alpha-2 code of a country name ("Denmark", "the Philippines", "South Korea"), if it is one. */
export function countryCode(name: string): string | undefined {
  const bare = name.replace(/^the /i, '');
  return countries.getAlpha2Code(bare, 'en') ?? (COUNTRY_WORDS.has(bare.toLowerCase()) ? countries.getAlpha2Code(titleCase(bare), 'en') : undefined);
}

/** The common English name of a country code: "US" -> "United States". */
export function countryName(written: string): string | undefined {
  const code = countryCode(written);
  return code === undefined ? undefined : (countries.getName(code, 'en', { select: 'alias' }) ?? countries.getName(code, 'en'));
}

export const isCountryName = (name: string): boolean => countryCode(name) !== undefined || COUNTRY_WORDS.has(name.replace(/^the /i, '').toLowerCase());
export const isRegionName = (name: string): boolean => REGION_WORDS.has(name.toLowerCase());
export const isCityName = (name: string): boolean => CITY_WORDS.has(name.toLowerCase());

/** "Danish", "Chinese", "Filipino": a word for the people or things of a country, not an entity of its own. */
export const isDemonym = (word: string): boolean => DEMONYMS.has(word.toLowerCase()) || /^[A-Z][a-z]+(?:ish|ese)$/.test(word);

const titleCase = (text: string) => text.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
