/**
 * Node ids resolved synchronously. Pothos' relay plugin wraps every node's `id` resolver in an
 * async function, so each object with an id, and everything above it, resolves through promises.
 * Ids here are the record's key, known at once; this gives every node type an id resolver that
 * returns the same global ID (the relay plugin's own encoding) without a promise, and registers
 * the type's loader for node(id:), nodes(ids:) and the lookups by ID (src/schema/node.ts, which
 * importing this module also registers).
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import { registerNodeType, registerValueType, type LoadOne } from './node.js';

type IdResolver = GraphQLFieldResolver<unknown, unknown>;

export function withSyncGlobalIds(schema: GraphQLSchema): GraphQLSchema {
  const node = builder.nodeInterfaceRef().name;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    if (!type.getInterfaces().some((i) => i.name === node)) {
      // An id without Node is a value's (value-ids.ts): node(id:) says so when it is given one.
      if (type.getFields().id) registerValueType(type.name);
      continue;
    }
    // builder.node() keeps its options, `id` and `loadOne` among them, on the type's config.
    const { id, loadOne } = builder.configStore.getTypeConfig(type.name).pothosOptions as { id: { resolve: IdResolver }; loadOne?: LoadOne };
    // Every Node can be refetched: node(id:) relies on it.
    if (typeof loadOne !== 'function') throw new Error(`The node type ${type.name} has no loadOne: give it nodeOf() (src/schema/lookup.ts).`);
    const field = type.getFields().id!;
    field.resolve = (parent, args, context, info) => encodeGlobalID(type.name, String(id.resolve(parent, args, context, info)));
    registerNodeType(type.name, loadOne);
  }
  return schema;
}
