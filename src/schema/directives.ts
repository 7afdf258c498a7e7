/**
 * @defer and @stream, declared in the schema so that the printed SDL has them: clients generating
 * code from schema/schema.graphql validate operations that use them (docs/protocol.md). The executor
 * (graphql-yoga's, with @graphql-yoga/plugin-defer-stream) reads their arguments by these names, as
 * the incremental-delivery RFC defines them; graphql-js and graphql-jit, which do not know them, run
 * the operation whole.
 */
import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLInt, GraphQLNonNull, GraphQLString, specifiedDirectives } from 'graphql';

export const DeferDirective = new GraphQLDirective({
  name: 'defer',
  description:
    'Sends this fragment in a later part of the answer, once the rest is sent (incremental delivery: ask with Accept: multipart/mixed or ' +
    'text/event-stream). The answer costs the same: the cost limit counts deferred fields as any other.',
  locations: [DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT],
  args: {
    if: { type: new GraphQLNonNull(GraphQLBoolean), defaultValue: true, description: 'Deferred when true (the default); sent with the rest when false.' },
    label: { type: GraphQLString, description: 'A name for this fragment, repeated in the part that carries it. Unique in the operation.' },
  },
});

export const StreamDirective = new GraphQLDirective({
  name: 'stream',
  description:
    'Sends the first initialCount items of this list with the answer and the others in later parts (incremental delivery: ask with ' +
    'Accept: multipart/mixed or text/event-stream). The answer costs the same: the cost limit counts every item the page may hold.',
  locations: [DirectiveLocation.FIELD],
  args: {
    if: { type: new GraphQLNonNull(GraphQLBoolean), defaultValue: true, description: 'Streamed when true (the default); sent whole when false.' },
    label: { type: GraphQLString, description: 'A name for this list, repeated in the parts that carry its items. Unique in the operation.' },
    initialCount: { type: GraphQLInt, defaultValue: 0, description: 'Items sent with the first part of the answer (0 or more).' },
  },
});

/** The directives of the schema: graphql-js's own, @defer and @stream. */
export const schemaDirectives = [...specifiedDirectives, DeferDirective, StreamDirective];
