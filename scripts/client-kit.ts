/** npm run client-kit (npm run schema runs it too): writes the client kit's generated files (scripts/client-kit-files.ts): client/generated/ and client/gql/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { codegenFiles, INTROSPECTION_PATH, introspectionText, ROOT, SCHEMA_FACTS_PATH, schemaFactsText } from './client-kit-files.js';

const files = new Map([[SCHEMA_FACTS_PATH, schemaFactsText()], [INTROSPECTION_PATH, introspectionText()], ...(await codegenFiles())]);
for (const [path, content] of files) {
  mkdirSync(dirname(join(ROOT, path)), { recursive: true });
  writeFileSync(join(ROOT, path), content);
}
console.log(`Wrote ${[...files.keys()].join(', ')}`);
