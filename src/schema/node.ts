/**
 * Refetching by global ID: the check of an ID a client sends (for node(id:), nodes(ids:) and the
 * lookups' id argument, see keyFrom in lookup.ts), and the node(id:) and nodes(ids:) fields.
 *
 * The fields are defined here rather than by Pothos' relay plugin (nodeQueryOptions and
 * nodesQueryOptions are false in builder.ts). The plugin decodes IDs while it reads the arguments,
 * so one malformed ID failed the whole field with an uncoded error in the framework's words
 * ("Invalid global ID: ...", "Foo has not been implemented"), and nodes(ids:) lost every object
 * with it. Here:
 *
 * - a well-formed ID of a node type whose key is unknown gives null, as before;
 * - an ID this API cannot have given out is refused with BAD_USER_INPUT, argument "id" or "ids",
 *   and `reason`: MALFORMED_ID (not base64 of "Type:key", an empty key included) or
 *   NOT_A_NODE_TYPE (a type that is not in the schema, has no IDs, or is a value whose IDs serve client caches: it does not implement Node);
 * - nodes(ids:) answers each ID on its own: a refused ID is an Error item of the list, which
 *   graphql-js (and graphql-jit) turn into null in its place and an error at ["nodes", index].
 *
 * Records load synchronously (every node type's loadOne reads the in-memory store), so these fields
 * do not make an operation asynchronous. The loaders are registered by withSyncGlobalIds
 * (global-ids.ts) once the schema is built.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { builder, type Context } from './builder.js';

export type LoadOne = (key: string, context: Context) => unknown;

/** The object types that implement Node, by name, with the loader builder.node() was given (nodeOf in lookup.ts). */
const loaders = new Map<string, LoadOne>();

export function registerNodeType(typename: string, loadOne: LoadOne): void {
  loaders.set(typename, loadOne);
}

/** The object types with an id field that do not implement Node: values whose IDs serve client caches (value-ids.ts). */
const valueTypes = new Set<string>();

export function registerValueType(typename: string): void {
  valueTypes.add(typename);
}

/** Why an ID is refused, in `extensions.reason`. */
export const IdProblem = {
  /** Not base64, or not "Type:key" once decoded (an empty type or key included). */
  malformed: 'MALFORMED_ID',
  /** Well formed, but the type it names cannot be refetched: not a type of this API, one without IDs, or a value whose IDs serve client caches only. */
  notANode: 'NOT_A_NODE_TYPE',
} as const;

/** A client's string as an error message repeats it: quoted, and cut after 100 characters. */
export const shown = (text: string) => JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text);

/** A global ID taken apart: the node type it names and the record's key. */
export interface ParsedId {
  typename: string;
  key: string;
}

/**
 * Takes a client's global ID apart: its type and key, or the error to answer with (BAD_USER_INPUT
 * naming `argument`) when it is not an ID this API can have given out. A well-formed ID of a node
 * type with an unknown key passes: looking it up gives null.
 */
export function parseGlobalId(id: string, argument: string): ParsedId | GraphQLError {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(id);
  } catch {
    return new GraphQLError(`${shown(id)} is not a global ID: pass the id field of an object from this API.`, {
      extensions: { code: 'BAD_USER_INPUT', argument, reason: IdProblem.malformed },
    });
  }
  if (!loaders.has(decoded.typename) && valueTypes.has(decoded.typename)) {
    return new GraphQLError(`${shown(id)} is the ID of a value of type ${shown(decoded.typename)}, which cannot be refetched on its own (its ID identifies it in client caches): refetch the entity or fact that holds it.`, {
      extensions: { code: 'BAD_USER_INPUT', argument, reason: IdProblem.notANode },
    });
  }
  if (!loaders.has(decoded.typename)) {
    return new GraphQLError(`${shown(id)} is not a global ID: it names the type ${shown(decoded.typename)}, which has no IDs of its own (only object types that implement Node have them).`, {
      extensions: { code: 'BAD_USER_INPUT', argument, reason: IdProblem.notANode },
    });
  }
  return { typename: decoded.typename, key: decoded.id };
}

/** The record of a node type by its key (undefined for an unknown key or type): the federation subgraph's entities (federation.ts). */
export const loadNode = (typename: string, key: string, context: Context): unknown => loaders.get(typename)?.(key, context) ?? undefined;

/** The object an ID names, null when its key is unknown, or the error for an ID that is not one. */
function load(id: string, argument: string, context: Context): unknown {
  const parsed = parseGlobalId(id, argument);
  if (parsed instanceof GraphQLError) return parsed;
  return loaders.get(parsed.typename)!(parsed.key, context) ?? null;
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description:
      'Refetches any object by its global ID. Null when no object has that ID (a well-formed ID whose key is unknown). ' +
      "An ID it cannot refetch (not an id field's value; one naming a type without IDs; or the ID of a value such as an Evidence, whose IDs serve client caches) gives null and an error " +
      'with extensions { code: BAD_USER_INPUT, argument: "id", reason: MALFORMED_ID or NOT_A_NODE_TYPE }.',
    args: { id: t.arg.id({ required: true, description: "A global ID, as returned by any object's id field." }) },
    resolve: (_root, { id }, context) => {
      const node = load(String(id), 'id', context);
      if (node instanceof GraphQLError) throw node;
      return node as never;
    },
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description:
      'Refetches several objects by global ID, in order, each as node(id:) does: null in the place of an unknown ID. ' +
      'An ID this API cannot have given out gives null in its place and its own error at path ["nodes", index], ' +
      'with extensions { code: BAD_USER_INPUT, argument: "ids", reason: MALFORMED_ID or NOT_A_NODE_TYPE }; the other objects are still returned.',
    args: { ids: t.arg.idList({ required: true, description: "Global IDs, as returned by any object's id field." }) },
    // Each ID is an object of the answer.
    complexity: ({ ids }) => ({ field: 1, multiplier: ids.length }),
    // An Error item becomes null in its place and an error at its index.
    resolve: (_root, { ids }, context) => ids.map((id) => load(String(id), 'ids', context)) as never,
  }),
}));
