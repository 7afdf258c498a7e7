/**
 * npm run persisted-manifest: writes the example operations' manifests into examples/, as the client
 * build tools would write them for a front end made of those operations (tests/api/document-ids.test.ts
 * runs the tools and checks both files):
 * - examples/persisted-query-manifest.json, Apollo's format (@apollo/generate-persisted-query-manifest);
 * - examples/persisted-documents.json, graphql-codegen's client preset's (`persistedDocuments: true`).
 * The server trusts the examples under these ids whatever TRUSTED_DOCUMENTS says (docs/persisted-operations.md).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apolloManifest, codegenManifest } from '../src/document-ids.js';
import { EXAMPLES_DIR, loadExamples } from '../src/examples.js';

const examples = loadExamples();
// Both tools write JSON.stringify(manifest, null, 2), with no newline at the end.
writeFileSync(join(EXAMPLES_DIR, 'persisted-query-manifest.json'), JSON.stringify(apolloManifest(examples), null, 2));
writeFileSync(join(EXAMPLES_DIR, 'persisted-documents.json'), JSON.stringify(codegenManifest(examples), null, 2));
console.log(`Wrote the manifests of ${examples.length} example operations to ${EXAMPLES_DIR}persisted-query-manifest.json and persisted-documents.json`);
