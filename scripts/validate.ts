/**
 * npm run validate [-- DIR]
 * Checks a corpus folder (default data/articles): prints every problem as
 * "file JSON-path: reason", one per line, then a summary. Exits 1 if there is any problem.
 */
import { formatIssues } from '../src/corpus/issues.js';
import { checkCorpus } from '../src/corpus/load.js';
import { ENTITY_LISTS, FACT_LISTS, type RecordKind } from '../src/corpus/model.js';

const dir = process.argv[2] ?? 'data/articles';
const { store, issues, files } = checkCorpus(dir);
const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;

if (!store || issues.length > 0) {
  console.log(formatIssues(issues));
  console.log(`\n${dir}: ${plural(issues.length, 'problem')} in ${plural(files, 'file')}`);
  process.exit(1);
}

/** Total and "2 countries, 2 cities, ..." for a set of lists. */
const breakdown = (lists: [list: string, kind: RecordKind][]): [total: number, detail: string] => {
  const counts = lists.map(([list, kind]) => [list, store.count(kind)] as const);
  return [counts.reduce((sum, [, n]) => sum + n, 0), counts.map(([list, n]) => `${n} ${list}`).join(', ')];
};
const [entities, entityDetail] = breakdown(Object.entries(ENTITY_LISTS).map(([list, { kind }]) => [list, kind]));
const [facts, factDetail] = breakdown(Object.entries(FACT_LISTS));
console.log(`${dir}: ${plural(files, 'file')}, ${plural(store.count('Article'), 'article')}, no problems`);
console.log(`  ${plural(entities, 'entity', 'entities')}: ${entityDetail}`);
console.log(`  ${plural(facts, 'fact')}: ${factDetail}`);
