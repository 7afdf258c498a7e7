/**
 * The schema as a database store serves it: every field resolver wrapped so that a field whose
 * store lacks something (NOT_LOADED, src/pg/view.ts) waits for that load and resolves again,
 * instead of failing. Its siblings go on meanwhile and ask for theirs, so DataLoader gathers the
 * loads of a whole level of the graph into one statement per kind of question: the number of
 * statements follows the operation's depth, not the items on a page. The in-memory store serves
 * the schema unwrapped: its resolvers never miss and stay synchronous.
 */
import { mapSchema, MapperKind } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { NOT_LOADED } from '../corpus/not-loaded.js';
import type { Context } from '../schema/builder.js';
import type { PgView } from './view.js';

export function loadingSchema(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => ({ ...field, resolve: retrying(field.resolve ?? defaultFieldResolver) }),
  });
}

function retrying(resolve: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> {
  const attempt: GraphQLFieldResolver<unknown, Context> = (source, args, context, info) => {
    try {
      return resolve(source, args, context, info);
    } catch (error) {
      if (error !== NOT_LOADED) throw error;
      return (context.store as PgView).asked.then(() => attempt(source, args, context, info));
    }
  };
  return attempt;
}
