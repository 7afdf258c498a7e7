/**
 * The people, places and organisations an article names. compromise tags the words (Person,
 * Place, City, Country, Organization, ...); runs of capitalised words become names, split at
 * titles ("Copenhagen Mayor Frank Jensen" is a city, an office and a person). A name the corpus
 * knows takes the corpus's key; otherwise reference data (gazetteer.ts) and the words around the
 * name decide its kind, and its key is made from the name. A name nothing decides is left out.
 */
import { OFFICE_ROLES } from '../../corpus/format/vocabulary.js';
import type { RefPrefix } from '../../corpus/format/values.js';
import type { EntityKind } from '../../corpus/kinds.js';
import type { KnownCorpus, KnownEntity } from './corpus.js';
import { draftMark, quoteOf } from './evidence.js';
import { countryCode, countryName, isCityName, isCountryName, isDemonym, isRegionName, ISO_SOURCE } from './gazetteer.js';
import { slug } from './key.js';
import type { Sentence, Token } from './sentences.js';

export type EntityList = 'countries' | 'regions' | 'cities' | 'venues' | 'people' | 'organisations';

const LIST_OF: Record<EntityKind, EntityList | 'topics'> = {
  Country: 'countries',
  Region: 'regions',
  City: 'cities',
  Venue: 'venues',
  Person: 'people',
  Organisation: 'organisations',
  Topic: 'topics',
};
export const PREFIX_OF: Record<EntityList, RefPrefix> = {
  countries: 'country',
  regions: 'region',
  cities: 'city',
  venues: 'venue',
  people: 'person',
  organisations: 'organisation',
};
export const PLACE_LISTS: readonly EntityList[] = ['countries', 'regions', 'cities'];

/** Where a name is written: its sentence and its offsets in the paragraph. */
export interface Mention {
  ref: string;
  sentence: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface Office {
  role: string;
  title: string;
  of?: string;
  evidence: { quote: string; paragraph?: number }[];
}

export interface ProposedEntity {
  list: EntityList;
  key: string;
  name: string;
  ref: string;
  /** The row as the file holds it, draft mark included. */
  row: Record<string, unknown>;
  offices: Office[];
}

export interface FoundEntities {
  entities: ProposedEntity[];
  mentions: Mention[];
  /** Capitalised names that nothing classified, for the author to look at. */
  unclassified: string[];
}

/** Words that may start a name only when compromise tags them as one (sentence-initial words are capitalised anyway). */
const NAME_TAGS = ['ProperNoun', 'Person', 'FirstName', 'LastName', 'Place', 'City', 'Country', 'Region', 'Organization', 'Acronym'];
const DATE_TAGS = ['Date', 'Month', 'WeekDay'];
const NOT_NAME_TAGS = [...DATE_TAGS, 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Value'];

/** Titles before a name ("Mayor", "Vice Governor", "Mr"), never part of it. */
const TITLE_WORDS = new Set(
  'Mayor Vice Deputy Lord Governor Lieutenant Premier President Minister Prime Ambassador Consul Secretary Chairman Chairwoman Chairperson Councillor Councilor Senator Congressman Congresswoman Director Chief Executive CEO Commissioner King Queen Prince Princess Mr Mrs Ms Miss Dr Prof Professor Sir Dame Madam Speaker Gov Sen Rep Envoy Party General Acting Former Lady'.split(' '),
);
/** Offices a title names: the office vocabulary's terms and synonyms, less those that name two offices ("president"). */
const ROLE_OF_TITLE = (() => {
  const roles = new Map<string, string | null>();
  for (const [role, term] of Object.entries(OFFICE_ROLES)) {
    for (const words of [role.replaceAll('-', ' '), ...((term as { synonyms?: readonly string[] }).synonyms ?? [])]) {
      const title = words.toLowerCase();
      roles.set(title, roles.has(title) && roles.get(title) !== role ? null : role);
    }
  }
  return roles;
})();

/** The last word of a name that says what kind of body or place it is. */
const ORGANISATION_HEADS: [RegExp, string][] = [
  [/^(Embassy|Consulate|Consulate-General)$/, 'diplomatic-mission'],
  [/^(University|College|Institute|Academy|School)$/, 'university'],
  [/^(Ministry|Department|Agency|Bureau|Authority|Commission|Administration)$/, 'government-body'],
  [/^(Chamber|Chambers)$/, 'business-association'],
  [/^(Company|Corporation|Corp|Inc|Ltd|LLC|Group|Bank|Holdings|Airlines|Airways)$/, 'company'],
  [/^(Association|Foundation|Society|Federation|Network|Alliance|League|Union)$/, 'ngo'],
  [/^(News|Daily|Times|Post|Herald|Gazette|Radio|Television|TV)$/, 'media'],
  [/^(Council|Board|Government|Assembly|Office)$/, 'government'],
];
const REGION_HEADS: Record<string, string> = { Province: 'province', State: 'state', County: 'county', Prefecture: 'prefecture', Governorate: 'governorate', District: 'district', Region: 'region', Municipality: 'municipality' };
/** "companies, including Danfoss, Grundfos and COWI": the names listed are organisations of that kind. */
const LISTED = /\b(companies|firms|enterprises|businesses|corporations|banks|brands|universities|institutions|organi[sz]ations|groups)\b,? (?:including|such as|like|namely|among them)\b/i;
const LISTED_KIND: Record<string, string> = { universities: 'university', institutions: 'other', organisations: 'other', organizations: 'other', groups: 'other' };

const NOT_AN_ENTITY = 'not an entity';

interface Run {
  sentence: Sentence;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

interface Classified {
  list: EntityList;
  name: string;
  why: string;
  term?: string;
  known?: KnownEntity;
}

export function findEntities(body: readonly string[], sentences: readonly Sentence[], corpus: KnownCorpus): FoundEntities {
  const entities: ProposedEntity[] = [];
  const mentions: Mention[] = [];
  const unclassified = new Set<string>();

  const propose = (found: Classified, run: { sentence: Sentence; start: number; end: number; text: string }): ProposedEntity => {
    // Within an article, names that make the same key are the same entity: "Hawaii" and "Hawaii State".
    const made = found.known?.key ?? keyOfName(found);
    let entity = entities.find((e) => e.list === found.list && e.key === made);
    if (!entity) {
      const paragraph = run.sentence.paragraph;
      const name = found.known?.name ?? found.name;
      const row: Record<string, unknown> = { key: made, draft: draftMark(found.why, paragraph), name };
      const term = found.known?.term ?? found.term;
      if (term !== undefined) row.kind = term;
      const reference = found.known?.reference ?? (found.list === 'countries' && countryCode(found.name) ? { isoAlpha2: countryCode(found.name), source: ISO_SOURCE } : undefined);
      if (reference) row.reference = reference;
      row.evidence = [quoteOf(body, paragraph, run.sentence.text)];
      entity = { list: found.list, key: made, name, ref: `${PREFIX_OF[found.list]}:${made}`, row, offices: [] };
      entities.push(entity);
    }
    mentions.push({ ref: entity.ref, sentence: run.sentence.index, paragraph: run.sentence.paragraph, start: run.start, end: run.end, text: run.text });
    return entity;
  };

  for (const sentence of sentences) {
    const listed = LISTED.exec(sentence.text);
    const listedFrom = listed ? sentence.start + listed.index + listed[0].length : Infinity;
    // A sentence may start with a name compromise takes for a common word ("Holm, who ..."): a part of a person's name found before is a name.
    const named = (word: string) => entities.some((e) => e.list === 'people' && nameParts(e.name).includes(word));
    for (const run of runsOf(sentence, named)) {
      const parts = splitAtTitle(run);
      if (parts.place) classifyAndPropose(parts.place);
      if (parts.name === undefined) continue;
      const office = parts.title ? officeOf(parts.title.text, parts.place, parts.name) : undefined;
      const classified = classify(parts.name, parts.title !== undefined);
      if (classified === NOT_AN_ENTITY) continue;
      if (!classified) {
        unclassified.add(parts.name.text);
        continue;
      }
      const entity = propose(classified, parts.name);
      if (office && entity.list === 'people') addOffice(entity, office, run);
    }
    appositiveOffices(sentence);

    function classifyAndPropose(part: Run): ProposedEntity | undefined {
      const classified = classify(part, false);
      if (classified === NOT_AN_ENTITY) return undefined;
      if (classified) return propose(classified, part);
      unclassified.add(part.text);
      return undefined;
    }

    /** What a name is; NOT_AN_ENTITY for words that are known not to name one ("Danish", "Wednesday", the "US" of "US dollars"). */
    function classify(run: Run, titled: boolean): Classified | typeof NOT_AN_ENTITY | undefined {
      const name = run.text;
      if (run.tokens.every((t) => isDemonym(t.text) || t.tags.has('Demonym'))) return NOT_AN_ENTITY;
      if (run.tokens.some((t) => DATE_TAGS.some((tag) => t.tags.has(tag)))) return NOT_AN_ENTITY;
      if (run.tokens.every((t) => TITLE_WORDS.has(t.text))) return NOT_AN_ENTITY;
      const followedBy = body[run.sentence.paragraph]!.slice(run.end, run.end + 10);
      if (/^ ?(dollar|\$)/i.test(followedBy)) return NOT_AN_ENTITY;
      const known = knownAs(corpus.entities, name);
      if (known && LIST_OF[known.kind] !== 'topics') {
        return { list: LIST_OF[known.kind] as EntityList, name, known, why: `"${name}" is the corpus's ${known.kind.toLowerCase()} "${known.key}"` };
      }
      const person = entities.find((e) => e.list === 'people' && (e.name === name || (run.tokens.length === 1 && nameParts(e.name).includes(name))));
      if (person) return { list: 'people', name: person.name, why: `"${name}" names ${person.name}` };
      if (isCountryName(name)) return { list: 'countries', name: name.replace(/^the /i, ''), why: `"${name}" is a country name in ISO 3166-1` };
      const first = run.tokens[0]!.text;
      const last = run.tokens.at(-1)!.text;
      if (run.tokens.length > 1 && (REGION_HEADS[last] !== undefined || (first === 'County' && !/^(Hall|Council|Board|Court|House|Office|Building|Centre|Center)$/.test(last)))) {
        return { list: 'regions', name, term: REGION_HEADS[last] ?? 'county', why: `"${name}" is named as a ${REGION_HEADS[last] ?? 'county'}` };
      }
      if (run.tokens.length > 1 && last === 'City' && run.tokens[run.tokens.length - 2]!.text !== 'of') return { list: 'cities', name, why: `"${name}" is named as a city` };
      const head = ORGANISATION_HEADS.find(([pattern]) => run.tokens.some((t) => pattern.test(t.text)));
      if (head && run.tokens.length > 1) return { list: 'organisations', name, term: organisationKind(head[1], run), why: `"${name}" is named as an organisation by "${run.tokens.find((t) => head[0].test(t.text))!.text}"` };
      if (isRegionName(name)) return { list: 'regions', name, term: 'region', why: `compromise knows "${name}" as a region` };
      if (isCityName(name) || run.tokens.every((t) => t.tags.has('City'))) return { list: 'cities', name, why: `compromise knows "${name}" as a city` };
      if (run.start >= listedFrom) {
        const kind = LISTED_KIND[listed![1]!.toLowerCase()] ?? 'company';
        return { list: 'organisations', name, term: kind, why: `"${name}" is listed after "${listed![0]}"` };
      }
      const personal = run.tokens.some((t) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName'));
      const placed = run.tokens.some((t) => t.tags.has('Place'));
      if (run.tokens.length > 1 && run.tokens.length <= 4 && (titled || (personal && !placed))) {
        return { list: 'people', name, why: titled ? `"${name}" follows a title` : `compromise tags "${name}" as a person` };
      }
      if (run.tokens.length > 1 && run.tokens.some((t) => t.tags.has('Organization'))) return { list: 'organisations', name, term: 'other', why: `compromise tags "${name}" as an organisation` };
      return undefined;
    }

    /** "Zeng Zanrong, Vice Governor of Shandong Province": an office in apposition to a person already found. */
    function appositiveOffices(sentence: Sentence): void {
      const pattern = /([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,3}), ((?:the )?(?:[\p{Lu}][\p{L}-]+ ){0,2}[\p{Lu}][\p{L}-]+) of ((?:the )?[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){0,4})/gu;
      for (const match of sentence.text.matchAll(pattern)) {
        const person = entities.find((e) => e.list === 'people' && e.name === match[1]);
        const title = match[2]!.replace(/^the /, '');
        if (!person || !title.split(' ').every((word) => TITLE_WORDS.has(word))) continue;
        const at = sentence.start + match.index + match[0].length - match[3]!.length;
        const place = [...entities].reverse().find((e) => e.list !== 'people' && mentions.some((m) => m.ref === e.ref && m.sentence === sentence.index && m.start >= at && m.start < at + match[3]!.length));
        const role = roleOf(title);
        if (!role || !place || (role === 'mayor' && place.list !== 'cities')) continue;
        addOffice(person, { role, title, of: place.ref }, { sentence, text: match[0] });
      }
    }
  }

  function officeOf(title: string, place: Run | undefined, name: Run): Omit<Office, 'evidence'> | undefined {
    const role = roleOf(title);
    if (!role) return undefined;
    const of = place ? entities.find((e) => mentions.some((m) => m.ref === e.ref && m.sentence === name.sentence.index && m.start === place.start)) : undefined;
    if (role === 'mayor' && of?.list !== 'cities') return undefined;
    return { role, title: title.replace(/^(Acting|Former) /, ''), ...(of && of.list !== 'people' && { of: of.ref }) };
  }

  function addOffice(person: ProposedEntity, office: Omit<Office, 'evidence'>, at: { sentence: Sentence; text: string }): void {
    if (person.offices.some((o) => o.role === office.role && o.of === office.of)) return;
    const evidence = [quoteOf(body, at.sentence.paragraph, at.text)];
    const status = /^Former /.test(at.text) ? 'former' : /^Acting /.test(at.text) ? 'acting' : undefined;
    const full = { ...office, ...(status && { status }), evidence };
    person.offices.push(full);
    const { evidence: _, ...row } = person.row;
    person.row = { ...row, offices: person.offices, evidence: person.offices.length === 1 ? evidence : person.row.evidence };
  }

  return { entities, mentions: mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start), unclassified: [...unclassified] };
}

/** Runs of capitalised words, not across punctuation; "of"/"and" join words of a body's name ("Chamber of Commerce and Industry"). */
function runsOf(sentence: Sentence, named: (word: string) => boolean): Run[] {
  const runs: Run[] = [];
  const { tokens } = sentence;
  const isName = (token: Token, index: number) =>
    /^[\p{Lu}\d]/u.test(token.text) &&
    /\p{Lu}/u.test(token.text) &&
    (named(token.text) || (!NOT_NAME_TAGS.some((tag) => token.tags.has(tag)) && (index > 0 || NAME_TAGS.some((tag) => token.tags.has(tag)))));
  let current: Token[] = [];
  const close = () => {
    while (current.length > 0 && !isName(current.at(-1)!, 1)) current.pop();
    if (current.length > 0) {
      const start = current[0]!.start;
      const end = endOf(current);
      runs.push({ sentence, start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start), tokens: current });
    }
    current = [];
  };
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const joined = previous !== undefined && (previous.after === ' ' || previous.after === '-') && current.length > 0 && !POSSESSIVE.test(previous.text);
    if (isName(token, i)) {
      if (!joined) close();
      current.push(token);
    } else if (joined && /^(of|and|for|&)$/.test(token.text) && tokens[i + 1] && isName(tokens[i + 1]!, i + 1) && token.after === ' ' && joinsName(current, token.text)) {
      current.push(token);
    } else {
      close();
    }
    if ((token.after !== ' ' && token.after !== '-' && token.after !== '') || POSSESSIVE.test(token.text)) close();
  });
  close();
  return runs;
}

/** "of" follows the head of a body's name ("Chamber of", "City of", "University of"); "and" follows an "of" ("of Commerce and Industry"). */
function joinsName(run: Token[], connector: string): boolean {
  if (connector === 'of') return /^(City|Chamber|University|Ministry|Department|Bank|Institute|Academy|Embassy|Consulate|Republic|Council|Board|Association|Federation|Office|Bureau|Commission|College|School|Museum|Port|Province|State|Kingdom)$/.test(run.at(-1)!.text);
  return run.some((t) => t.text === 'of');
}

const POSSESSIVE = /['’]s$/;
/** Where the words end, less a possessive "'s": "Copenhagen's reputation" names Copenhagen. */
const endOf = (tokens: readonly Token[]): number => tokens.at(-1)!.end - (POSSESSIVE.exec(tokens.at(-1)!.text)?.[0].length ?? 0);

/** A run split into the place or body before a title, the title, and the name after it. */
function splitAtTitle(run: Run): { place?: Run; title?: Run; name?: Run } {
  const first = run.tokens.findIndex((t) => TITLE_WORDS.has(t.text));
  if (first < 0) return { name: run };
  let last = first;
  while (last + 1 < run.tokens.length && TITLE_WORDS.has(run.tokens[last + 1]!.text)) last++;
  const part = (from: number, to: number): Run | undefined => {
    if (from >= to) return undefined;
    const tokens = run.tokens.slice(from, to);
    const start = tokens[0]!.start;
    const end = endOf(tokens);
    return { sentence: run.sentence, start, end, tokens, text: run.sentence.text.slice(start - run.sentence.start, end - run.sentence.start) };
  };
  return { place: part(0, first), title: part(first, last + 1), name: part(last + 1, run.tokens.length) };
}

function roleOf(title: string): string | undefined {
  const words = title.toLowerCase().replace(/^(acting|former) /, '');
  for (let from = 0; from < words.split(' ').length; from++) {
    const role = ROLE_OF_TITLE.get(words.split(' ').slice(from).join(' '));
    if (role) return role;
  }
  return undefined;
}

/** A council or board is a city's or a region's government, as the name says. */
function organisationKind(kind: string, run: Run): string {
  if (kind !== 'government') return kind;
  if (run.tokens.some((t) => REGION_HEADS[t.text] !== undefined || t.text === 'Provincial')) return 'regional-government';
  if (run.tokens.some((t) => t.tags.has('City') || t.text === 'City' || t.text === 'Municipal')) return 'city-government';
  return 'government-body';
}

/** The corpus entity of a name: the same name, or the name whose key it makes ("Mandaue City" and "mandaue"). */
function knownAs(known: readonly KnownEntity[], name: string): KnownEntity | undefined {
  const lower = name.toLowerCase().replace(/^the /, '');
  const code = countryCode(name);
  return (
    known.find((entity) => entity.name.toLowerCase().replace(/^the /, '') === lower) ??
    (code === undefined ? undefined : known.find((entity) => entity.kind === 'Country' && (entity.reference as { isoAlpha2?: string } | undefined)?.isoAlpha2 === code)) ??
    known.find((entity) => entity.kind !== 'Person' && entity.kind !== 'Topic' && (entity.key === slug(name) || entity.key === slug(bareName(name))))
  );
}

/** A new entity's key: from the name without the word for its kind; a country's from its ISO name when the article abbreviates it ("US"). */
function keyOfName(found: Classified): string {
  if (found.list === 'regions' || found.list === 'cities') return slug(bareName(found.name)) || slug(found.name);
  if (found.list === 'countries' && /^[A-Z.]{2,5}$/.test(found.name)) return slug(countryName(found.name) ?? found.name);
  return slug(found.name) || 'unnamed';
}

/** "Shandong Province" -> "Shandong": the name without the word for its kind. */
const bareName = (name: string): string => name.replace(/ (Province|State|County|Prefecture|Governorate|District|Region|Municipality|City)$/, '').replace(/^County /, '');
const nameParts = (name: string): string[] => name.split(' ').filter((part) => /^\p{Lu}/u.test(part));
