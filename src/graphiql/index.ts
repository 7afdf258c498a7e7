/** GraphiQL as a small page and fingerprinted files (docs/graphiql.md). */
export {
  FINGERPRINT_LENGTH,
  GRAPHIQL_ASSETS_PREFIX,
  IMMUTABLE_CACHE_CONTROL,
  fingerprint,
  graphiqlAssets,
  type GraphiQLAssets,
  type StaticAsset,
  type WorkerLabel,
} from './assets.js';
export { graphiqlPage, type GraphiQLPage } from './page.js';
export { assetAnswer } from './serve.js';
