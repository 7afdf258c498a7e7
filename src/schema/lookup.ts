/**
 * The shapes every kind of record repeats in the schema: a node type's id, refetch and type check,
 * and the root pair of a lookup by key or global ID with a filtered, ordered connection.
 */
import { GraphQLError } from 'graphql';
import type { List, Order, Queries } from '../corpus/queries.js';
import type { AnyRecord, RecordKind, RecordsByKind } from '../corpus/model.js';
import { builder, type Context } from './builder.js';
import { parseGlobalId, shown } from './node.js';
import { paged } from './paginate.js';
import { typeNameOf } from './type-names.js';

export interface LookupArgs {
  key?: string | null;
  id?: string | null;
}

const badInput = (argument: string, message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });

/**
 * Returns the key the arguments name, checking that a global ID belongs to one of the expected types:
 * BAD_USER_INPUT (argument "key" or "id") for neither or both, or an ID this API cannot have given
 * out (src/schema/node.ts), and WRONG_ID_TYPE for the ID of another node type.
 */
export function keyFrom(args: LookupArgs, typeNames: readonly string[]): string {
  if ((args.key == null) === (args.id == null)) throw badInput(args.key == null ? 'key' : 'id', 'Pass exactly one of "key" or "id".');
  if (args.key != null) return args.key;
  const parsed = parseGlobalId(args.id!, 'id');
  if (parsed instanceof GraphQLError) throw parsed;
  if (!typeNames.includes(parsed.typename)) {
    throw new GraphQLError(`Expected the ID of a ${typeNames.join(' or ')}, but ${shown(args.id!)} is the ID of a ${parsed.typename}.`, {
      extensions: { code: 'WRONG_ID_TYPE', argument: 'id', expected: typeNames, actual: parsed.typename },
    });
  }
  return parsed.key;
}

/** GraphQL gives null for omitted nullable inputs; the data layer wants them absent. */
export function withoutNulls<T extends object>(input: T | null | undefined): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(input ?? {}).filter(([, value]) => value != null)) as never;
}

/** The node options of the GraphQL type `typeName` for records of `kind`: its id is the record's key. */
export function nodeOf<K extends RecordKind>(kind: K, typeName: string = kind) {
  const fits = (record: AnyRecord | undefined): record is RecordsByKind[K] => record?.type === kind && typeNameOf(record) === typeName;
  return {
    id: { resolve: (record: RecordsByKind[K]) => record.key },
    loadOne: (key: string, { store }: Context) => {
      const record = store.get(kind, key);
      return fits(record) ? record : null;
    },
    isTypeOf: (value: unknown) => fits(value as AnyRecord),
  };
}

interface RootSpec<K extends RecordKind> {
  kind: K;
  /** The GraphQL types a lookup may return (Mayor and Official for a person). */
  typeNames: readonly string[];
  /** The object or interface type, and its connection type (refs.ts). */
  type: object;
  connection: object;
  one: string;
  many: string;
  /** "city", "mayor": for the descriptions. */
  noun: string;
  /** An example key, for the descriptions. */
  example: string;
  listDescription: string;
  /** The filter and order input types. */
  filter: object;
  order: object;
  defaultOrder: Order;
  list: (filter: Record<string, unknown>, order: Order, queries: Queries) => List<RecordsByKind[K]>;
}

/**
 * Adds the root pair for a kind: `one(key:, id:)`, null when none has that key, and
 * `many(filter:, orderBy:, first:, after:, ...)`, a connection.
 */
export function rootFields<K extends RecordKind>(spec: RootSpec<K>): void {
  const { kind, typeNames, noun } = spec;
  builder.queryFields((t) => ({
    [spec.one]: t.field({
      type: spec.type as never,
      nullable: true,
      description: `One ${noun}, by key or global ID. Null when none has that key.`,
      args: {
        key: t.arg.string({ description: `The key, e.g. "${spec.example}".` }),
        id: t.arg.id({ description: `The global ID of ${typeNames.length > 1 ? `a ${typeNames.join(' or ')}` : `the ${noun}`}.` }),
      },
      resolve: (_root, args, { store }) => {
        const record = store.get(kind, keyFrom(args, typeNames)) as AnyRecord | undefined;
        return (record && typeNames.includes(typeNameOf(record)) ? record : null) as never;
      },
    }),
    // The types are given as refs of any kind, so Pothos cannot check this field's options against them.
    [spec.many]: t.connection(
      {
        type: spec.type,
        description: spec.listDescription,
        args: {
          filter: t.arg({ type: spec.filter as never, description: `Which ${spec.many} to include.` }),
          orderBy: t.arg({ type: spec.order as never, description: 'How to order them.' }),
        },
        ...paged((_root: unknown, { filter, orderBy }: { filter?: object | null; orderBy?: Order | null }, { queries }: Context) =>
          spec.list(withoutNulls(filter) as Record<string, unknown>, orderBy ?? spec.defaultOrder, queries),
        ),
      } as never,
      spec.connection as never,
    ),
  }));
}
