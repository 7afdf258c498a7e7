/**
 * Every operation in examples/ (GraphiQL's tabs) runs without errors, answers the question
 * it is named for, and matches its reviewed answer in tests/__snapshots__/examples/.
 */
import { describe, expect, it } from 'vitest';
import { loadExamples } from '../src/examples.js';
import { data } from './helpers.js';

const examples = loadExamples();
const run = (name: string) => {
  const example = examples.find((e) => e.name === name)!;
  return data(example.query, example.variables);
};

describe('examples/', () => {
  it('holds the operations GraphiQL shows', () => {
    expect(examples.map((e) => e.name)).toEqual([
      'agreement-signatories-and-witnesses',
      'city-profile',
      'company-profile',
      'copenhagen-and-trade-metrics',
      'copenhagen-beijing-agreements',
      'date-without-a-year',
      'delegation-to-beijing',
      'events-that-are-not-visits',
      'follow-up-reports',
      'mayors-and-quotes',
      'organisations-that-are-not-companies',
      'reports-that-disagree',
      'search-district-heating',
    ]);
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s runs without errors and matches its reviewed answer', async (name, example) => {
    const result = await data(example.query, example.variables);
    await expect(JSON.stringify(result, null, 2) + '\n').toMatchFileSnapshot(`./__snapshots__/examples/${name}.json`);
  });
});

describe('the questions the examples answer', () => {
  it('which companies travelled with Copenhagen\'s mayor to Beijing, how many in all, and the sentence that says so', async () => {
    const { visits } = await run('delegation-to-beijing');
    const visit = visits.nodes.find((v: any) => v.key === 'frank-jensen-beijing-2014-12');
    expect(visit.visitors.map((v: any) => v.name)).toEqual(['Frank Jensen']);
    expect(visit.delegation.companies.map((c: { name: string }) => c.name)).toEqual(['Danfoss', 'Grundfos', 'Rockwool', 'COWI', 'Ramboll']);
    expect(visit.delegation.size).toMatchObject({ value: 20, approximate: true, counting: 'companies' });
    expect(visit.delegation.evidence.map((e: { sentence: string }) => e.sentence)).toContain(
      'Included in the delegation are representatives from around 20 Danish companies, including Danfoss, Grundfos, Rockwool, COWI and Ramboll.',
    );
  });

  it('every agreement between Copenhagen and Beijing, with kind, status, date or year, and areas', async () => {
    const { agreements } = await run('copenhagen-beijing-agreements');
    const summary = Object.fromEntries(agreements.nodes.map((a: any) => [a.key, [a.kind, a.status, a.year, a.areas.map((t: any) => t.name)]]));
    expect(summary).toEqual({
      // Four articles report the twinning; the People's Daily dispatch adds the areas it is expected to cover.
      'copenhagen-beijing-sister-cities': ['SISTER_CITIES', 'IN_FORCE', 2012, ['energy efficiency', 'renewable energy', 'traffic congestion']],
      'copenhagen-beijing-drinking-water-mou': [
        'MEMORANDUM_OF_UNDERSTANDING',
        'PLANNED',
        null,
        ['drinking water management', 'water consumption', 'flood management'],
      ],
      'copenhagen-beijing-collaboration-agreements': ['COOPERATION_AGREEMENT', 'SIGNED', null, ['sustainable urban development', 'tourism']],
      'beijing-copenhagen-sustainable-planning-mou': ['MEMORANDUM_OF_UNDERSTANDING', 'SIGNED', 2012, ['sustainable planning and construction']],
    });
    // Oldest first, undated last.
    expect(agreements.nodes.map((a: any) => a.key).slice(-2).sort()).toEqual(['copenhagen-beijing-collaboration-agreements', 'copenhagen-beijing-drinking-water-mou']);
  });

  it('every metric about Copenhagen or Danish-Chinese trade, with the forecast in both currencies', async () => {
    const { copenhagen, danishChineseTrade } = await run('copenhagen-and-trade-metrics');
    expect(copenhagen.nodes.map((m: any) => [m.value.words, m.value.__typename])).toEqual(
      expect.arrayContaining([
        ['only 7 percent', 'Percentage'],
        ['70 percent', 'Percentage'],
      ]),
    );
    const [forecast] = danishChineseTrade.nodes;
    expect(forecast.value).toMatchObject({ amount: 215_000_000, currency: 'EUR' });
    expect(forecast.alsoStatedAs).toEqual([{ words: '265 millio US dollars', amount: 265_000_000, currency: 'USD' }]);
    expect(forecast.to).toEqual({ words: 'By 2020', year: 2020 });
    expect(forecast.change).toEqual({ words: 'triple', factor: 3, direction: 'UP' });
    const [usd] = forecast.conversions;
    expect(usd.converted.amount).toBe(268_750_000);
    expect(usd.discrepancy.amount).toBe(-3_750_000);
    expect(usd.discrepancyPercent).toBeCloseTo(-1.395, 3);
  });

  it('the mayors of both cities, and what each is quoted saying', async () => {
    const { copenhagen, beijing } = await run('mayors-and-quotes');
    expect(copenhagen.nodes.map((m: any) => [m.name, m.isCurrent])).toEqual([['Frank Jensen', true]]);
    expect(beijing.nodes.map((m: any) => m.name)).toEqual(['Wang Anshun']);
    const jensen = copenhagen.nodes[0];
    // The seed's ten statements, and those of the paraphrased articles, oldest article first.
    expect(jensen.statements.totalCount).toBe(16);
    const fromSeed = jensen.statements.nodes.filter((s: any) => s.evidence[0].article.textOrigin === 'VERBATIM');
    expect(fromSeed.length).toBeGreaterThan(0);
    // Direct quotations come only from the publisher's own text, never from a paraphrase.
    for (const statement of jensen.statements.nodes.filter((s: any) => s.mode === 'DIRECT')) {
      expect(statement.evidence[0].article.textOrigin).toBe('VERBATIM');
    }
    expect(beijing.nodes[0].statements.totalCount).toBe(0);
  });

  it('everything known about a company and a city, through reverse relations', async () => {
    const { company } = await run('company-profile');
    expect(company.delegations.nodes.map((v: any) => v.key)).toEqual(['frank-jensen-beijing-2014-12']);
    expect(company.articles.nodes.map((a: any) => a.source)).toEqual(['State of Green', 'Xinhua']);
    const { city } = await run('city-profile');
    expect(city.sisterCities).toMatchObject({ totalCount: 1, nodes: [{ name: 'Beijing' }] });
    expect(city.visits.nodes[0].cameoEvents.map((e: any) => e.code)).toEqual(['042', '043']);
    expect(city.statementsAbout.totalCount).toBeGreaterThan(0);
  });

  it('an agreement with its signatories, the parties they signed for, and a witness who is not a mayor', async () => {
    const { agreement } = await run('agreement-signatories-and-witnesses');
    expect(agreement.parties.map((p: any) => [p.__typename, p.name, p.countryBasis])).toEqual([
      ['Region', 'Shandong', 'STATED'],
      ['Region', 'Isabel', 'REFERENCE'],
    ]);
    expect(agreement.signatories.map((s: any) => [s.participant.name, s.participant.offices[0].title, s.representing.name])).toEqual([
      ['Zeng Zanrong', 'Vice Governor', 'Shandong'],
      ['Rhoda Sikilabu', 'Premier', 'Isabel'],
    ]);
    expect(agreement.witnesses.map((w: any) => w.participant.name)).toEqual(expect.arrayContaining(['Ding Yonghua', 'Jeremiah Manele']));
    expect(agreement.date).toMatchObject({ words: 'on December 4', year: null, month: 12, day: 4 });
  });

  it('organisations that are not companies, and the roles they played', async () => {
    const { organisations } = await run('organisations-that-are-not-companies');
    expect(organisations.nodes.every((o: any) => o.__typename === 'Institution')).toBe(true);
    const chamber = organisations.nodes.find((o: any) => o.name === 'Mandaue City Chamber of Commerce and Industry');
    expect(chamber.kind).toBe('BUSINESS_ASSOCIATION');
    expect(chamber.participations.nodes.map((p: any) => [p.role, p.fact.__typename])).toEqual([['ORGANISER', 'Event']]);
    expect(organisations.nodes.some((o: any) => o.kind === 'DIPLOMATIC_MISSION')).toBe(true);
  });

  it('events that are not visits: when, where, who in which role', async () => {
    const { events } = await run('events-that-are-not-visits');
    const kinds = new Set(events.nodes.map((e: any) => e.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['SIGNING_CEREMONY', 'BUSINESS_MATCHING', 'EXPO']));
    const signing = events.nodes.find((e: any) => e.id && e.venue?.name === 'Copenhagen Town Hall');
    expect(signing.participants.filter((p: any) => p.role === 'SIGNATORY').map((p: any) => [p.participant.name, p.representing.name])).toEqual([
      ['Chen Gang', 'Beijing'],
      ['Frank Jensen', 'Copenhagen'],
    ]);
    expect(signing.cameoEvent.code).toBe('057');
  });

  it('a visit two articles disagree on: both versions, each with its article', async () => {
    const { visit } = await run('reports-that-disagree');
    expect(visit.disputed).toBe(true);
    const byField = Object.fromEntries(visit.disagreements.map((d: any) => [d.field, d.versions.map((v: any) => [v.article.source, v.value])]));
    expect(byField).toEqual({
      status: [['Xinhua', 'underway'], ['State of Green', 'planned']],
      departure: [['Xinhua', '2014-12-03'], ['State of Green', '2014-12-10']],
    });
    // The visit keeps what the declaring article (Xinhua) states.
    expect([visit.status, visit.departure.date]).toEqual(['UNDERWAY', '2014-12-03']);
    expect(visit.reports.map((r: any) => [r.article.source, r.declares])).toEqual([['Xinhua', true], ['State of Green', false]]);
  });

  it('a date without a year: the stated parts, no invented year, sorted after dated events', async () => {
    const { event, events } = await run('date-without-a-year');
    expect(event.time).toMatchObject({ words: 'On Oct 15', precision: 'DAY', year: null, month: 10, day: 15, date: null, earliest: null, latest: null, start: { iso: '--10-15' } });
    const order = events.nodes.map((e: any) => e.key);
    const yearless = events.nodes.filter((e: any) => e.time?.earliest == null).map((e: any) => e.key);
    expect(order.slice(-yearless.length)).toEqual(yearless);
    expect(yearless).toContain('international-sister-cities-commodity-exposition-jinan');
  });

  it('a fact reported by several articles: planned, then launched, then in force, with no disagreement', async () => {
    const { agreement } = await run('follow-up-reports');
    expect(agreement.disputed).toBe(false);
    expect(agreement.reports.map((r: any) => [r.article.publishedOn, r.declares])).toEqual([
      ['2012-06-17', true],
      ['2012-09-27', false],
      ['2014-12-04', false],
      ['2014-12-08', false],
    ]);
    expect(agreement.reports[0].stated).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'status', value: 'planned', words: null })]));
    expect(agreement.status).toBe('IN_FORCE');
    // "since 2012" and "launched in June" agree; the more precise one is kept.
    expect(agreement.date).toMatchObject({ precision: 'MONTH', year: 2012, month: 6 });
  });

  it('a search for "district heating" finds the topic first, then the facts about it', async () => {
    const { search } = await run('search-district-heating');
    const found = search.nodes.map((hit: any) => `${hit.item.__typename}:${hit.item.key}`);
    expect(found[0]).toBe('Topic:district-heating');
    expect(found).toEqual(
      expect.arrayContaining(['Metric:denmark-china-district-heating-exports-2020', 'Visit:frank-jensen-beijing-2014-12']),
    );
  });
});
