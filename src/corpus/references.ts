/**
 * The references between records: every "key" a row points at, and those an article's own
 * rows cannot resolve, which must then be declared by another article of the corpus.
 */
import {
  ARTICLE_LISTS,
  LIST_KINDS,
  REF_KINDS,
  type AgreementRecord,
  type CityRecord,
  type CompanyRecord,
  type EntityRecord,
  type FactRecord,
  type ListKey,
  type MetricRecord,
  type PersonRecord,
  type RecordKind,
  type StatementRecord,
  type VisitRecord,
} from './model.js';

export interface Reference {
  kind: RecordKind;
  key: string;
  /** JSON path of the reference: relative to its row from referencesOf, from the file's root from unresolvedReferences. */
  path: string;
}

type Row = Omit<EntityRecord | FactRecord, 'type' | 'order'>;
type Lists = Record<ListKey, readonly Row[]>;

/** The references in an article's rows to records the article itself does not declare. */
export function unresolvedReferences(article: Lists): Reference[] {
  const declared = new Set<string>();
  for (const list of ARTICLE_LISTS) for (const row of article[list]) declared.add(`${LIST_KINDS[list]}:${row.key}`);
  const unresolved: Reference[] = [];
  for (const list of ARTICLE_LISTS) {
    const rows = article[list];
    for (let index = 0; index < rows.length; index++) {
      for (const ref of referencesOf(LIST_KINDS[list], rows[index]!)) {
        if (!declared.has(`${ref.kind}:${ref.key}`)) unresolved.push({ ...ref, path: `$.${list}[${index}].${ref.path}` });
      }
    }
  }
  return unresolved;
}

/** Every key a row of the given kind points at, with the JSON path (relative to the row) it sits at. */
export function referencesOf(kind: EntityRecord['type'] | FactRecord['type'], row: Row): Reference[] {
  const refs: Reference[] = [];
  // Narrowed by kind without copying the row (this runs for every row in the corpus).
  switch (kind) {
    case 'City':
    case 'Company':
      one(refs, 'Country', (row as CityRecord | CompanyRecord).country, 'country');
      break;
    case 'Person':
      (row as PersonRecord).offices.forEach((office, i) => one(refs, 'City', office.city, `offices[${i}].city`));
      break;
    case 'Visit': {
      const visit = row as VisitRecord;
      many(refs, 'Person', visit.visitors, 'visitors');
      one(refs, 'City', visit.visitingCity, 'visitingCity');
      one(refs, 'Country', visit.visitingCountry, 'visitingCountry');
      one(refs, 'City', visit.hostCity, 'hostCity');
      one(refs, 'Country', visit.hostCountry, 'hostCountry');
      many(refs, 'Company', visit.delegation?.companies ?? [], 'delegation.companies');
      visit.meetings.forEach((m, i) => many(refs, 'Person', m.with, `meetings[${i}].with`));
      visit.purposes.forEach((p, i) => many(refs, 'Topic', p.topics, `purposes[${i}].topics`));
      one(refs, 'Visit', visit.previousVisit, 'previousVisit');
      break;
    }
    case 'Agreement': {
      const agreement = row as AgreementRecord;
      typed(refs, agreement.parties, 'parties');
      one(refs, 'Visit', agreement.visit, 'visit');
      many(refs, 'Topic', agreement.areas, 'areas');
      break;
    }
    case 'Metric': {
      const metric = row as MetricRecord;
      typed(refs, metric.subjects, 'subjects');
      many(refs, 'Topic', metric.topics, 'topics');
      one(refs, 'Country', metric.flow?.from, 'flow.from');
      one(refs, 'Country', metric.flow?.to, 'flow.to');
      one(refs, 'Person', metric.attributedTo, 'attributedTo');
      break;
    }
    case 'Statement': {
      const statement = row as StatementRecord;
      one(refs, 'Person', statement.speaker, 'speaker');
      typed(refs, statement.about, 'about');
      many(refs, 'Topic', statement.topics, 'topics');
      break;
    }
  }
  return refs;
}

function one(refs: Reference[], kind: RecordKind, key: string | undefined, path: string): void {
  if (key !== undefined) refs.push({ kind, key, path });
}

function many(refs: Reference[], kind: RecordKind, keys: readonly string[], path: string): void {
  for (let i = 0; i < keys.length; i++) refs.push({ kind, key: keys[i]!, path: `${path}[${i}]` });
}

/** "type:key" references, whose kind comes from the prefix. */
function typed(refs: Reference[], values: readonly string[], path: string): void {
  for (let i = 0; i < values.length; i++) {
    const [type, key] = values[i]!.split(':') as [string, string];
    refs.push({ kind: REF_KINDS[type]!, key, path: `${path}[${i}]` });
  }
}
