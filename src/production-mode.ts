/**
 * Imported first by src/server.ts, before anything loads graphql. graphql-js reads NODE_ENV once,
 * when it loads: outside "production", each of its many instanceof checks per request also compares
 * class names (to warn about two copies of graphql), which measurably slows every request. A
 * NODE_ENV set by whoever starts the server wins.
 */
process.env['NODE_ENV'] ??= 'production';
