/**
 * Type references and shared connection types, declared before any type is implemented
 * so that type modules can point at each other without import cycles.
 */
import type {
  AgreementRecord,
  ArticleRecord,
  CityRecord,
  CountryRecord,
  Disagreement,
  EntityRecord,
  EventRecord,
  FactRecord,
  FactReport,
  LocatedEvidence,
  MetricRecord,
  OrganisationRecord,
  PersonRecord,
  RegionRecord,
  StatementRecord,
  TopicRecord,
  VenueRecord,
  VisitRecord,
} from '../corpus/model.js';
import type { Participation } from '../corpus/participation.js';
import type { SearchHit } from '../corpus/search.js';
import { builder } from './builder.js';

export const ArticleRef = builder.objectRef<ArticleRecord>('Article');
export const CountryRef = builder.objectRef<CountryRecord>('Country');
export const RegionRef = builder.objectRef<RegionRecord>('Region');
export const CityRef = builder.objectRef<CityRecord>('City');
export const VenueRef = builder.objectRef<VenueRecord>('Venue');
export const PersonRef = builder.interfaceRef<PersonRecord>('Person');
export const MayorRef = builder.objectRef<PersonRecord>('Mayor');
export const OfficialRef = builder.objectRef<PersonRecord>('Official');
export const OrganisationRef = builder.interfaceRef<OrganisationRecord>('Organisation');
export const CompanyRef = builder.objectRef<OrganisationRecord>('Company');
export const InstitutionRef = builder.objectRef<OrganisationRecord>('Institution');
export const TopicRef = builder.objectRef<TopicRecord>('Topic');
export const VisitRef = builder.objectRef<VisitRecord>('Visit');
export const EventRef = builder.objectRef<EventRecord>('Event');
export const AgreementRef = builder.objectRef<AgreementRecord>('Agreement');
export const MetricRef = builder.objectRef<MetricRecord>('Metric');
export const StatementRef = builder.objectRef<StatementRecord>('Statement');
export const EntityRef = builder.interfaceRef<EntityRecord>('Entity');
export const FactRef = builder.interfaceRef<FactRecord>('Fact');
export const EvidenceRef = builder.objectRef<LocatedEvidence>('Evidence');
export const ParticipationRef = builder.objectRef<Participation>('Participation');
export const FactReportRef = builder.objectRef<{ fact: FactRecord; report: FactReport }>('FactReport');
export const DisagreementRef = builder.objectRef<{ fact: FactRecord; disagreement: Disagreement }>('Disagreement');
export const SearchHitRef = builder.objectRef<SearchHit>('SearchHit');

/** A named connection type (and its edge) shared by every field that pages through `type`. */
function connectionOf<Ref extends Parameters<typeof builder.connectionObject>[0]['type']>(type: Ref, name: string, plural: string, one: string) {
  return builder.connectionObject(
    { type, name: `${name}Connection`, description: `A page of ${plural}, with the total count and cursors.` },
    { name: `${name}Edge`, description: `One ${one}, with its cursor.` },
  );
}

export const ArticleConnection = connectionOf(ArticleRef, 'Article', 'articles', 'article');
export const CountryConnection = connectionOf(CountryRef, 'Country', 'countries', 'country');
export const RegionConnection = connectionOf(RegionRef, 'Region', 'regions', 'region');
export const CityConnection = connectionOf(CityRef, 'City', 'cities', 'city');
export const VenueConnection = connectionOf(VenueRef, 'Venue', 'venues', 'venue');
export const PersonConnection = connectionOf(PersonRef, 'Person', 'people', 'person');
export const MayorConnection = connectionOf(MayorRef, 'Mayor', 'mayors', 'mayor');
export const OrganisationConnection = connectionOf(OrganisationRef, 'Organisation', 'organisations', 'organisation');
export const CompanyConnection = connectionOf(CompanyRef, 'Company', 'companies', 'company');
export const TopicConnection = connectionOf(TopicRef, 'Topic', 'topics', 'topic');
export const VisitConnection = connectionOf(VisitRef, 'Visit', 'visits', 'visit');
export const EventConnection = connectionOf(EventRef, 'Event', 'events', 'event');
export const AgreementConnection = connectionOf(AgreementRef, 'Agreement', 'agreements', 'agreement');
export const MetricConnection = connectionOf(MetricRef, 'Metric', 'metrics', 'metric');
export const StatementConnection = connectionOf(StatementRef, 'Statement', 'statements', 'statement');
export const FactConnection = connectionOf(FactRef, 'Fact', 'facts of any kind', 'fact');
export const EntityConnection = connectionOf(EntityRef, 'Entity', 'entities of any kind', 'entity');
export const ParticipationConnection = connectionOf(ParticipationRef, 'Participation', 'participations', 'participation');
export const SearchHitConnection = connectionOf(SearchHitRef, 'SearchHit', 'search hits, best first', 'search hit');
export const EvidenceConnection = connectionOf(EvidenceRef, 'Evidence', 'evidence quotes', 'evidence quote');
