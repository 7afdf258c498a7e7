/**
 * Stated quantities as typed values: money carries its currency, percentages are
 * percentages, counts say what they count. Each keeps the article's own words.
 */
import { CURRENCIES, SCALES, TIME_UNITS, type Quantity } from '../corpus/format/values.js';
import { amount, isCurrency } from '../corpus/money.js';
import { builder } from './builder.js';

export const Currency = builder.enumType('Currency', {
  description: 'ISO 4217 currency code.',
  values: Object.fromEntries(CURRENCIES.map((c) => [c, { value: c, description: `${c} (ISO 4217).` }])) as Record<
    (typeof CURRENCIES)[number],
    { value: (typeof CURRENCIES)[number]; description: string }
  >,
});

export const Scale = builder.enumType('Scale', {
  description: 'The multiplier the article\'s words apply to a number ("215 million" is 215 at MILLION).',
  values: Object.fromEntries(
    Object.entries(SCALES).map(([name, factor]) => [name.toUpperCase(), { value: name, description: `Times ${factor}.` }]),
  ) as Record<'ONE' | 'THOUSAND' | 'MILLION' | 'BILLION', { value: keyof typeof SCALES; description: string }>,
});

export const QuantityRef = builder.interfaceRef<Quantity>('Quantity').implement({
  description: 'A quantity the article states, with its own words, the number as written and the full amount.',
  resolveType: (q) =>
    q.per
      ? 'Rate'
      : isCurrency(q.unit)
        ? 'Money'
        : q.unit === 'PERCENT'
          ? 'Percentage'
          : q.unit === 'COUNT'
            ? 'Count'
            : q.unit === 'MULTIPLE'
              ? 'Factor'
              : q.unit === 'SQUARE_METRE'
                ? 'Area'
                : 'Duration',
  fields: (t) => ({
    words: t.exposeString('words', { description: 'The article\'s words, verbatim, e.g. "215 million euros".' }),
    value: t.exposeFloat('value', { description: 'The number as written, before the scale (215 for "215 million").' }),
    scale: t.expose('scale', { type: Scale, description: 'The multiplier the words apply to value.' }),
    amount: t.float({ description: 'The full amount: value times scale (215000000 for "215 million").', resolve: amount }),
    approximate: t.exposeBoolean('approximate', { description: 'True when the article hedges: "around 20", "about".' }),
  }),
});

export const MoneyRef = builder.objectRef<Quantity>('Money').implement({
  description: 'An amount of money in one currency.',
  interfaces: [QuantityRef],
  fields: (t) => ({
    currency: t.field({ type: Currency, description: 'The currency.', resolve: (q) => q.unit as (typeof CURRENCIES)[number] }),
  }),
});

builder.objectRef<Quantity>('Percentage').implement({
  description: 'A percentage, e.g. 7 percent.',
  interfaces: [QuantityRef],
  fields: (t) => ({
    percent: t.float({ description: 'The percentage (7 for 7 percent).', resolve: amount }),
    fraction: t.float({ description: 'The same as a fraction of one (0.07 for 7 percent).', resolve: (q) => amount(q) / 100 }),
  }),
});

builder.objectRef<Quantity>('Count').implement({
  description: 'A number of things, e.g. "around 20 companies".',
  interfaces: [QuantityRef],
  fields: (t) => ({
    counting: t.exposeString('counting', { nullable: true, description: 'What is counted, e.g. "companies".' }),
  }),
});

builder.objectRef<Quantity>('Factor').implement({
  description: 'A multiple, e.g. "triple" is 3.',
  interfaces: [QuantityRef],
  fields: (t) => ({
    factor: t.float({ description: 'The multiplier.', resolve: amount }),
  }),
});

export const TimeUnit = builder.enumType('TimeUnit', {
  description: 'A unit of duration.',
  values: Object.fromEntries(TIME_UNITS.map((unit) => [unit, { value: unit, description: `${unit[0]}${unit.slice(1).toLowerCase()}s.` }])) as Record<
    (typeof TIME_UNITS)[number],
    { value: (typeof TIME_UNITS)[number]; description: string }
  >,
});

builder.objectRef<Quantity>('Area').implement({
  description: 'An area, e.g. "about 4,000 square metres".',
  interfaces: [QuantityRef],
  fields: (t) => ({
    squareMetres: t.float({ description: 'The area in square metres.', resolve: amount }),
  }),
});

builder.objectRef<Quantity>('Duration').implement({
  description: 'A length of time, e.g. "four-day visit".',
  interfaces: [QuantityRef],
  fields: (t) => ({
    unit: t.field({ type: TimeUnit, description: 'The unit of value.', resolve: (q) => q.unit as (typeof TIME_UNITS)[number] }),
  }),
});

builder.objectRef<Quantity>('Rate').implement({
  description: 'A rate of one unit per another, e.g. an exchange rate of 1.25 US dollars per euro.',
  interfaces: [QuantityRef],
  fields: (t) => ({
    unit: t.exposeString('unit', { description: 'The numerator unit or currency code (USD in "1 euro = 1.25 US dollars").' }),
    per: t.string({ description: 'The denominator unit or currency code (EUR in "1 euro = 1.25 US dollars").', resolve: (q) => q.per! }),
    rate: t.float({ description: 'Units of unit per one per.', resolve: amount }),
  }),
});
