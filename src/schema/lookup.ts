/**
 * The shapes every kind of record repeats in the schema: a node type's id, refetch and type check,
 * and the root pair of a lookup by key or global ID with a filtered, ordered connection.
 */
import { GraphQLError, Kind, type ValidationRule } from 'graphql';
import type { List, Order, Queries } from '../corpus/queries.js';
import type { AnyRecord, RecordKind, RecordsByKind } from '../corpus/model.js';
import { builder, type Context } from './builder.js';
import { parseGlobalId, shown } from './node.js';
import { paged } from './paginate.js';
import { typeNameOf } from './type-names.js';

export interface LookupArgs {
  key?: string | null;
  id?: string | null;
  by?: { key?: string | null; id?: string | null } | null;
}

/** The arguments of a lookup, of which exactly one is given: `by` (the @oneOf form), or `key` or `id`. */
export const LOOKUP_ARGUMENTS = ['by', 'key', 'id'] as const;

/**
 * `by:`, the typed form of a lookup: a @oneOf input object, so that exactly one of key or id is
 * checked when the operation is validated (graphql-js refuses `by: {}` and `by: { key, id }`, and a
 * variable for one of its fields must be non-null), and a client's generated types say so.
 */
export const LookupBy = builder.inputType('LookupBy', {
  isOneOf: true,
  description:
    'Which object a lookup returns: by its key or by its global ID, exactly one of them (a @oneOf input: an operation giving both or ' +
    'neither is refused when it is validated, before anything runs). E.g. city(by: { key: "copenhagen" }).',
  fields: (t) => ({
    key: t.string({ description: 'Its key, the value of its key field (e.g. "copenhagen" for the city).' }),
    id: t.id({ description: 'Its global ID, the value of its id field.' }),
  }),
});

const badInput = (argument: string, message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });

/**
 * Returns the key the arguments name, checking that a global ID belongs to one of the expected types:
 * BAD_USER_INPUT (argument "by", "key" or "id") for none or several, or an ID this API cannot have
 * given out (src/schema/node.ts), and WRONG_ID_TYPE for the ID of another node type. An operation
 * that gives none or several in its text is refused when it is validated (LookupArgumentsRule); this
 * sees the variables that leave it open (`city(key: $key, id: $id)` with both null, or both set).
 */
export function keyFrom(args: LookupArgs, typeNames: readonly string[]): string {
  const given = LOOKUP_ARGUMENTS.filter((name) => args[name] != null);
  if (given.length !== 1) throw badInput(given[1] ?? 'by', 'Pass exactly one of "by", "key" or "id".');
  const argument = args.by != null ? 'by' : 'id';
  const key = args.by?.key ?? args.key;
  if (key != null) return key;
  const id = (args.by?.id ?? args.id)!;
  const parsed = parseGlobalId(id, argument);
  if (parsed instanceof GraphQLError) throw parsed;
  if (!typeNames.includes(parsed.typename)) {
    throw new GraphQLError(`Expected the ID of a ${typeNames.join(' or ')}, but ${shown(id)} is the ID of a ${parsed.typename}.`, {
      extensions: { code: 'WRONG_ID_TYPE', argument, expected: typeNames, actual: parsed.typename },
    });
  }
  return parsed.key;
}

/**
 * A lookup must name exactly one of `by`, `key` and `id`: an operation whose text gives none, or
 * several, is refused when it is validated (400 GRAPHQL_VALIDATION_FAILED), as the @oneOf input
 * refuses `by: {}`. An argument given as a nullable variable may turn out null or not: that is known
 * only with the variables, and keyFrom checks it then.
 */
export const LookupArgumentsRule: ValidationRule = (context) => {
  let nonNullVariables = new Set<string>();
  return {
    OperationDefinition(node) {
      nonNullVariables = new Set((node.variableDefinitions ?? []).filter((v) => v.type.kind === Kind.NON_NULL_TYPE).map((v) => v.variable.name.value));
    },
    FragmentDefinition() {
      nonNullVariables = new Set();
    },
    Field(node) {
      const field = context.getFieldDef();
      if (!field?.extensions?.['lookup']) return;
      let given = 0;
      let open = 0;
      for (const argument of node.arguments ?? []) {
        if (!(LOOKUP_ARGUMENTS as readonly string[]).includes(argument.name.value)) continue;
        const { value } = argument;
        if (value.kind === Kind.VARIABLE && !nonNullVariables.has(value.name.value)) open++;
        else if (value.kind !== Kind.NULL) given++;
      }
      if (given === 1 || (given === 0 && open > 0)) return;
      const what = given > 1 ? 'several of them are given' : 'none is given';
      context.reportError(
        new GraphQLError(`The lookup "${field.name}" takes exactly one of "by", "key" or "id", and ${what}: e.g. ${field.name}(by: { key: "…" }) or ${field.name}(by: { id: "…" }).`, {
          nodes: node,
        }),
      );
    },
  };
};

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
      description:
        `One ${noun}, by key or global ID: exactly one of by, key or id (an operation giving none or several is refused when it is validated). ` +
        'Null when none has that key.',
      args: {
        by: t.arg({ type: LookupBy, description: `The ${noun} to return, by key or global ID (@oneOf), e.g. by: { key: "${spec.example}" }.` }),
        key: t.arg.string({ description: `The key, e.g. "${spec.example}" (the same as by: { key: }).` }),
        id: t.arg.id({ description: `The global ID of ${typeNames.length > 1 ? `a ${typeNames.join(' or ')}` : `the ${noun}`} (the same as by: { id: }).` }),
      },
      // LookupArgumentsRule finds the lookups by this.
      extensions: { lookup: true },
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
