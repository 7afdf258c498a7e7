/**
 * Validates one article file on its own: JSON syntax, the zod format, the file name,
 * duplicate keys, and that every evidence quote occurs in the body. Cross-file rules
 * (references, entity agreement, reports on other articles' facts) are checked when the store is built.
 */
import { basename } from 'node:path';
import { takeDraftMarks } from './drafts.js';
import { articleFileSchema, type ArticleFile, type Evidence } from './format/article.js';
import { authorErrorMap } from './format/error-map.js';
import { jsonPath, type CorpusIssue } from './issues.js';
import { MAX_CORPUS_JSON_DEPTH, quoteName, scanJson } from './json-scan.js';
import { FACT_KINDS, KINDS, ROW_KINDS, type FactKind, type FactListKey } from './kinds.js';
import { EvidenceLocator } from './locate.js';
import { factOrderKey } from './natural-order.js';
import { unresolvedReferences, type ArticleRows, type Reference } from './references.js';
import type { FactRecord, FactRecordOf, Located } from './model.js';

type DeclaredFacts = { [K in FactKind as (typeof KINDS)[K]['list']]: FactRecordOf<K>[] };

/**
 * A valid article with its evidence located. Its fact rows become the store's records (the store
 * builder tags them with their kind and article), so the store adopts them without copying.
 */
export type LocatedArticle = Omit<Located<ArticleFile>, FactListKey> &
  DeclaredFacts & {
    file: string;
    /** References the article's own rows do not resolve: the store checks them against the whole corpus. */
    unresolved: Reference[];
  };

export function validateArticleFile(file: string, text: string): { article?: LocatedArticle; issues: CorpusIssue[] } {
  const issue = (path: string, message: string): CorpusIssue => ({ file, path, message });
  const json = parseJson(text);
  if ('problems' in json) return { issues: json.problems.map(([path, message]) => issue(path, message)) };
  const parsed = articleFileSchema.safeParse(json.value, { error: authorErrorMap });
  if (!parsed.success) {
    return { issues: parsed.error.issues.map((i) => issue(jsonPath(i.path), i.message)) };
  }
  const data = parsed.data;
  const issues: CorpusIssue[] = [];
  if (basename(file) !== `${data.key}.json`) {
    issues.push(issue('$.key', `file name must be "${data.key}.json" to match the article key`));
  }
  const rows = data as unknown as ArticleRows;
  for (const kind of ROW_KINDS) {
    const { list } = KINDS[kind];
    duplicateKeys(rows[list], `$.${list}`, (path, message) => issues.push(issue(path, message)));
    duplicateKeys(rows.reports?.[list], `$.reports.${list}`, (path, message) => issues.push(issue(path, message)));
    rows.reports?.[list]?.forEach((row, index) => {
      if (rows[list]?.some((declared) => declared.key === row.key)) {
        issues.push(issue(`$.reports.${list}[${index}].key`, `"${row.key}" is declared in this article's ${list}; report only on facts other articles declare`));
      }
    });
  }
  if (data.paraphrase) {
    const direct = (at: string) => (statement: unknown, index: number) => {
      if ((statement as { mode?: string }).mode === 'direct') {
        issues.push(issue(`${at}[${index}].mode`, 'a paraphrased article holds no direct quotation: its body is not the publisher\'s words; use "reported"'));
      }
    };
    data.statements.forEach(direct('$.statements'));
    data.reports?.statements?.forEach(direct('$.reports.statements'));
  }
  for (const [path, message] of takeDraftMarks(rows)) issues.push(issue(path, message));
  const locator = new EvidenceLocator(data.key, data.body);
  locateEvidence(data, ['$'], locator, (path, message) => issues.push(issue(path, message)));
  // The order is worked out here, on the loading workers; the type and article are set by the store builder (build-store.ts).
  for (const kind of FACT_KINDS) {
    for (const row of rows[KINDS[kind].list] ?? []) {
      const fact = row as unknown as FactRecord;
      fact.order = factOrderKey(kind, fact, data.key, data.publishedAt);
    }
  }
  const article = { ...(data as unknown as Omit<LocatedArticle, 'file' | 'unresolved'>), file };
  return { article: { ...article, unresolved: unresolvedReferences(article as unknown as ArticleRows) }, issues };
}

function duplicateKeys(rows: readonly { key: string }[] | undefined, at: string, report: (path: string, message: string) => void): void {
  const seen = new Map<string, number>();
  rows?.forEach((row, index) => {
    const first = seen.get(row.key);
    if (first !== undefined) report(`${at}[${index}].key`, `duplicate key "${row.key}" (first used at ${at}[${first}])`);
    else seen.set(row.key, index);
  });
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

/**
 * The file's JSON value, or its problems as [JSON path, message]. Before JSON.parse, a byte-order
 * mark is refused and one scan (json-scan.ts) finds nesting beyond MAX_CORPUS_JSON_DEPTH, which
 * is refused before anything recurses into it, and repeated member names, refused once the text
 * is known to be JSON (a syntax error is the first thing to fix).
 */
function parseJson(text: string): { value: unknown } | { problems: [path: string, message: string][] } {
  if (text.charCodeAt(0) === 0xfeff) {
    return { problems: [['$', 'the file starts with a byte-order mark (U+FEFF, bytes EF BB BF): save it as UTF-8 without a BOM, as JSON requires (RFC 8259, section 8.1)']] };
  }
  const scan = scanJson(text, MAX_CORPUS_JSON_DEPTH);
  if (scan.tooDeep !== undefined) {
    return { problems: [[scan.tooDeep, `nesting deeper than ${MAX_CORPUS_JSON_DEPTH} levels of objects and arrays; an article file needs far fewer`]] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problems: [['$', `invalid JSON: ${describeSyntaxError(error as SyntaxError, text)}`]] };
  }
  if (scan.duplicateCount === 0) return { value };
  const problems = scan.duplicates.map(({ path, name, firstOffset }): [string, string] => {
    const { line, column } = lineAndColumn(text, firstOffset);
    return [path, `duplicate member name ${quoteName(name)} in one object (first at line ${line}, column ${column}): JSON keeps only the last, so one of them would be silently lost`];
  });
  // The scan describes the first few (MAX_DUPLICATES_LISTED) and counts the others.
  const more = scan.duplicateCount - scan.duplicates.length;
  if (more > 0) problems.push(['$', `${more} more duplicate member name${more === 1 ? '' : 's'} in this file, not listed`]);
  return { problems };
}

/** Turns V8's "at position N" into a line and column a data author can jump to. */
function describeSyntaxError(error: SyntaxError, text: string): string {
  const position = /position (\d+)/.exec(error.message);
  const offset = position ? Number(position[1]) : syntaxErrorOffset(text);
  // V8 quotes the text around an unexpected token, newlines included; keep the issue on one line.
  // A token that cannot be seen (a control or format character, e.g. a stray U+FEFF) is named by its code point.
  const message = error.message
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
    .replace(/^Unexpected token '([\p{C}\p{Z}])'/u, (_, token: string) => `Unexpected character U+${token.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  if (offset < 0) return message;
  const { line, column } = lineAndColumn(text, offset);
  return `${message} (line ${line}, column ${column})`;
}

/** The 1-based line and column of an offset in the text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
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
    // The depth check before JSON.parse keeps this recursion shallow; should it still overflow, the message goes without a position.
    if (at instanceof RangeError) return -1;
    throw at;
  }
}
