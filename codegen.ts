/**
 * graphql-codegen (npm run client-kit runs it; `npx graphql-codegen` does too): the client preset
 * over the example operations, with every custom scalar typed (strictScalars refuses one left
 * out). It writes client/gql/, a typed document for each example. A front end copies this file
 * and points `documents` at its own operations (docs/client-kit.md).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { codegenScalars } from './client/scalars.js';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['examples/*.graphql'],
  // Relative imports with .js, as Node's ESM resolution (and this repository's TypeScript settings) ask.
  importExtension: '.js',
  generates: {
    'client/gql/': {
      preset: 'client',
      presetConfig: {
        // The examples' fragments are spread for brevity, not to hide data: their fields stay in the operation's type.
        fragmentMasking: false,
      },
      config: {
        strictScalars: true,
        scalars: codegenScalars,
        useTypeImports: true,
        enumsAsTypes: true,
      },
    },
  },
};

export default config;
