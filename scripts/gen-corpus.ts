/**
 * Writes a synthetic corpus in the article file format (src/corpus/format/article.ts), for load and scale tests:
 *   npm run gen-corpus -- --articles N [--out DIR] [--seed S]
 * Output is DIR/<key>.json (default DIR: tmp/corpus-N), identical for the same N and seed.
 * Articles draw on one shared world of countries and their regions, cities, mayors, city halls,
 * chambers of commerce, companies and topics, so entities recur across files with the same name
 * and country. Every kind of record appears: visits with leaders, members and delegations, events
 * (meetings, forums, signing ceremonies with signatories and a witness), agreements (a few with
 * three parties), partial and year-less dates, and later articles reporting on earlier ones'
 * facts, sometimes disagreeing. Every evidence quote is cut from a sentence the generator itself
 * put in the body.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import type { articleFileSchema } from '../src/corpus/format/article.js';

type ArticleInput = z.input<typeof articleFileSchema>;
type Row<K extends keyof ArticleInput> = NonNullable<ArticleInput[K]> extends readonly (infer R)[] ? R : never;
type Visit = Row<'visits'>;
type Metric = Row<'metrics'>;
type Statement = Row<'statements'>;
type Quantity = Metric['value'];
type TimeRef = NonNullable<Metric['to']>;
type Office = Omit<Row<'people'>['offices'] extends readonly (infer O)[] | undefined ? O : never, 'evidence'>;
type Organisation = Omit<Row<'organisations'>, 'evidence'>;
type Venue = Omit<Row<'venues'>, 'evidence'> & { city: string };
interface Evidence {
  quote: string;
  paragraph: number;
}

/** mulberry32: tiny, fast, and plenty random for test data. */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Skewed towards the front of the list, so some cities and companies make the news far more often. */
  pickPopular<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() ** 2 * items.length)]!;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
}

// ---- The shared world ----

interface Country {
  key: string;
  name: string;
  adjective: string;
  iso: string;
  regions: Region[];
  cities: City[];
  companies: Company[];
}
interface Region {
  key: string;
  name: string;
  kind: 'province' | 'state';
  country: Country;
}
interface City {
  key: string;
  name: string;
  country: Country;
  region: Region;
  capital: boolean;
  mayor: Person;
  chamber: Organisation;
  hall: Venue;
}
interface Person {
  key: string;
  name: string;
  last: string;
}
interface Company {
  key: string;
  name: string;
}
interface Topic {
  key: string;
  name: string;
}
interface World {
  countries: Country[];
  cities: City[];
  topics: Map<string, Topic>;
}

const COUNTRY_COUNT = 60;
const REGIONS_PER_COUNTRY = 3;
const CITIES_PER_COUNTRY = 5;
const COMPANIES_PER_COUNTRY = 50;
const TOPIC_NAMES = [
  'water technology', 'district heating', 'clean energy', 'wind power', 'solar power', 'urban planning',
  'tourism', 'public transport', 'waste management', 'smart cities', 'green growth', 'sustainable urban development',
  'healthcare', 'higher education', 'cultural exchange', 'port logistics', 'food safety', 'air quality',
  'electric vehicles', 'digital government', 'cycling infrastructure', 'flood protection', 'water loss', 'agriculture',
  'biotechnology', 'financial services', 'architecture', 'elderly care', 'sports', 'film industry', 'fashion design',
  'maritime shipping', 'aviation', 'rail infrastructure', 'housing', 'startups', 'life sciences', 'circular economy',
  'climate adaptation', 'trade', 'business relations',
];

const ONSETS = ['b', 'br', 'd', 'f', 'g', 'gr', 'h', 'k', 'kr', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'tr', 'v', 'z', 'sh', 'ch'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ou'];
const CODAS = ['n', 'r', 'l', 's', 'm', 'nd', 'rt', 'k'];
const COUNTRY_SUFFIXES = ['ia', 'ania', 'land', 'ora', 'istan'];
const CITY_SUFFIXES = ['', '', '', 'burg', 'port', 'holm', 'grad'];
const COMPANY_SUFFIXES = ['', '', ' Energy', ' Systems', ' Water', ' Engineering', ' Group', ' Technologies', ' Consult', ' Logistics', ' Foods', ' Robotics', ' Medical', ' Design'];

const capitalize = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function word(r: Random, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += r.pick(ONSETS) + r.pick(VOWELS);
  if (r.chance(0.5)) w += r.pick(CODAS);
  return capitalize(w);
}

/** Draws names until one has an unused key. */
function uniqueName(used: Set<string>, make: () => string): string {
  for (;;) {
    const name = make();
    const key = slug(name);
    if (!used.has(key)) {
      used.add(key);
      return name;
    }
  }
}

function adjectiveOf(country: string): string {
  if (country.endsWith('land')) return `${country.slice(0, -4)}lish`;
  if (country.endsWith('istan')) return `${country}i`;
  return `${country}n`;
}

/** Real ISO 3166-1 alpha-2 codes (the API's CountryCode scalar accepts no others), one per synthetic country. */
const ISO_CODES = (
  'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU ' +
  'CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ ' +
  'IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU ' +
  'MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN ' +
  'SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VN VU WS YE ZA ZM ZW'
).split(' ');

/** An unused code, preferably one spelled from the name's letters, as real codes often are. */
function isoCode(name: string, used: Set<string>): string {
  const upper = name.toUpperCase();
  const free = ISO_CODES.filter((code) => !used.has(code));
  const code = free.find((c) => c[0] === upper[0] && upper.includes(c[1]!, 1)) ?? free.find((c) => c[0] === upper[0]) ?? free[0]!;
  used.add(code);
  return code;
}

function buildWorld(seed: number): World {
  const r = new Random(seed);
  const placeKeys = new Set<string>();
  const personKeys = new Set<string>();
  const companyKeys = new Set<string>();
  const isoCodes = new Set<string>();
  const countries: Country[] = [];
  const cities: City[] = [];
  for (let c = 0; c < COUNTRY_COUNT; c++) {
    const name = uniqueName(placeKeys, () => {
      const stem = word(r, r.int(1, 2));
      const suffix = r.pick(COUNTRY_SUFFIXES);
      return /[aeiou]$/.test(stem) && /^[aeiou]/.test(suffix) ? stem.slice(0, -1) + suffix : stem + suffix;
    });
    const country: Country = { key: slug(name), name, adjective: adjectiveOf(name), iso: isoCode(name, isoCodes), regions: [], cities: [], companies: [] };
    const kind = r.chance(0.5) ? 'province' : 'state';
    for (let i = 0; i < REGIONS_PER_COUNTRY; i++) {
      const regionName = uniqueName(placeKeys, () => word(r, r.int(1, 2)));
      country.regions.push({ key: slug(regionName), name: regionName, kind, country });
    }
    for (let i = 0; i < CITIES_PER_COUNTRY; i++) {
      const cityName = uniqueName(placeKeys, () => word(r, r.int(2, 3)) + r.pick(CITY_SUFFIXES));
      const mayorName = uniqueName(personKeys, () => `${word(r, 2)} ${word(r, r.int(2, 3))}`);
      const mayor = { key: slug(mayorName), name: mayorName, last: mayorName.split(' ')[1]! };
      const key = slug(cityName);
      country.cities.push({
        key,
        name: cityName,
        country,
        region: country.regions[i % REGIONS_PER_COUNTRY]!,
        capital: i === 0,
        mayor,
        chamber: { key: `${key}-chamber-of-commerce`, name: `${cityName} Chamber of Commerce`, kind: 'business-association', city: key },
        hall: { key: `${key}-city-hall`, name: `${cityName} City Hall`, city: key },
      });
    }
    for (let i = 0; i < COMPANIES_PER_COUNTRY; i++) {
      const companyName = uniqueName(companyKeys, () =>
        r.chance(0.15)
          ? Array.from({ length: r.int(3, 4) }, () => r.pick([...'ABCDEFGHKLMNPRSTVW'])).join('')
          : word(r, r.int(1, 2)) + r.pick(COMPANY_SUFFIXES),
      );
      country.companies.push({ key: slug(companyName), name: companyName });
    }
    countries.push(country);
    cities.push(...country.cities);
  }
  const topics = new Map(TOPIC_NAMES.map((name) => [name, { key: slug(name), name }]));
  return { countries, cities, topics };
}

// ---- Time and money wording ----

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const weekday = (ms: number): string => WEEKDAYS[new Date(ms).getUTCDay()]!;
const yearRef = (words: string, year: number): TimeRef => ({ words, date: String(year) });
const listWords = (items: string[]): string => (items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

type Currency = 'EUR' | 'USD' | 'CNY' | 'DKK' | 'GBP' | 'JPY';
const CURRENCY_WORDS: Record<Currency, [singular: string, plural: string]> = {
  EUR: ['euro', 'euros'],
  USD: ['US dollar', 'US dollars'],
  CNY: ['yuan', 'yuan'],
  DKK: ['Danish krone', 'Danish kroner'],
  GBP: ['British pound', 'British pounds'],
  JPY: ['yen', 'yen'],
};
const UNITS_PER_USD: Record<Currency, number> = { USD: 1, EUR: 0.8, CNY: 6.5, DKK: 6, GBP: 0.7, JPY: 110 };

// ---- One article ----

const SOURCES = ['Meridian Wire', 'Civic Herald', 'Global City News'];
const SECTIONS = ['Diplomacy', 'Business', 'Cities', 'World'];
const UTC_OFFSETS = ['+08:00', '+01:00', '+00:00', '-05:00', '+09:00'];
const SYNTHETIC_REFERENCE = 'synthetic reference data (gen-corpus), not stated by the article';
const MAX_EVIDENCE = 3;

/** Facts earlier articles declared that later ones may report on: the most recent ANNOUNCED_WINDOW of each, in generation order. */
const ANNOUNCED_WINDOW = 200;
interface Announced {
  mous: { key: string; text: string; pubMs: number }[];
  visits: { key: string; text: string; pubMs: number; size: number }[];
}

/** The body being written and the entities it mentions, each with the quotes that mention it. */
class Draft {
  readonly body: string[] = [];
  readonly countries = new Map<string, Row<'countries'>>();
  readonly regions = new Map<string, Row<'regions'>>();
  readonly cities = new Map<string, Row<'cities'>>();
  readonly venues = new Map<string, Row<'venues'>>();
  readonly people = new Map<string, Row<'people'>>();
  readonly organisations = new Map<string, Row<'organisations'>>();
  readonly topics = new Map<string, Row<'topics'>>();

  /** Appends a paragraph; the returned function cites a fragment of it, and fails loudly if the fragment is not there. */
  paragraph(...sentences: string[]): (quote: string) => Evidence {
    const text = sentences.join(' ');
    const paragraph = this.body.push(text) - 1;
    return (quote) => {
      if (!text.includes(quote)) throw new Error(`gen-corpus bug: "${quote}" is not in paragraph ${paragraph}: ${text}`);
      return { quote, paragraph };
    };
  }

  country(c: Country, ev: Evidence): void {
    mention(this.countries, c.key, () => ({ key: c.key, name: c.name, reference: { isoAlpha2: c.iso, source: SYNTHETIC_REFERENCE }, evidence: [] }), ev);
  }
  region(g: Region, withCountry: boolean, ev: Evidence): void {
    const row = mention(this.regions, g.key, () => ({ key: g.key, name: g.name, kind: g.kind, evidence: [] }), ev);
    if (withCountry) row.country = g.country.key;
  }
  /** The first mention of a capital must be a quote that says so (see place()). */
  city(c: City, stated: Place, ev: Evidence): void {
    const row = mention(this.cities, c.key, () => ({ key: c.key, name: c.name, ...(c.capital && { capital: true }), evidence: [] }), ev);
    if (stated.country) row.country = c.country.key;
    if (stated.region) row.region = c.region.key;
  }
  person(p: Person, office: Office, ev: Evidence): void {
    mention(this.people, p.key, () => ({ key: p.key, name: p.name, offices: [{ ...office, evidence: [ev] }], evidence: [] }), ev);
  }
  mayor(city: City, ev: Evidence): void {
    this.person(city.mayor, { role: 'mayor', title: 'Mayor', of: `city:${city.key}` }, ev);
  }
  organisation(o: Organisation, ev: Evidence): void {
    mention(this.organisations, o.key, () => ({ key: o.key, name: o.name, kind: o.kind, ...(o.country && { country: o.country }), ...(o.city && { city: o.city }), evidence: [] }), ev);
  }
  venue(v: Venue, ev: Evidence): void {
    mention(this.venues, v.key, () => ({ key: v.key, name: v.name, city: v.city, evidence: [] }), ev);
  }
  topic(t: Topic, ev: Evidence): string {
    mention(this.topics, t.key, () => ({ key: t.key, name: t.name, evidence: [] }), ev);
    return t.key;
  }
}

function mention<T extends { evidence: { quote: string; paragraph?: number }[] }>(rows: Map<string, T>, key: string, create: () => T, ev: Evidence): T {
  let row = rows.get(key);
  if (!row) rows.set(key, (row = create()));
  if (row.evidence.length < MAX_EVIDENCE && !row.evidence.some((e) => e.quote === ev.quote)) row.evidence.push(ev);
  return row;
}

/** How an article names a city's place, and what that states: a capital names its country; other cities their region, and usually the country. */
interface Place {
  text: string;
  quote: string;
  country: boolean;
  region: boolean;
}
function place(city: City, r: Random): Place {
  if (city.capital) {
    const quote = `${city.name}, the capital of ${city.country.name}`;
    return { quote, text: `${quote},`, country: true, region: false };
  }
  const withCountry = r.chance(0.7);
  const quote = `${city.name} in ${city.region.name} ${city.region.kind}${withCountry ? `, ${city.country.name}` : ''}`;
  return { quote, text: withCountry ? `${quote},` : quote, country: withCountry, region: true };
}

function declarePlace(d: Draft, city: City, where: Place, cite: (q: string) => Evidence): void {
  d.city(city, where, cite(where.quote));
  if (where.region) d.region(city.region, where.country, cite(where.quote));
  if (where.country) d.country(city.country, cite(where.quote));
}

/** The ambassador of one country to another: a person of the world, named the same in every article. */
function ambassador(from: Country, to: Country, seed: number): Person {
  const r = new Random(Math.imul(hash(from.key), 31) ^ hash(to.key) ^ seed);
  const name = `${word(r, 2)} ${word(r, r.int(2, 3))}`;
  return { key: `${slug(name)}-${from.key}`, name, last: name.split(' ')[1]! };
}
const hash = (text: string): number => [...text].reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7);

function remember<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > ANNOUNCED_WINDOW) list.shift();
}

function generateArticle(world: World, index: number, seed: number, announced: Announced): ArticleInput {
  const r = new Random(Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(seed, 0x85ebca6b));
  const d = new Draft();
  const topic = (name: string): Topic => world.topics.get(name)!;
  const topics = (n: number): Topic[] => r.sample([...world.topics.values()], n);

  const pubMs = Date.UTC(2010, 0, 1) + r.int(0, 15 * 365 - 1) * DAY_MS;
  const pubDate = isoDate(pubMs);
  const pubYear = Number(pubDate.slice(0, 4));
  const two = (n: number) => String(n).padStart(2, '0');
  // One article in twenty gives its date alone, without a time of day.
  const publishedAt = r.chance(0.05) ? pubDate : `${pubDate}T${two(r.int(0, 23))}:${two(r.int(0, 59))}:${two(r.int(0, 59))}${r.pick(UTC_OFFSETS)}`;
  const source = r.pick(SOURCES);

  const A = r.pickPopular(world.cities);
  let B = r.pickPopular(world.cities);
  while (B.country === A.country) B = r.pickPopular(world.cities);
  const [CA, CB, pA, pB] = [A.country, B.country, A.mayor, B.mayor];
  const key = `${slug(source)}-${pubDate}-${A.key}-${B.key}-${index}`;
  const factKey = (kind: string, n: number) => `${key}-${kind}-${n}`;
  // One visit in ten leaves its status to the reader: the article does not make it clear.
  const status = r.pick(['planned', 'underway', 'completed'] as const);
  const statedStatus = r.chance(0.9);
  const past = status === 'completed';
  const agreementKinds = r.sample(['memorandum-of-understanding', 'sister-cities', 'cooperation-agreement'] as const, r.int(0, 3));

  // Lead: the cooperation the visit is about, said by the visiting mayor.
  const [t1, t2] = topics(2) as [Topic, Topic];
  const coop = `${A.name} and ${B.name} will seek to work together on ${t1.name} and ${t2.name}`;
  const mayorA = `${A.name} Mayor ${pA.name}`;
  const lead = d.paragraph(`${coop}, said ${mayorA}.`);
  d.mayor(A, lead(mayorA));
  d.topic(t1, lead(`work together on ${t1.name}`));
  d.topic(t2, lead(`${t1.name} and ${t2.name}`));

  // The visit itself, led by the mayor or made by the mayor alone.
  const leads = r.chance(0.5);
  const visit: Visit = {
    key: factKey('visit', 1),
    participants: [],
    visitingCity: A.key,
    hostCity: B.key,
    ...(statedStatus && { status }),
    evidence: [],
    purposes: [{ description: `work together with ${B.name} on ${t1.name} and ${t2.name}`, topics: [t1.key, t2.key], evidence: [lead(coop)] }],
  };
  const host = place(B, r);
  if (host.country) visit.hostCountry = CB.key;
  const delegationWords = `a ${CA.adjective} business delegation`;
  const withDelegation = leads ? `leading ${delegationWords}` : `with ${delegationWords}`;
  let visitSentence: string;
  if (status === 'underway') {
    const departed = pubMs - r.int(1, 3) * DAY_MS;
    const words = `on ${weekday(departed)}`;
    visit.departure = { words, date: isoDate(departed), basis: `the ${weekday(departed)} before publication on ${pubDate}` };
    visitSentence = `${pA.last} has left for ${host.text} ${words} ${withDelegation}.`;
  } else if (status === 'planned') {
    const leaves = pubMs + r.int(1, 6) * DAY_MS;
    const nextMonth = new Date(pubMs);
    nextMonth.setUTCDate(1);
    nextMonth.setUTCMonth(nextMonth.getUTCMonth() + 1);
    const month = nextMonth.toISOString().slice(0, 7);
    const [from, to] = [new Date(leaves), new Date(leaves + r.int(2, 5) * DAY_MS)];
    const dateOf = (t: Date) => `${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())}`;
    const choice = r.int(0, 9);
    visit.time =
      choice < 4
        ? { words: `on ${weekday(leaves)}`, date: isoDate(leaves), basis: `the ${weekday(leaves)} after publication on ${pubDate}` }
        : choice < 8
          ? { words: 'next month', date: month, basis: `the month after publication on ${pubDate}` }
          : // A range with its year left unstated, as regional reports often write it.
            {
              words: `from ${MONTHS[from.getUTCMonth()]} ${from.getUTCDate()} to ${MONTHS[to.getUTCMonth()]} ${to.getUTCDate()}`,
              date: `--${dateOf(from)}`,
              end: `--${dateOf(to)}`,
            };
    visitSentence = `${pA.last} will visit ${host.text} ${visit.time.words} ${withDelegation}.`;
  } else {
    visit.time = { words: 'last week', date: isoDate(pubMs - 7 * DAY_MS), approximate: true, basis: `a week before publication on ${pubDate}` };
    visitSentence = `${pA.last} visited ${host.text} last week ${withDelegation}.`;
  }
  const visitPara = d.paragraph(visitSentence);
  visit.evidence.push(visitPara(visitSentence));
  visit.participants!.push({ role: leads ? 'leader' : 'visitor', who: [`person:${pA.key}`], evidence: [visitPara(visitSentence)] });
  declarePlace(d, B, host, visitPara);

  // Meeting with the host mayor, and the memorandum when one is planned or signed.
  const mayorB = `${B.name} Mayor ${pB.name}`;
  const meet = `${pA.last} ${past ? 'met' : 'will meet'} with ${mayorB}`;
  const mouTopic = topics(1)[0]!;
  const mou = `the two sides ${past ? 'signed' : 'will sign'} a memorandum of understanding on ${mouTopic.name}`;
  const hasMou = agreementKinds.includes('memorandum-of-understanding');
  const meetPara = d.paragraph(`During the visit, ${meet}${hasMou ? ` and ${mou}` : ''}.`);
  d.mayor(B, meetPara(mayorB));
  d.city(B, { ...host, country: false, region: false }, meetPara(mayorB));
  const events: Row<'events'>[] = [];
  const eventKey = () => factKey('event', events.length + 1);
  events.push({
    key: eventKey(),
    kind: 'meeting',
    description: `meeting with ${mayorB}`,
    status: past ? 'held' : 'planned',
    participants: [{ role: 'participant', who: [`person:${pA.key}`, `person:${pB.key}`], evidence: [meetPara(meet)] }],
    visit: visit.key,
    evidence: [meetPara(meet)],
  });

  // The delegation and its own meetings.
  const memberCount = r.int(1, 5);
  const picked = new Set<Company>();
  while (picked.size < memberCount) picked.add(r.pickPopular(CA.companies));
  const companies = [...picked];
  const size = companies.length + r.int(2, 25);
  const approximate = size > 10 && r.chance(0.6);
  const sizeValue = approximate ? Math.round(size / 5) * 5 : size;
  const sizeWords = `${approximate ? 'around ' : ''}${sizeValue} ${CA.adjective} companies`;
  const members = `including ${listWords(companies.map((c) => c.name))}`;
  const home = place(A, r);
  if (home.country) visit.visitingCountry = CA.key;
  const delegationSentence = `The delegation from ${home.text} ${past ? 'included' : 'includes'} representatives from ${sizeWords}, ${members}.`;
  const days = r.int(2, 7);
  const durationWords = `${NUMBER_WORDS[days]}-day visit`;
  const [t3, t4] = topics(2) as [Topic, Topic];
  const discuss = `to discuss ${t3.name} and ${t4.name}`;
  const officials = `${CB.adjective} officials`;
  const delegationMeet = `The ${CA.adjective} companies ${past ? 'met' : 'will meet'} with ${officials} during their ${durationWords}`;
  const delegationPara = d.paragraph(delegationSentence, `${delegationMeet} ${discuss}.`);
  declarePlace(d, A, home, delegationPara);
  for (const c of companies) d.organisation({ key: c.key, name: c.name, kind: 'company', country: CA.key }, delegationPara(members));
  d.topic(t3, delegationPara(discuss));
  d.topic(t4, delegationPara(discuss));
  visit.duration = { words: durationWords, value: days, unit: 'DAY' };
  visit.evidence.push(delegationPara(`during their ${durationWords}`));
  visit.delegation = {
    description: delegationWords,
    size: { words: sizeWords, value: sizeValue, unit: 'COUNT', counting: 'companies', approximate },
    evidence: [visitPara(visitSentence), delegationPara(delegationSentence)],
  };
  visit.participants!.push({ role: 'member', who: companies.map((c) => `organisation:${c.key}`), evidence: [delegationPara(members)] });
  events.push({
    key: eventKey(),
    kind: 'meeting',
    description: `meetings with ${officials}`,
    status: past ? 'held' : 'planned',
    participants: [
      { role: 'participant', description: `the ${CA.adjective} companies`, evidence: [delegationPara(`The ${CA.adjective} companies`)] },
      { role: 'participant', description: officials, evidence: [delegationPara(officials)] },
    ],
    visit: visit.key,
    evidence: [delegationPara(delegationMeet)],
  });
  visit.purposes!.push({ description: discuss.slice(3), topics: [t3.key, t4.key], evidence: [delegationPara(discuss)] });
  const visits: Visit[] = [visit];
  if (statedStatus && status !== 'completed') remember(announced.visits, { key: visit.key, text: `${pA.name}'s visit to ${B.name}`, pubMs, size: sizeValue });

  // Sometimes a business forum that the host city's chamber of commerce organises for the delegation.
  if (r.chance(0.3)) {
    const chamber = B.chamber;
    const forum = `The ${chamber.name} ${past ? 'organised' : 'will organise'} a business forum for the delegation`;
    const cite = d.paragraph(`${forum}, where the companies ${past ? 'presented' : 'will present'} their work on ${t3.name}.`);
    d.organisation(chamber, cite(chamber.name));
    events.push({
      key: eventKey(),
      kind: 'forum',
      description: 'business forum for the delegation',
      status: past ? 'held' : 'planned',
      city: B.key,
      participants: [
        { role: 'organiser', who: [`organisation:${chamber.key}`], evidence: [cite(forum)] },
        { role: 'participant', who: companies.map((c) => `organisation:${c.key}`), description: 'the delegation', evidence: [cite(forum)] },
      ],
      visit: visit.key,
      topics: [t3.key],
      evidence: [cite(forum)],
    });
  }

  // Sometimes a second visit: the mayor's earlier trip, or the host mayor's planned return visit.
  if (r.chance(0.4)) {
    const secondKey = factKey('visit', 2);
    if (r.chance(0.5)) {
      const yearsAgo = r.int(2, 9);
      const ago = `${NUMBER_WORDS[yearsAgo]} years ago`;
      const firstVisit = `${pA.last} first visited ${CB.name} ${ago}`;
      const cite = d.paragraph(`${firstVisit}.`);
      d.country(CB, cite(firstVisit));
      visit.previousVisit = secondKey;
      visits.push({
        key: secondKey,
        participants: [{ role: 'visitor', who: [`person:${pA.key}`], evidence: [cite(firstVisit)] }],
        visitingCity: A.key,
        hostCountry: CB.key,
        status: 'completed',
        time: { words: ago, date: String(pubYear - yearsAgo), approximate: true, basis: `${NUMBER_WORDS[yearsAgo]} years before publication in ${pubYear}` },
        evidence: [cite(firstVisit)],
      });
    } else {
      const when = new Date(pubMs);
      when.setUTCDate(1);
      when.setUTCMonth(when.getUTCMonth() + r.int(2, 6));
      const words = `in ${when.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${when.getUTCFullYear()}`;
      const returnVisit = `${pB.name} is expected to pay a return visit to ${A.name} ${words}`;
      const cite = d.paragraph(`${returnVisit}.`);
      visits.push({
        key: secondKey,
        participants: [{ role: 'visitor', who: [`person:${pB.key}`], evidence: [cite(returnVisit)] }],
        visitingCity: B.key,
        hostCity: A.key,
        status: 'planned',
        time: { words, date: when.toISOString().slice(0, 7) },
        evidence: [cite(returnVisit)],
      });
    }
  }

  // Statements: one to four, from either mayor.
  const statements: Statement[] = [];
  const said = (s: Omit<Statement, 'key' | 'evidence'>, cite: (q: string) => Evidence) =>
    statements.push({ key: factKey('statement', statements.length + 1), ...s, evidence: [cite(s.text)] });
  const statementMakers: (() => void)[] = [
    () => said({ speaker: pA.key, mode: 'reported', text: coop, about: [`city:${A.key}`, `city:${B.key}`], topics: [t1.key, t2.key] }, lead),
    () => {
      const t = topics(1)[0]!;
      const text = `${capitalize(t.name)} is very important for big cities like ${B.name}`;
      const cite = d.paragraph(`"${text}," ${pA.last} said.`);
      said({ speaker: pA.key, mode: 'direct', text, about: [`city:${B.key}`], topics: [d.topic(t, cite(text))] }, cite);
    },
    () => {
      const t = topic('business relations');
      const text = `By drawing on our partnership with ${B.name}, we hope to do more business with ${CB.name} and to create more jobs in ${A.name}`;
      const cite = d.paragraph(`"${text}," ${pA.last} told ${source} in an interview.`);
      d.topic(t, cite(text));
      d.country(CB, cite(CB.name));
      said({ speaker: pA.key, mode: 'direct', text, setting: `in an interview with ${source}`, about: [`city:${B.key}`, `country:${CB.key}`, `city:${A.key}`], topics: [t.key] }, cite);
    },
    () => {
      const text = 'the visit would further strengthen the partnership between the two cities';
      said({ speaker: pA.key, mode: 'reported', text, about: [`city:${A.key}`, `city:${B.key}`] }, d.paragraph(`${pA.last} said ${text}.`));
    },
    () => {
      const t = topics(1)[0]!;
      const text = `We welcome ${CA.adjective} companies to ${B.name} and look forward to cooperation on ${t.name}`;
      const cite = d.paragraph(`"${text}," said ${pB.last}.`);
      d.country(CA, cite(CA.adjective));
      said({ speaker: pB.key, mode: 'direct', text, about: [`country:${CA.key}`, `city:${B.key}`], topics: [d.topic(t, cite(t.name))] }, cite);
    },
    () => {
      const t = topics(1)[0]!;
      const text = `${B.name} hopes to learn from the experience of ${A.name} in ${t.name}`;
      const cite = d.paragraph(`${pB.last} said ${text}.`);
      said({ speaker: pB.key, mode: 'reported', text, about: [`city:${B.key}`, `city:${A.key}`], topics: [d.topic(t, cite(t.name))] }, cite);
    },
  ];
  for (const make of r.sample(statementMakers, r.int(1, 4))) make();

  // Agreements.
  const parties = [`city:${A.key}`, `city:${B.key}`];
  const agreements: Row<'agreements'>[] = [];
  const agreementKey = () => factKey('agreement', agreements.length + 1);
  for (const kind of agreementKinds) {
    if (kind === 'memorandum-of-understanding') {
      const areas = [d.topic(mouTopic, meetPara(mouTopic.name))];
      const mouKey = agreementKey();
      agreements.push({ key: mouKey, kind, title: `memorandum of understanding on ${mouTopic.name}`, parties, status: past ? 'signed' : 'planned', visit: visit.key, areas, evidence: [meetPara(mou)] });
      if (!past) {
        visit.purposes!.push({ description: `sign a memorandum of understanding on ${mouTopic.name}`, topics: areas, evidence: [meetPara(mou)] });
        remember(announced.mous, { key: mouKey, text: `The memorandum of understanding on ${mouTopic.name} between ${A.name} and ${B.name}`, pubMs });
      } else if (r.chance(0.6)) {
        // The signing: at the host's city hall, the mayors signing for their cities, witnessed by the visiting country's ambassador.
        const envoy = ambassador(CA, CB, seed);
        const hall = B.hall;
        const signing = `${pA.last} and ${pB.last} signed the memorandum for their cities at ${hall.name}`;
        const witness = `${CA.adjective} Ambassador to ${CB.name} ${envoy.name}`;
        const cite = d.paragraph(`${signing}, witnessed by ${witness}.`);
        d.venue(hall, cite(hall.name));
        d.person(envoy, { role: 'ambassador', title: `Ambassador to ${CB.name}`, of: `country:${CA.key}` }, cite(witness));
        d.country(CA, cite(CA.adjective));
        const participants: Row<'agreements'>['participants'] = [
          { role: 'signatory', who: [`person:${pA.key}`], for: `city:${A.key}`, evidence: [cite(signing)] },
          { role: 'signatory', who: [`person:${pB.key}`], for: `city:${B.key}`, evidence: [cite(signing)] },
          { role: 'witness', who: [`person:${envoy.key}`], evidence: [cite(witness)] },
        ];
        agreements.at(-1)!.participants = participants;
        events.push({ key: eventKey(), kind: 'signing-ceremony', description: 'signing of the memorandum', status: 'held', venue: hall.key, city: B.key, participants, visit: visit.key, agreements: [mouKey], evidence: [cite(signing)] });
      }
    } else if (kind === 'sister-cities') {
      const year = pubYear - r.int(1, 20);
      const since = `since ${year}`;
      // Reporters' words vary; the kind does not.
      const words = r.pick(['sister cities', 'twin cities', 'friendship cities']);
      const text = `${B.name} and ${A.name} have been "${words}" ${since}`;
      const cite = d.paragraph(`${text}.`);
      agreements.push({ key: agreementKey(), kind, title: words, parties, status: 'in-force', date: yearRef(since, year), evidence: [cite(text)] });
    } else {
      const [a, b] = topics(2) as [Topic, Topic];
      const text = `the two cities have already signed agreements to collaborate in areas such as ${a.name} and ${b.name}`;
      const cite = d.paragraph(`In addition, ${text}.`);
      const areas = [d.topic(a, cite(a.name)), d.topic(b, cite(b.name))];
      agreements.push({ key: agreementKey(), kind, title: text.slice(text.indexOf('agreements')), parties, status: 'signed', areas, areasExhaustive: false, evidence: [cite(text)] });
    }
  }
  // Now and then a declaration that a third city joins.
  if (r.chance(0.05)) {
    let C = r.pickPopular(world.cities);
    while (C === A || C === B) C = r.pickPopular(world.cities);
    const where = place(C, r);
    const text = `${A.name}, ${B.name} and ${where.text} ${past ? 'signed' : 'will sign'} a joint declaration on ${t1.name}`;
    const cite = d.paragraph(`${text}.`);
    declarePlace(d, C, where, cite);
    agreements.push({ key: agreementKey(), kind: 'declaration', title: `joint declaration on ${t1.name}`, parties: [...parties, `city:${C.key}`], status: past ? 'signed' : 'planned', areas: [t1.key], evidence: [cite(text)] });
  }

  // Now and then a follow-up on what an earlier article announced: a memorandum signed, or a visit's delegation counted again.
  const reports: NonNullable<ArticleInput['reports']> = {};
  const earlierMou = announced.mous.filter((m) => m.pubMs < pubMs).at(-1 - r.int(0, 3));
  if (earlierMou && r.chance(0.15)) {
    // A memorandum is signed once: later articles do not report it signed again.
    announced.mous.splice(announced.mous.indexOf(earlierMou), 1);
    const signedMs = pubMs - r.int(1, 3) * DAY_MS;
    const text = `${earlierMou.text}, announced earlier, was signed on ${weekday(signedMs)}`;
    const cite = d.paragraph(`${text}.`);
    reports.agreements = [{ key: earlierMou.key, status: 'signed', date: { words: `on ${weekday(signedMs)}`, date: isoDate(signedMs), basis: `the ${weekday(signedMs)} before publication on ${pubDate}` }, evidence: [cite(text)] }];
  }
  const earlierVisit = announced.visits.filter((v) => v.pubMs < pubMs).at(-1 - r.int(0, 3));
  if (earlierVisit && r.chance(0.05)) {
    // Organisers' counts differ from the first report's now and then: a disagreement the API shows.
    const counted = earlierVisit.size + r.pick([0, 0, 5, -2]);
    const words = `${counted} companies`;
    const text = `Organisers said ${words} took part in ${earlierVisit.text}`;
    const cite = d.paragraph(`${text}.`);
    reports.visits = [{ key: earlierVisit.key, status: 'completed', delegation: { description: 'the delegation', size: { words, value: counted, unit: 'COUNT', counting: 'companies' }, evidence: [cite(text)] }, evidence: [cite(text)] }];
  }

  // Metrics: one to four figures of different kinds.
  const metrics: Metric[] = [];
  const metricKey = () => factKey('metric', metrics.length + 1);
  const presentTense: TimeRef = { words: 'is', date: pubDate, basis: 'stated in the present tense; taken as of publication' };
  const metricMakers: (() => void)[] = [
    () => {
      const [measure, topicName] = r.pick([
        [`the loss of drinking water in the pipes of ${A.name}`, 'water loss'],
        [`the share of renewable energy in the power supply of ${A.name}`, 'clean energy'],
        [`the share of residents of ${A.name} who cycle to work`, 'cycling infrastructure'],
        [`the recycling rate for household waste in ${A.name}`, 'waste management'],
      ] as const);
      const value = r.int(3, 60);
      const sentence = `According to the mayor, ${measure} is only ${value} percent, ${pA.last} said.`;
      const cite = d.paragraph(sentence);
      metrics.push({ key: metricKey(), measure: measure.slice(4), kind: 'level', subjects: [`city:${A.key}`], topics: [d.topic(topic(topicName), cite(measure))], value: { words: `${value} percent`, value, unit: 'PERCENT' }, asOf: presentTense, attributedTo: pA.key, evidence: [cite(sentence)] });
    },
    () => {
      const [things, topicName] = r.pick([['public charging points for electric cars', 'electric vehicles'], ['hotels', 'tourism'], ['tech startups', 'startups']] as const);
      const value = r.int(40, 4000);
      const figure = `${A.name} now has ${value} ${things}`;
      const cite = d.paragraph(`${figure}, according to ${pA.last}.`);
      metrics.push({ key: metricKey(), measure: `number of ${things} in ${A.name}`, kind: 'level', subjects: [`city:${A.key}`], topics: [d.topic(topic(topicName), cite(things))], value: { words: `${value} ${things}`, value, unit: 'COUNT', counting: things }, asOf: presentTense, attributedTo: pA.key, evidence: [cite(figure)] });
    },
    () => {
      const up = r.chance(0.75);
      const value = r.int(5, 90);
      const year = pubYear - r.int(2, 6);
      const measure = `number of ${CB.adjective} visitors to ${A.name}`;
      const verb = up ? 'has risen' : 'has fallen';
      const sentence = `The ${measure} ${verb} by ${value} percent since ${year}.`;
      const cite = d.paragraph(sentence);
      d.country(CB, cite(CB.adjective));
      metrics.push({ key: metricKey(), measure, kind: 'change', subjects: [`city:${A.key}`, `country:${CB.key}`], topics: [d.topic(topic('tourism'), cite(measure))], value: { words: `${value} percent`, value, unit: 'PERCENT' }, change: { words: verb, direction: up ? 'up' : 'down' }, from: yearRef(`since ${year}`, year), evidence: [cite(sentence)] });
    },
    () => {
      const [words, factor] = r.pick([['doubled', 2], ['tripled', 3], ['halved', 0.5]] as const);
      const year = pubYear - r.int(3, 10);
      const measure = `Trade between ${CA.name} and ${CB.name}`;
      const sentence = `${measure} has ${words} since ${year}.`;
      const cite = d.paragraph(sentence);
      d.country(CA, cite(CA.name));
      d.country(CB, cite(CB.name));
      metrics.push({ key: metricKey(), measure: `trade between ${CA.name} and ${CB.name}`, kind: 'change', subjects: [`country:${CA.key}`, `country:${CB.key}`], topics: [d.topic(topic('trade'), cite(measure))], value: { words, value: factor, unit: 'MULTIPLE' }, change: { words: `has ${words}`, factor, direction: factor > 1 ? 'up' : 'down' }, from: yearRef(`since ${year}`, year), evidence: [cite(sentence)] });
    },
    () => {
      const n = r.int(2, 30);
      const year = pubYear + r.int(2, 10);
      const measure = `number of visitors to ${A.name}`;
      const sentence = `The ${measure} is expected to reach ${n} million by ${year}.`;
      const cite = d.paragraph(sentence);
      metrics.push({ key: metricKey(), measure, kind: 'forecast', subjects: [`city:${A.key}`], topics: [d.topic(topic('tourism'), cite(measure))], value: { words: `${n} million`, value: n, scale: 'million', unit: 'COUNT', counting: 'visitors' }, to: yearRef(`by ${year}`, year), evidence: [cite(sentence)] });
    },
    () => exportForecast(),
  ];

  // An export forecast in one currency, restated in another, sometimes with the exchange rate spelled out.
  const exportForecast = () => {
    const t = topic(r.pick(['district heating', 'water technology', 'wind power', 'solar power', 'electric vehicles', 'biotechnology']));
    const [from, to] = r.sample(Object.keys(CURRENCY_WORDS) as Currency[], 2) as [Currency, Currency];
    const rate = Number(((UNITS_PER_USD[to] / UNITS_PER_USD[from]) * (0.9 + r.next() * 0.2)).toPrecision(3));
    const scale = r.pick(['million', 'billion'] as const);
    const value = scale === 'million' ? r.int(20, 900) : r.int(1, 9);
    const converted = Number((value * rate).toPrecision(3));
    const stated = (v: number, c: Currency): Quantity => ({ words: `${v} ${scale} ${CURRENCY_WORDS[c][1]}`, value: v, scale, unit: c });
    const [q1, q2] = [stated(value, from), stated(converted, to)];
    const [changeWords, factor] = r.pick([['double', 2], ['triple', 3]] as const);
    const year = pubYear + r.int(2, 8);
    const exports = `exports of ${t.name} solutions from ${CA.name} to ${CB.name}`;
    const sentence = `By ${year}, ${exports} are expected to ${changeWords} to ${q1.words} (${q2.words}), ${pA.last} said.`;
    const rateWords = `1 ${CURRENCY_WORDS[from][0]} = ${rate} ${CURRENCY_WORDS[to][1]}`;
    const withRate = metrics.length < 3 && r.chance(0.6);
    const cite = d.paragraph(sentence, ...(withRate ? [`(${rateWords})`] : []));
    d.country(CA, cite(CA.name));
    d.country(CB, cite(CB.name));
    metrics.push({ key: metricKey(), measure: exports, kind: 'forecast', subjects: [`country:${CA.key}`, `country:${CB.key}`], topics: [d.topic(t, cite(exports))], value: q1, alsoStatedAs: [q2], change: { words: changeWords, factor, direction: 'up' }, to: yearRef(`By ${year}`, year), flow: { from: CA.key, to: CB.key }, attributedTo: pA.key, evidence: [cite(sentence)] });
    if (withRate) {
      metrics.push({ key: metricKey(), measure: `exchange rate of the ${CURRENCY_WORDS[from][0]} in ${CURRENCY_WORDS[to][1]}`, kind: 'rate', value: { words: rateWords, value: rate, unit: to, per: from }, evidence: [cite(rateWords)] });
    }
  };
  for (const make of r.sample(metricMakers, r.int(1, 4))) if (metrics.length < 4) make();

  const verb = { planned: 'to visit', underway: 'travels to', completed: 'visited' }[status];
  return {
    key,
    title: `${A.name} mayor ${verb} ${B.name} to promote ${t1.name} cooperation`,
    source,
    publishedAt,
    section: r.pick(SECTIONS),
    language: 'en',
    url: `https://news.example.org/${key}`,
    body: d.body,
    countries: [...d.countries.values()],
    regions: [...d.regions.values()],
    cities: [...d.cities.values()],
    venues: [...d.venues.values()],
    people: [...d.people.values()],
    organisations: [...d.organisations.values()],
    topics: [...d.topics.values()],
    visits,
    events,
    agreements,
    metrics,
    statements,
    ...((reports.agreements || reports.visits) && { reports }),
  };
}

// ---- Command line ----

/** Marks a folder as generated, so a rerun may wipe it; dotfiles are not articles to the loader. */
const MARKER = '.gen-corpus';

function prepareOutDir(dir: string, seed: number): void {
  if (existsSync(dir)) {
    const names = readdirSync(dir);
    if (names.length > 0 && !names.includes(MARKER)) {
      throw new Error(`${dir} is not empty and was not written by gen-corpus; refusing to overwrite it`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MARKER), `written by scripts/gen-corpus.ts, seed ${seed}\n`);
}

function main(): void {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1) throw new Error('usage: gen-corpus --articles N [--out DIR] [--seed S]');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const out = values.out ?? join('tmp', `corpus-${articles}`);
  const started = performance.now();
  prepareOutDir(out, seed);
  const world = buildWorld(seed);
  const announced: Announced = { mous: [], visits: [] };
  let written = 0;
  for (let i = 0; i < articles; i++) {
    const article = generateArticle(world, i, seed, announced);
    writeFileSync(join(out, `${article.key}.json`), `${JSON.stringify(article, null, 2)}\n`);
    written++;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`gen-corpus: ${articles} articles, ${written} files written to ${out} in ${seconds.toFixed(1)} s`);
}

try {
  main();
} catch (error) {
  console.error(`gen-corpus: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
