/**
 * Relay pagination over in-memory lists. Requests over the page cap are refused with a
 * clear error rather than silently truncated; cost analysis sees the requested page size.
 *
 * Cursors are Pothos' offset cursors, base64 of "OffsetConnection:N" where N is the item's position
 * in the list, for every connection. A cursor is only a position: it does not say which connection,
 * filter or order gave it out, so a cursor from another connection is taken as a position in this
 * one (the data is public: nothing is revealed by it) when that position is in the list, and refused
 * as out of range when it is not. Every cursor is checked before use, and refused with
 * BAD_USER_INPUT (argument "after" or "before") and a reason:
 * - MALFORMED_CURSOR: not a cursor this API gives out: not base64, another prefix, or a position
 *   that is negative, fractional, not a number or not written as the API writes it;
 * - CURSOR_OUT_OF_RANGE: a position beyond the list (every position of an empty list is).
 * An empty page has null cursors (no item to point at), as the Relay spec and GitHub do.
 */
import { offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { List } from '../corpus/queries.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Context } from './builder.js';
import { scanCost } from './cost.js';
import { shown } from './node.js';

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const badArgument = (argument: string, message: string, reason?: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument, ...(reason ? { reason } : {}) } });

/** Why a cursor is refused, in `extensions.reason`. */
export const CursorProblem = {
  malformed: 'MALFORMED_CURSOR',
  outOfRange: 'CURSOR_OUT_OF_RANGE',
} as const;

const CURSOR_PREFIX = 'OffsetConnection:';
/** Pothos' own test for base64 (padded, standard alphabet). */
const BASE64 = /^(?:[\d+/A-Za-z]{4})*(?:[\d+/A-Za-z]{2}==|[\d+/A-Za-z]{3}=)?$/;
const POSITION = /^(?:0|[1-9]\d*)$/;

/**
 * The position a client's cursor points at, checked: a cursor exactly as offsetToCursor writes it,
 * for an item of a list of `length` items.
 */
export function positionOf(argument: 'after' | 'before', cursor: string, length: number): number {
  const invalid = (what: string, reason: string = CursorProblem.malformed) => badArgument(argument, `Invalid cursor in "${argument}": ${what}`, reason);
  const decoded = BASE64.test(cursor) ? Buffer.from(cursor, 'base64').toString('utf8') : undefined;
  if (!decoded?.startsWith(CURSOR_PREFIX)) {
    throw invalid(`${shown(cursor)} is not a cursor of this API; pass pageInfo.startCursor, pageInfo.endCursor or an edge's cursor.`);
  }
  const written = decoded.slice(CURSOR_PREFIX.length);
  if (!POSITION.test(written)) {
    const n = written.trim() === '' ? NaN : Number(written);
    const what = !Number.isFinite(n)
      ? 'not a number'
      : !Number.isInteger(n)
        ? 'not a whole number'
        : n < 0
          ? 'negative'
          : 'not written as this API writes positions (digits, without sign or leading zeros)';
    throw invalid(`its position ${shown(written)} is ${what}; pass a cursor this API gave out.`);
  }
  const position = Number(written);
  if (position >= length) {
    const list = length === 0 ? 'the list is empty' : `the list has ${length} item${length === 1 ? '' : 's'} (positions 0 to ${length - 1})`;
    throw invalid(
      `it points at position ${position}, but ${list}. The list may have changed since the cursor was given out, or the cursor is from another connection: start again without "${argument}".`,
      CursorProblem.outOfRange,
    );
  }
  // The same position written another way (base64 with other padding bits): not one the API gave out.
  if (offsetToCursor(position) !== cursor) throw invalid(`${shown(cursor)} is not a cursor of this API; pass pageInfo.startCursor, pageInfo.endCursor or an edge's cursor.`);
  return position;
}

/** An edge whose cursor is worked out only if a client selects it (most select nodes alone). */
class Edge<T> {
  constructor(
    readonly node: T,
    private readonly offset: number,
  ) {}

  get cursor(): string {
    return offsetToCursor(this.offset);
  }
}

/** Where a page sits, with cursors worked out only when selected (null for an empty page). */
class PageInfo {
  constructor(
    private readonly offset: number,
    private readonly size: number,
    readonly hasPreviousPage: boolean,
    readonly hasNextPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.size === 0 ? null : offsetToCursor(this.offset);
  }

  get endCursor(): string | null {
    return this.size === 0 ? null : offsetToCursor(this.offset + this.size - 1);
  }
}

/**
 * Pages through a list as Pothos' resolveArrayConnection does (the same offsets and cursors), but
 * checks the cursors it is given, copies only the page (a Reversed list is read back to front in
 * place), encodes no cursor that is not asked for and gives an empty page null cursors.
 */
export function paginate<T>(args: PageArgs, items: List<T>) {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size == null) continue;
    if (size < 0) throw badArgument(name, `"${name}" must be 0 or more, got ${size}.`);
    if (size > MAX_PAGE_SIZE) {
      throw badArgument(name, `"${name}" must be at most ${MAX_PAGE_SIZE}, got ${size}; fetch further pages with cursors.`);
    }
  }
  // Pothos would read "OffsetConnection:-5" as -5 (a slice from the end), "1.5" as 1, "x" as NaN and "" as no cursor.
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor != null) positionOf(name, cursor, items.length);
  }
  const { offset, expectedSize, hasPreviousPage } = offsetForArgs({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE, totalCount: items.length });
  const nodes = items.slice(offset, offset + expectedSize);
  return {
    edges: nodes.map((node, i) => new Edge(node, offset + i)),
    pageInfo: new PageInfo(offset, nodes.length, hasPreviousPage, offset + expectedSize < items.length),
    totalCount: items.length,
  };
}

/**
 * The cost of a connection field: its own cost, plus the records a search or a filter by text reads
 * to make the list (`text:` or `filter: { text: }`, see scanCost), plus the requested page size
 * times its selection.
 */
export const connectionCost = (args: PageArgs & { text?: unknown; filter?: { text?: unknown } | null }, context: Context) => ({
  field: 1 + scanCost(args.text ?? args.filter?.text, context),
  multiplier: Math.min(Math.max(args.first ?? args.last ?? DEFAULT_PAGE_SIZE, 0), MAX_PAGE_SIZE),
});

/**
 * The options every connection field shares: its cost, and a resolver that pages through the list
 * `list` returns. Spread into t.connection({ type, description, ...paged((parent, args, context) => list) }).
 */
export function paged<Parent, Item, Args extends object = object>(list: (parent: Parent, args: Args, context: Context) => List<Item>) {
  return {
    complexity: connectionCost,
    // NoInfer: the arguments' type comes from `list`, not from the field the options are spread into.
    resolve: (parent: Parent, args: NoInfer<Args> & PageArgs, context: Context) => paginate(args, list(parent, args, context)),
  };
}
