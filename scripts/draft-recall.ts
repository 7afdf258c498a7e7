/**
 * npm run draft:recall [-- TEXT CURATED.json]
 * Drafts a plain-text article (default: the seed's text, tests/fixtures/authoring/seed/, a copy of
 * shared/seed/000_76a9726fdb4f1947.txt) with the source and publication date of its curated file
 * (default: the seed, data/articles/xinhua-2014-12-04-copenhagen-mayor-beijing-visit.json), and
 * prints how much of the curated file the draft proposes: named entities, quantities, times.
 * The corpus the draft matches names against is data/articles without the curated file, so that
 * the curated file's own keys are not what the draft finds.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { readCorpus } from '../src/authoring/draft/corpus.js';
import { draftArticle } from '../src/authoring/draft/index.js';
import { formatRecall, recall } from '../src/authoring/draft/recall.js';

const ROOT = new URL('..', import.meta.url).pathname;
const [text = join(ROOT, 'tests/fixtures/authoring/seed/000_76a9726fdb4f1947.txt'), curatedFile = join(ROOT, 'data/articles/xinhua-2014-12-04-copenhagen-mayor-beijing-visit.json')] = process.argv.slice(2);
const articles = join(ROOT, 'data/articles');

const curated = JSON.parse(readFileSync(curatedFile, 'utf8')) as Record<string, unknown>;
const corpus = mkdtempSync(join(tmpdir(), 'news-graph-recall-'));
try {
  for (const name of readdirSync(articles)) if (name.endsWith('.json') && name !== basename(curatedFile)) copyFileSync(join(articles, name), join(corpus, name));
  const { article } = draftArticle({
    text: readFileSync(text, 'utf8'),
    source: String(curated.source),
    publishedAt: String(curated.publishedAt),
    corpus: readCorpus(corpus),
  });
  console.log(`draft of ${relative(process.cwd(), text)}\nagainst ${relative(process.cwd(), curatedFile)}\n(names matched against data/articles without the curated file)\n`);
  console.log(formatRecall(recall(curated, article)));
} finally {
  rmSync(corpus, { recursive: true, force: true });
}
