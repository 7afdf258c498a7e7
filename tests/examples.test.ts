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
      'city-profile',
      'company-profile',
      'copenhagen-and-trade-metrics',
      'copenhagen-beijing-agreements',
      'delegation-to-beijing',
      'mayors-and-quotes',
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
    const [visit] = visits.nodes;
    expect(visit.visitors).toEqual([{ name: 'Frank Jensen' }]);
    expect(visit.delegation.companies.map((c: { name: string }) => c.name)).toEqual(['Danfoss', 'Grundfos', 'Rockwool', 'COWI', 'Ramboll']);
    expect(visit.delegation.size).toMatchObject({ value: 20, approximate: true, counting: 'companies' });
    expect(visit.delegation.evidence.map((e: { sentence: string }) => e.sentence)).toContain(
      'Included in the delegation are representatives from around 20 Danish companies, including Danfoss, Grundfos, Rockwool, COWI and Ramboll.',
    );
  });

  it('every agreement between Copenhagen and Beijing, with kind, status, date or year, and areas', async () => {
    const { agreements } = await run('copenhagen-beijing-agreements');
    const summary = agreements.nodes.map((a: any) => [a.kind, a.status, a.year, a.areas.map((t: any) => t.name)]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['SISTER_CITIES', 'IN_FORCE', 2012, []],
        ['MEMORANDUM_OF_UNDERSTANDING', 'PLANNED', null, ['drinking water management']],
        ['COOPERATION_AGREEMENT', 'SIGNED', null, expect.arrayContaining(['sustainable urban development', 'tourism'])],
      ]),
    );
    expect(agreements.totalCount).toBe(3);
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
    const { mayors } = await run('mayors-and-quotes');
    const byCity = Object.fromEntries(mayors.nodes.map((m: any) => [m.city.name, m]));
    expect(byCity.Copenhagen.name).toBe('Frank Jensen');
    expect(byCity.Beijing.name).toBe('Wang Anshun');
    expect(byCity.Copenhagen.statements.totalCount).toBe(10);
    expect(byCity.Copenhagen.statements.nodes.filter((s: any) => s.mode === 'DIRECT')).toHaveLength(2);
    expect(byCity.Beijing.statements.totalCount).toBe(0);
  });

  it('everything known about a company and a city, through reverse relations', async () => {
    const { company } = await run('company-profile');
    expect(company.delegations.nodes.map((v: any) => v.key)).toEqual(['frank-jensen-beijing-2014-12']);
    const { city } = await run('city-profile');
    expect(city.sisterCities).toEqual({ totalCount: 1, nodes: [{ name: 'Beijing' }] });
    expect(city.visits.nodes[0].cameoEvents.map((e: any) => e.code)).toEqual(['042', '043']);
    expect(city.statementsAbout.totalCount).toBeGreaterThan(0);
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
