/**
 * One linear pass over an article file's JSON text, run before JSON.parse, for what JSON.parse
 * does not say: how deeply the text nests (zod and the syntax-error locator recurse, and a file
 * nested thousands deep overflowed the stack), and which objects repeat a member name
 * (JSON.parse silently keeps the last of `{"key": "a", "key": "b"}`).
 *
 * The pass only follows strings, brackets and commas: it jumps over string contents with
 * indexOf and ignores numbers, literals and whitespace, so it costs a fraction of JSON.parse.
 * It is lenient: on text that is not valid JSON its findings may be partial, and JSON.parse,
 * which runs next, reports the syntax error. On valid JSON it is exact.
 */

/**
 * Deepest nesting of objects and arrays an article file may have. The format itself goes about
 * six levels deep ($.reports.metrics[0].alsoStatedAs[0] is four containers inside the root), so
 * 64 leaves room for any future field while keeping every recursive step of the check (zod,
 * evidence location, the syntax-error locator) far below the stack limit. This is the corpus's
 * own limit: request bodies have theirs (MAX_JSON_DEPTH in src/config.ts), set for another input.
 */
export const MAX_CORPUS_JSON_DEPTH = 64;

/** An object member whose name the same object already has. */
export interface DuplicateMember {
  /** JSON path of the repeated member, e.g. $.cities[0].name. */
  path: string;
  name: string;
  /** Offsets in the text of the repeated name's opening quote and of the first one's. */
  offset: number;
  firstOffset: number;
}

export interface JsonScan {
  /** The JSON path of the array or object that goes one level deeper than the limit. */
  tooDeep?: string;
  /** The first repeated member names, in text order, up to MAX_DUPLICATES_LISTED. */
  duplicates: DuplicateMember[];
  /** How many repeated member names there are in all. */
  duplicateCount: number;
}

/** Most repeated member names described for one file (a file of a million repeats costs no million paths); the rest are counted. */
export const MAX_DUPLICATES_LISTED = 20;

const SPACE = 0x20;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/** Objects with more members than this look names up in a Map instead of a list, so that a huge object costs linear time. */
const LIST_LOOKUP_LIMIT = 16;

export function scanJson(text: string, maxDepth = MAX_CORPUS_JSON_DEPTH): JsonScan {
  const duplicates: DuplicateMember[] = [];
  // The open containers, outermost first: whether each is an object, the name of its current
  // member or the index of its current item (for paths), and an object's names so far, with the
  // offset of each, as [name, offset, name, offset, …] (a Map once there are many).
  const isObject: boolean[] = [];
  const member: string[] = [];
  const index: number[] = [];
  const seen: (string | number)[][] = [];
  const seenMap: (Map<string, number> | undefined)[] = [];
  let duplicateCount = 0;
  let depth = 0;
  let expectName = false;
  for (let i = 0, n = text.length; i < n; i++) {
    let c = text.charCodeAt(i);
    while (c === SPACE) c = text.charCodeAt(++i); // indentation: a tight loop over it was measured a quarter faster
    if (c === QUOTE) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && text.charCodeAt(end - 1) === BACKSLASH && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) break; // an unterminated string: JSON.parse reports it
      if (expectName) {
        expectName = false;
        const level = depth - 1;
        const name = nameOf(text, i, end);
        member[level] = name;
        const map = seenMap[level];
        let first = -1;
        if (map === undefined) {
          const list = seen[level]!;
          for (let k = 0; k < list.length; k += 2) {
            if (list[k] === name) {
              first = list[k + 1] as number;
              break;
            }
          }
          if (first < 0) {
            list.push(name, i);
            if (list.length > 2 * LIST_LOOKUP_LIMIT) seenMap[level] = mapOf(list);
          }
        } else {
          first = map.get(name) ?? -1;
          if (first < 0) map.set(name, i);
        }
        if (first >= 0 && duplicateCount++ < MAX_DUPLICATES_LISTED) {
          duplicates.push({ path: pathAt(isObject, member, index, depth), name, offset: i, firstOffset: first });
        }
      }
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (depth === maxDepth) return { tooDeep: pathAt(isObject, member, index, depth), duplicates, duplicateCount };
      expectName = c === OPEN_OBJECT;
      isObject[depth] = expectName;
      if (expectName) {
        member[depth] = '';
        seen[depth] = []; // a fresh list costs less than emptying the last one
        seenMap[depth] = undefined;
      } else index[depth] = 0;
      depth++;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (depth > 0) depth--;
      expectName = false;
    } else if (c === COMMA && depth > 0) {
      if (isObject[depth - 1]) expectName = true;
      else index[depth - 1]!++;
    }
  }
  return { duplicates, duplicateCount };
}

function mapOf(list: (string | number)[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let k = 0; k < list.length; k += 2) map.set(list[k] as string, list[k + 1] as number);
  return map;
}

/** The JSON path of the value the open containers lead to. */
function pathAt(isObject: boolean[], member: string[], index: number[], levels: number): string {
  let path = '$';
  for (let level = 0; level < levels; level++) path += isObject[level] ? memberPath(member[level]!) : `[${index[level]}]`;
  return path;
}

/** Whether the quote at `at` is escaped: preceded by an odd number of backslashes. */
function isEscaped(text: string, at: number): boolean {
  let before = at - 1;
  while (text.charCodeAt(before) === BACKSLASH) before--;
  return (at - 1 - before) % 2 === 1;
}

/** The member name in the string from the quote at `start` to the quote at `end`, escapes decoded ("\u0061" is "a"). */
function nameOf(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return raw; // not a valid string: JSON.parse reports the file's syntax error
  }
}

/** Longest member name a path shows in full; longer ones are cut, so that an issue stays readable. */
const MAX_NAME_IN_PATH = 64;

/** ".name" for a plain name, as jsonPath (issues.ts) writes schema fields; otherwise ["…"], quoted, on one line. */
export function memberPath(name: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(name) && name.length <= MAX_NAME_IN_PATH) return `.${name}`;
  return `[${quoteName(name)}]`;
}

/** A member name as a JSON string, cut to MAX_NAME_IN_PATH characters with "…" when longer. */
export function quoteName(name: string): string {
  return JSON.stringify(name.length > MAX_NAME_IN_PATH ? `${name.slice(0, MAX_NAME_IN_PATH)}…` : name);
}
