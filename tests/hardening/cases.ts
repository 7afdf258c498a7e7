/**
 * Hostile and malformed requests, with the answer each must get. The same table runs in-process
 * (app.fetch) and black-box against the real server in a child process.
 *
 * Every case names the status, an error code that must be among the answer's errors and a part of
 * that error's message. Cases whose argument a resolver refuses (a page size, a search text, a
 * global ID, a cursor) answer 200 on purpose (the GraphQL-over-HTTP spec keeps 200 once execution
 * has started), and say so.
 */

export const LIMITS = { tokens: 1000, depth: 12, aliases: 15, aliasLength: 64, directives: 10, cost: 10_000, listItems: 100, bodyBytes: 100_000, jsonDepth: 32, batchOperations: 10 };

export type Body = string | Buffer | { chunks: Buffer[] };

export interface HostileCase {
  name: string;
  method?: string;
  /** Path and query string; /graphql by default. */
  path?: string;
  /** Replaces the default headers (JSON content type, Accept: application/graphql-response+json). */
  headers?: Record<string, string>;
  body?: Body;
  status: number;
  code: string;
  /** A part of the message of the error with that code. */
  message: string | RegExp;
  /** Text no error message may contain. */
  absent?: string;
}

export const DEFAULT_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

const gql = (query: string, variables?: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ query, ...(variables ? { variables } : {}), ...extra });
const repeat = (n: number, f: (i: number) => string, sep = ' ') => Array.from({ length: n }, (_, i) => f(i)).join(sep);

/** City.visits -> Visit.hostCity -> City ..., n times. */
function visitsHostCity(levels: number, first?: string) {
  const page = first ? `(first: ${first})` : '';
  let inner = 'key';
  for (let i = 0; i < levels; i++) inner = `visits${page} { nodes { hostCity { ${inner} } } }`;
  return `{ city(key: "copenhagen") { ${inner} } }`;
}

/** Entity.articles -> Article.entities -> Entity ..., n times. */
function articlesEntities(levels: number) {
  let inner = 'key';
  for (let i = 0; i < levels; i++) inner = `articles { nodes { entities { nodes { ${inner} } } } }`;
  return `{ city(key: "copenhagen") { ${inner} } }`;
}

/** A Visit field that returns a visit (or visits), n times. */
function visitChain(field: 'previousVisit' | 'laterVisits', levels: number) {
  let inner = 'key';
  for (let i = 0; i < levels; i++) inner = field === 'laterVisits' ? `${field} { nodes { ${inner} } }` : `${field} { ${inner} }`;
  return `{ visit(key: "frank-jensen-beijing-2014-12") { ${inner} } }`;
}

/** Evidence.article -> Article.entities -> Entity.evidence -> Evidence ..., n times. */
function evidenceArticle(levels: number) {
  let inner = 'title';
  for (let i = 0; i < levels; i++) inner = `entities { nodes { evidence { nodes { article { ${inner} } } } } }`;
  return `{ article(key: "xinhua-2014-12-04-copenhagen-mayor-beijing-visit") { ${inner} } }`;
}

function fragmentTower(levels: number) {
  let doc = 'query Tower { ...F0 }\n';
  for (let i = 0; i < levels; i++) doc += `fragment F${i} on Query { __typename ...F${i + 1} ...F${i + 1} }\n`;
  return `${doc}fragment F${levels} on Query { __typename }`;
}

const base64 = (text: string) => Buffer.from(text).toString('base64');

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const bigJson = (bytes: number) => Buffer.from(gql(`{ __typename }`, { pad: 'x'.repeat(bytes) }));
const chunked = (total: number, size = 64 * 1024) => ({
  chunks: Array.from({ length: Math.ceil(total / size) }, (_, i) => Buffer.alloc(Math.min(size, total - i * size), i === 0 ? '{' : ' ')),
});

export const CASES: HostileCase[] = [
  // Deep nesting through recursive relations: refused on depth, at validation.
  { name: 'City.visits -> hostCity nested 20 levels', body: gql(visitsHostCity(20)), status: 400, code: 'MAX_DEPTH_EXCEEDED', message: 'the maximum is 12' },
  { name: 'Entity.articles -> Article.entities nested 20 levels', body: gql(articlesEntities(20)), status: 400, code: 'MAX_DEPTH_EXCEEDED', message: 'Query is too deep' },
  { name: 'Visit.previousVisit chained 50 times', body: gql(visitChain('previousVisit', 50)), status: 400, code: 'MAX_DEPTH_EXCEEDED', message: 'its depth is 52' },
  { name: 'Visit.laterVisits chained 30 times', body: gql(visitChain('laterVisits', 30)), status: 400, code: 'MAX_DEPTH_EXCEEDED', message: 'the maximum is 12' },
  { name: 'Evidence.article -> entities -> evidence nested 10 levels', body: gql(evidenceArticle(10)), status: 400, code: 'MAX_DEPTH_EXCEEDED', message: 'Query is too deep' },
  {
    name: 'a depth limit hit while accepting only application/json is still 400',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: gql(visitsHostCity(20)),
    status: 400,
    code: 'MAX_DEPTH_EXCEEDED',
    message: 'the maximum is 12',
  },
  // Within the depth limit, lists multiply: refused on cost, before execution.
  { name: 'recursion within the depth limit, first: 100 at three levels', body: gql(visitsHostCity(3, '100')), status: 400, code: 'MAX_COST_EXCEEDED', message: 'the maximum is 10000' },
  {
    name: 'cost with first given as a variable',
    body: gql(`query Q($n: Int) { cities(first: $n) { nodes { visits(first: $n) { nodes { hostCity { visits(first: $n) { nodes { key } } } } } } } }`, { n: 100 }),
    status: 400,
    code: 'MAX_COST_EXCEEDED',
    message: 'Query is too expensive',
  },
  {
    name: 'over-cap first (1,000,000) nested: counted at the cap of 100',
    body: gql(`{ cities(first: 1000000) { nodes { visits(first: 1000000) { nodes { hostCity { visits(first: 1000000) { nodes { key } } } } } } } }`),
    status: 400,
    code: 'MAX_COST_EXCEEDED',
    message: 'its estimated cost is 1020101',
  },
  {
    name: 'Article.entities -> Entity.articles with first: 50, three deep',
    body: gql('{ articles(first: 50) { nodes { entities(first: 50) { nodes { articles(first: 50) { nodes { key } } } } } } }'),
    status: 400,
    code: 'MAX_COST_EXCEEDED',
    message: 'nest fewer lists',
  },
  {
    name: 'over-cap first on one connection: refused by its resolver (200, data null)',
    body: gql('{ cities(first: 101) { totalCount } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    message: 'at most 100',
  },
  // Aliases.
  { name: '1,000 __typename aliases (37 KB): the token limit comes first', body: gql(`{ ${repeat(1000, (i) => `alias${i}: __typename`)} }`), status: 400, code: 'MAX_TOKENS_EXCEEDED', message: 'more than 1000 tokens' },
  { name: '16 __typename aliases count as aliases', body: gql(`{ ${repeat(16, (i) => `t${i}: __typename`)} }`), status: 400, code: 'MAX_ALIASES_EXCEEDED', message: '16, the maximum is 15' },
  { name: '60 aliases of an object field', body: gql(`{ ${repeat(60, (i) => `c${i}: city(key: "copenhagen") { name }`)} }`), status: 400, code: 'MAX_ALIASES_EXCEEDED', message: '60, the maximum is 15' },
  {
    name: 'aliases hidden in a fragment spread three times',
    body: gql(`{ ...F ... on Query { ...F } ... on Query { ... on Query { ...F } } } fragment F on Query { ${repeat(6, (i) => `f${i}: __typename`)} }`),
    status: 400,
    code: 'MAX_ALIASES_EXCEEDED',
    message: '18, the maximum is 15',
  },
  { name: '16 aliased introspection queries', body: gql(`{ ${repeat(16, (i) => `s${i}: __schema { types { name } }`)} }`), status: 400, code: 'MAX_ALIASES_EXCEEDED', message: 'the maximum is 15' },
  { name: 'an alias of 65 characters', body: gql(`{ ${'a'.repeat(65)}: __typename }`), status: 400, code: 'MAX_ALIAS_LENGTH_EXCEEDED', message: 'an alias of length 65, the maximum is 64' },
  {
    name: '15 aliases of 5,000 characters under two pages (an 8 MB answer within the cost limit of 20,000 before the alias limit)',
    body: gql(`{ articles(first: 36) { edges { node { facts(first: 36) { edges { ${repeat(15, (i) => `${'x'.repeat(5000)}${i}: cursor`)} } } } } } }`),
    status: 400,
    code: 'MAX_ALIAS_LENGTH_EXCEEDED',
    message: 'the maximum is 64',
  },
  {
    name: 'nodes(ids:) with one article 100 times and its text four levels down (230 MB before ids and text were costed)',
    body: gql('query N($ids: [ID!]!) { nodes(ids: $ids) { ... on Article { facts { edges { node { article { facts { edges { node { article { paragraphs } } } } } } } } } } }', {
      ids: Array.from({ length: 100 }, () => base64('Article:xinhua-2014-12-04-copenhagen-mayor-beijing-visit')),
    }),
    status: 400,
    code: 'MAX_COST_EXCEEDED',
    message: 'Query is too expensive',
  },
  {
    name: '15 aliased full introspection dumps (cost 15 before introspection was costed by what it answers)',
    body: gql(`{ ${repeat(15, (i) => `s${i}: __schema { types { name description fields { name description args { name description type { name kind ofType { name kind ofType { name kind } } } } type { name kind ofType { name kind ofType { name kind } } } } } }`)} }`),
    status: 400,
    code: 'MAX_COST_EXCEEDED',
    message: 'Query is too expensive',
  },
  // Directives.
  { name: '50 directives on one field', body: gql(`{ __typename ${repeat(50, () => '@include(if: true)')} }`), status: 400, code: 'MAX_DIRECTIVES_EXCEEDED', message: '50, the maximum is 10' },
  { name: '11 fields with @skip each', body: gql(`{ ${repeat(11, (i) => `t${i}: __typename @skip(if: false)`)} }`), status: 400, code: 'MAX_DIRECTIVES_EXCEEDED', message: '11, the maximum is 10' },
  { name: '300 unknown directives', body: gql(`{ __typename ${repeat(300, () => '@x')} }`), status: 400, code: 'MAX_DIRECTIVES_EXCEEDED', message: 'the maximum is 10' },
  // Tokens.
  { name: '5,000 repeated fields', body: gql(`{ ${repeat(5000, () => '__typename')} }`), status: 400, code: 'MAX_TOKENS_EXCEEDED', message: 'Query is too long' },
  { name: 'a list literal of 5,000 IDs', body: gql(`{ nodes(ids: [${repeat(5000, () => '"x"', ',')}]) { id } }`), status: 400, code: 'MAX_TOKENS_EXCEEDED', message: 'more than 1000 tokens' },
  { name: 'a list literal nested 3,000 deep', body: gql(`{ visits(filter: { status: ${'['.repeat(3000)}PLANNED${']'.repeat(3000)} }) { totalCount } }`), status: 400, code: 'MAX_TOKENS_EXCEEDED', message: 'more than 1000 tokens' },
  { name: '1,500 tokens in a GET query string', method: 'GET', path: `/graphql?query=${encodeURIComponent(`{ ${repeat(1500, () => 'a')} }`)}`, headers: { accept: 'application/graphql-response+json' }, status: 400, code: 'MAX_TOKENS_EXCEEDED', message: 'Query is too long' },
  // Fragments.
  { name: 'fragment tower: 40 levels, each spreading the next twice', body: gql(fragmentTower(40)), status: 400, code: 'MAX_COST_EXCEEDED', message: 'Query is too expensive' },
  { name: 'circular fragments', body: gql('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'within itself' },
  { name: 'a fragment spreading itself', body: gql('{ ...A } fragment A on Query { __typename ...A }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'within itself' },
  { name: '100 unused fragments', body: gql(`{ __typename } ${repeat(100, (i) => `fragment U${i} on Query { __typename }`)}`), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'is never used' },
  // Introspection.
  { name: 'introspection cycle through fields and types', body: gql('{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'Maximum introspection depth exceeded' },
  { name: 'introspection cycle through interfaces and possibleTypes', body: gql('{ __schema { types { interfaces { possibleTypes { interfaces { possibleTypes { name } } } } } } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'Maximum introspection depth exceeded' },
  { name: '__type with ofType nested 30 times', body: gql(`{ __type(name: "City") { ${'ofType { '.repeat(30)}name${' }'.repeat(30)} } }`), status: 400, code: 'MAX_DEPTH_EXCEEDED', message: 'the maximum is 12' },
  // Variables and JSON.
  { name: 'nodes(ids:) with 4,000 IDs in a variable', body: gql('query N($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 4000 }, () => 'Q2l0eTpjb3BlbmhhZ2Vu') }), status: 400, code: 'MAX_LIST_ITEMS_EXCEEDED', message: '4000, the maximum is 100' },
  {
    name: 'JSON variables nested 40,000 deep',
    body: `{"query":"query V($f: VisitFilter) { visits(filter: $f) { totalCount } }","variables":{"f":{"city":${nested(40_000)}}}}`,
    status: 400,
    code: 'MAX_JSON_DEPTH_EXCEEDED',
    message: 'more than 32 levels deep',
  },
  {
    name: 'JSON variables nested 20 deep, of the wrong type',
    body: `{"query":"query V($f: VisitFilter) { visits(filter: $f) { totalCount } }","variables":{"f":{"city":${nested(20)}}}}`,
    status: 400,
    code: 'BAD_USER_INPUT',
    message: 'got invalid value',
  },
  { name: 'JSON extensions nested 10,000 deep', body: `{"query":"{ __typename }","extensions":{"x":${nested(10_000)}}}`, status: 400, code: 'MAX_JSON_DEPTH_EXCEEDED', message: 'the maximum' },
  { name: 'a wrong enum value in variables, without a suggestion', body: gql('query S($s: [VisitStatus!]) { visits(filter: { status: $s }) { totalCount } }', { s: ['PLANED'] }), status: 400, code: 'BAD_USER_INPUT', message: 'does not exist in "VisitStatus"', absent: 'Did you mean' },
  { name: 'variables that are a string', body: JSON.stringify({ query: '{ __typename }', variables: 'x' }), status: 400, code: 'BAD_REQUEST', message: '"variables"' },
  { name: 'an unknown request parameter', body: JSON.stringify({ query: '{ __typename }', queryId: 'x' }), status: 400, code: 'BAD_REQUEST', message: 'Unexpected parameter "queryId"' },
  { name: 'a 90 KB string argument: refused by its resolver (200, data null)', body: gql(`{ search(text: "${'a'.repeat(90_000)}") { totalCount } }`), status: 200, code: 'BAD_USER_INPUT', message: 'at most 200 characters' },
  // Forged global IDs and cursors: refused by the resolver, in the API's words, each where it was given (200).
  { name: 'node(id:) with an ID that is not base64 (200, node null)', body: gql('{ node(id: "!!!") { id } }'), status: 200, code: 'BAD_USER_INPUT', message: '"!!!" is not a global ID', absent: 'Invalid global ID' },
  { name: 'node(id:) with a forged ID of a type that does not exist (200)', body: gql(`{ node(id: "${base64('Foo:bar')}") { id } }`), status: 200, code: 'BAD_USER_INPUT', message: 'it names the type "Foo", which has no IDs', absent: 'has not been implemented' },
  { name: 'node(id:) with a forged ID of a type without IDs (200)', body: gql(`{ node(id: "${base64('TimeReference:x')}") { id } }`), status: 200, code: 'BAD_USER_INPUT', message: 'it names the type "TimeReference", which has no IDs', absent: 'does not support loading' },
  { name: 'node(id:) with a 90 KB ID: not echoed whole (200)', body: gql('query N($id: ID!) { node(id: $id) { id } }', { id: 'A'.repeat(90_000) }), status: 200, code: 'BAD_USER_INPUT', message: 'is not a global ID', absent: 'A'.repeat(101) },
  {
    name: 'nodes(ids:) with 100 forged IDs: one error each, at its index (200)',
    body: gql('query N($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 100 }, (_, i) => (i % 2 ? base64(`Nope${i}:x`) : `!${i}`)) }),
    status: 200,
    code: 'BAD_USER_INPUT',
    message: 'is not a global ID',
    absent: 'Invalid global ID',
  },
  { name: 'a forged negative cursor (200, not the last items)', body: gql(`{ topics(first: 5, after: "${base64('OffsetConnection:-5')}") { nodes { key } } }`), status: 200, code: 'BAD_USER_INPUT', message: 'its position "-5" is negative' },
  { name: 'a forged fractional cursor (200)', body: gql(`{ topics(first: 5, after: "${base64('OffsetConnection:1.5')}") { nodes { key } } }`), status: 200, code: 'BAD_USER_INPUT', message: 'its position "1.5" is not a whole number' },
  { name: 'a forged cursor far beyond the list (200)', body: gql(`{ topics(last: 5, before: "${base64('OffsetConnection:1000000000')}") { nodes { key } } }`), status: 200, code: 'BAD_USER_INPUT', message: 'it points at position 1000000000, but the list has' },
  { name: 'a 90 KB cursor in a variable: not echoed whole (200)', body: gql('query T($c: String) { topics(after: $c) { totalCount } }', { c: 'B'.repeat(90_000) }), status: 200, code: 'BAD_USER_INPUT', message: 'Invalid cursor in "after"', absent: 'B'.repeat(101) },
  // Bodies.
  { name: 'a 5 MB body with Content-Length', body: bigJson(5_000_000), status: 413, code: 'REQUEST_BODY_TOO_LARGE', message: 'exceeds the limit of 100000 bytes' },
  { name: 'a 5 MB chunked body (no Content-Length)', body: chunked(5_000_000), status: 413, code: 'REQUEST_BODY_TOO_LARGE', message: 'exceeds the limit of 100000 bytes' },
  { name: 'a body one byte over the limit', body: Buffer.concat([bigJson(100_000 - 41), Buffer.from(' ')]).subarray(0, 100_001), status: 413, code: 'REQUEST_BODY_TOO_LARGE', message: '100000 bytes' },
  { name: 'a chunked body just over the limit', body: chunked(100_001, 1000), status: 413, code: 'REQUEST_BODY_TOO_LARGE', message: '100000 bytes' },
  { name: 'malformed JSON', body: '{"query": "{ __typename }"', status: 400, code: 'BAD_REQUEST', message: 'invalid JSON' },
  { name: 'malformed JSON while accepting only application/json', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: '{"query": ', status: 400, code: 'BAD_REQUEST', message: 'invalid JSON' },
  { name: 'an empty body', body: '', status: 400, code: 'BAD_REQUEST', message: 'invalid JSON' },
  { name: 'a JSON string instead of an object', body: '"{ __typename }"', status: 400, code: 'BAD_REQUEST', message: 'expected to be object' },
  { name: 'a missing query', body: '{"variables": {}}', status: 400, code: 'BAD_REQUEST', message: 'Must provide query string' },
  { name: 'a number as query', body: '{"query": 42}', status: 400, code: 'BAD_REQUEST', message: 'to be a string' },
  { name: 'an object as query', body: '{"query": {"kind": "Document"}}', status: 400, code: 'BAD_REQUEST', message: 'to be a string' },
  { name: 'a syntax error', body: gql('{ city(key: "copenhagen") { name '), status: 400, code: 'GRAPHQL_PARSE_FAILED', message: 'Syntax Error' },
  { name: 'an unknown field: no suggestion', body: gql('{ citys { totalCount } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'Cannot query field "citys"', absent: 'Did you mean' },
  // Operations.
  { name: 'several operations without a name', body: gql('{ __typename } { __typename }'), status: 400, code: 'OPERATION_RESOLUTION_FAILURE', message: 'Could not determine what operation to execute' },
  { name: 'several named operations without operationName', body: gql('query A { __typename } query B { __typename }'), status: 400, code: 'OPERATION_RESOLUTION_FAILURE', message: 'operation' },
  { name: 'an unknown operationName', body: gql('query A { __typename }', undefined, { operationName: 'Nope' }), status: 400, code: 'OPERATION_RESOLUTION_FAILURE', message: 'Could not determine what operation to execute' },
  { name: 'a mutation over POST (there are none)', body: gql('mutation { __typename }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'no mutation operations' },
  {
    name: 'GET variables that are not JSON',
    method: 'GET',
    path: `/graphql?${new URLSearchParams({ query: 'query T($key: String!) { topic(key: $key) { name } }', variables: '{"key": ' })}`,
    headers: { accept: 'application/graphql-response+json' },
    status: 400,
    code: 'BAD_REQUEST',
    message: 'The "variables" parameter is not valid JSON',
  },
  {
    name: 'GET extensions that are not JSON',
    method: 'GET',
    path: `/graphql?${new URLSearchParams({ query: '{ __typename }', extensions: '{bad' })}`,
    headers: { accept: 'application/graphql-response+json' },
    status: 400,
    code: 'BAD_REQUEST',
    message: 'The "extensions" parameter is not valid JSON',
  },
  {
    name: 'GET variables nested 2,000 deep',
    method: 'GET',
    path: `/graphql?${new URLSearchParams({ query: 'query T($key: String!) { topic(key: $key) { name } }', variables: `{"key":${nested(2_000)}}` })}`,
    headers: { accept: 'application/graphql-response+json' },
    status: 400,
    code: 'MAX_JSON_DEPTH_EXCEEDED',
    message: 'more than 32 levels deep',
  },
  { name: 'a mutation over GET', method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { __typename }')}`, headers: { accept: 'application/graphql-response+json' }, status: 405, code: 'BAD_REQUEST', message: 'POST request' },
  { name: 'a subscription (there are none)', body: gql('subscription { __typename }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'no subscription operations' },
  // Batches (at most MAX_BATCH_OPERATIONS, 10; refused before any operation is parsed).
  { name: 'a batch of 11 operations', body: JSON.stringify(Array.from({ length: 11 }, () => ({ query: '{ __typename }' }))), status: 400, code: 'MAX_BATCH_OPERATIONS_EXCEEDED', message: 'too many operations: 11, the maximum is 10' },
  { name: 'a batch of 3,000 operations', body: JSON.stringify(Array.from({ length: 3000 }, () => ({ query: '{a:__typename}' }))), status: 400, code: 'MAX_BATCH_OPERATIONS_EXCEEDED', message: 'the maximum is 10' },
  { name: 'an empty batch', body: '[]', status: 400, code: 'BAD_REQUEST', message: 'The batch is empty' },
  // Media types (CSRF), methods and routes.
  { name: 'text/plain body (CSRF)', headers: { 'content-type': 'text/plain' }, body: gql('{ __typename }'), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'cross-site request forgery' },
  { name: 'form-encoded body (CSRF)', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'cross-site request forgery' },
  {
    name: 'multipart body (CSRF)',
    headers: { 'content-type': 'multipart/form-data; boundary=b' },
    body: '--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--b--\r\n',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'cross-site request forgery',
  },
  { name: 'no Content-Type', headers: {}, body: gql('{ __typename }'), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Content-Type: application/json' },
  { name: 'application/xml body', headers: { 'content-type': 'application/xml' }, body: '<query/>', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'not supported' },
  { name: 'PUT /graphql', method: 'PUT', body: gql('{ __typename }'), status: 405, code: 'METHOD_NOT_ALLOWED', message: 'Method PUT is not allowed' },
  { name: 'DELETE /graphql', method: 'DELETE', headers: {}, status: 405, code: 'METHOD_NOT_ALLOWED', message: 'Method DELETE' },
  { name: 'PATCH /graphql', method: 'PATCH', body: gql('{ __typename }'), status: 405, code: 'METHOD_NOT_ALLOWED', message: 'use GET (queries) or POST' },
  { name: 'GET an unknown route', method: 'GET', path: '/admin', headers: {}, status: 404, code: 'NOT_FOUND', message: 'Not found: /admin' },
  { name: 'POST an unknown route', path: '/graphql/admin', body: gql('{ __typename }'), status: 404, code: 'NOT_FOUND', message: 'Not found' },
];
