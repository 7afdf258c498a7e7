/**
 * Builds the store from validated articles: merges entities that several articles share, checks
 * that they agree and that every reference resolves, folds reports on facts into the facts they
 * report on (merge-reports.ts), and reports every problem with the file and JSON path it comes from.
 */
import type { CorpusIssue } from './issues.js';
import { ENTITY_KINDS, FACT_KINDS, KINDS, ROW_KINDS, type EntityKind, type FactKind } from './kinds.js';
import { appendItem, isRecordWithEvidence, mergeReports, unknownReportTarget, type Report } from './merge-reports.js';
import type { ArticleRecord, EntityRecord, FactRecord, RecordKind, RecordTables } from './model.js';
import { factOrderKey, orderKey } from './natural-order.js';
import { StringPool } from './intern.js';
import { factId, Outline, OUTLINE_HOLDS } from './outline.js';
import { Store } from './store.js';
import type { LocatedArticle } from './validate-file.js';

type Row = { key: string } & Record<string, unknown>;

/** Builds the store from every valid article of a corpus, in file order. */
export function buildStore(articles: readonly LocatedArticle[]): { store?: Store; issues: CorpusIssue[] } {
  const builder = new StoreBuilder();
  for (const article of articles) builder.add(article);
  return builder.finish();
}

/**
 * Takes articles one at a time (so a loader can build while other files are still being
 * validated), then checks references, merges reports and builds the store once every article is in.
 *
 * Built for an outline, it keeps only the facts an outline holds (OUTLINE_HOLDS): the others are
 * checked (their keys, what refers to them, the reports on them) but let go, and the ingest reads
 * them again a chunk at a time (outline.ts).
 */
export class StoreBuilder {
  private readonly issues: CorpusIssue[] = [];
  private readonly tables = Object.fromEntries(['Article', ...ROW_KINDS].map((k) => [k, new Map()])) as RecordTables;
  /** Of each fact kind not held, the declaring article of each key. */
  private readonly declared = Object.fromEntries(FACT_KINDS.map((k) => [k, new Map()])) as Record<FactKind, Map<string, string>>;
  /**
   * What the build still needs of each article added, by key: its file, its unresolved references
   * and the keys of its rows, for messages naming where a record was declared. The article itself
   * is let go, so its rows that did not become records die young.
   */
  private readonly articles = new Map<string, ArticleTrace>();
  private readonly reports: Report[] = [];
  private readonly strings = new StringPool();
  /** For an entity's field that a later article filled in, that article's key: a conflict on the field names it, not the first article. */
  private readonly filledIn = new Map<object, Map<string, string>>();

  private readonly held: (kind: FactKind) => boolean;

  constructor(private readonly purpose: 'store' | 'outline' = 'store') {
    this.held = purpose === 'outline' ? OUTLINE_HOLDS : () => true;
  }

  add(article: LocatedArticle): void {
    const { file } = article;
    const { tables, issues } = this;
    const existing = tables.Article.get(article.key);
    if (existing) {
      issues.push({ file, path: '$.key', message: `article key "${article.key}" is already used by ${existing.file}` });
      return;
    }
    const lists = article as unknown as Record<string, Row[]> & { reports?: Record<string, Row[] | undefined> };
    const record = articleRecord(article);
    record.order = orderKey(record);
    tables.Article.set(article.key, record);
    const keys: Record<string, string[]> = {};
    for (const kind of ROW_KINDS) keys[KINDS[kind].list] = lists[KINDS[kind].list]!.map((row) => row.key);
    this.articles.set(article.key, { file, unresolved: article.unresolved, keys, order: record.order });

    // Facts keep their rows; an entity keeps only its first mention's, so its strings are not shared.
    for (const kind of FACT_KINDS) if (this.held(kind)) this.strings.internAll(lists[KINDS[kind].list]);
    this.strings.internAll(lists.reports);
    for (const kind of ENTITY_KINDS) this.addEntities(kind, lists[KINDS[kind].list]!, article.key, file);
    for (const kind of FACT_KINDS) this.addFacts(kind, lists[KINDS[kind].list]!, article.key, file);
    for (const kind of FACT_KINDS) {
      lists.reports?.[KINDS[kind].list]?.forEach((row, index) => this.reports.push({ kind, row, index, articleKey: article.key, file }));
    }
  }

  /** Checks every reference, merges reports, then builds the store unless some article had a problem or the caller found one. */
  finish(otherIssues = false): { store?: Store; issues: CorpusIssue[] } {
    if (this.purpose !== 'store') throw new Error('a builder for an outline builds no store');
    this.close();
    if (this.issues.length > 0 || otherIssues) return { issues: this.issues };
    return { store: new Store(this.tables), issues: this.issues };
  }

  /** finish, but an Outline: the facts not held are left to be read again, with the reports on them. */
  finishOutline(otherIssues = false): { outline?: Outline; issues: CorpusIssue[] } {
    if (this.purpose !== 'outline') throw new Error('a builder for a store builds no outline');
    const later = this.close();
    if (this.issues.length > 0 || otherIssues) return { issues: this.issues };
    return { outline: new Outline(this.tables, this.declared, later), issues: this.issues };
  }

  /** The cross-file checks, and the reports merged into the facts held; returns the reports on the others, by fact (factId). */
  private close(): Map<string, Report[]> {
    const { tables, issues } = this;
    const known = (kind: RecordKind, key: string) => tables[kind].has(key) || (kind in this.declared && this.declared[kind as FactKind].has(key));
    // References an article's own rows could not resolve (validate-file.ts) must resolve in another article.
    for (const article of this.articles.values()) {
      for (const ref of article.unresolved) {
        if (known(ref.kind, ref.key)) continue;
        issues.push({ file: article.file, path: ref.path, message: `unknown ${ref.kind} "${ref.key}": no article in the corpus declares it` });
      }
    }
    const byFact = new Map<FactRecord, Report[]>();
    const later = new Map<string, Report[]>();
    for (const report of this.reports) {
      const fact = tables[report.kind].get(report.row.key);
      if (fact) appendTo(byFact, fact, report);
      else if (this.declared[report.kind].has(report.row.key)) appendTo(later, factId(report.kind, report.row.key), report);
      else issues.push(unknownReportTarget(report));
    }
    const publication = (articleKey: string) => this.articles.get(articleKey)!.order;
    for (const [fact, reports] of byFact) {
      mergeReports(fact, reports, publication);
      fact.order = factOrderKey(fact.type, fact, fact.articleKey, tables.Article.get(fact.articleKey)!.publishedAt);
    }
    this.articles.clear();
    this.reports.length = 0;
    this.filledIn.clear();
    return later;
  }

  private addEntities(kind: EntityKind, rows: readonly Row[], articleKey: string, file: string): void {
    const table = this.tables[kind] as Map<string, EntityRecord>;
    const { list } = KINDS[kind];
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index]!;
      const known = table.get(row.key);
      if (!known) {
        const entity = { ...copyLists(row), type: kind, articleKeys: [articleKey], order: '' } as unknown as EntityRecord;
        entity.order = orderKey(entity);
        table.set(row.key, entity);
        continue;
      }
      const conflict = mergeEntity(known as unknown as Row & { articleKeys: string[] }, row, articleKey, this.filledIn);
      if (conflict) {
        // Neither article is wrong by its place in the folder: both are named, with their values.
        const { field } = conflict;
        const first = this.filledIn.get(known)?.get(field) ?? known.articleKeys[0]!;
        this.issues.push({
          file,
          path: `$.${list}[${index}].${field}`,
          message:
            `the articles that declare ${kind} "${row.key}" disagree on its ${field}: ${JSON.stringify(conflict.known)} in ${this.origin(list, first, row.key)}.${field}, ` +
            `${JSON.stringify(conflict.value)} in ${file} $.${list}[${index}].${field}; make them agree, or give different things different keys`,
        });
      }
    }
  }

  private addFacts(kind: FactKind, rows: readonly Row[], articleKey: string, file: string): void {
    const table = this.tables[kind] as Map<string, FactRecord>;
    const declared = this.declared[kind];
    const held = this.held(kind);
    const { list } = KINDS[kind];
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index]! as unknown as FactRecord;
      const known = table.get(row.key)?.articleKey ?? declared.get(row.key);
      if (known) {
        this.issues.push({
          file,
          path: `$.${list}[${index}].key`,
          message: `${kind} key "${row.key}" is already declared in ${this.origin(list, known, row.key)}; to add what this article states of it, list it under "reports"`,
        });
        continue;
      }
      if (!held) {
        declared.set(row.key, articleKey);
        continue;
      }
      row.type = kind;
      row.articleKey = articleKey; // one shared string instead of a copy per fact from each thread's text
      table.set(row.key, row);
    }
  }

  /** "file $.list[i]": where the article with that key declared a row (looked up again only for a message). */
  private origin(list: string, articleKey: string, rowKey: string): string {
    const article = this.articles.get(articleKey)!;
    return `${article.file} $.${list}[${article.keys[list]!.indexOf(rowKey)}]`;
  }
}

/**
 * The article's own fields, without its lists. Every field is named, optional ones included (the
 * type requires them all), so that every article record has one shape: a hundred thousand records
 * built field by field from their files would each get one of their own.
 */
function articleRecord(article: LocatedArticle): ArticleRecord {
  const fields: { [K in keyof Required<Omit<ArticleRecord, 'order'>>]: ArticleRecord[K] } = {
    type: 'Article',
    key: article.key,
    title: article.title,
    source: article.source,
    publishedAt: article.publishedAt,
    section: article.section,
    language: article.language,
    url: article.url,
    paraphrase: article.paraphrase,
    body: article.body,
    file: article.file,
  };
  return { ...fields, order: '' };
}

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface ArticleTrace {
  file: string;
  unresolved: LocatedArticle['unresolved'];
  keys: Record<string, string[]>;
  /** The article's order key: its publication. */
  order: string;
}

/** A copy of a row whose lists the entity owns, so that later mentions can append to them in place. */
function copyLists(row: Row): Row {
  const copy: Row = { ...row };
  for (const field in copy) {
    const value = copy[field];
    if (Array.isArray(value)) copy[field] = value.map((item) => (isRecordWithEvidence(item) ? { ...item, evidence: [...item.evidence] } : item));
  }
  return copy;
}

/**
 * Folds a later mention of an entity into the first: evidence accumulates, lists (a person's
 * offices) gain the items not yet known, and a field only the later mention states is filled in.
 * Returns the first field whose value the two mentions disagree on; records in `filledIn` which article filled in which field.
 */
function mergeEntity(
  known: Row & { articleKeys: string[] },
  row: Row,
  articleKey: string,
  filledIn: Map<object, Map<string, string>>,
): { field: string; value: unknown; known: unknown } | undefined {
  for (const field in row) {
    if (field === 'key' || field === 'evidence') continue;
    const value = row[field];
    if (Array.isArray(value)) continue;
    const had = known[field];
    if (had === undefined || had === value) continue;
    // Objects (reference data) compare by content; other values differ once they are not identical.
    if (typeof had !== 'object' || JSON.stringify(had) !== JSON.stringify(value)) return { field, value, known: had };
  }
  for (const field in row) {
    const value = row[field];
    if (field === 'key') continue;
    if (Array.isArray(value)) {
      // Appended in place (the entity owns copies of its lists): a city in thousands of articles stays linear.
      const list = (known[field] ??= []) as unknown[];
      if (field === 'evidence') for (let i = 0; i < value.length; i++) list.push(value[i]);
      else for (const item of value) appendItem(list, item);
    } else if (known[field] === undefined) {
      known[field] = value;
      let fields = filledIn.get(known);
      if (!fields) filledIn.set(known, (fields = new Map()));
      fields.set(field, articleKey);
    }
  }
  known.articleKeys.push(articleKey);
  return undefined;
}
