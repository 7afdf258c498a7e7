/** The example operations in examples/*.graphql: GraphiQL's tabs, and what the tests run. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Example {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLES_DIR = new URL('../examples/', import.meta.url).pathname;

export function loadExamples(dir = EXAMPLES_DIR): Example[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.graphql$/, '');
      const variablesFile = join(dir, `${name}.variables.json`);
      const hasVariables = readdirSync(dir).includes(`${name}.variables.json`);
      return {
        name,
        query: readFileSync(join(dir, file), 'utf8'),
        ...(hasVariables ? { variables: JSON.parse(readFileSync(variablesFile, 'utf8')) as Record<string, unknown> } : {}),
      };
    });
}
