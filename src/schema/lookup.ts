/** Root lookups by natural key or by global ID, with clear errors for IDs of the wrong type. */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';

export interface LookupArgs {
  key?: string | null;
  id?: string | null;
}

const badInput = (argument: string, message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });

/** Returns the key the arguments name, checking that a global ID belongs to one of the expected types. */
export function keyFrom(args: LookupArgs, typeNames: readonly string[]): string {
  if ((args.key == null) === (args.id == null)) throw badInput(args.key == null ? 'key' : 'id', 'Pass exactly one of "key" or "id".');
  if (args.key != null) return args.key;
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(args.id!);
  } catch {
    throw badInput('id', `"${args.id}" is not a global ID; use the id field of an object from this API.`);
  }
  if (!typeNames.includes(decoded.typename)) {
    throw new GraphQLError(`Expected the ID of a ${typeNames.join(' or ')}, but "${args.id}" is the ID of a ${decoded.typename}.`, {
      extensions: { code: 'WRONG_ID_TYPE', argument: 'id', expected: typeNames, actual: decoded.typename },
    });
  }
  return decoded.id;
}

/** GraphQL gives null for omitted nullable inputs; the data layer wants them absent. */
export function withoutNulls<T extends object>(input: T | null | undefined): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(input ?? {}).filter(([, value]) => value != null)) as never;
}
