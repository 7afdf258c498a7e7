/**
 * urql's normalised cache (@urql/exchange-graphcache) for this API (docs/client-kit.md):
 * `cacheExchange(graphcacheOptions())`, options built from the schema
 * (client/generated/schema-facts.ts).
 *
 * - `keys`: entities, facts, articles and the values with an id are keyed by Graphcache's default,
 *   `__typename` and `id` (select `id`); each object type without an id gets a key function that
 *   returns null, so Graphcache keeps it inside its holder without an "Invalid key" warning.
 * - `resolvers`: every connection field pages with Graphcache's relayPagination, which merges the
 *   pages of a list (edges or the `nodes` shortcut) and keeps lists with other arguments apart;
 *   a connection asked for without arguments is read as stored (connectionResolver).
 * - `schema`: Graphcache's own reading of the schema (a minified introspection), so that fragments
 *   on interfaces and unions match exactly and are written only where they match; `possibleTypes`
 *   alone spares Graphcache's heuristic on reads, not its warnings on writes.
 */
import type { CacheExchangeOpts, KeyingConfig, Resolver, ResolverConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { introspection } from './generated/introspection.js';
import { connectionFields, possibleTypes, typesWithoutId } from './generated/schema-facts.js';

export { possibleTypes };

/** Graphcache's `keys`: null (kept inside its holder) for each object type without an id. */
export function keys(): KeyingConfig {
  return Object.fromEntries(typesWithoutId.map((type) => [type, () => null]));
}

/**
 * A connection field's resolver: Graphcache's relayPagination, which merges the pages of a list
 * asked for with the same arguments but first/last/after/before. relayPagination skips what was
 * stored for the field asked without any argument (`mayors { nodes { id } }`, its default page),
 * so that such a field read back as missing, and the whole answer as null (urql issues 990 and
 * 2007: by design, there being nothing to page); that field is read as stored.
 */
export function connectionResolver(): Resolver {
  const paginate = relayPagination();
  return (parent, args, cache, info) => (args && Object.keys(args).length > 0 ? paginate(parent, args, cache, info) : cache.resolve(info.parentKey, info.fieldName));
}

/** Graphcache's `resolvers`: every connection field pages (connectionResolver). */
export function resolvers(): ResolverConfig {
  return Object.fromEntries(
    Object.entries(connectionFields).map(([type, fields]) => [type, Object.fromEntries(Object.keys(fields).map((field) => [field, connectionResolver()]))]),
  );
}

/** The schema as Graphcache reads it: a minified introspection (types and fields, about 110 kB of JSON, 5 kB gzipped). */
export const schema = introspection as NonNullable<CacheExchangeOpts['schema']>;

/**
 * The options of Graphcache's cacheExchange for this API, with any of the app's own (updates,
 * optimistic...) on top. With the schema, Graphcache matches fragments exactly (it ignores
 * possibleTypes then); without it, it writes every fragment of an answer whatever its type
 * condition and warns of each field the object lacks ("Invalid undefined").
 */
export function graphcacheOptions(): Pick<CacheExchangeOpts, 'keys' | 'resolvers' | 'schema'> {
  return { keys: keys(), resolvers: resolvers(), schema };
}
