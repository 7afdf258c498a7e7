/**
 * A checked corpus without most of its facts: every article and entity, the events (a visit's rows
 * name whoever takes part in its events, and other articles may declare them), and of the other
 * facts only their keys and the reports on them. The ingest builds one (StoreBuilder.finishOutline)
 * and reads the other facts again a chunk of articles at a time (factsOf): at 100,000 articles the
 * facts and their quotes were most of the checked store's 17.5 KB of heap an article, too much for
 * a million on a machine of 23 GB (docs/scale.md).
 */
import { FACT_KINDS, KINDS, type FactKind } from './kinds.js';
import { mergeReports, type Report } from './merge-reports.js';
import { MultiIndex } from './multi-index.js';
import type { ArticleRecord, EventRecord, FactRecord, RecordKind, RecordsByKind, RecordTables } from './model.js';
import { byOrder, factOrderKey } from './natural-order.js';
import { Places } from './places.js';
import type { LocatedArticle } from './validate-file.js';

/** A fact's kind and key as one string. */
export const factId = (kind: FactKind, key: string): string => `${kind}\u0000${key}`;

/** The fact kinds an outline holds: events, for the visits they belong to (src/pg/rows.ts refsOf). */
export const OUTLINE_HOLDS = (kind: FactKind): boolean => kind === 'Event';

export class Outline {
  /** Countries and regions of places and visits. */
  readonly places: Places;
  private readonly sorted = new Map<RecordKind, readonly RecordsByKind[RecordKind][]>();
  /** The events of each visit, in natural order. */
  private readonly events = new MultiIndex<EventRecord>();

  constructor(
    private readonly tables: RecordTables,
    /** Of each fact kind not held, the declaring article of each key. */
    private readonly declared: Record<FactKind, Map<string, string>>,
    /** The reports on facts not held, by factId. */
    private readonly reports: Map<string, Report[]>,
  ) {
    this.places = new Places(tables);
    for (const event of this.list('Event')) if (event.visit !== undefined) this.events.add(event.visit, event);
  }

  /** The records held of a kind (articles, entities, events) in their natural order; none of the others. */
  list<K extends RecordKind>(kind: K): readonly RecordsByKind[K][] {
    let list = this.sorted.get(kind);
    if (!list) this.sorted.set(kind, (list = [...this.tables[kind].values()].sort(byOrder)));
    return list as readonly RecordsByKind[K][];
  }

  article(key: string): ArticleRecord | undefined {
    return this.tables.Article.get(key);
  }

  /** Records of a kind in the corpus, held or not. */
  count(kind: RecordKind): number {
    return this.tables[kind].size + ((this.declared as Partial<Record<RecordKind, Map<string, string>>>)[kind]?.size ?? 0);
  }

  /** The events that are part of a visit, in natural order. */
  eventsOf(visit: string): readonly EventRecord[] {
    return this.events.get(visit);
  }

  /**
   * An article's facts of the kinds not held, as a store holds them (typed, with their article, the
   * reports on them merged in), read again from its file. Each is made once: a report is merged
   * into its fact in place.
   */
  factsOf(article: LocatedArticle): FactRecord[] {
    const facts: FactRecord[] = [];
    const rows = article as unknown as Record<string, FactRecord[]>;
    for (const kind of FACT_KINDS) {
      if (OUTLINE_HOLDS(kind)) continue;
      for (const fact of rows[KINDS[kind].list]!) {
        fact.type = kind;
        fact.articleKey = article.key;
        const reports = this.reports.get(factId(kind, fact.key));
        if (reports) {
          mergeReports(fact, reports, (key) => this.article(key)!.order as string);
          fact.order = factOrderKey(kind, fact, fact.articleKey, article.publishedAt);
        }
        facts.push(fact);
      }
    }
    return facts;
  }
}
