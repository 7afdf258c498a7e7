/**
 * Builds the store from validated articles: merges entities that several articles
 * share, checks that they agree and that every reference resolves, and reports
 * every problem with the file and JSON path it comes from.
 */
import type { CorpusIssue } from './issues.js';
import {
  ENTITY_LISTS,
  FACT_LISTS,
  REF_KINDS,
  type AnyRecord,
  type ArticleRecord,
  type EntityListKey,
  type EntityRecord,
  type FactListKey,
  type FactRecord,
  type PersonRecord,
  type RecordKind,
  type RecordsByKind,
} from './model.js';
import { Store } from './store.js';
import type { LocatedArticle } from './validate-file.js';

type Tables = { [K in RecordKind]: Map<string, RecordsByKind[K]> };

/** Where a record was first declared, for messages about conflicts and duplicates. */
interface Origin {
  file: string;
  path: string;
}

export function buildStore(articles: readonly LocatedArticle[]): { store?: Store; issues: CorpusIssue[] } {
  const issues: CorpusIssue[] = [];
  const tables = Object.fromEntries(
    ['Article', ...Object.values(ENTITY_LISTS).map((e) => e.kind), ...Object.values(FACT_LISTS)].map((k) => [k, new Map()]),
  ) as Tables;
  const origins = new Map<AnyRecord, Origin>();
  /** Every row as written, with its own file and path, for the reference check. */
  const mentions: [AnyRecord, Origin][] = [];

  for (const article of articles) {
    const { file } = article;
    const existing = tables.Article.get(article.key);
    if (existing) {
      issues.push({ file, path: '$.key', message: `article key "${article.key}" is already used by ${existing.file}` });
      continue;
    }
    const { $schema: _schema, countries, cities, people, companies, topics, visits, agreements, metrics, statements, ...meta } =
      article;
    const record: ArticleRecord = { ...meta, type: 'Article' };
    tables.Article.set(article.key, record);

    for (const [list, { kind }] of Object.entries(ENTITY_LISTS) as [EntityListKey, { kind: EntityRecord['type'] }][]) {
      article[list].forEach((row, index) => {
        const path = `$.${list}[${index}]`;
        const table = tables[kind] as Map<string, EntityRecord>;
        const known = table.get(row.key);
        mentions.push([{ ...row, type: kind } as EntityRecord, { file, path }]);
        if (!known) {
          const entity = { ...row, type: kind, articleKeys: [article.key], evidence: [...row.evidence] } as EntityRecord;
          if (entity.type === 'Person') entity.offices = entity.offices.map((o) => ({ ...o, evidence: [...o.evidence] }));
          table.set(row.key, entity);
          origins.set(entity, { file, path });
          return;
        }
        const conflict = mergeEntity(known, row as Partial<EntityRecord>, article.key);
        if (conflict) {
          const origin = origins.get(known)!;
          issues.push({
            file,
            path: `${path}.${conflict.field}`,
            message: `${kind} "${row.key}" has ${conflict.field} ${JSON.stringify(conflict.value)} here but ${JSON.stringify(conflict.known)} in ${origin.file} ${origin.path}`,
          });
        }
      });
    }

    for (const [list, kind] of Object.entries(FACT_LISTS) as [FactListKey, FactRecord['type']][]) {
      article[list].forEach((row, index) => {
        const path = `$.${list}[${index}]`;
        const table = tables[kind] as Map<string, FactRecord>;
        const known = table.get(row.key);
        if (known) {
          const origin = origins.get(known)!;
          issues.push({ file, path: `${path}.key`, message: `${kind} key "${row.key}" is already used in ${origin.file} ${origin.path}` });
          return;
        }
        const fact = { ...row, type: kind, articleKey: article.key } as FactRecord;
        table.set(row.key, fact);
        origins.set(fact, { file, path });
        mentions.push([fact, { file, path }]);
      });
    }
  }

  for (const [record, origin] of mentions) {
    for (const ref of referencesOf(record)) {
      const target = tables[ref.kind].get(ref.key);
      if (!target) {
        issues.push({
          file: origin.file,
          path: `${origin.path}.${ref.path}`,
          message: `unknown ${ref.kind} "${ref.key}": no article in the corpus declares it`,
        });
      }
    }
  }
  if (issues.length > 0) return { issues };
  return { store: new Store(tables), issues };
}

/** Folds a later mention of an entity into the first; returns the first disagreeing field. */
function mergeEntity(
  known: EntityRecord,
  row: Partial<EntityRecord>,
  articleKey: string,
): { field: string; value: unknown; known: unknown } | undefined {
  for (const field of ['name', 'country', 'capital'] as const) {
    const a = (known as unknown as Record<string, unknown>)[field];
    const b = (row as Record<string, unknown>)[field];
    if (a !== undefined && b !== undefined && a !== b) return { field, value: b, known: a };
  }
  const k = known as unknown as Record<string, unknown>;
  for (const field of ['country', 'capital', 'reference'] as const) {
    if (k[field] === undefined && (row as Record<string, unknown>)[field] !== undefined) {
      k[field] = (row as Record<string, unknown>)[field];
    }
  }
  // Appended in place (the entity owns copies of its lists): a city in thousands of articles stays linear.
  for (const evidence of row.evidence ?? []) known.evidence.push(evidence);
  if (known.type === 'Person') {
    for (const office of (row as Partial<PersonRecord>).offices ?? []) {
      const same = known.offices.find((o) => o.role === office.role && o.title === office.title && o.city === office.city);
      if (same) for (const evidence of office.evidence) same.evidence.push(evidence);
      else known.offices.push({ ...office, evidence: [...office.evidence] });
    }
  }
  known.articleKeys.push(articleKey);
  return undefined;
}

interface Reference {
  kind: RecordKind;
  key: string;
  path: string;
}

/** Every key a record points at, with the JSON path (relative to the record) it sits at. */
export function referencesOf(record: AnyRecord): Reference[] {
  const refs: Reference[] = [];
  const one = (kind: RecordKind, key: string | undefined, path: string) => {
    if (key !== undefined) refs.push({ kind, key, path });
  };
  const many = (kind: RecordKind, keys: readonly string[], path: string) =>
    keys.forEach((key, i) => refs.push({ kind, key, path: `${path}[${i}]` }));
  const typed = (values: readonly string[], path: string) =>
    values.forEach((value, i) => {
      const [type, key] = value.split(':') as [string, string];
      refs.push({ kind: REF_KINDS[type]!, key, path: `${path}[${i}]` });
    });

  switch (record.type) {
    case 'City':
      one('Country', record.country, 'country');
      break;
    case 'Company':
      one('Country', record.country, 'country');
      break;
    case 'Person':
      record.offices.forEach((office, i) => one('City', office.city, `offices[${i}].city`));
      break;
    case 'Visit':
      many('Person', record.visitors, 'visitors');
      one('City', record.visitingCity, 'visitingCity');
      one('Country', record.visitingCountry, 'visitingCountry');
      one('City', record.hostCity, 'hostCity');
      one('Country', record.hostCountry, 'hostCountry');
      many('Company', record.delegation?.companies ?? [], 'delegation.companies');
      record.meetings.forEach((m, i) => many('Person', m.with, `meetings[${i}].with`));
      record.purposes.forEach((p, i) => many('Topic', p.topics, `purposes[${i}].topics`));
      one('Visit', record.previousVisit, 'previousVisit');
      break;
    case 'Agreement':
      typed(record.parties, 'parties');
      one('Visit', record.visit, 'visit');
      many('Topic', record.areas, 'areas');
      break;
    case 'Metric':
      typed(record.subjects, 'subjects');
      many('Topic', record.topics, 'topics');
      one('Country', record.flow?.from, 'flow.from');
      one('Country', record.flow?.to, 'flow.to');
      one('Person', record.attributedTo, 'attributedTo');
      break;
    case 'Statement':
      one('Person', record.speaker, 'speaker');
      typed(record.about, 'about');
      many('Topic', record.topics, 'topics');
      break;
  }
  return refs;
}
