/**
 * Apollo Client's InMemoryCache for this API (docs/client-kit.md): `possibleTypes` and
 * `typePolicies` built from the schema (client/generated/schema-facts.ts).
 *
 * - Entities, facts and articles (Node) and the values with an id (Evidence, Participation,
 *   Office...) are normalised by Apollo's default key, `__typename` and `id`: select `id` on every
 *   object that has one.
 * - Values without an id (TimeReference, Money...) live inside the object that holds them;
 *   `merge: true` keeps what other queries selected of them, and a list of them (Metric.alsoStatedAs)
 *   merges item by item, since the same field gives the same list.
 * - Every connection field pages with `connectionPagination`: a page fetched with `after:` is
 *   appended (`before:`, prepended), whether the query selects `edges` or the `nodes` shortcut,
 *   and lists with other arguments (filters, order, search text) are kept apart.
 *
 * Only types come from @apollo/client here: the module adds no copy of Apollo Client to a bundle.
 */
import type { FieldPolicy, InMemoryCacheConfig, Reference, StoreObject, StoreValue, TypePolicies } from '@apollo/client';
import { connectionFields, possibleTypes, typesWithoutId, valueListFields } from './generated/schema-facts.js';

export { possibleTypes };

interface PageInfo {
  hasPreviousPage?: boolean;
  hasNextPage?: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
  [extra: string]: unknown;
}

interface Edge {
  __typename?: string;
  cursor?: string;
  node: Reference | StoreObject;
}

/** A connection as the cache keeps it: its edges (made from `nodes` when a query selected only those), pageInfo and other fields. */
interface StoredConnection {
  edges: Edge[];
  pageInfo: PageInfo;
  [extra: string]: unknown;
}

/** A connection as an answer gives it, or as a query reads it. */
interface Connection {
  __typename?: string;
  edges?: Edge[];
  nodes?: (Reference | StoreObject)[];
  pageInfo?: PageInfo;
  [extra: string]: unknown;
}

/** The fields of a connection other than its pages (totalCount, __typename). */
function extras(connection: Connection | StoredConnection): Record<string, unknown> {
  const { edges: _edges, nodes: _nodes, pageInfo: _pageInfo, ...rest } = connection;
  return rest;
}

/**
 * A field policy for a Relay connection: Apollo's relayStylePagination, which places an incoming
 * page after the edge whose cursor is `after` (before the one that is `before`; a page fetched
 * with neither replaces the list), extended to the `nodes` shortcut. relayStylePagination keeps
 * `nodes` as an ordinary field, so a page fetched with fetchMore replaced it; here a page of nodes
 * becomes edges (the first and last with pageInfo's cursors), and `nodes` is read from the edges.
 *
 * @param keyArgs - the arguments that choose the list (a filter, an order, a search text); false when none does
 */
export function connectionPagination(keyArgs: string[] | false = false): FieldPolicy<StoredConnection, Connection, Connection> {
  return {
    keyArgs,
    read(existing, { canRead, readField }) {
      if (!existing) return existing;
      const edges = existing.edges.filter((edge) => canRead(readField<Reference>('node', edge as unknown as StoreObject)));
      const cursors = edges.map((edge) => edge.cursor).filter((cursor): cursor is string => Boolean(cursor));
      const { startCursor, endCursor } = existing.pageInfo;
      return {
        ...extras(existing),
        edges,
        nodes: edges.map((edge) => edge.node),
        pageInfo: {
          ...existing.pageInfo,
          startCursor: startCursor || cursors[0] || '',
          endCursor: endCursor || cursors[cursors.length - 1] || '',
        },
      };
    },
    merge(existing, incoming, { args, isReference, readField }) {
      const stored: StoredConnection = existing ?? { edges: [], pageInfo: { hasPreviousPage: false, hasNextPage: true, startCursor: '', endCursor: '' } };
      if (!incoming) return stored;
      const edgeTypename = incoming.__typename?.replace(/Connection$/, 'Edge');
      const page: Edge[] | undefined = incoming.edges
        ? incoming.edges.map((edge) => {
            // An edge can be a Reference: keep its cursor beside it, where the comparisons below read it.
            const copy = { ...edge };
            if (isReference(copy)) copy.cursor = readField<string>('cursor', copy as unknown as StoreObject);
            return copy;
          })
        : incoming.nodes?.map((node) => ({ ...(edgeTypename ? { __typename: edgeTypename } : {}), node }));
      const incomingEdges = page ?? [];
      const pageInfo: PageInfo = { ...incoming.pageInfo };
      // A page without cursors on its edges (or only nodes) still has pageInfo's: give them to its first and last edges.
      const first = incomingEdges[0];
      const last = incomingEdges[incomingEdges.length - 1];
      if (first && pageInfo.startCursor) first.cursor = pageInfo.startCursor;
      if (last && pageInfo.endCursor) last.cursor = pageInfo.endCursor;
      if (first?.cursor && !pageInfo.startCursor) pageInfo.startCursor = first.cursor;
      if (last?.cursor && !pageInfo.endCursor) pageInfo.endCursor = last.cursor;

      let prefix = stored.edges;
      let suffix: Edge[] = [];
      if (args?.after) {
        const index = prefix.findIndex((edge) => edge.cursor === args.after);
        if (index >= 0) prefix = prefix.slice(0, index + 1);
      } else if (args?.before) {
        const index = prefix.findIndex((edge) => edge.cursor === args.before);
        suffix = index < 0 ? prefix : prefix.slice(index);
        prefix = [];
      } else if (page) {
        // Neither after nor before: the page cannot be placed among the others, so it replaces them.
        prefix = [];
      }

      const merged: PageInfo = { ...pageInfo, ...stored.pageInfo };
      if (incoming.pageInfo) {
        const { hasPreviousPage, hasNextPage, startCursor, endCursor, ...other } = pageInfo;
        Object.assign(merged, other);
        // The ends of the list take the incoming page's flags only where the page is at that end.
        if (!prefix.length) {
          if (hasPreviousPage !== undefined) merged.hasPreviousPage = hasPreviousPage;
          if (startCursor !== undefined) merged.startCursor = startCursor;
        }
        if (!suffix.length) {
          if (hasNextPage !== undefined) merged.hasNextPage = hasNextPage;
          if (endCursor !== undefined) merged.endCursor = endCursor;
        }
      }
      return { ...extras(stored), ...extras(incoming), edges: [...prefix, ...incomingEdges, ...suffix], pageInfo: merged };
    },
  };
}

const isStoreObject = (value: unknown): value is StoreObject => typeof value === 'object' && value !== null && !Array.isArray(value) && !('__ref' in value);

/**
 * Merges two values without an id that stand at the same place (the same field of the same
 * object, the same index of the same list): what either answer selected is kept. A list of
 * another length, or an object of another type, is a different value and replaces the old one.
 */
export function mergeValues(existing: unknown, incoming: unknown): unknown {
  if (Array.isArray(existing) && Array.isArray(incoming)) {
    return existing.length === incoming.length ? incoming.map((item, index) => mergeValues(existing[index], item)) : incoming;
  }
  if (isStoreObject(existing) && isStoreObject(incoming) && (existing.__typename ?? incoming.__typename) === (incoming.__typename ?? existing.__typename)) {
    const merged: StoreObject = { ...existing };
    for (const [field, value] of Object.entries(incoming)) merged[field] = (field in existing ? mergeValues(existing[field], value) : value) as StoreValue;
    return merged;
  }
  return incoming;
}

/** Apollo's `typePolicies` for this API: values merged into their holder, lists of values by position, connections paged. */
export function typePolicies(): TypePolicies {
  const policies: TypePolicies = {};
  const fields = (type: string) => ((policies[type] ??= {}).fields ??= {}) as Record<string, FieldPolicy>;
  for (const type of typesWithoutId) {
    // Connections and edges are merged by the connection field's policy.
    if (!/(Connection|Edge)$/.test(type) && type !== 'PageInfo') policies[type] = { keyFields: false, merge: true };
  }
  for (const [type, names] of Object.entries(valueListFields)) {
    for (const name of names) fields(type)[name] = { merge: (existing: unknown, incoming: unknown) => mergeValues(existing, incoming) };
  }
  for (const [type, connections] of Object.entries(connectionFields)) {
    for (const [name, keyArgs] of Object.entries(connections)) fields(type)[name] = connectionPagination(keyArgs.length ? [...keyArgs] : false);
  }
  return policies;
}

/** InMemoryCache's options for this API: `new InMemoryCache(cacheConfig())`, with any options of the app's own on top. */
export function cacheConfig(): Pick<InMemoryCacheConfig, 'possibleTypes' | 'typePolicies'> {
  return { possibleTypes: possibleTypes as Record<string, string[]>, typePolicies: typePolicies() };
}
