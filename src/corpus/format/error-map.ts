/**
 * zod's own messages, made into ones a data author can act on; validate-file.ts parses with it.
 * An unknown field ("Unrecognized key") is named with the field it is closest to and the fields
 * the object takes. Messages the format's schemas write themselves are left as they are.
 */
import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';

export const authorErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'unrecognized_keys') {
    const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
    if (shape) return unknownFields(issue.keys, Object.keys(shape));
  }
  return undefined;
};

/** `unknown field "evidance" (did you mean "evidence"?); the fields here are key, name, evidence` */
export function unknownFields(keys: readonly string[], fields: readonly string[]): string {
  const named = keys.map((key) => {
    const near = closestField(key, fields);
    return near === undefined ? JSON.stringify(key) : `${JSON.stringify(key)} (did you mean ${JSON.stringify(near)}?)`;
  });
  const list = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named.at(-1)!}`;
  return `unknown field${keys.length === 1 ? '' : 's'} ${list}; the fields here are ${fields.join(', ')}`;
}

/** The field a misspelt one is closest to, when it is close enough to be a slip: a third of its letters, or two, at most. */
function closestField(key: string, fields: readonly string[]): string | undefined {
  let best: { field: string; distance: number } | undefined;
  for (const field of fields) {
    const d = distance(key.toLowerCase(), field.toLowerCase());
    if (!best || d < best.distance) best = { field, distance: d };
  }
  return best && best.distance <= Math.max(2, Math.ceil(key.length / 3)) ? best.field : undefined;
}
