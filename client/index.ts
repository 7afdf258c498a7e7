/**
 * The client kit (docs/client-kit.md): what a front end needs to know of this API beyond its
 * schema. This entry point depends on no client library; the caches' configurations are in
 * `news-graph/client/apollo` (Apollo Client) and `news-graph/client/urql` (urql's Graphcache), and
 * the example operations, typed by graphql-codegen, in `news-graph/client/examples`.
 */
export { connectionFields, possibleTypes, typesWithoutId, valueListFields } from './generated/schema-facts.js';
export { codegenScalars, scalarTypes } from './scalars.js';
