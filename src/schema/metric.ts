/** Metric: a figure the article states, with its words, unit, period, subject and provenance. */
import type { Conversion } from '../corpus/money.js';
import { mapEvery } from '../corpus/not-loaded.js';
import { builder } from './builder.js';
import { nodeOf, rootFields } from './lookup.js';
import { FactOrder, NEWEST_FIRST } from './order.js';
import { Currency, MoneyRef, QuantityRef } from './quantity.js';
import { CountryRef, EntityRef, FactRef, MetricConnection, MetricRef, PersonRef, TopicRef } from './refs.js';
import { TimeReferenceRef } from './time.js';
import { holderKey, valueId, valueIdDescription } from './value-ids.js';
import type { MetricRecord } from '../corpus/model.js';
import type { Quantity } from '../corpus/format/values.js';

const MetricKind = builder.enumType('MetricKind', {
  description: 'What kind of figure a metric is.',
  values: {
    LEVEL: { value: 'level', description: 'A level at a point in time, e.g. water loss is 7 percent.' },
    CHANGE: { value: 'change', description: 'A change over a period, e.g. visitors up 70 percent since 2010.' },
    FORECAST: { value: 'forecast', description: 'An expected future value, e.g. exports of 215 million euros by 2020.' },
    RATE: { value: 'rate', description: 'A rate of one unit per another, e.g. an exchange rate.' },
  } as const,
});

const ChangeDirection = builder.enumType('ChangeDirection', {
  description: 'Which way a figure moves.',
  values: { UP: { value: 'up', description: 'It rises.' }, DOWN: { value: 'down', description: 'It falls.' } } as const,
});

type Change = NonNullable<MetricRecord['change']>;
const ChangeRef = builder.objectRef<Change>('MetricChange').implement({
  description: 'A stated change, e.g. "triple" is factor 3, up.',
  fields: (t) => ({
    words: t.exposeString('words', { description: 'The article\'s words for the change, e.g. "triple".' }),
    factor: t.exposeFloat('factor', { nullable: true, description: 'The growth factor, when the words give one (3 for "triple").' }),
    direction: t.expose('direction', { type: ChangeDirection, description: 'Up or down.' }),
  }),
});

type Flow = NonNullable<MetricRecord['flow']>;
const FlowRef = builder.objectRef<Flow>('Flow').implement({
  description: 'The direction of a flow such as exports: from one country to another.',
  fields: (t) => ({
    from: t.field({ type: CountryRef, description: 'Where it flows from.', resolve: (flow, _a, { store }) => store.get('Country', flow.from)! }),
    to: t.field({ type: CountryRef, description: 'Where it flows to.', resolve: (flow, _a, { store }) => store.get('Country', flow.to)! }),
  }),
});

const money = (currency: string, amount: number, words: string): Quantity => ({
  words,
  value: amount,
  scale: 'one',
  unit: currency as Quantity['unit'],
  approximate: false,
});

const ConversionRef = builder.objectRef<Conversion & { metric: MetricRecord }>('CurrencyConversion').implement({
  description:
    'A money metric converted at the exchange rate the same article states, compared with the article\'s own figure in that currency. A discrepancy is surfaced, never corrected.',
  fields: (t) => ({
    id: t.id({
      description: valueIdDescription('conversion', 'its metric and the target currency', 'the metric'),
      resolve: (c) => valueId('CurrencyConversion', `${holderKey(c.metric)}/conversions/${c.currency}`),
    }),
    currency: t.field({ type: Currency, description: 'The target currency.', resolve: (c) => c.currency as 'USD' }),
    converted: t.field({
      type: MoneyRef,
      description: 'The metric\'s amount converted at the article\'s rate (computed by this API).',
      resolve: (c) => money(c.currency, c.value, `computed at the article's rate`),
    }),
    rate: t.field({
      type: MetricRef,
      description: 'The exchange-rate metric used, with its evidence.',
      resolve: (c, _args, { store }) => store.get('Metric', c.rateMetricKey)!,
    }),
    stated: t.field({
      type: MoneyRef,
      nullable: true,
      description: 'The article\'s own figure in the target currency, if it gives one.',
      resolve: (c) => c.stated ?? null,
    }),
    discrepancy: t.field({
      type: MoneyRef,
      nullable: true,
      description: 'stated minus converted: how far the article\'s own figures disagree. Null without a stated figure.',
      resolve: (c) => (c.discrepancy === undefined ? null : money(c.currency, c.discrepancy, 'stated minus converted')),
    }),
    discrepancyPercent: t.float({
      nullable: true,
      description: 'The discrepancy as a percentage of the converted amount (e.g. -1.4).',
      resolve: (c) => (c.relativeDiscrepancy === undefined ? null : c.relativeDiscrepancy * 100),
    }),
  }),
});

builder.node(MetricRef, {
  description:
    'A figure an article states: its own words, value, unit or currency and scale, kind, period, subject, direction, and where it gives an exchange rate, the converted value and any discrepancy.',
  interfaces: [FactRef],
  ...nodeOf('Metric'),
  fields: (t) => ({
    measure: t.exposeString('measure', { description: 'What is measured, e.g. "loss of drinking water in the pipes of Copenhagen".' }),
    kind: t.expose('kind', { type: MetricKind, description: 'Level, change, forecast or rate.' }),
    value: t.field({
      type: QuantityRef,
      description: 'The figure as stated: Money, Percentage, Count, Factor, Duration or Rate, with the article\'s words.',
      resolve: (metric) => metric.value,
    }),
    alsoStatedAs: t.field({
      type: [QuantityRef],
      description: 'The same figure restated by the article, e.g. in another currency.',
      resolve: (metric) => metric.alsoStatedAs,
    }),
    conversions: t.field({
      type: [ConversionRef],
      description: 'For money: the amount converted at each exchange rate the same article states, with any discrepancy.',
      resolve: (metric, _args, { store }) => store.conversionsOf(metric).map((c) => ({ ...c, metric })),
    }),
    change: t.field({ type: ChangeRef, nullable: true, description: 'The stated change, if any.', resolve: (m) => m.change ?? null }),
    from: t.field({
      type: TimeReferenceRef,
      nullable: true,
      description: 'Start of the period ("since 2010").',
      resolve: (m) => m.from ?? null,
    }),
    to: t.field({
      type: TimeReferenceRef,
      nullable: true,
      description: 'End or target of the period ("by 2020").',
      resolve: (m) => m.to ?? null,
    }),
    asOf: t.field({
      type: TimeReferenceRef,
      nullable: true,
      description: 'When a level holds.',
      resolve: (m) => m.asOf ?? null,
    }),
    subjects: t.field({
      type: [EntityRef],
      description: 'What the figure is about: cities, regions, countries, organisations, people, topics.',
      resolve: (metric, _args, { store }) => mapEvery(metric.subjects, (ref) => store.byRef(ref)!),
    }),
    topics: t.field({
      type: [TopicRef],
      description: 'Topics the figure concerns.',
      resolve: (metric, _args, { store }) => mapEvery(metric.topics, (key) => store.get('Topic', key)!),
    }),
    flow: t.field({ type: FlowRef, nullable: true, description: 'Direction of a flow such as exports.', resolve: (m) => m.flow ?? null }),
    attributedTo: t.field({
      type: PersonRef,
      nullable: true,
      description: 'The person the article attributes the figure to.',
      resolve: (metric, _args, { store }) => (metric.attributedTo ? store.get('Person', metric.attributedTo)! : null),
    }),
  }),
});

const MetricFilter = builder.inputType('MetricFilter', {
  description: 'Narrows a list of metrics. Every field given must match.',
  fields: (t) => ({
    city: t.string({ description: 'Key of a city the metric is about.' }),
    country: t.string({ description: 'Key of a country the metric is about.' }),
    company: t.string({ description: 'Key of a company (or other organisation) the metric is about.' }),
    subject: t.string({ description: 'Anything the metric is about, written "type:key", e.g. "organisation:c40".' }),
    kind: t.field({ type: [MetricKind], description: 'Any of these kinds.' }),
    topic: t.string({ description: 'Key of a topic the metric concerns.' }),
    attributedTo: t.string({ description: 'Key of the person the figure is attributed to.' }),
    from: t.field({ type: 'Date', description: 'Dated (as of, target or start) on or after this date.' }),
    to: t.field({ type: 'Date', description: 'Dated on or before this date.' }),
    text: t.string({ description: 'Words that must all occur in what is measured or its topics.' }),
  }),
});

rootFields({
  kind: 'Metric',
  typeNames: ['Metric'],
  type: MetricRef,
  connection: MetricConnection,
  one: 'metric',
  many: 'metrics',
  noun: 'metric',
  example: 'copenhagen-drinking-water-loss',
  listDescription: 'Metrics across the corpus, newest first unless orderBy says otherwise.',
  filter: MetricFilter,
  order: FactOrder,
  defaultOrder: NEWEST_FIRST,
  list: ({ kind, ...rest }, order, queries) => queries.metrics({ ...rest, kinds: kind as string[] | undefined }, order),
});
