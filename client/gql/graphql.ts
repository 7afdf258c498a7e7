/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The kind of agreement. Reporters use several words for one kind (twin cities, twinning and friendship cities are all SISTER_CITIES); search finds an agreement by any of them. */
export type AgreementKind =
  /** An alliance or network that the parties form together. Also written: economic alliance, network. */
  | 'ALLIANCE'
  /** An agreement to collaborate in named areas. Also written: cooperation agreement, partnership agreement, framework agreement. */
  | 'COOPERATION_AGREEMENT'
  /** A joint declaration, statement or communiqué. Also written: joint declaration, joint statement, communique. */
  | 'DECLARATION'
  /** A letter of intent (LoI). Also written: LoI, LOI, letter of intent. */
  | 'LETTER_OF_INTENT'
  /** A memorandum of agreement (MoA). Also written: MoA, MOA. */
  | 'MEMORANDUM_OF_AGREEMENT'
  /** A memorandum of understanding (MoU). Also written: MoU, MOU, memorandum. */
  | 'MEMORANDUM_OF_UNDERSTANDING'
  /** Any other agreement; the title says what. */
  | 'OTHER'
  /** A sister-city, twin-city or friendship-city partnership (also between provinces, states or counties). Also written: twin cities, twinning, sister cities, friendship cities, sister city, twin city, friendship city, sister provinces, sister states, partner cities. */
  | 'SISTER_CITIES';

/** The state of an agreement when the article was published. */
export type AgreementStatus =
  /** Called off or ended before it took effect. */
  | 'CANCELLED'
  /** No longer in force. */
  | 'EXPIRED'
  /** A relation that holds, e.g. sister cities since a year. */
  | 'IN_FORCE'
  /** To be signed. */
  | 'PLANNED'
  /** Signed. */
  | 'SIGNED';

/** Which way a figure moves. */
export type ChangeDirection =
  /** It falls. */
  | 'DOWN'
  /** It rises. */
  | 'UP';

/** ISO 4217 currency code. */
export type Currency =
  /** AUD (ISO 4217). */
  | 'AUD'
  /** CNY (ISO 4217). */
  | 'CNY'
  /** DKK (ISO 4217). */
  | 'DKK'
  /** EUR (ISO 4217). */
  | 'EUR'
  /** GBP (ISO 4217). */
  | 'GBP'
  /** INR (ISO 4217). */
  | 'INR'
  /** JPY (ISO 4217). */
  | 'JPY'
  /** KRW (ISO 4217). */
  | 'KRW'
  /** NZD (ISO 4217). */
  | 'NZD'
  /** PHP (ISO 4217). */
  | 'PHP'
  /** USD (ISO 4217). */
  | 'USD';

/** The finest part of a date the article states. */
export type DatePrecision =
  /** A day (with or without its year: "Oct 12" is a DAY whose year is null). */
  | 'DAY'
  /** A month. */
  | 'MONTH'
  /** A year. */
  | 'YEAR';

/** What kind of event an event is. */
export type EventKind =
  /** A business-matching or B2B session between companies. Also written: B2B, matchmaking. */
  | 'BUSINESS_MATCHING'
  /** A conference or congress. Also written: congress. */
  | 'CONFERENCE'
  /** A cultural showcase, festival or commemoration. Also written: festival, showcase, ceremony. */
  | 'CULTURAL_EVENT'
  /** An exposition, trade fair or exhibition. Also written: exhibition, trade fair, fair. */
  | 'EXPO'
  /** A business or investment forum, seminar or symposium. Also written: symposium, seminar, summit. */
  | 'FORUM'
  /** A meeting or talks between people or organisations. Also written: talks, courtesy call, consultation. */
  | 'MEETING'
  /** Any other event; the description says what. */
  | 'OTHER'
  /** A presentation or briefing, e.g. an investment presentation. Also written: briefing, pitch. */
  | 'PRESENTATION'
  /** A reception, dinner or welcome ceremony. Also written: dinner, banquet, welcome ceremony. */
  | 'RECEPTION'
  /** A ceremony at which an agreement is signed. Also written: signing. */
  | 'SIGNING_CEREMONY'
  /** A tour of a site, plant or project. Also written: tour, inspection. */
  | 'SITE_VISIT';

/** Whether an event has taken place, when the article was published. */
export type EventStatus =
  /** Called off. */
  | 'CANCELLED'
  /** The article says it took place or is taking place. */
  | 'HELD'
  /** The article says it will take place. */
  | 'PLANNED'
  /** Put off to a later date. */
  | 'POSTPONED';

/** What kind of figure a metric is. */
export type MetricKind =
  /** A change over a period, e.g. visitors up 70 percent since 2010. */
  | 'CHANGE'
  /** An expected future value, e.g. exports of 215 million euros by 2020. */
  | 'FORECAST'
  /** A level at a point in time, e.g. water loss is 7 percent. */
  | 'LEVEL'
  /** A rate of one unit per another, e.g. an exchange rate. */
  | 'RATE';

/** The kind of office a person holds. */
export type OfficeRole =
  /** Ambassador, or chargé d'affaires heading an embassy. Also written: envoy, chargé d'affaires. */
  | 'AMBASSADOR'
  /** Chief administrative officer, city manager or chief executive of a local government. Also written: city manager, CAO. */
  | 'CHIEF_ADMINISTRATIVE_OFFICER'
  /** Commissioner of a government body. */
  | 'COMMISSIONER'
  /** Consul general or consul. Also written: consul. */
  | 'CONSUL_GENERAL'
  /** Member of a city or regional council. Also written: councilor, council member, alderman. */
  | 'COUNCILLOR'
  /** Chair of a council or board, e.g. a county board chairman. Also written: chairman, board chairman, speaker. */
  | 'COUNCIL_CHAIR'
  /** Deputy or vice governor. Also written: vice governor, lieutenant governor. */
  | 'DEPUTY_GOVERNOR'
  /** Deputy or vice mayor of a city. Also written: vice mayor. */
  | 'DEPUTY_MAYOR'
  /** Head or senior officer of an organisation: president, chief executive, director. Also written: president, chief executive, CEO, director. */
  | 'EXECUTIVE'
  /** Governor of a region, province, state or city. */
  | 'GOVERNOR'
  /** Head of state, e.g. a president or monarch. Also written: president, king, queen. */
  | 'HEAD_OF_STATE'
  /** Member of a national or regional legislature. Also written: member of parliament, senator, congressman. */
  | 'LEGISLATOR'
  /** Mayor or lord mayor of a city. Also written: lord mayor, city mayor. */
  | 'MAYOR'
  /** Government minister or secretary of a national government. Also written: secretary. */
  | 'MINISTER'
  /** Any other office; the title says which. */
  | 'OFFICIAL'
  /** Party secretary of a city or region. */
  | 'PARTY_SECRETARY'
  /** Premier or chief minister of a province or state. Also written: chief minister. */
  | 'PREMIER';

/** Whether a person holds an office at publication. */
export type OfficeStatus =
  /** Holds the office in an acting capacity. */
  | 'ACTING'
  /** Holds the office at publication. */
  | 'CURRENT'
  /** Elected or appointed, not yet in office. */
  | 'ELECT'
  /** Held the office before publication ("former mayor"). */
  | 'FORMER';

/** What kind of organisation an organisation is. */
export type OrganisationKind =
  /** A chamber of commerce, trade association or business council. Also written: chamber of commerce, trade association, business council. */
  | 'BUSINESS_ASSOCIATION'
  /** A city's government or corporation: city hall, the municipal council, the mayor's office. Also written: city council, municipal government, city hall. */
  | 'CITY_GOVERNMENT'
  /** A business. Also written: firm, enterprise, corporation. */
  | 'COMPANY'
  /** An embassy, consulate or other diplomatic mission. Also written: embassy, consulate. */
  | 'DIPLOMATIC_MISSION'
  /** A national ministry, agency or other government body. Also written: ministry, agency, department. */
  | 'GOVERNMENT_BODY'
  /** A news organisation or other media outlet. Also written: newspaper, broadcaster. */
  | 'MEDIA'
  /** A non-governmental or non-profit organisation, such as a sister-cities association or a network of cities. Also written: non-profit, association, foundation. */
  | 'NGO'
  /** Any other organisation. */
  | 'OTHER'
  /** The government of a region, province, state or county. Also written: provincial government, county council. */
  | 'REGIONAL_GOVERNMENT'
  /** A university, college or research institute. Also written: college, institute. */
  | 'UNIVERSITY';

/** The role someone plays in a visit, event or agreement. */
export type ParticipantRole =
  /** Hosts or receives the visitors or the event. Also written: received by, welcomed by. */
  | 'HOST'
  /** Leads the visit, delegation or event. Also written: head, led by. */
  | 'LEADER'
  /** A member of the travelling delegation. Also written: delegate. */
  | 'MEMBER'
  /** Organises the event or visit. Also written: organizer, arranged by. */
  | 'ORGANISER'
  /** Takes part, attends or is met. Also written: attendee, met with. */
  | 'PARTICIPANT'
  /** Signs the agreement, for the party named in "for". Also written: signed by, signer. */
  | 'SIGNATORY'
  /** Speaks or presents at the event. Also written: presenter, panelist. */
  | 'SPEAKER'
  /** Travels on the visit (not stated to lead it). */
  | 'VISITOR'
  /** Witnesses the signing. Also written: witnessed by. */
  | 'WITNESS';

/** What kind of region a region is. */
export type RegionKind =
  /** A county, e.g. County Galway. */
  | 'COUNTY'
  /** A district of a city or a country. */
  | 'DISTRICT'
  /** A governorate, e.g. Nineveh. */
  | 'GOVERNORATE'
  /** A municipality above or beside city level. */
  | 'MUNICIPALITY'
  /** A prefecture, e.g. Yamanashi. */
  | 'PREFECTURE'
  /** A province, e.g. Shandong or Ilocos Norte. */
  | 'PROVINCE'
  /** Any other named region. */
  | 'REGION'
  /** A state of a federation, e.g. Hawaii. */
  | 'STATE';

/** The multiplier the article's words apply to a number ("215 million" is 215 at MILLION). */
export type Scale =
  /** Times 1000000000. */
  | 'BILLION'
  /** Times 1000000. */
  | 'MILLION'
  /** Times 1. */
  | 'ONE'
  /** Times 1000. */
  | 'THOUSAND';

/** How the article renders what was said. */
export type StatementMode =
  /** A direct quotation, inside quotation marks. */
  | 'DIRECT'
  /** Reported speech ("Jensen said ..."). */
  | 'REPORTED';

/** Whose words an article's text is. */
export type TextOrigin =
  /** Written by someone else from the facts of the publisher's report: never show it, or its quotes, as the publisher's words. */
  | 'PARAPHRASED'
  /** The publisher's text, copied verbatim. */
  | 'VERBATIM';

/** Where a value comes from, so a front end can show what an article states apart from what this API adds. */
export type ValueBasis =
  /** Worked out by this API from stated facts, e.g. a city's country from its region. */
  | 'DERIVED'
  /** Reference data from outside the articles, named in the record's reference source. */
  | 'REFERENCE'
  /** An article states it. */
  | 'STATED';

/** The state of a visit when the article was published. */
export type VisitStatus =
  /** Called off. */
  | 'CANCELLED'
  /** The visit is over. */
  | 'COMPLETED'
  /** Announced; the visitors have not left yet. */
  | 'PLANNED'
  /** Put off to a later date. */
  | 'POSTPONED'
  /** The visitors have left or arrived; the visit is going on. */
  | 'UNDERWAY';

export type AgreementSignatoriesAndWitnessesQueryVariables = Exact<{
  key?: string;
}>;


export type AgreementSignatoriesAndWitnessesQuery = { agreement: { id: string, kind: AgreementKind, title: string, status: AgreementStatus | null, date: { words: string, year: number | null, month: number | null, day: number | null, precision: DatePrecision } | null, parties: Array<
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Company', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Institution', id: string, name: string }
      | { __typename: 'Mayor', id: string, name: string }
      | { __typename: 'Official', id: string, name: string }
      | { __typename: 'Region', kind: RegionKind, countryBasis: ValueBasis | null, id: string, name: string, country: { id: string, name: string } | null }
      | { __typename: 'Topic', id: string, name: string }
      | { __typename: 'Venue', id: string, name: string }
    >, signatories: Array<{ id: string, participant:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string, offices: Array<{ id: string, role: OfficeRole, title: string, jurisdiction:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null }> }
        | { id: string, name: string, offices: Array<{ id: string, role: OfficeRole, title: string, jurisdiction:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null }> }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, representing:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, evidence: Array<{ id: string, sentence: string }> }>, witnesses: Array<{ id: string, participant:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string, offices: Array<{ id: string, role: OfficeRole, title: string, status: OfficeStatus, jurisdiction:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null }> }
        | { id: string, name: string, offices: Array<{ id: string, role: OfficeRole, title: string, status: OfficeStatus, jurisdiction:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null }> }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, evidence: Array<{ id: string, sentence: string }> }>, events: { nodes: Array<{ id: string, kind: EventKind, description: string }> }, article: { id: string, title: string, source: string, publishedOn: string, textOrigin: TextOrigin, attribution: string } } | null };

export type CityProfileQueryVariables = Exact<{
  key?: string;
}>;


export type CityProfileQuery = { city: { id: string, name: string, isCapital: boolean | null, country: { id: string, name: string, isoAlpha2: string | null, referenceSource: string | null } | null, mayors: { nodes: Array<{ id: string, name: string }> }, sisterCities: { totalCount: number, nodes: Array<{ id: string, name: string }> }, visits: { totalCount: number, nodes: Array<{ id: string, key: string, status: VisitStatus | null, hostCity: { id: string, name: string } | null, cameoEvents: Array<{ id: string, code: string, label: string, actor:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, target:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }> }> }, agreements: { totalCount: number, nodes: Array<{ id: string, kind: AgreementKind, title: string, status: AgreementStatus | null, year: number | null }> }, metrics: { totalCount: number, nodes: Array<{ id: string, measure: string, value:
          | { words: string }
          | { words: string }
          | { words: string }
          | { words: string }
          | { words: string }
          | { words: string }
          | { words: string }
         }> }, statementsAbout: { totalCount: number, nodes: Array<{ id: string, text: string, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
         }> }, articles: { totalCount: number, nodes: Array<{ id: string, title: string }> } } | null };

export type CompanyProfileQueryVariables = Exact<{
  key?: string;
}>;


export type CompanyProfileQuery = { company: { id: string, name: string, country: { id: string, name: string } | null, delegations: { totalCount: number, nodes: Array<{ id: string, key: string, status: VisitStatus | null, visitingCity: { id: string, name: string } | null, hostCity: { id: string, name: string } | null, departure: { date: string | null } | null, delegation: { size:
            | { words: string }
            | { words: string }
            | { words: string }
            | { words: string }
            | { words: string }
            | { words: string }
            | { words: string }
           | null, companies: Array<{ id: string, name: string }> } | null, purposes: Array<{ id: string, description: string }> }> }, articles: { nodes: Array<{ id: string, title: string, source: string, publishedAt: string | null }> }, evidence: { nodes: Array<{ id: string, quote: string, sentence: string }> } } | null };

export type CopenhagenAndTradeMetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type CopenhagenAndTradeMetricsQuery = { copenhagen: { totalCount: number, nodes: Array<{ id: string, key: string, measure: string, kind: MetricKind, value:
        | { __typename: 'Area', words: string, value: number, scale: Scale, amount: number }
        | { __typename: 'Count', words: string, value: number, scale: Scale, amount: number }
        | { __typename: 'Duration', words: string, value: number, scale: Scale, amount: number }
        | { __typename: 'Factor', words: string, value: number, scale: Scale, amount: number }
        | { __typename: 'Money', currency: Currency, words: string, value: number, scale: Scale, amount: number }
        | { __typename: 'Percentage', percent: number, words: string, value: number, scale: Scale, amount: number }
        | { __typename: 'Rate', words: string, value: number, scale: Scale, amount: number }
      , change: { words: string, factor: number | null, direction: ChangeDirection } | null, from: { words: string, year: number | null } | null, to: { words: string, year: number | null } | null, asOf: { words: string, date: string | null } | null, evidence: Array<{ id: string, quote: string, sentence: string }> }> }, danishChineseTrade: { totalCount: number, nodes: Array<{ id: string, key: string, measure: string, kind: MetricKind, flow: { from: { id: string, name: string }, to: { id: string, name: string } } | null, alsoStatedAs: Array<
        | { words: string, amount: number }
        | { words: string, amount: number }
        | { words: string, amount: number }
        | { words: string, amount: number }
        | { currency: Currency, words: string, amount: number }
        | { words: string, amount: number }
        | { words: string, amount: number }
      >, conversions: Array<{ id: string, currency: Currency, discrepancyPercent: number | null, converted: { amount: number }, stated: { words: string, amount: number } | null, discrepancy: { amount: number } | null, rate: { id: string, value:
            | { words: string }
            | { words: string }
            | { words: string }
            | { words: string }
            | { words: string }
            | { words: string }
            | { unit: string, per: string, rate: number, words: string }
           } }>, value:
        | { __typename: 'Area', words: string, value: number, scale: Scale, amount: number }
        | { __typename: 'Count', words: string, value: number, scale: Scale, amount: number }
        | { __typename: 'Duration', words: string, value: number, scale: Scale, amount: number }
        | { __typename: 'Factor', words: string, value: number, scale: Scale, amount: number }
        | { __typename: 'Money', currency: Currency, words: string, value: number, scale: Scale, amount: number }
        | { __typename: 'Percentage', percent: number, words: string, value: number, scale: Scale, amount: number }
        | { __typename: 'Rate', words: string, value: number, scale: Scale, amount: number }
      , change: { words: string, factor: number | null, direction: ChangeDirection } | null, from: { words: string, year: number | null } | null, to: { words: string, year: number | null } | null, asOf: { words: string, date: string | null } | null, evidence: Array<{ id: string, quote: string, sentence: string }> }> } };

export type MetricDetailsFragment = { id: string, key: string, measure: string, kind: MetricKind, value:
    | { __typename: 'Area', words: string, value: number, scale: Scale, amount: number }
    | { __typename: 'Count', words: string, value: number, scale: Scale, amount: number }
    | { __typename: 'Duration', words: string, value: number, scale: Scale, amount: number }
    | { __typename: 'Factor', words: string, value: number, scale: Scale, amount: number }
    | { __typename: 'Money', currency: Currency, words: string, value: number, scale: Scale, amount: number }
    | { __typename: 'Percentage', percent: number, words: string, value: number, scale: Scale, amount: number }
    | { __typename: 'Rate', words: string, value: number, scale: Scale, amount: number }
  , change: { words: string, factor: number | null, direction: ChangeDirection } | null, from: { words: string, year: number | null } | null, to: { words: string, year: number | null } | null, asOf: { words: string, date: string | null } | null, evidence: Array<{ id: string, quote: string, sentence: string }> };

export type CopenhagenBeijingAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type CopenhagenBeijingAgreementsQuery = { agreements: { totalCount: number, nodes: Array<{ id: string, key: string, kind: AgreementKind, title: string, status: AgreementStatus | null, year: number | null, areasExhaustive: boolean, date: { words: string, precision: DatePrecision } | null, visit: { id: string, key: string } | null, areas: Array<{ id: string, name: string }>, cameoEvent: { id: string, code: string, label: string, anticipated: boolean }, evidence: Array<{ id: string, sentence: string }> }> } };

export type DateWithoutAYearQueryVariables = Exact<{
  key?: string;
}>;


export type DateWithoutAYearQuery = { event: { id: string, kind: EventKind, description: string, time: { words: string, precision: DatePrecision, year: number | null, month: number | null, day: number | null, date: string | null, earliest: string | null, latest: string | null, start: { iso: string } | null } | null, city: { id: string, name: string, region: { id: string, name: string } | null } | null, article: { id: string, source: string, publishedOn: string } } | null, events: { nodes: Array<{ id: string, key: string, time: { words: string, earliest: string | null } | null }> } };

export type DelegationToBeijingQueryVariables = Exact<{ [key: string]: never; }>;


export type DelegationToBeijingQuery = { visits: { totalCount: number, nodes: Array<{ id: string, key: string, durationDays: number | null, visitors: Array<
        | { id: string, name: string }
        | { id: string, name: string }
      >, departure: { words: string, date: string | null } | null, delegation: { description: string, size:
          | { words: string, value: number, approximate: boolean }
          | { counting: string | null, words: string, value: number, approximate: boolean }
          | { words: string, value: number, approximate: boolean }
          | { words: string, value: number, approximate: boolean }
          | { words: string, value: number, approximate: boolean }
          | { words: string, value: number, approximate: boolean }
          | { words: string, value: number, approximate: boolean }
         | null, companies: Array<{ id: string, key: string, name: string }>, evidence: Array<{ id: string, quote: string, sentence: string, paragraph: number, start: number, end: number }> } | null }> } };

export type EventsThatAreNotVisitsQueryVariables = Exact<{ [key: string]: never; }>;


export type EventsThatAreNotVisitsQuery = { events: { totalCount: number, nodes: Array<{ id: string, kind: EventKind, description: string, status: EventStatus | null, time: { words: string, year: number | null, month: number | null, day: number | null, earliest: string | null, latest: string | null } | null, city: { id: string, name: string } | null, venue: { id: string, name: string } | null, participants: Array<{ id: string, role: ParticipantRole, description: string | null, participant:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, representing:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null }>, visit: { id: string, key: string } | null, agreements: { nodes: Array<{ id: string, title: string }> }, cameoEvent: { id: string, code: string, label: string } | null, evidence: Array<{ id: string, sentence: string, article: { id: string, source: string } }> }> } };

export type FollowUpReportsQueryVariables = Exact<{
  key?: string;
}>;


export type FollowUpReportsQuery = { agreement: { id: string, title: string, status: AgreementStatus | null, disputed: boolean, date: { words: string, precision: DatePrecision, year: number | null, month: number | null } | null, reports: Array<{ id: string, declares: boolean, article: { id: string, source: string, publishedOn: string, textOrigin: TextOrigin }, stated: Array<{ id: string, field: string, value: string, words: string | null }>, evidence: Array<{ id: string, sentence: string }> }> } | null };

export type MayorsAndQuotesQueryVariables = Exact<{ [key: string]: never; }>;


export type MayorsAndQuotesQuery = { copenhagen: { totalCount: number, nodes: Array<{ id: string, name: string, title: string, isCurrent: boolean, city: { id: string, name: string }, statements: { totalCount: number, nodes: Array<{ id: string, mode: StatementMode, text: string, setting: string | null, evidence: Array<{ id: string, paragraph: number, article: { id: string, title: string, textOrigin: TextOrigin } }> }> } }> }, beijing: { totalCount: number, nodes: Array<{ id: string, name: string, title: string, isCurrent: boolean, city: { id: string, name: string }, statements: { totalCount: number, nodes: Array<{ id: string, mode: StatementMode, text: string, setting: string | null, evidence: Array<{ id: string, paragraph: number, article: { id: string, title: string, textOrigin: TextOrigin } }> }> } }> } };

export type MayorQuotesFragment = { totalCount: number, nodes: Array<{ id: string, name: string, title: string, isCurrent: boolean, city: { id: string, name: string }, statements: { totalCount: number, nodes: Array<{ id: string, mode: StatementMode, text: string, setting: string | null, evidence: Array<{ id: string, paragraph: number, article: { id: string, title: string, textOrigin: TextOrigin } }> }> } }> };

export type OrganisationsThatAreNotCompaniesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsThatAreNotCompaniesQuery = { organisations: { totalCount: number, nodes: Array<
      | { __typename: 'Company', id: string, name: string, kind: OrganisationKind, countryBasis: ValueBasis | null, city: { id: string, name: string } | null, country: { id: string, name: string } | null, participations: { nodes: Array<{ id: string, role: ParticipantRole, fact:
              | { __typename: 'Agreement', title: string, id: string }
              | { __typename: 'Event', description: string, id: string }
              | { __typename: 'Metric', id: string }
              | { __typename: 'Statement', id: string }
              | { __typename: 'Visit', key: string, id: string }
             }> } }
      | { __typename: 'Institution', id: string, name: string, kind: OrganisationKind, countryBasis: ValueBasis | null, city: { id: string, name: string } | null, country: { id: string, name: string } | null, participations: { nodes: Array<{ id: string, role: ParticipantRole, fact:
              | { __typename: 'Agreement', title: string, id: string }
              | { __typename: 'Event', description: string, id: string }
              | { __typename: 'Metric', id: string }
              | { __typename: 'Statement', id: string }
              | { __typename: 'Visit', key: string, id: string }
             }> } }
    > } };

export type ReportsThatDisagreeQueryVariables = Exact<{
  key?: string;
}>;


export type ReportsThatDisagreeQuery = { visit: { id: string, status: VisitStatus | null, disputed: boolean, departure: { words: string, date: string | null, basis: string | null } | null, disagreements: Array<{ id: string, field: string, versions: Array<{ id: string, value: string, words: string | null, article: { id: string, source: string, publishedOn: string, textOrigin: TextOrigin }, evidence: Array<{ id: string, sentence: string }> }> }>, reports: Array<{ id: string, declares: boolean, article: { id: string, source: string, publishedOn: string, attribution: string }, stated: Array<{ id: string, field: string, value: string, words: string | null }> }> } | null };

export type SearchDistrictHeatingQueryVariables = Exact<{
  text?: string;
}>;


export type SearchDistrictHeatingQuery = { search: { totalCount: number, nodes: Array<{ id: string, score: number, item:
        | { __typename: 'Agreement', id: string, key: string, evidence: Array<{ id: string, sentence: string }> }
        | { __typename: 'Article', id: string }
        | { __typename: 'City', id: string, key: string, name: string }
        | { __typename: 'Company', id: string, key: string, name: string }
        | { __typename: 'Country', id: string, key: string, name: string }
        | { __typename: 'Event', id: string, key: string, evidence: Array<{ id: string, sentence: string }> }
        | { __typename: 'Institution', id: string, key: string, name: string }
        | { __typename: 'Mayor', id: string, key: string, name: string }
        | { __typename: 'Metric', id: string, key: string, measure: string, evidence: Array<{ id: string, sentence: string }> }
        | { __typename: 'Official', id: string, key: string, name: string }
        | { __typename: 'Region', id: string, key: string, name: string }
        | { __typename: 'Statement', id: string, key: string, text: string, evidence: Array<{ id: string, sentence: string }> }
        | { __typename: 'Topic', id: string, key: string, name: string }
        | { __typename: 'Venue', id: string, key: string, name: string }
        | { __typename: 'Visit', id: string, key: string, evidence: Array<{ id: string, sentence: string }>, purposes: Array<{ id: string, description: string }> }
       }> } };

export const MetricDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Percentage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}}]} as unknown as DocumentNode<MetricDetailsFragment, unknown>;
export const MayorQuotesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MayorQuotes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MayorConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"textOrigin"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MayorQuotesFragment, unknown>;
export const AgreementSignatoriesAndWitnessesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementSignatoriesAndWitnesses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"shandong-isabel-sister-provinces","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countryBasis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"representing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"witnesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"textOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementSignatoriesAndWitnessesQuery, AgreementSignatoriesAndWitnessesQueryVariables>;
export const CityProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CityProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"copenhagen","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isCapital"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isoAlpha2"}},{"kind":"Field","name":{"kind":"Name","value":"referenceSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mayors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sisterCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hostCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cameoEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CityProfileQuery, CityProfileQueryVariables>;
export const CompanyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"grundfos","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visitingCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostCity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyProfileQuery, CompanyProfileQueryVariables>;
export const CopenhagenAndTradeMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CopenhagenAndTradeMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"copenhagen"},"name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"StringValue","value":"copenhagen","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricDetails"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"danishChineseTrade"},"name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"StringValue","value":"denmark","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FORECAST"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricDetails"}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"alsoStatedAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"converted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discrepancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discrepancyPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Percentage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}}]} as unknown as DocumentNode<CopenhagenAndTradeMetricsQuery, CopenhagenAndTradeMetricsQueryVariables>;
export const CopenhagenBeijingAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CopenhagenBeijingAgreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cities"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"copenhagen","block":false},{"kind":"StringValue","value":"beijing","block":false}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areasExhaustive"}},{"kind":"Field","name":{"kind":"Name","value":"cameoEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"anticipated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CopenhagenBeijingAgreementsQuery, CopenhagenBeijingAgreementsQueryVariables>;
export const DateWithoutAYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DateWithoutAYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"international-sister-cities-commodity-exposition-jinan","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EXPO"},{"kind":"EnumValue","value":"SIGNING_CEREMONY"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DateWithoutAYearQuery, DateWithoutAYearQueryVariables>;
export const DelegationToBeijingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelegationToBeijing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"visitingCity"},"value":{"kind":"StringValue","value":"copenhagen","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"hostCity"},"value":{"kind":"StringValue","value":"beijing","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"size"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Count"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counting"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DelegationToBeijingQuery, DelegationToBeijingQueryVariables>;
export const EventsThatAreNotVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsThatAreNotVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SIGNING_CEREMONY"},{"kind":"EnumValue","value":"FORUM"},{"kind":"EnumValue","value":"BUSINESS_MATCHING"},{"kind":"EnumValue","value":"EXPO"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"representing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cameoEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsThatAreNotVisitsQuery, EventsThatAreNotVisitsQueryVariables>;
export const FollowUpReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"copenhagen-beijing-sister-cities","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"declares"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"textOrigin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"words"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpReportsQuery, FollowUpReportsQueryVariables>;
export const MayorsAndQuotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MayorsAndQuotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"copenhagen"},"name":{"kind":"Name","value":"mayors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"StringValue","value":"copenhagen","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MayorQuotes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"beijing"},"name":{"kind":"Name","value":"mayors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"city"},"value":{"kind":"StringValue","value":"beijing","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MayorQuotes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MayorQuotes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MayorConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"textOrigin"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MayorsAndQuotesQuery, MayorsAndQuotesQueryVariables>;
export const OrganisationsThatAreNotCompaniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationsThatAreNotCompanies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BUSINESS_ASSOCIATION"},{"kind":"EnumValue","value":"DIPLOMATIC_MISSION"},{"kind":"EnumValue","value":"CITY_GOVERNMENT"},{"kind":"EnumValue","value":"REGIONAL_GOVERNMENT"},{"kind":"EnumValue","value":"NGO"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countryBasis"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsThatAreNotCompaniesQuery, OrganisationsThatAreNotCompaniesQueryVariables>;
export const ReportsThatDisagreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsThatDisagree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"frank-jensen-beijing-2014-12","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"disagreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"textOrigin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"declares"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"words"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportsThatDisagreeQuery, ReportsThatDisagreeQueryVariables>;
export const SearchDistrictHeatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchDistrictHeating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"district heating","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchDistrictHeatingQuery, SearchDistrictHeatingQueryVariables>;