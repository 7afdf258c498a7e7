/**
 * Facts reported by several articles. One article declares a fact; others report on it with the
 * fields they state (format/article.ts "reports"). The statements are taken in order of
 * publication (never file order) and merged field by field:
 * - lists (participants, purposes, areas) gain every item any article states, each item with the
 *   evidence of the articles that state it;
 * - a value (a status, a date, a figure, a key, a flag) stated by several articles that agree takes
 *   the value of the latest article: a status that may follow the earlier one (planned, then
 *   signed; planned, then cancelled) is an update;
 *   times agree when one lies within the other ("2012" and "June 2012"), and the more precise is kept;
 * - where articles state values that cannot both be true, the fact records a disagreement listing
 *   every article's value, and keeps the declaring article's value: a dissenting report is shown,
 *   never silently preferred;
 * - wordings (titles, descriptions) stay as the declaring article words them; each report's own
 *   wording is kept with the report.
 */
import type { CorpusIssue } from './issues.js';
import { FACT_KINDS, KINDS, type FactKind } from './kinds.js';
import { defaultsOf } from './format/facts.js';
import type { Disagreement, FactRecord, FactReport, StatedValue } from './model.js';
import { STATUS_TRANSITIONS } from './format/vocabulary.js';
import { amount } from './money.js';
import { boundsOf, partsOf } from './time.js';
import type { TimeReference } from './format/values.js';
import { isQuantity, isTime } from './stated-values.js';

/** A report row as an article file gives it, before it is merged. */
export interface Report {
  kind: FactKind;
  row: { key: string } & Record<string, unknown>;
  index: number;
  articleKey: string;
  file: string;
}

/** Fields whose wording may differ between articles without the articles disagreeing. */
const WORDINGS = new Set(['title', 'description', 'measure', 'setting', 'text', 'words', 'basis']);

/** Why a report is refused when no article declares the fact it reports on. */
export function unknownReportTarget(report: Report): CorpusIssue {
  return {
    file: report.file,
    path: `$.reports.${KINDS[report.kind].list}[${report.index}].key`,
    message: `unknown ${report.kind} "${report.row.key}": no article in the corpus declares it (a report adds to a fact another article declares)`,
  };
}

interface Statement {
  articleKey: string;
  row: Record<string, unknown>;
  order: string;
}

/** Merges every report on a fact into it (reports in any order: they are taken in order of publication). */
export function mergeReports(fact: FactRecord, reports: readonly Report[], publication: (articleKey: string) => string): void {
  const declaration = { ...(fact as unknown as Record<string, unknown>) };
  const statements: Statement[] = [
    { articleKey: fact.articleKey, row: declaration, order: publication(fact.articleKey) },
    ...reports.map((r) => ({ articleKey: r.articleKey, row: r.row, order: publication(r.articleKey) })),
  ].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.articleKey < b.articleKey ? -1 : 1));

  const disagreements: Disagreement[] = [];
  const target = fact as unknown as Record<string, unknown>;
  mergeFields(target, statements, '', { kind: fact.type.toLowerCase(), declaring: fact.articleKey }, disagreements);
  fact.reports = statements.map(({ articleKey, row }) => reportOf(fact.type, articleKey, articleKey === fact.articleKey, row));
  // The declaration's own evidence comes first, then each report's in order of publication.
  fact.evidence = statements.flatMap(({ row }) => row.evidence as FactRecord['evidence']);
  if (disagreements.length > 0) fact.disagreements = disagreements;
}

/**
 * What one article states of a fact: the fields its row gives, without those a declaration only
 * holds because the format fills in a default (an empty list of areas).
 */
function reportOf(kind: FactKind, articleKey: string, declares: boolean, row: Record<string, unknown>): FactReport {
  const defaults = DEFAULTS[kind];
  const stated = (field: string, value: unknown) =>
    !STATED.has(field) && value !== undefined && !(declares && field in defaults && JSON.stringify(value) === JSON.stringify(defaults[field]));
  const values = Object.fromEntries(Object.entries(row).filter(([field, value]) => stated(field, value)));
  return { articleKey, declares, fields: Object.keys(values), values, evidence: row.evidence as FactReport['evidence'] };
}

const DEFAULTS = Object.fromEntries(FACT_KINDS.map((kind) => [kind, defaultsOf(KINDS[kind].schema)])) as Record<FactKind, Record<string, unknown>>;

/** Every article's statement of a fact: its reports, or for a fact only its declaring article states, that declaration. */
export const reportsOf = (fact: FactRecord): readonly FactReport[] =>
  fact.reports ?? [reportOf(fact.type, fact.articleKey, true, fact as unknown as Record<string, unknown>)];

/** Fields of a row that are not stated values: identity, bookkeeping and evidence. */
const STATED = new Set(['key', 'evidence', 'type', 'articleKey', 'order', 'reports', 'disagreements']);

/** The fact being merged: its kind in lower case (for statuses) and the article that declares it. */
interface Merging {
  kind: string;
  declaring: string;
}

/** Merges each field the statements give into target; `path` is the field path so far. */
function mergeFields(target: Record<string, unknown>, statements: readonly Statement[], path: string, fact: Merging, out: Disagreement[]): void {
  const fields = new Set<string>();
  for (const { row } of statements) for (const field in row) if (!STATED.has(field)) fields.add(field);
  for (const field of fields) {
    const stated = statements.filter(({ row }) => row[field] !== undefined).map(({ articleKey, row }) => ({ articleKey, value: row[field] }));
    if (stated.length === 0) continue;
    const at = path ? `${path}.${field}` : field;
    const first = stated[0]!.value;
    if (Array.isArray(first)) {
      const merged: unknown[] = [];
      for (const { value } of stated) for (const item of value as unknown[]) appendItem(merged, item);
      target[field] = merged;
    } else if (isStructure(first)) {
      const inner = statements
        .filter(({ row }) => row[field] !== undefined)
        .map((s) => ({ ...s, row: s.row[field] as Record<string, unknown> }));
      const merged = { ...(target[field] as Record<string, unknown> | undefined) };
      mergeFields(merged, inner, at, fact, out);
      const evidence = inner.flatMap(({ row }) => (row.evidence as unknown[] | undefined) ?? []);
      if (evidence.length > 0) merged.evidence = evidence;
      target[field] = merged;
    } else if (WORDINGS.has(field)) {
      // The declaring article's wording stays (statements[0] is not always the declaration).
      if (target[field] === undefined) target[field] = first;
    } else {
      const { value, disagree } = resolve(field, stated, fact);
      target[field] = value;
      if (disagree) out.push({ field: at, versions: stated });
    }
  }
}

/** A nested object merged field by field (a delegation, a change), as opposed to a value compared whole (a time, a quantity). */
const isStructure = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !isTime(value) && !isQuantity(value);

/** The merged value of a field several articles state (in order of publication), and whether they disagree. */
function resolve(field: string, stated: readonly StatedValue[], fact: Merging): { value: unknown; disagree: boolean } {
  const latest = stated.at(-1)!.value;
  const declared = (stated.find((s) => s.articleKey === fact.declaring) ?? stated[0]!).value;
  if (field === 'status') {
    const disagree = statusRegresses(stated.map((s) => s.value as string), fact.kind);
    return { value: disagree ? declared : latest, disagree };
  }
  // How one article lists areas ("in areas such as ..."): once any article lists them as examples, the merged list is not exhaustive.
  if (field === 'areasExhaustive') return { value: stated.every((s) => s.value === true), disagree: false };
  if (isTime(stated[0]!.value)) {
    const times = stated.map((s) => s.value as TimeReference);
    const agree = times.every((a, i) => times.slice(i + 1).every((b) => timesAgree(a, b)));
    return { value: agree ? mostPrecise(times) : declared, disagree: !agree };
  }
  const same = stated.every((s) => sameValue(s.value, stated[0]!.value));
  return { value: same ? latest : declared, disagree: !same };
}

/** True when some article's status cannot follow the status of an article published before it. */
function statusRegresses(statuses: readonly string[], kind: string): boolean {
  const transitions = STATUS_TRANSITIONS[kind] ?? {};
  const reachable = (from: string, to: string): boolean => {
    const seen = new Set([from]);
    for (const status of seen) {
      if (status === to) return true;
      for (const next of transitions[status] ?? []) seen.add(next);
    }
    return false;
  };
  return statuses.some((earlier, i) => statuses.slice(i + 1).some((later) => !reachable(earlier, later)));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (isQuantity(a) && isQuantity(b)) {
    return amount(a) === amount(b) && a.unit === b.unit && a.per === b.per;
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Two times agree when the parts both state are compatible: with years, their bounds overlap. */
function timesAgree(a: TimeReference, b: TimeReference): boolean {
  const ba = boundsOf(a);
  const bb = boundsOf(b);
  if (ba.earliest !== undefined && bb.earliest !== undefined && ba.latest !== undefined && bb.latest !== undefined) {
    return ba.earliest <= bb.latest && bb.earliest <= ba.latest;
  }
  const pa = partsOf(a).start;
  const pb = partsOf(b).start;
  if (!pa || !pb) return true;
  return (['year', 'month', 'day'] as const).every((part) => pa[part] === undefined || pb[part] === undefined || pa[part] === pb[part]);
}

/** The time with the narrowest bounds; the latest article's among equals. */
function mostPrecise(times: readonly TimeReference[]): TimeReference {
  const span = (t: TimeReference) => {
    const { earliest, latest } = boundsOf(t);
    return earliest && latest ? Date.parse(latest) - Date.parse(earliest) : Number.POSITIVE_INFINITY;
  };
  return times.reduce((best, t) => (span(t) <= span(best) ? t : best));
}

/** Adds an item to a list unless an equal one (apart from its evidence) is there; then its evidence is added to that one. */
export function appendItem(list: unknown[], item: unknown): void {
  if (!isRecordWithEvidence(item)) {
    if (!list.includes(item)) list.push(item);
    return;
  }
  const identity = withoutEvidence(item);
  const same = list.find((other) => isRecordWithEvidence(other) && identityOf(other) === identity) as { evidence: unknown[] } | undefined;
  if (same) same.evidence.push(...item.evidence);
  else {
    const copy = { ...item, evidence: [...item.evidence] };
    identities.set(copy, identity);
    list.push(copy);
  }
}

/** The identity of items already in lists (a mayor's office, met again in every article that names the mayor). */
const identities = new WeakMap<object, string>();
const identityOf = (item: object): string => {
  let identity = identities.get(item);
  if (identity === undefined) identities.set(item, (identity = withoutEvidence(item)));
  return identity;
};

export const isRecordWithEvidence = (value: unknown): value is { evidence: unknown[] } =>
  typeof value === 'object' && value !== null && Array.isArray((value as { evidence?: unknown }).evidence);

const withoutEvidence = (item: object): string => JSON.stringify(item, (field, value: unknown) => (field === 'evidence' ? undefined : value));
