/**
 * Type references and shared connection types, declared before any type is implemented
 * so that type modules can point at each other without import cycles.
 */
import type {
  AgreementRecord,
  ArticleRecord,
  CityRecord,
  CompanyRecord,
  CountryRecord,
  EntityRecord,
  FactRecord,
  LocatedEvidence,
  MetricRecord,
  PersonRecord,
  StatementRecord,
  TopicRecord,
  VisitRecord,
} from '../corpus/model.js';
import type { SearchHit } from '../corpus/search.js';
import { builder } from './builder.js';

export const ArticleRef = builder.objectRef<ArticleRecord>('Article');
export const CountryRef = builder.objectRef<CountryRecord>('Country');
export const CityRef = builder.objectRef<CityRecord>('City');
export const PersonRef = builder.interfaceRef<PersonRecord>('Person');
export const MayorRef = builder.objectRef<PersonRecord>('Mayor');
export const OfficialRef = builder.objectRef<PersonRecord>('Official');
export const CompanyRef = builder.objectRef<CompanyRecord>('Company');
export const TopicRef = builder.objectRef<TopicRecord>('Topic');
export const VisitRef = builder.objectRef<VisitRecord>('Visit');
export const AgreementRef = builder.objectRef<AgreementRecord>('Agreement');
export const MetricRef = builder.objectRef<MetricRecord>('Metric');
export const StatementRef = builder.objectRef<StatementRecord>('Statement');
export const EntityRef = builder.interfaceRef<EntityRecord>('Entity');
export const FactRef = builder.interfaceRef<FactRecord>('Fact');
export const EvidenceRef = builder.objectRef<LocatedEvidence>('Evidence');
export const SearchHitRef = builder.objectRef<SearchHit>('SearchHit');

export const ArticleConnection = builder.connectionObject(
  { type: ArticleRef, name: 'ArticleConnection', description: 'A page of articles, with the total count and cursors.' },
  { name: 'ArticleEdge', description: 'One article, with its cursor.' },
);
export const CountryConnection = builder.connectionObject(
  { type: CountryRef, name: 'CountryConnection', description: 'A page of countries, with the total count and cursors.' },
  { name: 'CountryEdge', description: 'One country, with its cursor.' },
);
export const CityConnection = builder.connectionObject(
  { type: CityRef, name: 'CityConnection', description: 'A page of cities, with the total count and cursors.' },
  { name: 'CityEdge', description: 'One city, with its cursor.' },
);
export const PersonConnection = builder.connectionObject(
  { type: PersonRef, name: 'PersonConnection', description: 'A page of people, with the total count and cursors.' },
  { name: 'PersonEdge', description: 'One person, with its cursor.' },
);
export const MayorConnection = builder.connectionObject(
  { type: MayorRef, name: 'MayorConnection', description: 'A page of mayors, with the total count and cursors.' },
  { name: 'MayorEdge', description: 'One mayor, with its cursor.' },
);
export const CompanyConnection = builder.connectionObject(
  { type: CompanyRef, name: 'CompanyConnection', description: 'A page of companies, with the total count and cursors.' },
  { name: 'CompanyEdge', description: 'One company, with its cursor.' },
);
export const TopicConnection = builder.connectionObject(
  { type: TopicRef, name: 'TopicConnection', description: 'A page of topics, with the total count and cursors.' },
  { name: 'TopicEdge', description: 'One topic, with its cursor.' },
);
export const VisitConnection = builder.connectionObject(
  { type: VisitRef, name: 'VisitConnection', description: 'A page of visits, with the total count and cursors.' },
  { name: 'VisitEdge', description: 'One visit, with its cursor.' },
);
export const AgreementConnection = builder.connectionObject(
  { type: AgreementRef, name: 'AgreementConnection', description: 'A page of agreements, with the total count and cursors.' },
  { name: 'AgreementEdge', description: 'One agreement, with its cursor.' },
);
export const MetricConnection = builder.connectionObject(
  { type: MetricRef, name: 'MetricConnection', description: 'A page of metrics, with the total count and cursors.' },
  { name: 'MetricEdge', description: 'One metric, with its cursor.' },
);
export const StatementConnection = builder.connectionObject(
  { type: StatementRef, name: 'StatementConnection', description: 'A page of statements, with the total count and cursors.' },
  { name: 'StatementEdge', description: 'One statement, with its cursor.' },
);
export const FactConnection = builder.connectionObject(
  { type: FactRef, name: 'FactConnection', description: 'A page of facts of any kind, with the total count and cursors.' },
  { name: 'FactEdge', description: 'One fact, with its cursor.' },
);
export const EntityConnection = builder.connectionObject(
  { type: EntityRef, name: 'EntityConnection', description: 'A page of entities of any kind, with the total count and cursors.' },
  { name: 'EntityEdge', description: 'One entity, with its cursor.' },
);
export const SearchHitConnection = builder.connectionObject(
  { type: SearchHitRef, name: 'SearchHitConnection', description: 'A page of search hits, best first, with the total count and cursors.' },
  { name: 'SearchHitEdge', description: 'One search hit, with its cursor.' },
);
export const EvidenceConnection = builder.connectionObject(
  { type: EvidenceRef, name: 'EvidenceConnection', description: 'A page of evidence quotes, with the total count and cursors.' },
  { name: 'EvidenceEdge', description: 'One evidence quote, with its cursor.' },
);
