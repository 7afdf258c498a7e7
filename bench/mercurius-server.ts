/**
 * The comparison for uncached requests: Mercurius (fastify) with graphql-jit, serving this API's
 * own schema over the same store, with none of the server's protections (no limits, timeout,
 * logging or metrics). It answers what the reference figure measured: how fast a lean
 * GraphQL server runs the same operations and resolvers. PORT, HOST and DATA_DIR come from the
 * environment. Benchmark only; never served to users.
 *
 * It runs the same compiled modules as the server (dist/, which npm run bench builds first), so
 * that both execute the same JavaScript.
 */
import '../dist/production-mode.js';
import Fastify from 'fastify';
import mercurius from 'mercurius';

const compiled = <T>(path: string) => import(new URL(`../dist/${path}`, import.meta.url).href) as Promise<T>;
const { loadCorpus } = await compiled<typeof import('../src/corpus/load.js')>('corpus/load.js');
const { Queries } = await compiled<typeof import('../src/corpus/queries.js')>('corpus/queries.js');
const { schema } = await compiled<typeof import('../src/schema/index.js')>('schema/index.js');

const store = loadCorpus(process.env.DATA_DIR ?? 'data/articles');
const context = { store, queries: new Queries(store) };
const app = Fastify({ logger: false });
// jit: 1 compiles an operation once it has run once, as the reference measurement did.
await app.register(mercurius, { schema, context: () => context, jit: 1, graphiql: false });
await app.listen({ port: Number(process.env.PORT), host: process.env.HOST });
console.log(`mercurius listening on http://${process.env.HOST}:${process.env.PORT}/graphql`);
