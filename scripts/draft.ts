/**
 * npm run draft -- FILE.txt --source NAME --published DATE [--url URL] [--title TITLE] [--out PATH] [--corpus DIR]
 * Writes a draft article file from a plain-text article: the body in paragraphs, a suggested key,
 * and proposed entities and facts, each marked "draft" so that `npm run validate` fails until a
 * person has checked every proposal and deleted its mark. Prints what it left out and what to check.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { publishedAtSchema } from '../src/corpus/format/article.js';
import { KINDS, ROW_KINDS } from '../src/corpus/kinds.js';
import { plural } from '../src/corpus/plural.js';
import { readCorpus } from '../src/authoring/draft/corpus.js';
import { draftArticle } from '../src/authoring/draft/index.js';

const USAGE = 'usage: npm run draft -- FILE.txt --source NAME --published DATE [--url URL] [--title TITLE] [--out PATH] [--corpus DIR] [--force]';
const SCHEMA = new URL('../schema/article.schema.json', import.meta.url).pathname;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
const parse = () =>
  parseArgs({
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      title: { type: 'string' },
      out: { type: 'string' },
      corpus: { type: 'string', default: 'data/articles' },
      language: { type: 'string', default: 'en' },
      force: { type: 'boolean', default: false },
    },
  });
try {
  args = parse();
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = args;
const [file] = positionals;
if (file === undefined || positionals.length > 1) fail('give one text file');
if (values.source === undefined) fail('--source is required: the publisher, e.g. --source Xinhua');
if (values.published === undefined) fail('--published is required: e.g. --published 2014-12-04T09:55:13+08:00, or a date alone');
const published = publishedAtSchema.safeParse(values.published);
if (!published.success) fail(`--published ${published.error.issues[0]!.message}`);

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}

let draft: ReturnType<typeof draftArticle>;
try {
  draft = draftArticle({
    text,
    source: values.source,
    publishedAt: values.published,
    ...(values.url !== undefined && { url: values.url }),
    ...(values.title !== undefined && { title: values.title }),
    language: values.language,
    corpus: readCorpus(values.corpus),
  });
} catch (error) {
  fail(`cannot draft ${file}: ${(error as Error).message}`);
}
const out = values.out ?? join(values.corpus, `${draft.article.key as string}.json`);
if (existsSync(out) && !values.force) fail(`${out} exists; pass --force to overwrite it, or --out another path`);
const article: Record<string, unknown> = { $schema: relative(dirname(out), SCHEMA), ...draft.article };
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(article, null, 2)}\n`);

const counts = ROW_KINDS.map((kind) => plural((article[KINDS[kind].list] as unknown[] | undefined)?.length ?? 0, kind.toLowerCase(), KINDS[kind].list)).join(', ');
console.log(`Wrote ${out}: ${plural((article.body as string[]).length, 'paragraph')}; proposed ${counts}`);
for (const note of draft.notes) console.log(`  ${note}`);
console.log('Every proposal carries "draft": check it against the article, fix it, delete the mark; then run npm run validate.');
