import { readFileSync } from 'node:fs';
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';
const a = buildSchema(readFileSync('/tmp/old-schema.graphql', 'utf8'));
const b = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
for (const c of findBreakingChanges(a, b)) console.log('BREAKING', c.type, c.description);
for (const c of findDangerousChanges(a, b)) console.log('DANGEROUS', c.type, c.description);
