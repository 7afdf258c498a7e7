/**
 * Draft marks: a record a tool proposed (npm run draft) carries a "draft" field until a person has
 * checked it. Every mark left in a file is a problem, so `npm run validate` fails and the server
 * refuses the corpus until each proposal has been checked and its mark deleted.
 */
import { KINDS, ROW_KINDS } from './kinds.js';
import type { ArticleRows } from './references.js';

/** The message for a mark left in a file. */
export const draftMessage = (mark: string): string =>
  `not checked yet: ${mark}. Check this proposal against the article (fix or delete what is wrong), then delete the "draft" field`;

/**
 * Reports every draft mark in an article's lists and reports, as [JSON path, message], and takes
 * the marks off the rows: the file is refused either way, and the checks across files that still
 * run on it (entities that must agree, build-store.ts) must not compare marks as if they were data.
 */
export function takeDraftMarks(rows: ArticleRows): [path: string, message: string][] {
  const found: [string, string][] = [];
  const take = (list: readonly object[] | undefined, at: string) =>
    list?.forEach((row, index) => {
      const record = row as { draft?: unknown };
      if (typeof record.draft !== 'string') return;
      found.push([`${at}[${index}].draft`, draftMessage(record.draft)]);
      delete record.draft;
    });
  for (const kind of ROW_KINDS) take(rows[KINDS[kind].list], `$.${KINDS[kind].list}`);
  for (const kind of ROW_KINDS) take(rows.reports?.[KINDS[kind].list], `$.reports.${KINDS[kind].list}`);
  return found;
}
