/**
 * How much of a curated article file a draft proposes: for named entities (people, places,
 * organisations), quantities and time references, how many the curated file has, how many the
 * draft proposes, and how many of the curated ones the draft has (each matched once): an entity
 * in the same list with the same key or name, a quantity with the same amount, unit and "per",
 * a time with the same date and end.
 */
import { SCALES } from '../../corpus/format/values.js';

export interface RecallRow {
  what: string;
  curated: number;
  proposed: number;
  correct: number;
}

type Json = Record<string, unknown>;

const ENTITY_GROUPS: [what: string, lists: string[]][] = [
  ['people', ['people']],
  ['places', ['countries', 'regions', 'cities', 'venues']],
  ['organisations', ['organisations']],
];

export function recall(curated: Json, draft: Json): RecallRow[] {
  const rows = ENTITY_GROUPS.map(([what, lists]) => {
    const entitiesOf = (file: Json) => lists.flatMap((list) => ((file[list] as Json[] | undefined) ?? []).map((row) => ({ list, key: row.key, name: String(row.name).toLowerCase() })));
    return count(what, entitiesOf(curated), entitiesOf(draft), (a, b) => a.list === b.list && (a.key === b.key || a.name === b.name));
  });
  const named = rows.reduce((sum, row) => ({ ...sum, curated: sum.curated + row.curated, proposed: sum.proposed + row.proposed, correct: sum.correct + row.correct }), {
    what: 'named entities',
    curated: 0,
    proposed: 0,
    correct: 0,
  });
  const amount = (q: Json) => Number(q.value) * SCALES[(q.scale as keyof typeof SCALES | undefined) ?? 'one'];
  const quantities = count('quantities', valuesIn(curated, isQuantity), valuesIn(draft, isQuantity), (a, b) => a.unit === b.unit && a.per === b.per && Math.abs(amount(a) - amount(b)) <= 1e-9 * Math.abs(amount(a)));
  const times = count('time references', valuesIn(curated, isTime), valuesIn(draft, isTime), (a, b) => a.date === b.date && a.end === b.end);
  return [...rows, named, quantities, times];
}

/** The table npm run draft:recall prints. */
export function formatRecall(rows: readonly RecallRow[]): string {
  const lines = [`${'what'.padEnd(16)} ${'curated'.padStart(7)} ${'proposed'.padStart(8)} ${'correct'.padStart(7)} ${'share'.padStart(6)}`];
  for (const row of rows) {
    const share = row.curated === 0 ? '-' : `${Math.round((100 * row.correct) / row.curated)}%`;
    lines.push(`${row.what.padEnd(16)} ${String(row.curated).padStart(7)} ${String(row.proposed).padStart(8)} ${String(row.correct).padStart(7)} ${share.padStart(6)}`);
  }
  return lines.join('\n');
}

/** Matches each curated item with at most one proposed item. */
function count<T>(what: string, curated: T[], proposed: T[], same: (a: T, b: T) => boolean): RecallRow {
  const left = [...proposed];
  let correct = 0;
  for (const item of curated) {
    const match = left.findIndex((other) => same(item, other));
    if (match >= 0) {
      left.splice(match, 1);
      correct++;
    }
  }
  return { what, curated: curated.length, proposed: proposed.length, correct };
}

const isQuantity = (value: Json) => typeof value.words === 'string' && typeof value.value === 'number' && typeof value.unit === 'string';
const isTime = (value: Json) => typeof value.words === 'string' && (typeof value.date === 'string' || typeof value.end === 'string') && !('unit' in value);

/** Every object in the file (its reports included) that is of a shape. */
function valuesIn(value: unknown, is: (value: Json) => boolean, found: Json[] = []): Json[] {
  if (Array.isArray(value)) for (const item of value) valuesIn(item, is, found);
  else if (value !== null && typeof value === 'object') {
    if (is(value as Json)) found.push(value as Json);
    else for (const [name, child] of Object.entries(value)) if (name !== 'body') valuesIn(child, is, found);
  }
  return found;
}
