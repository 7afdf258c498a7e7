/**
 * The API's custom scalars as they travel in JSON, both ways: each is a string. For graphql-codegen's
 * `scalars` (with `strictScalars: true`, which refuses a scalar left out), Relay's
 * `customScalarTypes`, and a front end's own types. What each holds: the scalar's description
 * and @specifiedBy in schema/schema.graphql.
 */
export const scalarTypes = {
  /** A calendar date, "2014-12-04". */
  Date: 'string',
  /** An instant in UTC, "2014-12-04T01:55:13.000Z"; as input, any RFC 3339 date-time with an offset. */
  DateTime: 'string',
  /** An absolute URL, "https://www.example.org/news/1". */
  URL: 'string',
  /** An ISO 3166-1 alpha-2 country code, "DK". */
  CountryCode: 'string',
  /** An offset from UTC, "+08:00". */
  UtcOffset: 'string',
} as const;

/** graphql-codegen's `scalars` option: the same TypeScript type as input and as output. */
export const codegenScalars = Object.fromEntries(Object.entries(scalarTypes).map(([name, type]) => [name, { input: type, output: type }])) as {
  [Name in keyof typeof scalarTypes]: { input: (typeof scalarTypes)[Name]; output: (typeof scalarTypes)[Name] };
};
