/**
 * The in-memory store: built once at startup, immutable afterwards. Every lookup a
 * resolver needs is a map access or a precomputed list; nothing scans the corpus.
 */
import { conversionsFor, type Conversion } from './money.js';
import { MultiIndex } from './multi-index.js';
import { byOrder } from './natural-order.js';
import type {
  AgreementRecord,
  AnyRecord,
  ArticleRecord,
  CityRecord,
  CompanyRecord,
  EntityRecord,
  FactRecord,
  MetricRecord,
  PersonRecord,
  RecordKind,
  RecordsByKind,
  StatementRecord,
  VisitRecord,
} from './model.js';
import { REF_KINDS } from './model.js';
import { SearchIndex } from './search.js';

type Tables = { [K in RecordKind]: Map<string, RecordsByKind[K]> };

/** "city:copenhagen" style reference of an entity. */
export const refOf = (record: EntityRecord): string => `${record.type.toLowerCase()}:${record.key}`;

export class Store {
  private readonly sorted = new Map<RecordKind, readonly AnyRecord[]>();
  /** Reverse relations, keyed by entity/fact key (or "type:key" where the target type varies). */
  readonly visitsByCity = new MultiIndex<VisitRecord>();
  readonly visitsByCountry = new MultiIndex<VisitRecord>();
  readonly visitsByPerson = new MultiIndex<VisitRecord>();
  readonly visitsByCompany = new MultiIndex<VisitRecord>();
  readonly laterVisits = new MultiIndex<VisitRecord>();
  readonly agreementsByParty = new MultiIndex<AgreementRecord>();
  readonly agreementsByVisit = new MultiIndex<AgreementRecord>();
  readonly metricsBySubject = new MultiIndex<MetricRecord>();
  readonly metricsByPerson = new MultiIndex<MetricRecord>();
  readonly statementsBySpeaker = new MultiIndex<StatementRecord>();
  readonly statementsAbout = new MultiIndex<StatementRecord>();
  readonly citiesByCountry = new MultiIndex<CityRecord>();
  readonly companiesByCountry = new MultiIndex<CompanyRecord>();
  readonly mayorsByCity = new MultiIndex<PersonRecord>();
  readonly factsByTopic = new MultiIndex<FactRecord>();
  readonly recordsByArticle = new MultiIndex<EntityRecord | FactRecord>();
  /** Articles mentioning an entity, by "type:key", oldest first. */
  readonly articlesByEntity = new MultiIndex<ArticleRecord>();
  readonly search: SearchIndex;

  constructor(private readonly tables: Tables) {
    for (const [kind, table] of Object.entries(tables) as [RecordKind, Map<string, AnyRecord>][]) {
      this.sorted.set(kind, [...table.values()].sort(byOrder));
    }
    // Indexes filled by walking these sorted lists come out sorted; only those mixing kinds are sorted after.
    this.indexEntities();
    this.indexFacts();
    this.factsByTopic.sort(byOrder);
    this.search = new SearchIndex(this.allRecords());
  }

  get<K extends RecordKind>(kind: K, key: string): RecordsByKind[K] | undefined {
    return this.tables[kind].get(key);
  }

  /** All records of a kind in their natural order (entities by name, facts and articles by date, oldest first). */
  list<K extends RecordKind>(kind: K): readonly RecordsByKind[K][] {
    return this.sorted.get(kind) as readonly RecordsByKind[K][];
  }

  count(kind: RecordKind): number {
    return this.tables[kind].size;
  }

  /** The entity a "type:key" reference names. */
  byRef(ref: string): EntityRecord | undefined {
    const [type = '', key = ''] = ref.split(':');
    const kind = Object.hasOwn(REF_KINDS, type) ? REF_KINDS[type] : undefined;
    return kind ? this.tables[kind].get(key) : undefined;
  }

  /** Computed when asked: an article states only a few metrics, and most are never converted. */
  conversionsOf(metric: MetricRecord): Conversion[] {
    const sameArticle = this.recordsByArticle.get(metric.articleKey).filter((r): r is MetricRecord => r.type === 'Metric');
    return conversionsFor(metric, sameArticle);
  }

  private *allRecords(): Iterable<AnyRecord> {
    for (const list of this.sorted.values()) yield* list;
  }

  private indexEntities(): void {
    for (const city of this.list('City')) this.citiesByCountry.add(city.country, city);
    for (const company of this.list('Company')) if (company.country) this.companiesByCountry.add(company.country, company);
    for (const person of this.list('Person')) {
      for (const office of person.offices) if (office.role === 'mayor' && office.city) this.mayorsByCity.add(office.city, person);
    }
    for (const kind of ['Country', 'City', 'Person', 'Company', 'Topic'] as const) {
      for (const entity of this.list(kind)) {
        for (const article of entity.articleKeys) this.recordsByArticle.add(article, entity);
      }
    }
    const refs = new Map<EntityRecord, string>();
    for (const article of this.list('Article')) {
      for (const entity of this.recordsByArticle.get(article.key) as EntityRecord[]) {
        let ref = refs.get(entity);
        if (ref === undefined) refs.set(entity, (ref = refOf(entity)));
        this.articlesByEntity.add(ref, article);
      }
    }
  }

  private indexFacts(): void {
    for (const visit of this.list('Visit')) {
      for (const city of [visit.visitingCity, visit.hostCity]) if (city) this.visitsByCity.add(city, visit);
      for (const country of [visit.visitingCountry, visit.hostCountry]) if (country) this.visitsByCountry.add(country, visit);
      for (const person of [...visit.visitors, ...visit.meetings.flatMap((m) => m.with)]) this.visitsByPerson.add(person, visit);
      for (const company of visit.delegation?.companies ?? []) this.visitsByCompany.add(company, visit);
      for (const purpose of visit.purposes) for (const topic of purpose.topics) this.factsByTopic.add(topic, visit);
      if (visit.previousVisit) this.laterVisits.add(visit.previousVisit, visit);
    }
    for (const agreement of this.list('Agreement')) {
      for (const party of agreement.parties) this.agreementsByParty.add(party, agreement);
      if (agreement.visit) this.agreementsByVisit.add(agreement.visit, agreement);
      for (const topic of agreement.areas) this.factsByTopic.add(topic, agreement);
    }
    for (const metric of this.list('Metric')) {
      for (const subject of metric.subjects) this.metricsBySubject.add(subject, metric);
      if (metric.attributedTo) this.metricsByPerson.add(metric.attributedTo, metric);
      for (const topic of metric.topics) this.factsByTopic.add(topic, metric);
    }
    for (const statement of this.list('Statement')) {
      this.statementsBySpeaker.add(statement.speaker, statement);
      for (const ref of statement.about) this.statementsAbout.add(ref, statement);
      for (const topic of statement.topics) this.factsByTopic.add(topic, statement);
    }
    for (const kind of ['Visit', 'Agreement', 'Metric', 'Statement'] as const) {
      for (const fact of this.list(kind)) this.recordsByArticle.add(fact.articleKey, fact);
    }
  }
}
