/**
 * Builds the store from validated articles: merges entities that several articles
 * share, checks that they agree and that every reference resolves, and reports
 * every problem with the file and JSON path it comes from.
 */
import type { CorpusIssue } from './issues.js';
import {
  ARTICLE_LISTS,
  ENTITY_LISTS,
  type ArticleRecord,
  FACT_LISTS,
  type EntityListKey,
  type EntityRecord,
  type FactListKey,
  type FactRecord,
  type PersonRecord,
  type RecordKind,
  type RecordsByKind,
} from './model.js';
import { orderKey } from './natural-order.js';
import { Store } from './store.js';
import type { LocatedArticle } from './validate-file.js';

const ENTITY_KEYS = Object.keys(ENTITY_LISTS) as EntityListKey[];
const FACT_KEYS = Object.keys(FACT_LISTS) as FactListKey[];

type Tables = { [K in RecordKind]: Map<string, RecordsByKind[K]> };

/** Builds the store from every valid article of a corpus, in file order. */
export function buildStore(articles: readonly LocatedArticle[]): { store?: Store; issues: CorpusIssue[] } {
  const builder = new StoreBuilder();
  for (const article of articles) builder.add(article);
  return builder.finish();
}

/**
 * Takes articles one at a time (so a loader can build while other files are still being
 * validated), then checks references and builds the store once every article is in.
 */
export class StoreBuilder {
  private readonly issues: CorpusIssue[] = [];
  private readonly tables = Object.fromEntries(
    ['Article', ...Object.values(ENTITY_LISTS).map((e) => e.kind), ...Object.values(FACT_LISTS)].map((k) => [k, new Map()]),
  ) as Tables;
  /**
   * What the build still needs of each article added, by key: its file, its unresolved references
   * and the keys of its rows, for messages naming where a record was declared. The article itself
   * is let go, so its rows that did not become records die young.
   */
  private readonly articles = new Map<string, ArticleTrace>();

  add(article: LocatedArticle): void {
    const { file } = article;
    const { tables, issues } = this;
    const existing = tables.Article.get(article.key);
    if (existing) {
      issues.push({ file, path: '$.key', message: `article key "${article.key}" is already used by ${existing.file}` });
      return;
    }
    const { $schema: _schema, unresolved, countries, cities, people, companies, topics, visits, agreements, metrics, statements, ...meta } =
      article;
    const record: ArticleRecord = { ...meta, type: 'Article', order: '' };
    record.order = orderKey(record);
    tables.Article.set(article.key, record);
    const keys = {} as ArticleTrace['keys'];
    for (const list of ARTICLE_LISTS) keys[list] = (article[list] as readonly { key: string }[]).map((row) => row.key);
    this.articles.set(article.key, { file, unresolved, keys });

    for (const list of ENTITY_KEYS) {
      const { kind } = ENTITY_LISTS[list];
      const table = tables[kind] as Map<string, EntityRecord>;
      const rows = article[list];
      for (let index = 0; index < rows.length; index++) {
        const row = rows[index]!;
        const known = table.get(row.key);
        if (!known) {
          const entity = { ...row, type: kind, articleKeys: [article.key], evidence: [...row.evidence], order: '' } as EntityRecord;
          entity.order = orderKey(entity);
          if (entity.type === 'Person') entity.offices = entity.offices.map((o) => ({ ...o, evidence: [...o.evidence] }));
          table.set(row.key, entity);
          continue;
        }
        const conflict = mergeEntity(known, row as Partial<EntityRecord>, article.key);
        if (conflict) {
          issues.push({
            file,
            path: `$.${list}[${index}].${conflict.field}`,
            message: `${kind} "${row.key}" has ${conflict.field} ${JSON.stringify(conflict.value)} here but ${JSON.stringify(conflict.known)} in ${this.origin(list, known.articleKeys[0]!, row.key)}`,
          });
        }
      }
    }

    for (const list of FACT_KEYS) {
      const kind = FACT_LISTS[list];
      const table = tables[kind] as Map<string, FactRecord>;
      const rows = article[list];
      for (let index = 0; index < rows.length; index++) {
        const row = rows[index]!;
        const known = table.get(row.key);
        if (known) {
          issues.push({
            file,
            path: `$.${list}[${index}].key`,
            message: `${kind} key "${row.key}" is already used in ${this.origin(list, known.articleKey, row.key)}`,
          });
          continue;
        }
        row.articleKey = article.key; // one shared string instead of a parsed copy per fact
        table.set(row.key, row);
      }
    }
  }

  /** Checks every reference, then builds the store unless some article had a problem or the caller found one. */
  finish(otherIssues = false): { store?: Store; issues: CorpusIssue[] } {
    const { tables, issues } = this;
    // References an article's own rows could not resolve (validate-file.ts) must resolve in another article.
    for (const article of this.articles.values()) {
      for (const ref of article.unresolved) {
        if (tables[ref.kind].has(ref.key)) continue;
        issues.push({ file: article.file, path: ref.path, message: `unknown ${ref.kind} "${ref.key}": no article in the corpus declares it` });
      }
    }
    this.articles.clear();
    if (issues.length > 0 || otherIssues) return { issues };
    return { store: new Store(tables), issues };
  }

  /** "file $.list[i]": where the article with that key declared a row (looked up again only for a message). */
  private origin(list: EntityListKey | FactListKey, articleKey: string, rowKey: string): string {
    const article = this.articles.get(articleKey)!;
    return `${article.file} $.${list}[${article.keys[list].indexOf(rowKey)}]`;
  }
}

interface ArticleTrace {
  file: string;
  unresolved: LocatedArticle['unresolved'];
  keys: Record<EntityListKey | FactListKey, string[]>;
}

/** The entity fields that must agree across mentions; the optional ones are filled in from a later mention. */
interface SharedFields {
  name: string;
  country?: string;
  capital?: boolean;
  reference?: unknown;
}

/** Folds a later mention of an entity into the first; returns the first disagreeing field. */
function mergeEntity(
  known: EntityRecord,
  row: Partial<EntityRecord>,
  articleKey: string,
): { field: string; value: unknown; known: unknown } | undefined {
  const k = known as unknown as SharedFields;
  const r = row as unknown as SharedFields;
  if (k.name !== r.name) return { field: 'name', value: r.name, known: k.name };
  if (k.country !== undefined && r.country !== undefined && k.country !== r.country) {
    return { field: 'country', value: r.country, known: k.country };
  }
  if (k.capital !== undefined && r.capital !== undefined && k.capital !== r.capital) {
    return { field: 'capital', value: r.capital, known: k.capital };
  }
  if (k.country === undefined && r.country !== undefined) k.country = r.country;
  if (k.capital === undefined && r.capital !== undefined) k.capital = r.capital;
  if (k.reference === undefined && r.reference !== undefined) k.reference = r.reference;
  // Appended in place (the entity owns copies of its lists): a city in thousands of articles stays linear.
  const evidence = row.evidence!;
  for (let i = 0; i < evidence.length; i++) known.evidence.push(evidence[i]!);
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
