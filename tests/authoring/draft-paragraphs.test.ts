/** The body and key of a draft: paragraphs as written, what is not the article left out, a key from the headline. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleKey, slug, uniqueKey } from '../../src/authoring/draft/key.js';
import { splitArticle } from '../../src/authoring/draft/paragraphs.js';
import { ARTICLES_DIR, ROOT } from '../corpus/helpers.js';

const SEED_TEXT = `${ROOT}/tests/fixtures/authoring/seed/000_76a9726fdb4f1947.txt`;

describe('splitting a plain-text article', () => {
  it('gives the seed exactly the body of the curated seed, its headline as the title, and lists what it left out', () => {
    const { title, body, dropped } = splitArticle(readFileSync(SEED_TEXT, 'utf8'));
    const curated = JSON.parse(readFileSync(`${ARTICLES_DIR}/xinhua-2014-12-04-copenhagen-mayor-beijing-visit.json`, 'utf8'));
    expect(title).toBe(curated.title);
    expect(body).toEqual(curated.body);
    expect(dropped).toEqual([
      "Copenhagen mayor's Beijing visit to promote water technology cooperation",
      'Source:Xinhua Published: 2014-12-4 9:55:13',
      'Posted in: Diplomacy',
      'blog comments powered by Disqus',
    ]);
  });

  it('keeps a first line that is a sentence when the title is given, and drops it when it is the title', () => {
    expect(splitArticle('Mayor visits.\n\nSecond paragraph.', 'A headline').body).toEqual(['Mayor visits.', 'Second paragraph.']);
    expect(splitArticle('A headline\n\nThe text.', 'A headline')).toEqual({ title: 'A headline', body: ['The text.'], dropped: ['A headline'] });
  });

  it('joins the lines of a wrapped paragraph with a space, keeps punctuation and typos as written, and reads CRLF text', () => {
    const { body } = splitArticle('Headline\r\n\r\nexpected to triple to 215 million euros(265 millio\r\nUS dollars), Jensen said.\r\n\r\n"Clean water," he said.\r\n');
    expect(body).toEqual(['expected to triple to 215 million euros(265 millio US dollars), Jensen said.', '"Clean water," he said.']);
  });

  it('takes each line as a paragraph when the text has no blank lines', () => {
    expect(splitArticle('Headline\nFirst.\nSecond.').body).toEqual(['First.', 'Second.']);
  });

  it('refuses a text with no headline to take the title from, or no body', () => {
    expect(() => splitArticle('One sentence that ends.')).toThrow(/--title/);
    expect(() => splitArticle('Headline\n\nPublished: 2014-12-04')).toThrow(/no paragraphs/);
  });
});

describe('keys', () => {
  it('suggests <source>-<date>-<a few headline words> for the article', () => {
    expect(articleKey('Xinhua', '2014-12-04T09:55:13+08:00', "Copenhagen mayor's Beijing visit to promote water technology cooperation")).toBe(
      'xinhua-2014-12-04-copenhagen-mayor-beijing-visit',
    );
    expect(articleKey('State of Green', '2014-12-08', 'The Danish delegation in Beijing')).toBe('state-of-green-2014-12-08-danish-delegation-beijing');
  });

  it.each([
    ['Frank Jensen', 'frank-jensen'],
    ['Rambøll', 'ramboll'],
    ["Hawai'i Convention Center", 'hawaii-convention-center'],
    ['São Paulo', 'sao-paulo'],
    ['C40', 'c40'],
  ])('makes the key of "%s": %s', (name, key) => {
    expect(slug(name)).toBe(key);
  });

  it('numbers a key that is taken', () => {
    expect(uniqueKey('copenhagen-beijing-mou', new Set(['copenhagen-beijing-mou', 'copenhagen-beijing-mou-2']))).toBe('copenhagen-beijing-mou-3');
  });
});
