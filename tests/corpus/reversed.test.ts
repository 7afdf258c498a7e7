import { expect, it } from 'vitest';
import { Reversed } from '../../src/corpus/queries.js';

it.each([
  [0, 2, ['e', 'd']],
  [3, 5, ['b', 'a']],
  [4, 99, ['a']],
  [5, 6, []],
  [undefined, undefined, ['e', 'd', 'c', 'b', 'a']],
] as const)('Reversed(a..e).slice(%s, %s) reads from the end without copying the list', (start, end, expected) => {
  const list = new Reversed(['a', 'b', 'c', 'd', 'e']);
  expect(list.length).toBe(5);
  expect(list.slice(start, end)).toEqual(expected);
});
