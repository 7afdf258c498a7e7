/**
 * npm run validate [-- DIR]
 * Checks a corpus folder (default data/articles): prints every problem as
 * "file JSON-path: reason", one per line, then a summary. Exits 1 if there is any problem.
 */
import { formatIssues } from '../src/corpus/issues.js';
import { checkCorpus } from '../src/corpus/load.js';
import { plural } from '../src/corpus/plural.js';
import { summarize } from '../src/corpus/summary.js';

const dir = process.argv[2] ?? 'data/articles';
const { store, issues, files } = checkCorpus(dir);

if (!store || issues.length > 0) {
  console.log(formatIssues(issues));
  console.log(`\n${dir}: ${plural(issues.length, 'problem')} in ${plural(files, 'file')}`);
  process.exit(1);
}

const summary = summarize(store);
console.log(`${dir}: ${plural(files, 'file')}, ${plural(summary.articles, 'article')}, no problems`);
console.log(`  ${plural(summary.entities, 'entity', 'entities')}: ${summary.entityDetail}`);
console.log(`  ${plural(summary.facts, 'fact')}: ${summary.factDetail}`);
console.log(`  ${plural(summary.reported, 'fact')} reported by several articles, ${summary.disputed} with disagreements`);
