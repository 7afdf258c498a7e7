/**
 * Validates one article file on its own: JSON syntax, the zod format, the file name,
 * duplicate keys, and that every evidence quote occurs in the body. Cross-file rules
 * (references, entity agreement, corpus-wide fact keys) are checked when the store is built.
 */
import { basename } from 'node:path';
import { articleFileSchema, type ArticleFile, type Evidence } from './format.js';
import { jsonPath, type CorpusIssue } from './issues.js';
import { EvidenceLocator } from './locate.js';
import { orderKey } from './natural-order.js';
import { unresolvedReferences, type Reference } from './references.js';
import {
  ARTICLE_LISTS,
  FACT_LISTS,
  type AgreementRecord,
  type FactListKey,
  type FactRecord,
  type Located,
  type MetricRecord,
  type StatementRecord,
  type VisitRecord,
} from './model.js';

/**
 * A valid article with its evidence located. Its fact rows are already the store's records
 * (tagged with their type and article), so the store adopts them without copying.
 */
export type LocatedArticle = Omit<Located<ArticleFile>, FactListKey> & {
  file: string;
  /** References the article's own rows do not resolve: the store checks them against the whole corpus. */
  unresolved: Reference[];
  visits: VisitRecord[];
  agreements: AgreementRecord[];
  metrics: MetricRecord[];
  statements: StatementRecord[];
};

export function validateArticleFile(file: string, text: string): { article?: LocatedArticle; issues: CorpusIssue[] } {
  const issue = (path: string, message: string): CorpusIssue => ({ file, path, message });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { issues: [issue('$', `invalid JSON: ${describeSyntaxError(error as SyntaxError, text)}`)] };
  }
  const parsed = articleFileSchema.safeParse(json);
  if (!parsed.success) {
    return { issues: parsed.error.issues.map((i) => issue(jsonPath(i.path), i.message)) };
  }
  const data = parsed.data;
  const issues: CorpusIssue[] = [];
  if (basename(file) !== `${data.key}.json`) {
    issues.push(issue('$.key', `file name must be "${data.key}.json" to match the article key`));
  }
  for (const list of ARTICLE_LISTS) {
    const seen = new Map<string, number>();
    (data[list] as { key: string }[]).forEach((row, index) => {
      const first = seen.get(row.key);
      if (first !== undefined) {
        issues.push(issue(`$.${list}[${index}].key`, `duplicate key "${row.key}" (first used at $.${list}[${first}])`));
      } else seen.set(row.key, index);
    });
  }
  const locator = new EvidenceLocator(data.key, data.body);
  locateEvidence(data, ['$'], locator, (path, message) => issues.push(issue(path, message)));
  for (const [list, type] of Object.entries(FACT_LISTS) as [FactListKey, FactRecord['type']][]) {
    for (const row of data[list]) {
      const fact = Object.assign(row, { type, articleKey: data.key, order: '' }) as unknown as FactRecord;
      fact.order = orderKey(fact);
    }
  }
  const article = { ...(data as unknown as Omit<LocatedArticle, 'file' | 'unresolved'>), file };
  return { article: { ...article, unresolved: unresolvedReferences(article) }, issues };
}

/**
 * Replaces, in place, each `evidence` array under a freshly parsed value with located
 * quotes, and reports quotes not found. The JSON path is a stack, joined only for a report.
 */
function locateEvidence(value: unknown, path: string[], locator: EvidenceLocator, report: (path: string, message: string) => void): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(`[${i}]`);
      locateEvidence(value[i], path, locator, report);
      path.pop();
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (key === 'evidence') {
      record.evidence = (record.evidence as Evidence[]).map((evidence, i) => {
        const found = locator.locate(evidence);
        if (typeof found === 'string') report(`${path.join('')}.evidence[${i}].quote`, found);
        return found;
      });
    } else if (record[key] !== null && typeof record[key] === 'object') {
      path.push(`.${key}`);
      locateEvidence(record[key], path, locator, report);
      path.pop();
    }
  }
}

/** Turns V8's "at position N" into a line and column a data author can jump to. */
function describeSyntaxError(error: SyntaxError, text: string): string {
  const position = /position (\d+)/.exec(error.message);
  const offset = position ? Number(position[1]) : syntaxErrorOffset(text);
  // V8 quotes the text around an unexpected token, newlines included; keep the issue on one line.
  const message = error.message.replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '');
  if (offset < 0) return message;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

/** Offset of the first character JSON.parse rejects, for V8 errors that give no position ("Unexpected token"). */
function syntaxErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (' \t\n\r'.includes(text[i] ?? '.')) i++;
  };
  const string = () => {
    for (i++; text[i] !== '"'; i++) {
      if (i >= text.length || text[i]! < ' ') fail();
      if (text[i] === '\\') i++;
    }
    i++;
  };
  const list = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') fail();
      i++;
    }
  };
  const value = (): void => {
    space();
    if (text[i] === '{') {
      return list('}', () => {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    }
    if (text[i] === '[') return list(']', value);
    if (text[i] === '"') return string();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
    if (!literal) fail();
    i += literal![0].length;
  };
  try {
    value();
    space();
    return i < text.length ? i : -1;
  } catch (at) {
    if (typeof at === 'number') return at;
    throw at;
  }
}
