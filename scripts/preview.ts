/**
 * npm run preview -- FILE [--dir DIR]
 * Prints what the API will show for the article file FILE: its entities and facts, the roles in them,
 * the sentences of its evidence and what the API derives. FILE is checked with the corpus folder DIR
 * (default data/articles) as if it were in it, in the place of the folder's file with its key, and the
 * app is asked in-process, without a server. When there are problems (in FILE, or between FILE and
 * the folder), prints them as `npm run validate` does and exits 1; exits 2 on a wrong command line.
 */
import { checkWithFile, previewReport } from '../src/authoring/preview.js';
import { formatIssues } from '../src/corpus/issues.js';
import { plural } from '../src/corpus/plural.js';

// Piped into `head`, the output may be cut short: that is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const args = process.argv.slice(2);
const at = args.indexOf('--dir');
const dir = at >= 0 ? args[at + 1] : 'data/articles';
const [file, ...extra] = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
if (file === undefined || dir === undefined || extra.length > 0) {
  console.error('usage: npm run preview -- FILE [--dir DIR]   (FILE: an article .json file; DIR: the corpus folder, default data/articles)');
  process.exit(2);
}

const check = checkWithFile(dir, file);
if (!check.store || check.issues.length > 0 || check.key === undefined) {
  console.log(formatIssues(check.issues));
  const files = new Set(check.issues.map((issue) => issue.file)).size;
  console.log(`\n${file} with ${dir}: ${plural(check.issues.length, 'problem')} in ${plural(files, 'file')}; nothing to preview until they are fixed`);
  process.exit(1);
}
const others = check.files - 1;
const place = check.inFolder ? ' (the file is in it)' : check.replaced ? `, in the place of ${check.replaced}` : '';
console.log(`${file} with ${plural(others, 'other file')} of ${dir}${place}: no problems\n`);
console.log(await previewReport(check.store, check.key));
