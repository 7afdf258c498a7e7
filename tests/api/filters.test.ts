import { describe, expect, it } from 'vitest';
import { data } from '../helpers.js';

const keys = (connection: { nodes: { key: string }[] }) => connection.nodes.map((n) => n.key);

describe('filters and ordering', () => {
  it.each([
    ['visits to Beijing', '{ list: visits(filter: { hostCity: "beijing" }) { nodes { key } } }', ['frank-jensen-beijing-2014-12']],
    ['visits to China, oldest first', '{ list: visits(filter: { country: "china" }, orderBy: { field: DATE, direction: ASC }) { nodes { key } } }', ['frank-jensen-china-2012', 'frank-jensen-beijing-2014-12']],
    ['completed visits', '{ list: visits(filter: { status: [COMPLETED] }) { nodes { key } } }', ['frank-jensen-china-2012']],
    ['visits in December 2014', '{ list: visits(filter: { from: "2014-12-01", to: "2014-12-31" }) { nodes { key } } }', ['frank-jensen-beijing-2014-12']],
    ['visits in a year-precision range', '{ list: visits(filter: { from: "2012-06-01", to: "2012-06-30" }) { nodes { key } } }', ['frank-jensen-china-2012']],
    ['visits with a company in the delegation', '{ list: visits(filter: { company: "cowi" }) { nodes { key } } }', ['frank-jensen-beijing-2014-12']],
    ['visits about tourism', '{ list: visits(filter: { topic: "tourism" }) { nodes { key } } }', ['frank-jensen-beijing-2014-12']],
    ['planned agreements', '{ list: agreements(filter: { status: [PLANNED] }) { nodes { key } } }', ['copenhagen-beijing-drinking-water-mou']],
    ['agreements about tourism', '{ list: agreements(filter: { topic: "tourism" }) { nodes { key } } }', ['copenhagen-beijing-collaboration-agreements']],
    ['agreements of Chinese cities', '{ list: agreements(filter: { country: "china", kind: [SISTER_CITIES] }) { nodes { key } } }', ['copenhagen-beijing-sister-cities']],
    ['forecasts', '{ list: metrics(filter: { kind: [FORECAST] }) { nodes { key } } }', ['denmark-china-district-heating-exports-2020']],
    ['metrics attributed to Jensen, by key', '{ list: metrics(filter: { attributedTo: "frank-jensen" }, orderBy: { field: KEY, direction: ASC }) { nodes { key } } }', ['copenhagen-drinking-water-loss', 'denmark-china-district-heating-exports-2020']],
    ['metrics matching text', '{ list: metrics(filter: { text: "visitors" }) { nodes { key } } }', ['chinese-visitors-to-copenhagen-growth']],
    ['direct quotes', '{ list: statements(filter: { mode: [DIRECT] }) { nodes { key } } }', ['jensen-clean-water-importance', 'jensen-more-business-with-china']],
    ['statements about Beijing', '{ list: statements(filter: { about: "city:beijing" }) { nodes { key } } }', ['jensen-water-technology-cooperation', 'jensen-meeting-and-mou', 'jensen-reason-for-visit', 'jensen-clean-water-importance', 'jensen-strengthen-partnership']],
    ['capitals in Denmark', '{ list: cities(filter: { country: "denmark", capital: true }) { nodes { key } } }', ['copenhagen']],
    ['mayors in China', '{ list: mayors(filter: { country: "china" }) { nodes { key } } }', ['wang-anshun']],
    ['articles from Xinhua mentioning Grundfos', '{ list: articles(filter: { source: "Xinhua", mentions: "company:grundfos" }) { nodes { key } } }', ['xinhua-2014-12-04-copenhagen-mayor-beijing-visit']],
    ['articles before the visit', '{ list: articles(filter: { publishedTo: "2014-12-01T00:00:00Z" }) { nodes { key } } }', []],
  ])('%s', async (_case, query, expected) => {
    const { list } = await data(query);
    expect(keys(list)).toEqual(expected);
  });
});

describe('provenance', () => {
  it('each fact returns its evidence with article, paragraph and offsets that slice the quote out of the text', async () => {
    const { facts } = await data(`{
      facts: article(key: "xinhua-2014-12-04-copenhagen-mayor-beijing-visit") {
        paragraphs
        facts(first: 100) { totalCount nodes { key evidence { quote paragraph start end article { key } } } }
      }
    }`);
    expect(facts.facts.totalCount).toBe(19);
    for (const fact of facts.facts.nodes) {
      for (const evidence of fact.evidence) {
        expect(facts.paragraphs[evidence.paragraph].slice(evidence.start, evidence.end)).toBe(evidence.quote);
        expect(evidence.article.key).toBe('xinhua-2014-12-04-copenhagen-mayor-beijing-visit');
      }
    }
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
        previousVisit { key start { words year approximate } }
        agreements { nodes { key } }
        meetings { description status attendees }
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
      previousVisit: { key: 'frank-jensen-china-2012', start: { words: 'two years ago', year: 2012, approximate: true } },
      agreements: { nodes: [{ key: 'copenhagen-beijing-drinking-water-mou' }] },
    });
    expect(visit.meetings.map((m: any) => m.description)).toEqual(['Beijing Mayor Wang Anshun', 'Chinese officials']);
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
