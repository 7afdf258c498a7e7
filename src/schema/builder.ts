/** The Pothos schema builder: context type, scalars and plugins. Type modules add to it. */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import { CountryCodeResolver, DateResolver, DateTimeResolver, URLResolver, UtcOffsetResolver } from 'graphql-scalars';
import { GraphQLError } from 'graphql';
import type { Queries } from '../corpus/queries.js';
import type { CorpusStore } from '../corpus/corpus-store.js';
import { defaultFieldCost } from './cost.js';

export interface Context {
  store: CorpusStore;
  queries: Queries;
}

/** Page sizes of every connection: the default, and the hard cap (a larger request is an error). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Connection: { totalCount: number };
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: string | Date };
    URL: { Input: URL; Output: string };
    CountryCode: { Input: string; Output: string };
    UtcOffset: { Input: string; Output: string };
  };
}>({
  // Directives and Federation only matter to the subgraph schema (federation.ts, FEDERATION=subgraph): the public one is built as before.
  plugins: [RelayPlugin, ComplexityPlugin, DirectivePlugin, FederationPlugin],
  defaultFieldNullability: false,
  complexity: {
    // Text by its stored length, lists by the longest stored: see cost.ts.
    fieldComplexity: defaultFieldCost,
    complexityError: (kind, result) => {
      const measured = { depth: [result.depth, result.maxDepth], breadth: [result.breadth, result.maxBreadth] };
      const [value, max] = measured[kind as string as keyof typeof measured] ?? [result.complexity, result.maxComplexity];
      return new GraphQLError(`Query is too complex: its ${kind} is ${value}, the maximum is ${max}.`, {
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: kind, value, max },
      });
    },
  },
  relay: {
    cursorType: 'String',
    // A connection's cost already multiplies its selection by the page size; edges and nodes add nothing more.
    nodesOnConnection: {
      description: 'The nodes of this page, without edges: a shortcut for edges { node }.',
      complexity: { field: 0, multiplier: 1 },
    },
    idFieldOptions: { description: 'Opaque global ID: pass it to node(id:) to refetch this object.' },
    nodeTypeOptions: { description: 'An object with an opaque global ID that node(id:) can refetch.' },
    // node(id:) and nodes(ids:) are defined in src/schema/node.ts: the plugin's own refuse a malformed ID without a code, and nodes(ids:) as a whole.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    pageInfoTypeOptions: {
      description:
        'Where a page sits in a connection, for cursor pagination. A cursor stands for the position of an item in the list as the ' +
        'field filters and orders it; it is not tied to the connection that gave it out. A cursor passed to after: or before: that ' +
        'this API cannot have given out (malformed; a negative, fractional or non-numeric position) is refused with extensions ' +
        '{ code: BAD_USER_INPUT, argument: "after" or "before", reason: MALFORMED_CURSOR }, and one beyond the list (the list ' +
        'changed, or the cursor is from another connection) with reason CURSOR_OUT_OF_RANGE.',
    },
    hasNextPageFieldOptions: { description: 'True when more items follow this page (fetch them with after: endCursor).' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page (fetch them with before: startCursor).' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page; null when the page is empty.', complexity: 1 },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page; null when the page is empty.', complexity: 1 },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.', complexity: { field: 0, multiplier: 1 } },
    pageInfoFieldOptions: { description: 'Pagination state of this page.' },
    cursorFieldOptions: { description: 'Opaque cursor of this item, for after: or before:.', complexity: 1 },
    nodeFieldOptions: { description: 'The item.' },
    firstArgOptions: { description: `Return the first N items (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` },
    lastArgOptions: { description: `Return the last N items (at most ${MAX_PAGE_SIZE}).` },
    afterArgOptions: {
      description: 'Return items after this cursor (an endCursor from a previous page). A malformed cursor, or one beyond the list, is refused: see PageInfo.',
    },
    beforeArgOptions: {
      description: 'Return items before this cursor (a startCursor from a previous page). A malformed cursor, or one beyond the list, is refused: see PageInfo.',
    },
  },
});

// graphql-scalars parses Date inputs into JS Dates; the store compares ISO date strings.
const isoDate = (value: unknown) => (value as Date).toISOString().slice(0, 10);
// Each custom scalar names its specification (@specifiedBy in the SDL, specifiedByURL in introspection), so that
// code generators and clients can map it to a type of their own; the descriptions say what this API sends and accepts.
builder.addScalarType('Date', DateResolver, {
  description:
    'A calendar date without time of day or time zone, "YYYY-MM-DD" (RFC 3339 full-date), e.g. "2014-12-04". ' +
    'As input, a date that does not exist ("2014-02-30") is refused.',
  specifiedByURL: 'https://scalars.graphql.org/andimarek/local-date.html',
  parseValue: (value) => isoDate(DateResolver.parseValue(value)),
  parseLiteral: (ast) => isoDate(DateResolver.parseLiteral(ast, {})),
});
builder.addScalarType('DateTime', DateTimeResolver, {
  description:
    'An instant, as an RFC 3339 date-time in UTC with milliseconds, e.g. "2014-12-04T01:55:13.000Z". ' +
    'As input, any RFC 3339 date-time with an offset ("2014-12-04T09:55:13+08:00"); it is compared as the same instant in UTC.',
  specifiedByURL: 'https://scalars.graphql.org/andimarek/date-time.html',
});
builder.addScalarType('URL', URLResolver, {
  description: 'An absolute URL as the WHATWG URL Standard parses and serializes it, e.g. "http://www.xinhuanet.com/".',
  specifiedByURL: 'https://url.spec.whatwg.org/',
});
builder.addScalarType('CountryCode', CountryCodeResolver, {
  description: 'An ISO 3166-1 alpha-2 country code, two upper-case letters, e.g. "DK" for Denmark, "CN" for China.',
  specifiedByURL: 'https://www.iso.org/iso-3166-country-codes.html',
});
builder.addScalarType('UtcOffset', UtcOffsetResolver, {
  description:
    'An offset from UTC as "+hh:mm" or "-hh:mm" (RFC 3339 time-numoffset), e.g. "+08:00" for Beijing time; UTC itself is "+00:00".',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
});

builder.queryType({ description: 'The news graph: articles, the entities they mention and the facts they state.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'How many items the whole connection holds, across all pages.', resolve: (parent) => parent.totalCount }),
);
