/**
 * A paraphrased article: its body is written by someone else from the facts of the publisher's
 * report. It is served as PARAPHRASED, with who wrote it and a credit line saying so, and its
 * quotes are never passed off as the publisher's words (Evidence.verbatim is false). It can hold no
 * direct quotation.
 * Fixtures: tests/fixtures-model/paraphrase, tests/fixtures-model/paraphrase-invalid.
 */
import { describe, expect, it } from 'vitest';
import { clientOf, issue, issuesOf, keys, loadFixture, where } from './helpers.js';

const store = loadFixture('paraphrase');
const query = clientOf(store);
const PARAPHRASED = 'fixture-news-2022-05-10-kisora-aalvik-school-link';
const VERBATIM = 'fixture-news-2022-05-12-aalvik-welcomes-school-link';

const ARTICLE = `query ($key: String!) { article(key: $key) {
  textOrigin paraphrase { by note } attribution source publishedOn
  facts { nodes { __typename key evidence { quote verbatim } } }
} }`;

describe('a paraphrased article', () => {
  it('is PARAPHRASED, says who wrote it, and credits the original report', async () => {
    const { article } = await query(ARTICLE, { key: PARAPHRASED });
    expect(article).toMatchObject({
      textOrigin: 'PARAPHRASED',
      paraphrase: { by: 'Fixture Desk', note: 'Written from the facts of Fixture News\'s report; only its first half was available.' },
      attribution: 'Paraphrased by Fixture Desk from a Fixture News report of 2022-05-10',
      source: 'Fixture News',
      publishedOn: '2022-05-10',
    });
  });

  it('its evidence is not verbatim: every quote of every fact it states', async () => {
    const { article } = await query(ARTICLE, { key: PARAPHRASED });
    expect(keys(article.facts.nodes).sort()).toEqual(['kamau-link-helps-young-people', 'kisora-aalvik-technical-schools-link']);
    for (const fact of article.facts.nodes) for (const evidence of fact.evidence) expect(evidence.verbatim).toBe(false);
  });

  it('a reported statement is allowed, and not verbatim either', async () => {
    const { statement } = await query(`{ statement(key: "kamau-link-helps-young-people") { mode evidence { quote verbatim } } }`);
    expect(statement).toEqual({
      mode: 'REPORTED',
      evidence: [{ quote: 'the link would help young people in both cities find skilled work', verbatim: false }],
    });
  });

  it('an entity both articles mention has verbatim and paraphrased evidence, each marked', async () => {
    const { city } = await query(`{ city(key: "kisora") { evidence { nodes { verbatim article { key } } } } }`);
    expect(city.evidence.nodes).toEqual([
      { verbatim: false, article: { key: PARAPHRASED } },
      { verbatim: true, article: { key: VERBATIM } },
    ]);
  });

  it('articles(filter: { paraphrased }) tells them apart', async () => {
    const { paraphrased, verbatim } = await query(`{
      paraphrased: articles(filter: { paraphrased: true }) { nodes { key } }
      verbatim: articles(filter: { paraphrased: false }) { nodes { key } }
    }`);
    expect(keys(paraphrased.nodes)).toEqual([PARAPHRASED]);
    expect(keys(verbatim.nodes)).toEqual([VERBATIM]);
  });

  it('the store keeps who paraphrased it', () => {
    expect(store.get('Article', PARAPHRASED)!.paraphrase).toEqual({ by: 'Fixture Desk', note: 'Written from the facts of Fixture News\'s report; only its first half was available.' });
    expect(store.get('Article', VERBATIM)!.paraphrase).toBeUndefined();
  });
});

describe('a verbatim article, for contrast', () => {
  it('is VERBATIM, with no paraphrase, credited to its source, its direct quotation verbatim', async () => {
    const { article } = await query(ARTICLE, { key: VERBATIM });
    expect(article).toMatchObject({ textOrigin: 'VERBATIM', paraphrase: null, attribution: 'Fixture News, 2022-05-12' });
    expect(article.facts.nodes).toEqual([
      { __typename: 'Statement', key: 'holm-teachers-look-forward', evidence: [{ quote: '"Our teachers are looking forward to Kisora,"', verbatim: true }] },
    ]);
  });
});

describe('a direct quotation in a paraphrased article is refused', () => {
  const issues = issuesOf('paraphrase-invalid');

  it('with its file, path and message', () => {
    expect(issues).toContainEqual(
      issue(
        'fixture-paraphrase-direct-statement.json',
        '$.statements[0].mode',
        'a paraphrased article holds no direct quotation: its body is not the publisher\'s words; use "reported"',
      ),
    );
    expect(where(issues)).toEqual(['fixture-paraphrase-direct-statement.json $.statements[0].mode']);
  });
});
