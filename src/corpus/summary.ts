/** What a loaded corpus holds, counted by the registry of kinds: for `npm run validate` and the server's startup line. */
import { ENTITY_KINDS, FACT_KINDS, KINDS, type RowKind } from './kinds.js';
import type { Store } from './store.js';

export interface CorpusSummary {
  articles: number;
  entities: number;
  facts: number;
  /** "2 countries, 2 cities, ..." */
  entityDetail: string;
  factDetail: string;
  /** Facts that more than one article states, and those the articles disagree on. */
  reported: number;
  disputed: number;
}

export function summarize(store: Store): CorpusSummary {
  const count = (kinds: readonly RowKind[]) => kinds.reduce((sum, kind) => sum + store.count(kind), 0);
  const detail = (kinds: readonly RowKind[]) =>
    kinds.map((kind) => `${store.count(kind)} ${store.count(kind) === 1 ? kind.toLowerCase() : KINDS[kind].list}`).join(', ');
  let reported = 0;
  let disputed = 0;
  for (const kind of FACT_KINDS) {
    for (const fact of store.list(kind)) {
      if (fact.reports) reported++;
      if (fact.disagreements) disputed++;
    }
  }
  return {
    articles: store.count('Article'),
    entities: count(ENTITY_KINDS),
    facts: count(FACT_KINDS),
    entityDetail: detail(ENTITY_KINDS),
    factDetail: detail(FACT_KINDS),
    reported,
    disputed,
  };
}
