/**
 * The API as an Apollo Federation 2 subgraph (FEDERATION=subgraph; docs/federation.md): the public
 * schema plus `_service { sdl }` and `_entities(representations:)`, every Node type an entity keyed
 * by its global `id` (`@key(fields: "id")`), built by Pothos' federation plugin.
 *
 * The plugin's `_entities` comes from @apollo/subgraph, which returns every entity through a promise
 * and writes `__typename` onto the object it is given: here the store's own records. It is replaced
 * by a resolver that loads each entity as node(id:) does, synchronously, and leaves the records
 * alone (the `_Entity` union finds each record's type by its isTypeOf, as Node does). Both fields are
 * costed like the rest (src/schema/cost.ts): `_entities` by its representations, as nodes(ids:) by its
 * ids; `_service` by the length of its SDL.
 */
import { GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { builder, type Context } from './builder.js';
import { TEXT_UNIT } from './cost.js';
import { withSyncGlobalIds } from './global-ids.js';
import { schema } from './index.js';
import { loadNode, parseGlobalId } from './node.js';

/** The Federation 2 spec the subgraph links, and the directives it imports (only @key is used). */
export const FEDERATION_SPEC = 'https://specs.apollo.dev/federation/v2.6';

/** A representation as a gateway sends it: the entity's type and its key fields. */
interface Representation {
  __typename?: unknown;
  id?: unknown;
}

/** The types that implement Node: each is an entity of the subgraph. */
export const entityTypeNames = (): string[] =>
  Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === builder.nodeInterfaceRef().name))
    .map((type) => type.name)
    .sort();

/**
 * The entity a representation names: the record whose global ID it carries, when that ID is of the
 * representation's type; null for an unknown key or an ID of another type; BAD_USER_INPUT (argument
 * "representations") for an ID this API cannot have given out.
 */
function entityOf(representation: Representation, context: Context): unknown {
  const { __typename: typename, id } = representation ?? {};
  if (typeof typename !== 'string' || typeof id !== 'string') {
    return new GraphQLError('A representation needs "__typename" and "id" (the entity key of every type of this subgraph).', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'representations' },
    });
  }
  const parsed = parseGlobalId(id, 'representations');
  if (parsed instanceof GraphQLError) return parsed;
  return parsed.typename === typename ? (loadNode(parsed.typename, parsed.key, context) ?? null) : null;
}

let built: GraphQLSchema | undefined;

/** The subgraph schema, built once (on first use: an app without FEDERATION=subgraph never builds it). */
export function subgraphSchema(): GraphQLSchema {
  if (built) return built;
  for (const name of entityTypeNames()) {
    builder.asEntity(name as never, {
      key: builder.selection<{ id: string }>('id'),
      resolveReference: (representation: Representation, context: Context) => entityOf(representation, context) as never,
    });
  }
  const subgraph = withSyncGlobalIds(builder.toSubGraphSchema({ linkUrl: FEDERATION_SPEC, federationDirectives: ['@key'] }));
  const query = subgraph.getQueryType()!.getFields();
  const entities = query['_entities']!;
  const resolveEntities: GraphQLFieldResolver<unknown, Context, { representations: Representation[] }> = (_root, { representations }, context) =>
    representations.map((representation) => entityOf(representation, context));
  entities.resolve = resolveEntities as GraphQLFieldResolver<unknown, unknown>;
  // Each representation is an object of the answer, as each id of nodes(ids:) is.
  entities.extensions = { ...entities.extensions, complexity: ({ representations }: { representations: unknown[] }) => ({ field: 1, multiplier: representations.length }) };
  const service = query['_service']!;
  const sdl = (service.resolve!(undefined, {}, undefined, undefined as never) as { sdl: string }).sdl;
  service.extensions = { ...service.extensions, complexity: 1 + Math.ceil(sdl.length / TEXT_UNIT) };
  return (built = subgraph);
}
