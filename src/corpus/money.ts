/**
 * Currency conversion with the exchange rates an article itself states, and the
 * discrepancy between a converted figure and the article's own restatement of it.
 */
import { CURRENCIES, SCALES, type Quantity } from './format/values.js';
import type { MetricRecord } from './model.js';

export interface Conversion {
  /** Target currency. */
  currency: string;
  /** The metric's value converted at the article's rate, in units (scale applied). */
  value: number;
  /** The exchange-rate metric used. */
  rateMetricKey: string;
  /** The article's own figure in that currency, when it gives one. */
  stated?: Quantity;
  /** stated - converted, in units of the target currency. */
  discrepancy?: number;
  /** discrepancy / converted. */
  relativeDiscrepancy?: number;
}

export const isCurrency = (unit: string): boolean => (CURRENCIES as readonly string[]).includes(unit);

export const amount = (q: Quantity): number => q.value * SCALES[q.scale];

/** Conversions of a currency metric into every currency the article gives a rate for. */
export function conversionsFor(metric: MetricRecord, articleMetrics: readonly MetricRecord[]): Conversion[] {
  const from = metric.value.unit;
  if (metric.kind === 'rate' || !isCurrency(from)) return [];
  const conversions: Conversion[] = [];
  for (const rate of articleMetrics) {
    if (rate.kind !== 'rate' || !rate.value.per) continue;
    // A rate "1 EUR = 1.25 USD" is value 1.25, unit USD, per EUR: it converts both ways.
    const { unit, per } = rate.value;
    const factor = amount(rate.value);
    const target = per === from ? unit : unit === from ? per : undefined;
    if (!target || !isCurrency(target)) continue;
    const value = per === from ? amount(metric.value) * factor : amount(metric.value) / factor;
    const stated = metric.alsoStatedAs.find((q) => q.unit === target);
    const conversion: Conversion = { currency: target, value, rateMetricKey: rate.key };
    if (stated) {
      conversion.stated = stated;
      conversion.discrepancy = amount(stated) - value;
      conversion.relativeDiscrepancy = conversion.discrepancy / value;
    }
    conversions.push(conversion);
  }
  return conversions;
}
