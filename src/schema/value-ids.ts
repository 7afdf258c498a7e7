/**
 * IDs of values: the parts of a record that a front end meets in more than one query or place (an
 * evidence quote, a participation, an office, a report...), so that a client cache (Apollo Client's
 * InMemoryCache, urql's Graphcache, Relay's store) keeps one copy of each and merges what different
 * queries select of it. Why each type has one, or not: docs/client-caching.md.
 *
 * An ID is derived from what identifies the value in the corpus (an evidence quote is its
 * article, paragraph and offsets; an office is its holder's and its place among the holder's
 * offices), never from a counter, so the same value has the same ID in every answer. It is
 * encoded as node IDs are ("Type:key" in base64), so no two objects of the API share an ID, as
 * Relay's store requires. A value is not a Node: node(id:) refuses its ID (src/schema/node.ts) and
 * a client refetches the entity or fact that holds it.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';

/** A record as the holder of a value, in a value's key: "Visit:frank-jensen-beijing-2014-12". */
export const holderKey = (record: { type: string; key: string }): string => `${record.type}:${record.key}`;

/** The ID of a value of `typename` whose key (unique among that type's values) is `key`. */
export const valueId = (typename: string, key: string): string => encodeGlobalID(typename, key);

/** The description of a value's id field: what it is, what it is derived from, and what refetches it. */
export const valueIdDescription = (what: string, derivedFrom: string, refetch: string): string =>
  `Stable ID of this ${what} for client caches: the same ${what} has the same ID in every answer, derived from ${derivedFrom}. ` +
  `Not a Node: node(id:) refuses it (NOT_A_NODE_TYPE); refetch ${refetch}.`;

/** A value with its ID, for values whose object does not know its holder (an office, a purpose): the holder's field gives it. */
export const withValueId = <T extends object>(value: T, typename: string, key: string): T & { id: string } => ({ ...value, id: valueId(typename, key) });
