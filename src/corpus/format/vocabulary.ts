/**
 * The controlled vocabularies of the format: each term with its meaning and, where reporters use
 * other words for it, its synonyms. The format's enums, the GraphQL enums and search all read these
 * tables, so a term is added in one place.
 */

export interface Term {
  /** What the term means, shown in the JSON Schema and in GraphQL's docs. */
  description: string;
  /** Other words reporters use for it; search finds the term by them. */
  synonyms?: readonly string[];
}

export type Vocabulary = Readonly<Record<string, Term>>;

/** The terms of a vocabulary, for z.enum. */
export const termsOf = <V extends Vocabulary>(vocabulary: V) => Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]];

/** The terms and synonyms of a vocabulary, for a message that lists what is allowed. */
export const describeTerms = (vocabulary: Vocabulary): string => Object.keys(vocabulary).join(', ');

export const REGION_KINDS = {
  state: { description: 'A state of a federation, e.g. Hawaii.' },
  province: { description: 'A province, e.g. Shandong or Ilocos Norte.' },
  county: { description: 'A county, e.g. County Galway.' },
  district: { description: 'A district of a city or a country.' },
  governorate: { description: 'A governorate, e.g. Nineveh.' },
  prefecture: { description: 'A prefecture, e.g. Yamanashi.' },
  municipality: { description: 'A municipality above or beside city level.' },
  region: { description: 'Any other named region.' },
} as const satisfies Vocabulary;

export const ORGANISATION_KINDS = {
  company: { description: 'A business.', synonyms: ['firm', 'enterprise', 'corporation'] },
  'city-government': {
    description: 'A city\'s government or corporation: city hall, the municipal council, the mayor\'s office.',
    synonyms: ['city council', 'municipal government', 'city hall'],
  },
  'regional-government': { description: 'The government of a region, province, state or county.', synonyms: ['provincial government', 'county council'] },
  'business-association': {
    description: 'A chamber of commerce, trade association or business council.',
    synonyms: ['chamber of commerce', 'trade association', 'business council'],
  },
  'government-body': { description: 'A national ministry, agency or other government body.', synonyms: ['ministry', 'agency', 'department'] },
  'diplomatic-mission': { description: 'An embassy, consulate or other diplomatic mission.', synonyms: ['embassy', 'consulate'] },
  university: { description: 'A university, college or research institute.', synonyms: ['college', 'institute'] },
  ngo: {
    description: 'A non-governmental or non-profit organisation, such as a sister-cities association or a network of cities.',
    synonyms: ['non-profit', 'association', 'foundation'],
  },
  media: { description: 'A news organisation or other media outlet.', synonyms: ['newspaper', 'broadcaster'] },
  other: { description: 'Any other organisation.' },
} as const satisfies Vocabulary;

export const OFFICE_ROLES = {
  mayor: { description: 'Mayor or lord mayor of a city.', synonyms: ['lord mayor', 'city mayor'] },
  'deputy-mayor': { description: 'Deputy or vice mayor of a city.', synonyms: ['vice mayor'] },
  governor: { description: 'Governor of a region, province, state or city.' },
  'deputy-governor': { description: 'Deputy or vice governor.', synonyms: ['vice governor', 'lieutenant governor'] },
  premier: { description: 'Premier or chief minister of a province or state.', synonyms: ['chief minister'] },
  councillor: { description: 'Member of a city or regional council.', synonyms: ['councilor', 'council member', 'alderman'] },
  'council-chair': { description: 'Chair of a council or board, e.g. a county board chairman.', synonyms: ['chairman', 'board chairman', 'speaker'] },
  'chief-administrative-officer': { description: 'Chief administrative officer, city manager or chief executive of a local government.', synonyms: ['city manager', 'CAO'] },
  'party-secretary': { description: 'Party secretary of a city or region.' },
  ambassador: { description: 'Ambassador, or chargé d\'affaires heading an embassy.', synonyms: ['envoy', "chargé d'affaires"] },
  'consul-general': { description: 'Consul general or consul.', synonyms: ['consul'] },
  minister: { description: 'Government minister or secretary of a national government.', synonyms: ['secretary'] },
  'head-of-state': { description: 'Head of state, e.g. a president or monarch.', synonyms: ['president', 'king', 'queen'] },
  commissioner: { description: 'Commissioner of a government body.' },
  legislator: { description: 'Member of a national or regional legislature.', synonyms: ['member of parliament', 'senator', 'congressman'] },
  executive: { description: 'Head or senior officer of an organisation: president, chief executive, director.', synonyms: ['president', 'chief executive', 'CEO', 'director'] },
  official: { description: 'Any other office; the title says which.' },
} as const satisfies Vocabulary;

export const OFFICE_STATUSES = {
  current: { description: 'Holds the office at publication.' },
  former: { description: 'Held the office before publication ("former mayor").' },
  acting: { description: 'Holds the office in an acting capacity.' },
  elect: { description: 'Elected or appointed, not yet in office.' },
} as const satisfies Vocabulary;

export const PARTICIPANT_ROLES = {
  leader: { description: 'Leads the visit, delegation or event.', synonyms: ['head', 'led by'] },
  visitor: { description: 'Travels on the visit (not stated to lead it).' },
  member: { description: 'A member of the travelling delegation.', synonyms: ['delegate'] },
  host: { description: 'Hosts or receives the visitors or the event.', synonyms: ['received by', 'welcomed by'] },
  organiser: { description: 'Organises the event or visit.', synonyms: ['organizer', 'arranged by'] },
  participant: { description: 'Takes part, attends or is met.', synonyms: ['attendee', 'met with'] },
  speaker: { description: 'Speaks or presents at the event.', synonyms: ['presenter', 'panelist'] },
  signatory: { description: 'Signs the agreement, for the party named in "for".', synonyms: ['signed by', 'signer'] },
  witness: { description: 'Witnesses the signing.', synonyms: ['witnessed by'] },
} as const satisfies Vocabulary;

export const VISIT_STATUSES = {
  planned: { description: 'Announced; the visitors have not left yet.' },
  underway: { description: 'The visitors have left or arrived; the visit is going on.' },
  completed: { description: 'The visit is over.' },
  postponed: { description: 'Put off to a later date.' },
  cancelled: { description: 'Called off.' },
} as const satisfies Vocabulary;

export const EVENT_KINDS = {
  meeting: { description: 'A meeting or talks between people or organisations.', synonyms: ['talks', 'courtesy call', 'consultation'] },
  'signing-ceremony': { description: 'A ceremony at which an agreement is signed.', synonyms: ['signing'] },
  forum: { description: 'A business or investment forum, seminar or symposium.', synonyms: ['symposium', 'seminar', 'summit'] },
  conference: { description: 'A conference or congress.', synonyms: ['congress'] },
  presentation: { description: 'A presentation or briefing, e.g. an investment presentation.', synonyms: ['briefing', 'pitch'] },
  'business-matching': { description: 'A business-matching or B2B session between companies.', synonyms: ['B2B', 'matchmaking'] },
  expo: { description: 'An exposition, trade fair or exhibition.', synonyms: ['exhibition', 'trade fair', 'fair'] },
  reception: { description: 'A reception, dinner or welcome ceremony.', synonyms: ['dinner', 'banquet', 'welcome ceremony'] },
  'cultural-event': { description: 'A cultural showcase, festival or commemoration.', synonyms: ['festival', 'showcase', 'ceremony'] },
  'site-visit': { description: 'A tour of a site, plant or project.', synonyms: ['tour', 'inspection'] },
  other: { description: 'Any other event; the description says what.' },
} as const satisfies Vocabulary;

export const EVENT_STATUSES = {
  planned: { description: 'The article says it will take place.' },
  held: { description: 'The article says it took place or is taking place.' },
  postponed: { description: 'Put off to a later date.' },
  cancelled: { description: 'Called off.' },
} as const satisfies Vocabulary;

export const AGREEMENT_KINDS = {
  'sister-cities': {
    description: 'A sister-city, twin-city or friendship-city partnership (also between provinces, states or counties).',
    synonyms: ['twin cities', 'twinning', 'sister cities', 'friendship cities', 'sister city', 'twin city', 'friendship city', 'sister provinces', 'sister states', 'partner cities'],
  },
  'memorandum-of-understanding': { description: 'A memorandum of understanding (MoU).', synonyms: ['MoU', 'MOU', 'memorandum'] },
  'cooperation-agreement': { description: 'An agreement to collaborate in named areas.', synonyms: ['cooperation agreement', 'partnership agreement', 'framework agreement'] },
  'letter-of-intent': { description: 'A letter of intent (LoI).', synonyms: ['LoI', 'LOI', 'letter of intent'] },
  'memorandum-of-agreement': { description: 'A memorandum of agreement (MoA).', synonyms: ['MoA', 'MOA'] },
  declaration: { description: 'A joint declaration, statement or communiqué.', synonyms: ['joint declaration', 'joint statement', 'communique'] },
  alliance: { description: 'An alliance or network that the parties form together.', synonyms: ['economic alliance', 'network'] },
  other: { description: 'Any other agreement; the title says what.' },
} as const satisfies Vocabulary;

export const AGREEMENT_STATUSES = {
  planned: { description: 'To be signed.' },
  signed: { description: 'Signed.' },
  'in-force': { description: 'A relation that holds, e.g. sister cities since a year.' },
  expired: { description: 'No longer in force.' },
  cancelled: { description: 'Called off or ended before it took effect.' },
} as const satisfies Vocabulary;

/**
 * Which state may follow which, per kind of fact, so that articles published later may update a
 * status: planned, then underway; planned, then cancelled. A later article whose status cannot
 * follow an earlier one's (completed, then planned; held, then cancelled) disagrees with it.
 */
export const STATUS_TRANSITIONS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  visit: {
    planned: ['underway', 'completed', 'postponed', 'cancelled'],
    postponed: ['planned', 'underway', 'completed', 'cancelled'],
    underway: ['completed'],
  },
  event: {
    planned: ['held', 'postponed', 'cancelled'],
    postponed: ['planned', 'held', 'cancelled'],
  },
  agreement: {
    planned: ['signed', 'in-force', 'cancelled'],
    signed: ['in-force', 'expired', 'cancelled'],
    'in-force': ['expired', 'cancelled'],
  },
};

/** Which side of the year a period names: "early 2015", "late December". */
export const PERIOD_PARTS = {
  early: { description: 'The early part of the period ("early 2015").' },
  mid: { description: 'The middle of the period ("mid-2015").' },
  late: { description: 'The late part of the period ("late 2015").' },
} as const satisfies Vocabulary;
