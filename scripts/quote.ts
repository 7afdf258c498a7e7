/**
 * npm run quote -- FILE "some words"
 * Finds the words in FILE's paragraphs (an article file's body, or a .txt file's paragraphs separated
 * by blank lines), ignoring the difference between curly and straight quotation marks, dashes, runs
 * of spaces and capitals. Prints each place with its paragraph (numbered from 0), the paragraph with
 * the words marked [[like this]], and the evidence to write. When they are not there, prints the
 * closest span with its paragraph. Exits 0 when found, 1 when not, 2 when FILE cannot be read.
 */
import { readParagraphs } from '../src/authoring/body-file.js';
import { quoteReport } from '../src/authoring/quote.js';

const [file, ...rest] = process.argv.slice(2);
const words = rest.join(' ');
if (file === undefined || words.trim() === '') {
  console.error('usage: npm run quote -- FILE "some words"   (FILE: an article .json file, or a .txt file with paragraphs separated by blank lines)');
  process.exit(2);
}
const read = readParagraphs(file);
if ('problem' in read) {
  console.error(read.problem);
  process.exit(2);
}
const { found, lines } = quoteReport(read.paragraphs, words);
console.log(lines.join('\n'));
process.exit(found ? 0 : 1);
