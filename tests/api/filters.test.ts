import { describe, expect, it } from 'vitest';
import { data } from '../helpers.js';

const keys = (connection: { nodes: { key: string }[] }) => connection.nodes.map((n) => n.key);

describe('filters and ordering', () => {
  it.each([
    ['visits to Beijing, newest first', '{ list: visits(filter: { hostCity: "beijing" }) { nodes { key } } }', ['frank-jensen-beijing-2014-12', 'frank-jensen-beijing-2012-06']],
    // Either side, as stated or derived from the side's city: Guiyang's visits to Fort Worth count as China's.
    [
      'visits to or from China, oldest first',
      '{ list: visits(filter: { country: "china" }, orderBy: { field: DATE, direction: ASC }) { nodes { key } } }',
      [
        'fort-worth-delegation-china-2010-05',
        'guiyang-students-fort-worth-2011-07',
        'li-zaiyong-fort-worth-2011-10',
        'frank-jensen-china-2012',
        'frank-jensen-beijing-2012-06',
        'chen-gang-denmark-2012-09',
        'frank-jensen-beijing-2014-12',
      ],
    ],
    ['completed visits', '{ list: visits(filter: { status: [COMPLETED] }) { nodes { key } } }', ['frank-jensen-china-2012', 'guiyang-students-fort-worth-2011-07', 'fort-worth-delegation-china-2010-05', 'ilocos-norte-investment-mission-hawaii']],
    ['visits in December 2014', '{ list: visits(filter: { from: "2014-12-01", to: "2014-12-31" }) { nodes { key } } }', ['frank-jensen-beijing-2014-12']],
    // A visit dated "two years ago" (2012) may have been in June 2012; the visit of "later this month" (June 2012) was.
    ['visits in a month, by their bounds', '{ list: visits(filter: { from: "2012-06-01", to: "2012-06-30" }) { nodes { key } } }', ['frank-jensen-beijing-2012-06', 'frank-jensen-china-2012']],
    ['visits of a region', '{ list: visits(filter: { region: "ilocos-norte" }) { nodes { key } } }', ['ilocos-norte-investment-mission-hawaii', 'ilocos-norte-investment-mission-california']],
    ['visits with a company in the delegation', '{ list: visits(filter: { company: "cowi" }) { nodes { key } } }', ['frank-jensen-beijing-2014-12']],
    ['visits about tourism', '{ list: visits(filter: { topic: "tourism" }) { nodes { key } } }', ['frank-jensen-beijing-2014-12']],
    ['planned agreements', '{ list: agreements(filter: { status: [PLANNED] }) { nodes { key } } }', ['fort-worth-guiyang-sister-cities', 'copenhagen-beijing-drinking-water-mou']],
    ['agreements about tourism', '{ list: agreements(filter: { topic: "tourism" }) { nodes { key } } }', ['guangzhou-auckland-los-angeles-tripartite-economic-alliance', 'copenhagen-beijing-collaboration-agreements']],
    // Parties in China: its cities, and its provinces (Shandong as stated, Guangdong from reference data).
    [
      'sister-city agreements of Chinese cities and provinces',
      '{ list: agreements(filter: { country: "china", kind: [SISTER_CITIES] }) { nodes { key } } }',
      [
        'copenhagen-beijing-sister-cities',
        'fort-worth-guiyang-sister-cities',
        'auckland-guangzhou-sister-cities',
        'guangzhou-los-angeles-sister-cities',
        'shandong-isabel-sister-provinces',
        'guangdong-guadalcanal-sister-provinces',
      ],
    ],
    ['agreements signed by a vice mayor', '{ list: agreements(filter: { participant: "person:chen-gang" }) { nodes { key } } }', ['beijing-copenhagen-sustainable-planning-mou']],
    ['agreements with a province as party', '{ list: agreements(filter: { party: "region:isabel" }) { nodes { key } } }', ['shandong-isabel-sister-provinces']],
    ['forecasts', '{ list: metrics(filter: { kind: [FORECAST] }) { nodes { key } } }', ['denmark-china-district-heating-exports-2020', 'china-water-consumption-flood-management-spending-2012-2020', 'fort-worth-sister-cities-count-with-guiyang']],
    ['metrics attributed to Jensen, by key', '{ list: metrics(filter: { attributedTo: "frank-jensen" }, orderBy: { field: KEY, direction: ASC }) { nodes { key } } }', ['copenhagen-drinking-water-loss', 'denmark-china-district-heating-exports-2020']],
    ['metrics matching text', '{ list: metrics(filter: { text: "visitors" }) { nodes { key } } }', ['chinese-visitors-to-copenhagen-growth']],
    ['direct quotes', '{ list: statements(filter: { mode: [DIRECT] }) { nodes { key } } }', ['jensen-clean-water-importance', 'jensen-more-business-with-china']],
    // In order of publication, then of place in the article.
    [
      'statements about Beijing',
      '{ list: statements(filter: { about: "city:beijing" }) { nodes { key } } }',
      [
        'jensen-first-long-term-agreement-2012',
        'jensen-shared-interest-sustainable-development-2012',
        'jensen-relations-grow-stronger-2012',
        'chen-gang-memorandum-benefits-residents-2012',
        'jensen-water-technology-cooperation',
        'jensen-meeting-and-mou',
        'jensen-reason-for-visit',
        'jensen-clean-water-importance',
        'jensen-strengthen-partnership',
      ],
    ],
    ['capitals in Denmark', '{ list: cities(filter: { country: "denmark", capital: true }) { nodes { key } } }', ['copenhagen']],
    ['mayors of Chinese cities', '{ list: mayors(filter: { country: "china" }) { nodes { key } } }', ['chen-jianhua', 'li-zaiyong', 'wang-anshun']],
    ['people holding a governor\'s office', '{ list: people(filter: { role: [GOVERNOR, DEPUTY_GOVERNOR] }) { nodes { key } } }', ['athil-abdulazeez-mohammed-alnajafie', 'josh-green', 'matthew-manotoc', 'zeng-zanrong']],
    ['articles from Xinhua mentioning Grundfos', '{ list: articles(filter: { source: "Xinhua", mentions: "organisation:grundfos" }) { nodes { key } } }', ['xinhua-2014-12-04-copenhagen-mayor-beijing-visit']],
    ['"company:" still names organisations in filters', '{ list: articles(filter: { mentions: "company:grundfos" }) { nodes { key } } }', ['stateofgreen-2014-12-08-copenhagen-delegation-beijing', 'xinhua-2014-12-04-copenhagen-mayor-beijing-visit']],
    // A date-only publication (2012-06-17) may be any time that day, in any time zone.
    [
      'articles published before a time',
      '{ list: articles(filter: { publishedTo: "2012-06-17T00:00:00Z" }) { nodes { key } } }',
      ['chinadaily-2012-06-17-copenhagen-mayor-sister-city-agreement', 'philstar-2011-12-10-mandaue-mosul-sister-city-pact', 'fwsistercities-2011-10-11-guiyang-signing-ceremony'],
    ],
    ['paraphrased articles from Xinhua', '{ list: articles(filter: { source: "Xinhua", paraphrased: true }) { nodes { key } } }', []],
    ['events at a venue', '{ list: events(filter: { venue: "copenhagen-town-hall" }) { nodes { key } } }', ['beijing-copenhagen-planning-mou-signing-2012-09']],
    ['events a chamber of commerce organised', '{ list: events(filter: { participant: "organisation:mandaue-city-chamber-of-commerce-and-industry" }) { nodes { key } } }', ['mandaue-iraqi-delegation-business-matching']],
  ])('%s', async (_case, query, expected) => {
    const { list } = await data(query);
    expect(keys(list)).toEqual(expected);
  });
});

describe('provenance', () => {
  it('each fact returns its evidence with article, paragraph and offsets that slice the quote out of the text', async () => {
    const { facts } = await data(`{
      facts: article(key: "xinhua-2014-12-04-copenhagen-mayor-beijing-visit") {
        facts(first: 30) { totalCount nodes { key evidence { quote paragraph start end article { key paragraphs } } } }
      }
    }`);
    // 20 facts the seed declares, and the sister-city agreement it reports on.
    expect(facts.facts.totalCount).toBe(21);
    const sources = new Set<string>();
    for (const fact of facts.facts.nodes) {
      for (const evidence of fact.evidence) {
        expect(evidence.article.paragraphs[evidence.paragraph].slice(evidence.start, evidence.end)).toBe(evidence.quote);
        sources.add(evidence.article.key);
      }
    }
    // Facts that other articles report on carry those articles' evidence too.
    expect(sources.size).toBeGreaterThan(1);
  });

  it('the article keeps its publication time with the Beijing offset', async () => {
    const { article } = await data('{ article(key: "xinhua-2014-12-04-copenhagen-mayor-beijing-visit") { publishedAt utcOffset publishedOn source section } }');
    expect(article).toEqual({
      publishedAt: '2014-12-04T01:55:13.000Z',
      utcOffset: '+08:00',
      publishedOn: '2014-12-04',
      source: 'Xinhua',
      section: 'Diplomacy',
    });
  });

  it('the visit names both sides, its dates and duration, its earlier visit and its agreements', async () => {
    const { visit } = await data(`{
      visit(key: "frank-jensen-beijing-2014-12") {
        visitingCity { name } hostCity { name } hostCountry { name } hosts { name }
        departure { words date basis } durationDays status
        previousVisit { key time { words year approximate } }
        agreements { nodes { key } }
        meetings { description status participants { participant { name } description } }
      }
    }`);
    expect(visit).toMatchObject({
      visitingCity: { name: 'Copenhagen' },
      hostCity: { name: 'Beijing' },
      hostCountry: { name: 'China' },
      hosts: [{ name: 'Wang Anshun' }],
      departure: { words: 'on Wednesday', date: '2014-12-03' },
      durationDays: 4,
      status: 'UNDERWAY',
      previousVisit: { key: 'frank-jensen-china-2012', time: { words: 'two years ago', year: 2012, approximate: true } },
      agreements: { nodes: [{ key: 'copenhagen-beijing-drinking-water-mou' }] },
    });
    expect(visit.meetings.map((m: any) => [m.status, m.participants.map((p: any) => p.participant?.name ?? p.description)])).toEqual([
      ['PLANNED', ['Frank Jensen', 'Wang Anshun']],
      ['PLANNED', ['the Danish clean-tech companies', 'Chinese officials']],
    ]);
  });

  it('relations that grow with the corpus are connections: the earlier visit lists this one among its later visits', async () => {
    const { visit } = await data(`{
      visit(key: "frank-jensen-china-2012") { laterVisits(first: 1) { totalCount pageInfo { hasNextPage } nodes { key } } }
    }`);
    expect(visit.laterVisits).toEqual({ totalCount: 1, pageInfo: { hasNextPage: false }, nodes: [{ key: 'frank-jensen-beijing-2014-12' }] });
    const { city } = await data('{ city(key: "beijing") { mayors(first: 1) { totalCount nodes { name } } sisterCities { totalCount nodes { key } } } }');
    expect(city).toEqual({ mayors: { totalCount: 1, nodes: [{ name: 'Wang Anshun' }] }, sisterCities: { totalCount: 1, nodes: [{ key: 'copenhagen' }] } });
  });
});
