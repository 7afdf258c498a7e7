/** `npm run quote -- FILE "some words"` as an author runs it: where are these words, and what do I write as evidence? */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, readJson, ROOT } from '../corpus/helpers.js';

const TEXT = fixture('authoring-kit', 'article.txt');
const ARTICLE = fixture('authoring-kit', 'corpus', 'kit-news-2015-03-02-aarhus-mayor-to-malmo.json');

const quote = (...args: string[]) => {
  const run = spawnSync('npm', ['run', '--silent', 'quote', ...(args.length ? ['--', ...args] : [])], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
};

/** The text file's paragraphs as a reader sees them: blocks between blank lines, a block's lines run together. */
const paragraphs = readFileSync(TEXT, 'utf8')
  .split(/\n\s*\n/)
  .map((block) => block.split('\n').join(' ').trim());

/** The span of a paragraph from the first occurrence of `from` to the end of the first `to` after it. */
const spanOf = (paragraph: number, from: string, to: string) => {
  const text = paragraphs[paragraph]!;
  const start = text.indexOf(from);
  const end = text.indexOf(to, start) + to.length;
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end, text: text.slice(start, end) };
};

describe('npm run quote', { timeout: 60_000 }, () => {
  it('finds words typed with straight quotation marks, a hyphen for a dash, extra spaces and other capitals, and prints them as the text has them', () => {
    const span = spanOf(0, 'the city’s', 'Jutland');
    const { status, output } = quote(TEXT, "the city's new plant - the largest in  jutland");
    expect(status).toBe(0);
    expect(output).toContain(`paragraph 0, characters ${span.start}-${span.end}: ${JSON.stringify(span.text)}`);
    expect(output).toContain(`[[${span.text}]]`);
    expect(output).toContain(`evidence: { "quote": ${JSON.stringify(span.text)} }`);
  });

  it('a paragraph of a text file may run over several lines; paragraphs are numbered from 0', () => {
    const span = spanOf(1, 'would burn', 'wood chips');
    const { status, output } = quote(TEXT, 'would burn straw and wood chips');
    expect(status).toBe(0);
    expect(output).toContain(`paragraph 1, characters ${span.start}-${span.end}: ${JSON.stringify(span.text)}`);
  });

  it('words that are not in the text: exits 1, says so, and prints the closest span with its paragraph', () => {
    const closest = spanOf(1, 'We will heat', 'homes');
    const { status, output } = quote(TEXT, 'we will heat about 25,000 homes');
    expect(status).toBe(1);
    expect(output).toMatch(/^not found: /m);
    expect(output).toContain(`closest: paragraph 1, characters ${closest.start}-${closest.end}: ${JSON.stringify(closest.text)}`);
    expect(output).toContain(`[[${closest.text}]]`);
  });

  it('words that occur in two paragraphs: both are listed, and the evidence for the later one pins its paragraph', () => {
    const first = spanOf(0, 'mayor said', 'said');
    const second = spanOf(2, 'mayor said', 'said');
    const { status, output } = quote(TEXT, 'mayor said');
    expect(status).toBe(0);
    expect(output).toMatch(/^found 2 times/m);
    expect(output).toContain(`paragraph 0, characters ${first.start}-${first.end}`);
    expect(output).toContain(`paragraph 2, characters ${second.start}-${second.end}`);
    expect(output).toContain('evidence: { "quote": "mayor said" }');
    expect(output).toContain('evidence: { "quote": "mayor said", "paragraph": 2 }');
  });

  it('an article file: the words are looked for in its body', () => {
    const body = readJson(ARTICLE).body as string[];
    const words = 'learn a lot from each other';
    const paragraph = body.findIndex((text) => text.includes(words));
    const { status, output } = quote(ARTICLE, words);
    expect(status).toBe(0);
    expect(output).toContain(`paragraph ${paragraph}, characters ${body[paragraph]!.indexOf(words)}-${body[paragraph]!.indexOf(words) + words.length}: "${words}"`);
  });

  it.each([
    ['no words', [TEXT]],
    ['no file', []],
    ['a file that does not exist', ['no/such/article.json', 'words']],
  ])('%s: exits 2 and says why', (_, args) => {
    const { status, output } = quote(...args);
    expect(status).toBe(2);
    expect(output).toMatch(/usage: npm run quote|cannot read no\/such\/article\.json/);
  });
});
