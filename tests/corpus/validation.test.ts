/**
 * What the validator reports for each class of mistake a data author can make:
 * which file, which JSON path, and why. Fixtures: tests/fixtures/defects/<class>/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/corpus/issues.js';
import { checkCorpus, loadCorpus } from '../../src/corpus/load.js';
import { ARTICLES_DIR, brief, corpusOf, fixture, issuesLike, removeCorpora, SEED_FILE } from './helpers.js';

afterAll(removeCorpora);

type Row = readonly [file: string, path: string, message: RegExp];

describe('valid corpora', () => {
  it('the seed article validates with zero issues', () => {
    const result = checkCorpus(corpusOf(SEED_FILE));
    expect(result.issues).toEqual([]);
    expect(result.files).toBe(1);
    expect(result.store?.count('Article')).toBe(1);
  });

  it('the real corpus folder data/articles validates', () => {
    const result = checkCorpus(ARTICLES_DIR);
    expect(result.issues).toEqual([]);
    expect(result.store).toBeDefined();
  });

  it('an article needs only key, title, source, publishedAt, language and body', () => {
    const result = checkCorpus(fixture('minimal'));
    expect(result.issues).toEqual([]);
    expect(result.store?.get('Article', 'fixture-minimal')?.source).toBe('Fixture News');
    expect(result.store?.count('City')).toBe(0);
  });

  it('the second article validates together with the seed', () => {
    const result = checkCorpus(corpusOf(SEED_FILE, fixture('two-articles/fixture-news-2014-12-08-copenhagen-beijing-mou-signed.json')));
    expect(result.issues).toEqual([]);
    expect(result.files).toBe(2);
  });
});

describe('one class of defect per fixture', () => {
  const cases: { defect: string; folder: string; issues: Row[] }[] = [
    {
      defect: 'invalid JSON syntax, with line and column',
      folder: 'invalid-json',
      issues: [['fixture-invalid-json.json', '$', /^invalid JSON: Expected ',' or '}' after property value.*\(line 4, column 3\)$/]],
    },
    {
      defect: 'missing required fields',
      folder: 'missing-field',
      issues: [
        ['fixture-missing-field.json', '$.title', /expected string, received undefined/],
        ['fixture-missing-field.json', '$.cities[0].name', /expected string, received undefined/],
      ],
    },
    {
      defect: 'values of the wrong type',
      folder: 'wrong-type',
      issues: [
        ['fixture-wrong-type.json', '$.cities[0].capital', /expected boolean, received string/],
        ['fixture-wrong-type.json', '$.visits[0].visitors', /expected array, received string/],
      ],
    },
    {
      defect: 'a date that does not exist, and a date not in YYYY-MM-DD form',
      folder: 'invalid-date',
      issues: [
        ['fixture-invalid-date.json', '$.visits[0].departure.date', /Invalid ISO date/],
        ['fixture-invalid-date.json', '$.visits[0].start.date', /Invalid ISO date/],
      ],
    },
    {
      defect: 'reference data with a country code ISO 3166-1 does not assign',
      folder: 'unknown-country-code',
      issues: [['fixture-unknown-country-code.json', '$.countries[0].reference.isoAlpha2', /assigned ISO 3166-1 alpha-2 code/]],
    },
    {
      defect: 'a publication date-time without its UTC offset',
      folder: 'invalid-datetime',
      issues: [['fixture-invalid-datetime.json', '$.publishedAt', /Invalid ISO datetime/]],
    },
    {
      defect: 'an evidence quote that is not verbatim in the body (case matters)',
      folder: 'quote-not-in-body',
      issues: [
        [
          'fixture-quote-not-in-body.json',
          '$.people[0].evidence[0].quote',
          /^quote does not occur verbatim in the article body: "Copenhagen mayor Frank Jensen"$/,
        ],
      ],
    },
    {
      defect: 'a quote pinned to a paragraph that does not exist, or does not hold it',
      folder: 'paragraph-missing',
      issues: [
        ['fixture-paragraph-missing.json', '$.topics[0].evidence[0].quote', /^paragraph 2 does not exist; the body has 2 paragraphs/],
        ['fixture-paragraph-missing.json', '$.topics[0].evidence[1].quote', /^quote does not occur verbatim in paragraph 0: "district heating"$/],
      ],
    },
    {
      defect: 'plain keys that no article declares',
      folder: 'unresolved-key',
      issues: [
        ['fixture-unresolved-key.json', '$.visits[0].hostCity', /^unknown City "aarhus": no article in the corpus declares it$/],
        ['fixture-unresolved-key.json', '$.visits[0].previousVisit', /^unknown Visit "frank-jensen-aarhus-2013"/],
      ],
    },
    {
      defect: '"type:key" references that no article declares (also a key declared under another type)',
      folder: 'unresolved-ref',
      issues: [
        ['fixture-unresolved-ref.json', '$.agreements[0].parties[1]', /^unknown City "aarhus"/],
        ['fixture-unresolved-ref.json', '$.statements[0].about[0]', /^unknown Person "copenhagen"/],
      ],
    },
    {
      defect: 'the same key twice in one file',
      folder: 'duplicate-key',
      issues: [['fixture-duplicate-key.json', '$.cities[1].key', /^duplicate key "copenhagen" \(first used at \$\.cities\[0\]\)$/]],
    },
    {
      defect: 'the same fact key in two files',
      folder: 'duplicate-fact',
      issues: [
        [
          'fixture-duplicate-fact-b.json',
          '$.statements[0].key',
          /^Statement key "jensen-discusses-heating" is already used in \S*fixture-duplicate-fact-a\.json \$\.statements\[0\]$/,
        ],
      ],
    },
    {
      defect: 'one entity key with two different names in two files',
      folder: 'conflicting-entity',
      issues: [
        [
          'fixture-conflicting-entity-b.json',
          '$.cities[0].name',
          /^City "copenhagen" has name "København" here but "Copenhagen" in \S*fixture-conflicting-entity-a\.json \$\.cities\[0\]$/,
        ],
      ],
    },
    {
      defect: 'a quantity without a unit',
      folder: 'quantity-missing-unit',
      issues: [['fixture-quantity-missing-unit.json', '$.metrics[0].value.unit', /^must be one of PERCENT, COUNT, .*EUR, USD/]],
    },
    {
      defect: 'a quantity in an unknown unit',
      folder: 'quantity-unknown-unit',
      issues: [['fixture-quantity-unknown-unit.json', '$.metrics[0].value.unit', /^must be one of PERCENT, COUNT, .*EUR, USD/]],
    },
    {
      defect: 'a file not named after its article key',
      folder: 'file-name-mismatch',
      issues: [['copenhagen-mayor-visit.json', '$.key', /^file name must be "fixture-file-name-mismatch\.json" to match the article key$/]],
    },
    {
      defect: 'a file that is not .json in the corpus folder',
      folder: 'not-json',
      issues: [['notes.txt', '$', /^not an article file: article files end in \.json$/]],
    },
    {
      defect: 'an empty corpus folder (dotfiles such as .gitkeep do not count)',
      folder: 'empty',
      issues: [['empty', '$', /^the corpus folder holds no article files/]],
    },
  ];

  it.each(cases)('$defect', ({ folder, issues }) => {
    const result = checkCorpus(fixture('defects', folder));
    expect(brief(result.issues)).toEqual(issuesLike(issues));
    expect(result.store).toBeUndefined();
  });

  it.each([
    ['a folder that does not exist', fixture('defects', 'no-such-folder'), /^cannot read the corpus folder: ENOENT/],
    ['a file given as the folder', SEED_FILE, /^cannot read the corpus folder: ENOTDIR/],
  ])('an unreadable corpus folder: %s', (_, dir, message) => {
    const result = checkCorpus(dir);
    expect(result.issues).toEqual([{ file: dir, path: '$', message: expect.stringMatching(message) }]);
    expect(result.files).toBe(0);
  });

  it('issues name the file by its path inside the checked folder', () => {
    const dir = fixture('defects', 'duplicate-key');
    expect(checkCorpus(dir).issues.map((issue) => issue.file)).toEqual([`${dir}/fixture-duplicate-key.json`]);
  });

  it('loadCorpus throws a CorpusError carrying every issue, each on its own line of the message', () => {
    const dir = fixture('defects', 'unresolved-ref');
    let error: unknown;
    try {
      loadCorpus(dir);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(CorpusError);
    const { issues, message } = error as CorpusError;
    expect(issues).toEqual(checkCorpus(dir).issues);
    expect(message).toMatch(/^The corpus has 2 problems:\n/);
    expect(message).toContain(`${dir}/fixture-unresolved-ref.json $.agreements[0].parties[1]: unknown City "aarhus"`);
    expect(message).toContain(`${dir}/fixture-unresolved-ref.json $.statements[0].about[0]: unknown Person "copenhagen"`);
  });
});

describe('several defects at once', () => {
  it('one run reports every defect in every file of the folder', () => {
    const result = checkCorpus(fixture('many-defects'));
    expect(result.files).toBe(5);
    expect(brief(result.issues)).toEqual(
      issuesLike([
        // Format errors in one file are all reported together.
        ['fixture-many-format.json', '$.title', /must not be empty/],
        ['fixture-many-format.json', '$.publishedAt', /Invalid ISO datetime/],
        ['fixture-many-format.json', '$.cities[0].key', /must be lowercase words joined by hyphens/],
        ['fixture-many-format.json', '$.cities[0].capital', /expected boolean, received string/],
        ['fixture-many-format.json', '$.visits[0].departure.date', /Invalid ISO date/],
        ['fixture-many-format.json', '$.visits[0].duration.unit', /must be one of/],
        // Whole-file rules: name, duplicate keys, quotes.
        ['misnamed.json', '$.key', /file name must be "fixture-many-local\.json"/],
        ['misnamed.json', '$.cities[1].key', /duplicate key "copenhagen"/],
        ['misnamed.json', '$.people[0].evidence[0].quote', /does not occur verbatim in the article body/],
        ['misnamed.json', '$.people[0].evidence[1].quote', /paragraph 5 does not exist/],
        ['notes.txt', '$', /not an article file/],
        // Cross-file rules, checked on the files that are valid on their own.
        ['fixture-many-refs-b.json', '$.cities[0].name', /City "copenhagen" has name "Kopenhagen" here but "Copenhagen"/],
        ['fixture-many-refs-b.json', '$.statements[0].key', /Statement key "mayors-discuss-heating" is already used/],
        ['fixture-many-refs-a.json', '$.statements[0].about[1]', /unknown City "beijing"/],
        ['fixture-many-refs-b.json', '$.visits[0].hostCity', /unknown City "beijing"/],
      ]),
    );
  });
});

/** Regressions: behaviour a data author needs that an earlier loader got wrong. */
describe('regressions', () => {
  // src/corpus/validate-file.ts describeSyntaxError: V8 gives no "position N" for
  // "Unexpected token" errors (a trailing comma in a list), so no line/column is reported.
  it('a trailing comma in a list is reported with its line and column', () => {
    const result = checkCorpus(fixture('defects', 'trailing-comma'));
    expect(brief(result.issues)).toEqual(
      issuesLike([['fixture-trailing-comma.json', '$', /^invalid JSON: .*\(line 9, column 3\)$/]]),
    );
  });

  // src/corpus/build-store.ts: references are checked on the merged entity, so a bad
  // reference added by a later article is blamed on the first article, at a path that
  // does not exist there ($.people[0].offices[1].city).
  it('an unresolved reference in the second mention of a shared entity names the file that wrote it', () => {
    const result = checkCorpus(fixture('defects', 'shared-entity-reference'));
    expect(brief(result.issues)).toEqual(
      issuesLike([['fixture-shared-entity-reference-b.json', '$.people[0].offices[0].city', /^unknown City "aarhus"/]]),
    );
  });

  // src/corpus/load.ts: a file with a problem of its own is left out of the cross-file
  // check, so references to what it declares are reported as declared nowhere.
  it('a file with its own problem does not make references to its entities unresolved', () => {
    const result = checkCorpus(fixture('defects', 'declaring-file-invalid'));
    expect(brief(result.issues)).toEqual(
      issuesLike([['fixture-declaring-file-invalid-a.json', '$.cities[0].evidence[0].quote', /does not occur verbatim/]]),
    );
  });
});
