/**
 * What each field costs (@pothos/plugin-complexity), so that the cost of an operation bounds the
 * size of its answer before anything runs (docs/security.md, "The cost"). A unit is one value of
 * the answer, or TEXT_UNIT characters of text:
 *
 * - a text field costs its longest stored value in units (names 1; Article.paragraphs a whole body);
 * - a list multiplies what each item costs by the longest such list the corpus holds (a
 *   connection by its page size, see connectionCost in paginate.ts; nodes(ids:) by its ids);
 * - a search, or a filter by text, adds the records it reads (SCAN_UNIT);
 * - anything else costs 1.
 *
 * Lengths are the store's, measured at load (src/corpus/value-sizes.ts): the same operation costs
 * more on a corpus with longer texts, and no corpus can make an answer outgrow its cost.
 */
import type { FieldComplexityValue } from '@pothos/plugin-complexity';
import { getNamedType, isLeafType, isListType, isNonNullType, type GraphQLField } from 'graphql';
import type { ValueSizes } from '../corpus/value-sizes.js';
import type { Context } from './builder.js';

/** Characters of text per unit of cost. */
export const TEXT_UNIT = 100;

/**
 * Records a search (or a filter by text, which is a search) reads per unit of cost. Its answer may
 * be small while it reads every record holding its rarest word and sorts them: measured on
 * 100,000 generated articles, 1–2 µs of CPU per record read (a frequent word matches 50,000–280,000
 * records, 50–400 ms), so that fifteen such filters in one request took 1.4–3.3 s. At 50 records a
 * unit, the cost limit (10,000) lets a request read at most 500,000 records, about a second.
 */
export const SCAN_UNIT = 50;

/** The cost of reading the records a search for `text` walks (src/corpus/search.ts, scanSize). */
export const scanCost = (text: unknown, { store }: Context): number => (typeof text === 'string' && text ? Math.ceil(store.search.scanSize(text) / SCAN_UNIT) : 0);

const units = (characters: number) => Math.max(1, Math.ceil(characters / TEXT_UNIT));

const TEXT_SCALARS = new Set(['String', 'URL']);

/**
 * The cost of a field that declares none (builder.ts): text by the longest value stored under its
 * name (the record field it exposes, else its own name; any text when none has that name), a list
 * by the longest list stored under that name (else the longest of all).
 */
export function defaultFieldCost(_args: object, { store }: Context, field: GraphQLField<unknown, Context>): FieldComplexityValue {
  const { sizes } = store;
  const source = (field.extensions?.pothosExposedField as string | undefined) ?? field.name;
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  const items = isListType(type) ? (sizes.lists.get(source) ?? sizes.list) : 1;
  const named = getNamedType(type);
  if (!isLeafType(named)) return { field: 1, multiplier: items };
  // A leaf has no selection to multiply: a list of texts costs all of them here.
  return items * (TEXT_SCALARS.has(named.name) ? units(sizes.byField.get(source) ?? sizes.text) : 1);
}

/** The cost of a text field whose longest value is `longest` of the store's sizes. */
export const textCost =
  (longest: (sizes: ValueSizes) => number) =>
  (_args: object, { store }: Context): number =>
    units(longest(store.sizes));

/** The cost of a list field that holds at most `longest` of the store's sizes items. */
export const listCost =
  (longest: (sizes: ValueSizes) => number) =>
  (_args: object, { store }: Context): FieldComplexityValue => ({ field: 1, multiplier: Math.max(1, longest(store.sizes)) });
