/**
 * npm run keys [-- KIND] [--dir DIR]
 * Lists the keys the corpus folder DIR (default data/articles) already uses, by kind, each with its
 * name and how many articles declare, report on or refer to it: reuse them in a new article. KIND
 * (singular or plural: city or cities) lists one kind. Files with problems are left out and counted.
 * Exits 1 when the folder cannot be read, 2 on a wrong command line (an unknown kind).
 */
import { corpusKeys, kindNamed, unknownKind } from '../src/authoring/keys.js';
import { plural } from '../src/corpus/plural.js';

// Piped into `head`, the output may be cut short: that is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const args = process.argv.slice(2);
const at = args.indexOf('--dir');
const dir = at >= 0 ? args[at + 1] : 'data/articles';
const [name, ...extra] = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
if (dir === undefined || extra.length > 0) {
  console.error('usage: npm run keys [-- KIND] [--dir DIR]   (KIND: city or cities, person or people, ...; DIR: the corpus folder, default data/articles)');
  process.exit(2);
}
const kind = name === undefined ? undefined : kindNamed(name);
if (name !== undefined && kind === undefined) {
  console.error(unknownKind(name));
  process.exit(2);
}

const found = corpusKeys(dir, kind);
if ('issue' in found) {
  console.error(`${found.issue.file}: ${found.issue.message}`);
  process.exit(1);
}
for (const { list, keys } of found.kinds) {
  console.log(`${list}: ${keys.length === 0 ? 'none' : plural(keys.length, 'key')}`);
  const keyWidth = Math.max(0, ...keys.map((k) => k.key.length));
  const nameWidth = Math.max(0, ...keys.map((k) => (k.name ?? '').length));
  for (const { key, name: named, articles } of keys) {
    console.log(`  ${key.padEnd(keyWidth)}  ${(named ?? '').padEnd(nameWidth)}  ${plural(articles, 'article')}`);
  }
}
const used = found.files - found.skipped.length;
console.log(`\n${dir}: ${plural(used, 'file')} read${found.skipped.length > 0 ? `; left out, with problems of their own (npm run validate lists them): ${found.skipped.join(', ')}` : ''}`);
