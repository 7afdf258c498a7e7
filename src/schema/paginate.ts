/**
 * Relay pagination over in-memory lists. Requests over the page cap are refused with a
 * clear error rather than silently truncated; cost analysis sees the requested page size.
 */
import { offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { List } from '../corpus/queries.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Context } from './builder.js';

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const badArgument = (argument: string, message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });

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

/** Where a page sits, with cursors worked out only when selected. */
class PageInfo {
  constructor(
    private readonly offset: number,
    private readonly size: number,
    readonly hasPreviousPage: boolean,
    readonly hasNextPage: boolean,
  ) {}

  get startCursor(): string {
    return offsetToCursor(this.offset);
  }

  get endCursor(): string {
    return offsetToCursor(this.offset + this.size - 1);
  }
}

/**
 * Pages through a list as Pothos' resolveArrayConnection does (the same offsets and cursors), but
 * copies only the page (a Reversed list is read back to front in place) and encodes no cursor
 * that is not asked for.
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
  let page: ReturnType<typeof offsetForArgs>;
  try {
    page = offsetForArgs({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE, totalCount: items.length });
  } catch (error) {
    // Pothos rejects malformed cursors with a plain error; give clients a code and the argument.
    throw badArgument(args.before != null && args.after == null ? 'before' : 'after', `Invalid cursor: ${(error as Error).message}`);
  }
  const { offset, expectedSize, hasPreviousPage } = page;
  const nodes = items.slice(offset, offset + expectedSize);
  return {
    edges: nodes.map((node, i) => new Edge(node, offset + i)),
    pageInfo: new PageInfo(offset, nodes.length, hasPreviousPage, offset + expectedSize < items.length),
    totalCount: items.length,
  };
}

/** The cost of a connection field: its own cost plus the requested page size times its selection. */
export const connectionCost = (args: PageArgs) => ({
  field: 1,
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
