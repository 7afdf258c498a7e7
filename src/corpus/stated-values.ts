/**
 * A fact's values as one article states them, flattened for display: "status" -> "underway",
 * "departure" -> "2014-12-03" (with the words "on Wednesday"), "delegation.size" -> "20 COUNT".
 * Lists (participants, purposes) are left out: each of their items carries its own evidence.
 */
import type { Quantity, TimeReference } from './format/values.js';
import { amount } from './money.js';

export interface StatedField {
  field: string;
  /** The value in a stable form: a date as in the format, an amount with its unit, a term. */
  value: string;
  /** The article's own words for it, where the value keeps them (a time, a quantity). */
  words?: string;
}

const WORDS_ONLY = new Set(['evidence']);

export function statedFields(values: Readonly<Record<string, unknown>>, path = ''): StatedField[] {
  const out: StatedField[] = [];
  for (const [field, value] of Object.entries(values)) {
    if (WORDS_ONLY.has(field) || Array.isArray(value) || value === undefined) continue;
    const at = path ? `${path}.${field}` : field;
    if (isTime(value) || isQuantity(value) || typeof value !== 'object' || value === null) out.push(renderValue(at, value));
    else out.push(...statedFields(value as Record<string, unknown>, at));
  }
  return out;
}

export function renderValue(field: string, value: unknown): StatedField {
  if (isTime(value)) {
    const range = value.end === undefined ? (value.date ?? '') : `${value.date ?? ''}/${value.end}`;
    return { field, value: range, words: value.words };
  }
  if (isQuantity(value)) {
    return { field, value: `${amount(value)} ${value.unit}${value.per ? ` per ${value.per}` : ''}`, words: value.words };
  }
  return { field, value: typeof value === 'string' ? value : JSON.stringify(value) };
}

export const isTime = (value: unknown): value is TimeReference =>
  typeof value === 'object' && value !== null && 'words' in value && ('date' in value || 'end' in value);
export const isQuantity = (value: unknown): value is Quantity =>
  typeof value === 'object' && value !== null && 'words' in value && 'unit' in value;
