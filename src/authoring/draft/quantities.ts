/**
 * Quantities in a sentence, in the format's terms (format/values.ts quantitySchema): the words as
 * written, the number before its scale, the unit (a currency, PERCENT, a length of time, a COUNT
 * of something, SQUARE_METRE), and whether the words are approximate.
 */
import nlp from 'compromise';
import type { z } from 'zod';
import type { quantitySchema, SCALES } from '../../corpus/format/values.js';
import { NUMBER_SOURCE, parseNumber } from './numbers.js';

export type Quantity = z.input<typeof quantitySchema>;
type Scale = keyof typeof SCALES;

/** A quantity found at [start, end) of the text it was read from. */
export interface FoundQuantity {
  start: number;
  end: number;
  quantity: Quantity;
  /** Set when the unit is a guess the author should confirm, e.g. "dollars" read as US dollars. */
  assumption?: string;
}

/** Currency names after the number, longest first; a bare "dollars" is taken for US dollars, and said so. */
const CURRENCY_NAMES: [pattern: string, unit: string, assumption?: string][] = [
  ['(?:US|U\\.S\\.|American) dollars?', 'USD'],
  ['(?:New Zealand|NZ) dollars?', 'NZD'],
  ['(?:Australian|AU) dollars?', 'AUD'],
  ['Danish (?:kroner|krone|crowns?)', 'DKK'],
  ['(?:Chinese )?yuan(?: \\(RMB\\))?|renminbi', 'CNY'],
  ['(?:Japanese )?yen', 'JPY'],
  ['(?:Philippine )?pesos?', 'PHP', 'pesos read as Philippine pesos'],
  ['(?:Indian )?rupees?', 'INR', 'rupees read as Indian rupees'],
  ['(?:South )?Korean won', 'KRW'],
  ['(?:British )?pounds(?: sterling)?|sterling', 'GBP'],
  ['kroner|krone', 'DKK', 'kroner read as Danish kroner'],
  ['euros?', 'EUR'],
  ['dollars?', 'USD', 'dollars read as US dollars'],
  ['USD|EUR|CNY|RMB|DKK|GBP|JPY|PHP|NZD|AUD|INR|KRW', ''],
];
/** Currency signs and codes before the number. */
const CURRENCY_SIGNS: [pattern: string, unit: string, assumption?: string][] = [
  ['US\\$|U\\.S\\. ?\\$', 'USD'],
  ['NZ\\$', 'NZD'],
  ['A\\$|AU\\$', 'AUD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'CNY', '¥ read as yuan (it is also the sign of the yen)'],
  ['₱', 'PHP'],
  ['\\$', 'USD', '$ read as US dollars'],
  ['(?:USD|EUR|CNY|RMB|DKK|GBP|JPY|PHP|NZD|AUD|INR|KRW) ?', ''],
];
const CODE_UNITS: Record<string, string> = { RMB: 'CNY' };

const SCALE_WORDS: [pattern: string, scale: Scale, factor?: number][] = [
  ['trillion', 'billion', 1000],
  // "millio" and "billio": the last letter dropped, a typo news copy keeps.
  ['billion|billio|bln|bn', 'billion'],
  ['million|millio|mln|mn', 'million'],
  ['thousand', 'thousand'],
];
/** Abbreviated scales written against the digits: "$5m", "3bn", "20k". */
const ATTACHED_SCALES: Record<string, Scale> = { m: 'million', bn: 'billion', b: 'billion', k: 'thousand' };

const APPROXIMATE = ['around', 'about', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'close to', 'an estimated', 'estimated'];
const QUALIFIERS = [...APPROXIMATE, 'more than', 'over', 'less than', 'fewer than', 'under', 'up to', 'at least', 'only', 'just'];
const QUALIFIER = new RegExp(`(?:^|\\s)(${QUALIFIERS.sort((a, b) => b.length - a.length).join('|')})\\s$`, 'i');

const TIME_UNITS = { day: 'DAY', week: 'WEEK', month: 'MONTH', year: 'YEAR' } as const;
/** Words after "<n> years" that make a time ("two years ago") or an age, not a length of time. */
const NOT_A_DURATION = /^\s+(ago|earlier|before|later|after|old|from now|since)\b/i;
const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'as', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'has', 'have', 'had']);

const NUMBER = new RegExp(`(?<![\\w.,])(${NUMBER_SOURCE})(?![.,]\\d)(?=(?:bn|m|b|k)?(?:\\W|$))`, 'gi');
/** Nouns of time: "two years" is a length of time or, with "ago", a time; never a count. */
const TIME_NOUNS = /^(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centuries)s?$/i;

/** Every quantity in the text, in order, none overlapping. */
export function findQuantities(text: string): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  let claimedTo = 0;
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    if (start < claimedTo) continue;
    const quantity = quantityAt(text, start, start + match[0].length);
    if (quantity) {
      found.push(quantity);
      claimedTo = quantity.end;
    }
  }
  return found;
}

function quantityAt(text: string, numberStart: number, numberEnd: number): FoundQuantity | undefined {
  const written = text.slice(numberStart, numberEnd);
  const number = parseNumber(written);
  if (number === undefined) return undefined;
  let start = numberStart;
  let end = numberEnd;
  let value = number;
  let scale: Scale = 'one';
  let unit: string | undefined;
  let assumption: string | undefined;

  const sign = matchBefore(text, start, CURRENCY_SIGNS);
  if (sign && /\d/.test(written[0]!)) {
    start -= sign.length;
    unit = sign.unit;
    assumption = sign.assumption;
  }
  // The scale: "215 million", "$5m".
  const attached = /^(bn|m|b|k)\b/.exec(text.slice(end));
  if (attached && unit) {
    scale = ATTACHED_SCALES[attached[1]!]!;
    end += attached[0].length;
  } else {
    for (const [pattern, name, factor] of SCALE_WORDS) {
      const word = new RegExp(`^ (${pattern})\\b`, 'i').exec(text.slice(end));
      if (word) {
        scale = name;
        value *= factor ?? 1;
        end += word[0].length;
        break;
      }
    }
  }
  const rest = text.slice(end);
  let counting: string | undefined;
  if (!unit) {
    const percent = /^ ?(%|percent\b|per cent\b|pct\b)/i.exec(rest);
    const currency = matchAfter(rest, CURRENCY_NAMES);
    const duration = /^(-| )(day|week|month|year)s?\b(-long\b)?/i.exec(rest);
    const area = /^ (square met(?:re|er)s?|sq\.? ?m\b|sqm\b|m2\b|m²)/i.exec(rest);
    if (percent) {
      unit = 'PERCENT';
      end += percent[0].length;
    } else if (currency) {
      unit = currency.unit;
      assumption = currency.assumption;
      end += currency.length;
    } else if (duration && !NOT_A_DURATION.test(rest.slice(duration[0].length))) {
      unit = TIME_UNITS[duration[2]!.toLowerCase() as keyof typeof TIME_UNITS];
      end += duration[0].length;
      // "four-day visit": a length of time written as an adjective takes the noun it qualifies.
      const noun = /^ ([a-z]+)\b/.exec(text.slice(end));
      if (duration[1] === '-' && noun && !STOPWORDS.has(noun[1]!)) end += noun[0].length;
    } else if (area) {
      unit = 'SQUARE_METRE';
      end += area[0].length;
    } else {
      const count = countedAfter(text, numberStart, end);
      if (!count) return undefined;
      unit = 'COUNT';
      counting = count.noun;
      end = count.end;
    }
  }
  // "1 euro = 1.25 US dollars": an exchange rate, the second currency per the first.
  const rate = /^ ?= ?/.exec(text.slice(end));
  if (rate && unit !== 'PERCENT' && unit !== 'COUNT') {
    const other = quantityAt(text, end + rate[0].length, end + rate[0].length + (new RegExp(`^${NUMBER_SOURCE}`, 'i').exec(text.slice(end + rate[0].length))?.[0].length ?? 0));
    if (other && other.quantity.unit !== unit && other.start === end + rate[0].length) {
      const words = text.slice(start, other.end);
      return { start, end: other.end, quantity: { words, value: other.quantity.value, unit: other.quantity.unit, per: unit as Quantity['unit'] } };
    }
  }
  const qualifier = QUALIFIER.exec(text.slice(0, start));
  let approximate = false;
  if (qualifier) {
    start -= qualifier[0].trimStart().length;
    approximate = APPROXIMATE.includes(qualifier[1]!.toLowerCase());
  }
  const quantity: Quantity = {
    words: text.slice(start, end),
    value,
    ...(scale !== 'one' && { scale }),
    unit: unit as Quantity['unit'],
    ...(counting !== undefined && { counting }),
    ...(approximate && { approximate }),
  };
  return { start, end, quantity, ...(assumption !== undefined && { assumption }) };
}

/** The counted noun of "20 Danish companies" (up to two words may come between), unless the number is a year or definite ("the two sides"). */
function countedAfter(text: string, numberStart: number, from: number): { noun: string; end: number } | undefined {
  const written = text.slice(numberStart, from);
  if (/^(1[89]|20)\d\d$/.test(written)) return undefined;
  if (/\b(the|these|those|its|their|his|her|our|my)\s$/i.test(text.slice(0, numberStart))) return undefined;
  const words = /^((?: [\w-]+){1,3})/.exec(text.slice(from));
  if (!words) return undefined;
  let offset = from;
  for (const word of words[1]!.split(' ').slice(1)) {
    offset += word.length + 1;
    if (STOPWORDS.has(word.toLowerCase())) return undefined;
    const terms = nlp(word);
    if (TIME_NOUNS.test(word)) return undefined;
    if (terms.has('#Plural') && !terms.has('#Verb')) return { noun: word, end: offset };
    if (!terms.has('#Adjective') && !terms.has('#ProperNoun') && !/^[A-Z]/.test(word)) return undefined;
  }
  return undefined;
}

function matchBefore(text: string, at: number, table: typeof CURRENCY_SIGNS): { length: number; unit: string; assumption?: string } | undefined {
  for (const [pattern, unit, assumption] of table) {
    const found = new RegExp(`(?:${pattern})$`).exec(text.slice(Math.max(0, at - 8), at));
    if (found) return { length: found[0].length, unit: unit || codeUnit(found[0]), ...(assumption !== undefined && { assumption }) };
  }
  return undefined;
}

function matchAfter(rest: string, table: typeof CURRENCY_NAMES): { length: number; unit: string; assumption?: string } | undefined {
  for (const [pattern, unit, assumption] of table) {
    const found = new RegExp(`^ ?(?:${pattern})\\b`, unit ? 'i' : '').exec(rest);
    if (found) return { length: found[0].length, unit: unit || codeUnit(found[0]), ...(assumption !== undefined && { assumption }) };
  }
  return undefined;
}

const codeUnit = (written: string): string => {
  const code = written.trim();
  return CODE_UNITS[code] ?? code;
};
