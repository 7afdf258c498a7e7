/**
 * What the validator reports for each class of mistake a data author can make:
 * which file, which JSON path, and why. Fixtures: tests/fixtures/defects/<class>/;
 * rules of single rows are checked on small inline articles.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/corpus/issues.js';
import { checkCorpus, loadCorpus } from '../../src/corpus/load.js';
import { validateArticleFile } from '../../src/corpus/validate-file.js';
import { ARTICLES_DIR, brief, corpusOf, fixture, FIXTURE_FILE, issuesLike, removeCorpora, SEED_FILE, SEED_FILES, SISTER_FILE } from './helpers.js';

afterAll(removeCorpora);

type Row = readonly [file: string, path: string, message: RegExp];

describe('valid corpora', () => {
  it('the seed alone does not validate: it reports on the sister-city agreement that another article declares', () => {
    const result = checkCorpus(corpusOf(SEED_FILE));
    expect(brief(result.issues)).toEqual(
      issuesLike([
        [
          'xinhua-2014-12-04-copenhagen-mayor-beijing-visit.json',
          '$.reports.agreements[0].key',
          /^unknown Agreement "copenhagen-beijing-sister-cities": no article in the corpus declares it \(a report adds to a fact another article declares\)$/,
        ],
      ]),
    );
    expect(result.store).toBeUndefined();
  });

  it('the seed validates with zero issues together with the article that declares the sister-city agreement', () => {
    const result = checkCorpus(corpusOf(...SEED_FILES));
    expect(result.issues).toEqual([]);
    expect(result.files).toBe(2);
    expect(result.store?.count('Article')).toBe(2);
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
    expect(result.store?.count('Event')).toBe(0);
  });

  it('the follow-up validates together with the seed, reporting on two of its facts', () => {
    const result = checkCorpus(corpusOf(...SEED_FILES, FIXTURE_FILE));
    expect(result.issues).toEqual([]);
    expect(result.files).toBe(3);
  });

  it.each(['dates', 'places'])('the %s fixture validates', (folder) => {
    expect(checkCorpus(fixture(folder)).issues).toEqual([]);
  });

  it('a follow-up that reports on the seed cannot be loaded without the article it reports on', () => {
    const result = checkCorpus(corpusOf(SISTER_FILE, FIXTURE_FILE));
    expect(brief(result.issues)).toEqual(
      issuesLike([
        ['fixture-news-2014-12-08-copenhagen-beijing-mou-signed.json', '$.events[0].agreements[0]', /^unknown Agreement "copenhagen-beijing-drinking-water-mou"/],
        ['fixture-news-2014-12-08-copenhagen-beijing-mou-signed.json', '$.events[0].visit', /^unknown Visit "frank-jensen-beijing-2014-12"/],
        ['fixture-news-2014-12-08-copenhagen-beijing-mou-signed.json', '$.events[1].visit', /^unknown Visit "frank-jensen-beijing-2014-12"/],
        ['fixture-news-2014-12-08-copenhagen-beijing-mou-signed.json', '$.reports.agreements[0].key', /^unknown Agreement "copenhagen-beijing-drinking-water-mou": no article in the corpus declares it \(a report adds/],
        ['fixture-news-2014-12-08-copenhagen-beijing-mou-signed.json', '$.reports.visits[0].key', /^unknown Visit "frank-jensen-beijing-2014-12": no article in the corpus declares it \(a report adds/],
      ]),
    );
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
        ['fixture-wrong-type.json', '$.visits[0].participants', /expected array, received string/],
      ],
    },
    {
      defect: 'a date that does not exist, and a date not in a partial-date form',
      folder: 'invalid-date',
      issues: [
        ['fixture-invalid-date.json', '$.visits[0].departure.date', /^"2015-02-30" is not a real date: days in February 2015 run from 01 to 28$/],
        [
          'fixture-invalid-date.json',
          '$.visits[0].time.date',
          /^"5 January 2015" is not written as a date: write "2015-01-05"\. Write only the parts the article states: YYYY-MM-DD \("2014-12-03"\), YYYY-MM \("2014-12"\) or YYYY \("2014"\), or --MM-DD \("--10-12"\) or --MM \("--10"\) when it gives no year/,
        ],
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
      issues: [
        [
          'fixture-invalid-datetime.json',
          '$.publishedAt',
          /^"2015-01-05T10:00:00" has no UTC offset: add the publisher's, e\.g\. "2015-01-05T10:00:00\+08:00" for Beijing time \("Z" for UTC\), or write the date alone, "2015-01-05", when the article gives no time of day$/,
        ],
      ],
    },
    {
      defect: 'an evidence quote that is not verbatim in the body (case matters): the closest span is named',
      folder: 'quote-not-in-body',
      issues: [
        [
          'fixture-quote-not-in-body.json',
          '$.people[0].evidence[0].quote',
          /^quote not found in the body; closest: paragraph 0, "Copenhagen Mayor Frank Jensen" \(the same words but for quotation marks, dashes, spaces or capitals: copy the quote from the body\)$/,
        ],
      ],
    },
    {
      defect: 'a quote pinned to a paragraph that does not exist, or does not hold it',
      folder: 'paragraph-missing',
      issues: [
        ['fixture-paragraph-missing.json', '$.topics[0].evidence[0].quote', /^paragraph 2 does not exist; the body has 2 paragraphs, numbered 0 to 1$/],
        [
          'fixture-paragraph-missing.json',
          '$.topics[0].evidence[1].quote',
          /^quote not found in paragraph 0; closest: paragraph 1, "district heating" \(the quote exactly: correct or remove "paragraph"\)$/,
        ],
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
      defect: 'the same fact declared in two files (the second should report on it)',
      folder: 'duplicate-fact',
      issues: [
        [
          'fixture-duplicate-fact-b.json',
          '$.statements[0].key',
          /^Statement key "jensen-discusses-heating" is already declared in \S*fixture-duplicate-fact-a\.json \$\.statements\[0\]; to add what this article states of it, list it under "reports"$/,
        ],
      ],
    },
    {
      defect: 'one entity key with two different names in two files: both files and both names, neither blamed',
      folder: 'conflicting-entity',
      issues: [
        [
          'fixture-conflicting-entity-b.json',
          '$.cities[0].name',
          /^the articles that declare City "copenhagen" disagree on its name: "Copenhagen" in \S*fixture-conflicting-entity-a\.json \$\.cities\[0\]\.name, "København" in \S*fixture-conflicting-entity-b\.json \$\.cities\[0\]\.name; make them agree, or give different things different keys$/,
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
      defect: 'a direct quotation in a paraphrased article',
      folder: 'direct-quote-in-paraphrase',
      issues: [
        [
          'fixture-direct-quote-in-paraphrase.json',
          '$.statements[0].mode',
          /^a paraphrased article holds no direct quotation: its body is not the publisher's words; use "reported"$/,
        ],
      ],
    },
    {
      defect: 'a report on a fact the same article declares',
      folder: 'report-on-own-fact',
      issues: [
        [
          'fixture-report-on-own-fact.json',
          '$.reports.agreements[0].key',
          /^"copenhagen-aarhus-district-heating" is declared in this article's agreements; report only on facts other articles declare$/,
        ],
      ],
    },
    {
      defect: 'a report on a fact that no article declares',
      folder: 'report-on-undeclared-fact',
      issues: [
        [
          'fixture-report-on-undeclared-fact.json',
          '$.reports.agreements[0].key',
          /^unknown Agreement "copenhagen-aarhus-district-heating": no article in the corpus declares it \(a report adds to a fact another article declares\)$/,
        ],
      ],
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

/**
 * Rules of single rows, each broken once in an otherwise valid article: the fixture-rules
 * article below with the given lists added or replaced.
 */
describe('one broken rule per row', () => {
  const FILE = 'fixture-rules.json';
  const quote = (text: string) => [{ quote: text }];
  const jensen = { role: 'visitor', who: ['person:frank-jensen'], evidence: quote('Copenhagen Mayor Frank Jensen') };
  const visit = (fields: object) => ({ key: 'jensen-visit', participants: [jensen], hostCity: 'copenhagen', evidence: quote('on Monday'), ...fields });
  const agreement = (fields: object) => ({
    key: 'heating-agreement',
    kind: 'cooperation-agreement',
    title: 'district heating',
    parties: ['city:copenhagen', 'city:beijing'],
    evidence: quote('The two mayors discussed district heating.'),
    ...fields,
  });
  const metric = (fields: object) => ({
    key: 'heating-figure',
    measure: 'district heating',
    kind: 'level',
    subjects: ['city:copenhagen'],
    value: { words: 'two', value: 2, unit: 'COUNT' },
    evidence: quote('district heating'),
    ...fields,
  });
  const statement = { key: 'mayors-discuss-heating', speaker: 'frank-jensen', mode: 'reported', text: 'The two mayors discussed district heating', evidence: quote('The two mayors discussed district heating.') };
  const article = (lists: object) => ({
    key: 'fixture-rules',
    title: 'Fixture: one broken rule',
    source: 'Fixture News',
    publishedAt: '2015-01-05T10:00:00+01:00',
    language: 'en',
    body: ['Copenhagen Mayor Frank Jensen met Beijing Mayor Wang Anshun in Copenhagen, Denmark, on Monday.', 'The two mayors discussed district heating.'],
    countries: [{ key: 'denmark', name: 'Denmark', evidence: quote('Denmark') }],
    cities: [
      { key: 'copenhagen', name: 'Copenhagen', country: 'denmark', evidence: quote('in Copenhagen') },
      { key: 'beijing', name: 'Beijing', evidence: quote('Beijing') },
    ],
    people: [
      {
        key: 'frank-jensen',
        name: 'Frank Jensen',
        offices: [{ role: 'mayor', title: 'Mayor', of: 'city:copenhagen', evidence: quote('Copenhagen Mayor Frank Jensen') }],
        evidence: quote('Frank Jensen'),
      },
    ],
    ...lists,
  });
  const issuesOf = (lists: object) => brief(validateArticleFile(FILE, JSON.stringify(article(lists))).issues);

  it('the article the rows break validates as it is', () => {
    expect(issuesOf({ visits: [visit({})], agreements: [agreement({})], metrics: [metric({})], statements: [statement] })).toEqual([]);
  });

  it.each<[rule: string, lists: object, path: string, message: RegExp]>([
    [
      'a participant needs "who" or "description"',
      { visits: [visit({ participants: [{ role: 'visitor', evidence: quote('Frank Jensen') }] })] },
      '$.visits[0].participants[0]',
      /^a participation needs "who" \(keys of those named\) or "description" \(the article's words for them\)$/,
    ],
    [
      'a participant role must be a known role',
      { visits: [visit({ participants: [{ ...jensen, role: 'chair' }] })] },
      '$.visits[0].participants[0].role',
      /^must be one of leader, visitor, member, host, organiser, participant, speaker, signatory, witness$/,
    ],
    [
      'a participant "who" is a person, organisation or place',
      { visits: [visit({ participants: [{ ...jensen, who: ['topic:district-heating'] }] })] },
      '$.visits[0].participants[0].who[0]',
      /^must be "type:key" with type one of person, organisation, city, region, country/,
    ],
    [
      'a visit says who visits',
      { visits: [visit({ participants: [] })] },
      '$.visits[0].participants',
      /^a visit needs to say who visits: a participant with role leader, visitor or member, a visiting city, region, country or organisation, or a delegation$/,
    ],
    [
      'a visit takes no signatory',
      { visits: [visit({ participants: [jensen, { ...jensen, role: 'signatory' }] })] },
      '$.visits[0].participants[1].role',
      /^a visit takes participants in the roles leader, visitor, member, host, organiser, participant, not "signatory"$/,
    ],
    [
      'a mayor\'s office is "of" a city',
      {
        people: [
          { key: 'frank-jensen', name: 'Frank Jensen', offices: [{ role: 'mayor', title: 'Mayor', of: 'country:denmark', evidence: quote('Mayor Frank Jensen') }], evidence: quote('Frank Jensen') },
        ],
      },
      '$.people[0].offices[0].of',
      /^a mayor's office needs "of": "city:<key>"$/,
    ],
    [
      'an agreement has two parties or more',
      { agreements: [agreement({ parties: ['city:copenhagen'] })] },
      '$.agreements[0].parties',
      /^an agreement needs at least two parties$/,
    ],
    [
      'an agreement\'s parties are places or organisations, not people',
      { agreements: [agreement({ parties: ['city:copenhagen', 'person:frank-jensen'] })] },
      '$.agreements[0].parties[1]',
      /^must be "type:key" with type one of city, region, country, organisation, e.g. "city:copenhagen"$/,
    ],
    [
      'an agreement status is one of the vocabulary',
      { agreements: [agreement({ status: 'ratified' })] },
      '$.agreements[0].status',
      /^must be one of planned, signed, in-force, expired, cancelled$/,
    ],
    [
      'an event kind is one of the vocabulary',
      { events: [{ key: 'heating-talks', kind: 'party', description: 'talks', evidence: quote('discussed district heating') }] },
      '$.events[0].kind',
      /^must be one of meeting, signing-ceremony, forum, conference, presentation, business-matching, expo, reception, cultural-event, site-visit, other$/,
    ],
    [
      'an organisation kind is one of the vocabulary',
      { organisations: [{ key: 'city-hall', name: 'Copenhagen', kind: 'club', evidence: quote('Copenhagen') }] },
      '$.organisations[0].kind',
      /^must be one of company, city-government, regional-government, business-association, government-body, diplomatic-mission, university, ngo, media, other$/,
    ],
    [
      'a region kind is one of the vocabulary',
      { regions: [{ key: 'capital-region', name: 'Denmark', kind: 'canton', evidence: quote('Denmark') }] },
      '$.regions[0].kind',
      /^must be one of state, province, county, district, governorate, prefecture, municipality, region$/,
    ],
    [
      'a time states "date", "end" or both',
      { visits: [visit({ time: { words: 'on Monday' } })] },
      '$.visits[0].time',
      /^a time reference needs "date", "end" or both: write the parts the article states, e.g. "2014", "--10-12"$/,
    ],
    [
      'a range does not end before it starts',
      { visits: [visit({ time: { words: 'on Monday', date: '2015-01-05', end: '2015-01-03' } })] },
      '$.visits[0].time.end',
      /^the range ends \(2015-01-03\) before it starts \(2015-01-05\)$/,
    ],
    [
      '"part" qualifies a year or a month, not a day',
      { visits: [visit({ time: { words: 'on Monday', date: '2015-01-05', part: 'early' } })] },
      '$.visits[0].time.part',
      /^"part" qualifies a year or a month \("early 2015"\), not a day$/,
    ],
    [
      'a rate says what it is "per"',
      { metrics: [metric({ kind: 'rate', subjects: [], value: { words: 'two', value: 2, unit: 'USD' } })] },
      '$.metrics[0].value.per',
      /^a rate needs "per", e.g. USD per EUR$/,
    ],
    [
      'a metric other than a rate has a subject',
      { metrics: [metric({ subjects: [] })] },
      '$.metrics[0].subjects',
      /^a metric needs at least one subject$/,
    ],
    [
      'a report states only fields its kind has',
      { reports: { agreements: [{ key: 'heating-agreement', colour: 'red', evidence: quote('district heating') }] } },
      '$.reports.agreements[0]',
      /^unknown field "colour"; the fields here are key, kind, title, parties, status, date, participants, visit, areas, areasExhaustive, evidence/,
    ],
    [
      'a report has evidence',
      { reports: { statements: [{ key: 'mayors-discuss-heating' }] } },
      '$.reports.statements[0].evidence',
      /expected array, received undefined/,
    ],
    [
      'a report\'s key is a key',
      { reports: { agreements: [{ key: 'Heating Agreement', evidence: quote('district heating') }] } },
      '$.reports.agreements[0].key',
      /^must be lowercase words joined by hyphens/,
    ],
    [
      'a report\'s evidence occurs in the body',
      { reports: { agreements: [{ key: 'heating-agreement', status: 'signed', evidence: quote('signed on Monday') }] } },
      '$.reports.agreements[0].evidence[0].quote',
      /^quote not found in the body; closest: paragraph 0, "on Monday"$/,
    ],
    [
      'a report\'s fields follow the rules of its kind',
      { reports: { agreements: [{ key: 'heating-agreement', participants: [{ ...jensen, role: 'host' }], evidence: quote('district heating') }] } },
      '$.reports.agreements[0].participants[0].role',
      /takes participants in the roles signatory, witness, not "host"$/,
    ],
    [
      'one article reports on a fact once',
      {
        reports: {
          agreements: [
            { key: 'heating-agreement', status: 'signed', evidence: quote('district heating') },
            { key: 'heating-agreement', status: 'planned', evidence: quote('district heating') },
          ],
        },
      },
      '$.reports.agreements[1].key',
      /^duplicate key "heating-agreement" \(first used at \$\.reports\.agreements\[0\]\)$/,
    ],
  ])('%s', (_, lists, path, message) => {
    expect(issuesOf(lists)).toEqual(issuesLike([[FILE, path, message]]));
  });

  it.each<[what: string, lists: object]>([
    ['a participant described, not named', { visits: [visit({ participants: [{ role: 'visitor', description: 'Beijing Mayor Wang Anshun', evidence: quote('Beijing Mayor Wang Anshun') }] })] }],
    ['a visit whose visitors are only its visiting city', { visits: [visit({ participants: [], visitingCity: 'beijing' })] }],
    ['a time with only a year', { visits: [visit({ time: { words: 'in 2015', date: '2015' } })] }],
    ['a time without a year', { visits: [visit({ time: { words: 'on Jan 5', date: '--01-05' } })] }],
    ['a range with a year-less end after its start', { visits: [visit({ time: { words: 'from Jan 5 to 7', date: '2015-01-05', end: '--01-07' } })] }],
    ['a range whose year-less end falls in the next year', { visits: [visit({ time: { words: 'from Dec 30 to Jan 2', date: '2014-12-30', end: '--01-02' } })] }],
    ['a range open at its start', { visits: [visit({ time: { words: 'until 2015', end: '2015' } })] }],
    ['"part" of a year', { visits: [visit({ time: { words: 'early 2015', date: '2015', part: 'early' } })] }],
    ['a rate without subjects', { metrics: [metric({ kind: 'rate', subjects: [], value: { words: '1 euro = 1.25 US dollars', value: 1.25, unit: 'USD', per: 'EUR' } })] }],
    ['a report with only its key and evidence', { reports: { agreements: [{ key: 'heating-agreement', evidence: quote('district heating') }] } }],
    ['a report with a status and signatories', { reports: { agreements: [{ key: 'heating-agreement', status: 'signed', participants: [{ ...jensen, role: 'signatory', for: 'city:copenhagen' }], evidence: quote('district heating') }] } }],
  ])('accepted: %s', (_, lists) => {
    expect(issuesOf(lists)).toEqual([]);
  });

  it('a paraphrased article may hold reported speech, and its publication may be a date alone', () => {
    const paraphrased = { ...article({ statements: [statement] }), publishedAt: '2015-01-05', paraphrase: { by: 'news-graph fixture editors' } };
    expect(validateArticleFile(FILE, JSON.stringify(paraphrased)).issues).toEqual([]);
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
        ['fixture-many-format.json', '$.publishedAt', /^"2015-01-05 10:00" needs a "T" between the date and the time, and the UTC offset/],
        ['fixture-many-format.json', '$.cities[0].key', /must be lowercase words joined by hyphens/],
        ['fixture-many-format.json', '$.cities[0].capital', /expected boolean, received string/],
        ['fixture-many-format.json', '$.visits[0].departure.date', /^"2015-01-32" is not a real date: days in January 2015 run from 01 to 31$/],
        ['fixture-many-format.json', '$.visits[0].duration.unit', /must be one of/],
        // Whole-file rules: name, duplicate keys, quotes.
        ['misnamed.json', '$.key', /file name must be "fixture-many-local\.json"/],
        ['misnamed.json', '$.cities[1].key', /duplicate key "copenhagen"/],
        ['misnamed.json', '$.people[0].evidence[0].quote', /^quote not found in the body; closest: paragraph 0, "Mayor Frank Jensen met Beijing Mayor Wang Anshun"$/],
        ['misnamed.json', '$.people[0].evidence[1].quote', /paragraph 5 does not exist/],
        ['notes.txt', '$', /not an article file/],
        // Cross-file rules, checked on the files that are valid on their own.
        ['fixture-many-refs-b.json', '$.cities[0].name', /City "copenhagen" disagree on its name: "Copenhagen" in \S+ \$\.cities\[0\]\.name, "Kopenhagen" in/],
        ['fixture-many-refs-b.json', '$.statements[0].key', /Statement key "mayors-discuss-heating" is already declared/],
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
  // does not exist there ($.people[0].offices[1].of).
  it('an unresolved reference in the second mention of a shared entity names the file that wrote it', () => {
    const result = checkCorpus(fixture('defects', 'shared-entity-reference'));
    expect(brief(result.issues)).toEqual(
      issuesLike([['fixture-shared-entity-reference-b.json', '$.people[0].offices[0].of', /^unknown City "aarhus"/]]),
    );
  });

  // src/corpus/load.ts: a file with a problem of its own is left out of the cross-file
  // check, so references to what it declares are reported as declared nowhere.
  it('a file with its own problem does not make references to its entities unresolved', () => {
    const result = checkCorpus(fixture('defects', 'declaring-file-invalid'));
    expect(brief(result.issues)).toEqual(
      issuesLike([['fixture-declaring-file-invalid-a.json', '$.cities[0].evidence[0].quote', /^quote not found in the body/]]),
    );
  });
});

describe('paraphrased articles and direct quotations', () => {
  // A report on another article's statement (reports.statements) is held to the same rule.
  it('a paraphrased article may not report a statement as a direct quotation either', () => {
    const body = ['Copenhagen\'s mayor, Frank Jensen, said district heating would be the main subject of his talks.'];
    const declaring = {
      key: 'fixture-declares-statement',
      title: 'Fixture: declares a statement',
      source: 'Fixture News',
      publishedAt: '2015-01-05',
      language: 'en',
      body,
      people: [{ key: 'frank-jensen', name: 'Frank Jensen', evidence: [{ quote: 'Frank Jensen' }] }],
      statements: [
        { key: 'jensen-heating-main-subject', speaker: 'frank-jensen', mode: 'reported', text: 'district heating would be the main subject of his talks', evidence: [{ quote: 'district heating would be the main subject of his talks' }] },
      ],
    };
    const paraphrase = {
      key: 'fixture-paraphrase-reports-direct',
      title: 'Fixture: a paraphrase that reports the statement as direct',
      source: 'Fixture News',
      publishedAt: '2015-01-06',
      language: 'en',
      paraphrase: { by: 'news-graph fixture editors' },
      body,
      reports: { statements: [{ key: 'jensen-heating-main-subject', mode: 'direct', evidence: [{ quote: 'district heating would be the main subject of his talks' }] }] },
    };
    expect(validateArticleFile(`${declaring.key}.json`, JSON.stringify(declaring)).issues).toEqual([]);
    expect(brief(validateArticleFile(`${paraphrase.key}.json`, JSON.stringify(paraphrase)).issues)).toEqual(
      issuesLike([[`${paraphrase.key}.json`, '$.reports.statements[0].mode', /^a paraphrased article holds no direct quotation/]]),
    );
  });

  // src/corpus/format/facts.ts rolesAllowed writes `a ${fact}`: "a agreement takes participants ...", "a event ...".
  it.each([
    [
      'an agreement',
      { agreements: [{ key: 'heating-agreement', kind: 'other', title: 'district heating', parties: ['city:copenhagen', 'city:beijing'], participants: [{ role: 'host', who: ['city:beijing'], evidence: [{ quote: 'Beijing' }] }], evidence: [{ quote: 'discussed district heating' }] }] },
      'an agreement takes participants in the roles signatory, witness, not "host"',
    ],
    [
      'an event',
      { events: [{ key: 'heating-talks', kind: 'meeting', description: 'talks', participants: [{ role: 'visitor', who: ['city:beijing'], evidence: [{ quote: 'Beijing' }] }], evidence: [{ quote: 'discussed district heating' }] }] },
      'an event takes participants in the roles leader, host, organiser, participant, speaker, signatory, witness, not "visitor"',
    ],
  ])('the message for a role %s does not take reads "an ..."', (_, lists, message) => {
    const text = {
      key: 'fixture-roles',
      title: 'Fixture: roles',
      source: 'Fixture News',
      publishedAt: '2015-01-05',
      language: 'en',
      body: ['Copenhagen and Beijing discussed district heating.'],
      cities: [
        { key: 'copenhagen', name: 'Copenhagen', evidence: [{ quote: 'Copenhagen' }] },
        { key: 'beijing', name: 'Beijing', evidence: [{ quote: 'Beijing' }] },
      ],
      ...lists,
    };
    expect(validateArticleFile('fixture-roles.json', JSON.stringify(text)).issues.map((i) => i.message)).toEqual([message]);
  });
});
