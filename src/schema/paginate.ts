/**
 * Relay pagination over in-memory lists. Requests over the page cap are refused with a
 * clear error rather than silently truncated; cost analysis sees the requested page size.
 */
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { List } from '../corpus/queries.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './builder.js';

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const badArgument = (argument: string, message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });

/** Pages through a list; only the page is copied (a Reversed list is read back to front in place). */
export function paginate<T>(args: PageArgs, items: List<T>) {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size == null) continue;
    if (size < 0) throw badArgument(name, `"${name}" must be 0 or more, got ${size}.`);
    if (size > MAX_PAGE_SIZE) {
      throw badArgument(name, `"${name}" must be at most ${MAX_PAGE_SIZE}, got ${size}; fetch further pages with cursors.`);
    }
  }
  try {
    const page = resolveArrayConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, items as T[]); // uses only length and slice
    return { ...page, totalCount: items.length };
  } catch (error) {
    // Pothos rejects malformed cursors with a plain error; give clients a code and the argument.
    throw badArgument(args.before != null && args.after == null ? 'before' : 'after', `Invalid cursor: ${(error as Error).message}`);
  }
}

/** The cost of a connection field: its own cost plus the requested page size times its selection. */
export const connectionCost = (args: PageArgs) => ({
  field: 1,
  multiplier: Math.min(Math.max(args.first ?? args.last ?? DEFAULT_PAGE_SIZE, 0), MAX_PAGE_SIZE),
});
