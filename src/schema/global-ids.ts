/**
 * Node ids resolved synchronously. Pothos' relay plugin wraps every node's `id` resolver in an
 * async function, so each object with an id, and everything above it, resolves through promises.
 * Ids here are the record's key, known at once; this gives every node type an id resolver that
 * returns the same global ID (the relay plugin's own encoding) without a promise.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';

type IdResolver = GraphQLFieldResolver<unknown, unknown>;

export function withSyncGlobalIds(schema: GraphQLSchema): GraphQLSchema {
  const node = builder.nodeInterfaceRef().name;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === node)) continue;
    // builder.node() keeps its options, `id` among them, on the type's config.
    const { id } = builder.configStore.getTypeConfig(type.name).pothosOptions as { id: { resolve: IdResolver } };
    const field = type.getFields().id!;
    field.resolve = (parent, args, context, info) => encodeGlobalID(type.name, String(id.resolve(parent, args, context, info)));
  }
  return schema;
}
