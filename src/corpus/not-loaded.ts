/**
 * Thrown by a store that reads from a database (src/pg/view.ts) when asked for what it has not
 * loaded yet; it has already asked for it. The serving layer waits for the loads and runs the
 * operation again (src/serve/rounds.ts), so code that catches errors around store calls must let
 * it through. One instance, without a stack: it is thrown often, and it is never shown.
 */
export class NotLoaded extends Error {
  constructor() {
    super('Not loaded yet: the operation runs again once it is.');
    this.name = 'NotLoaded';
  }
}

const limit = Error.stackTraceLimit;
Error.stackTraceLimit = 0;
export const NOT_LOADED = new NotLoaded();
Error.stackTraceLimit = limit;

/**
 * `items.map(read)` for a `read` that asks a store (`get`, `byRef`): every item is read, and a
 * NOT_LOADED met on the way is thrown once, after the last. A database store has then been asked
 * for every record the list lacks at once, and loads them in one statement; `map` would stop at
 * the first, and the resolver would wait for one record at a time (the busiest city's profile at
 * 10,000 articles took 228 statements, one per sister city, and takes 11).
 */
export function mapEvery<T, R>(items: Iterable<T>, read: (item: T) => R): R[] {
  const values: R[] = [];
  let missed = false;
  for (const item of items) {
    try {
      values.push(read(item));
    } catch (error) {
      if (error !== NOT_LOADED) throw error;
      missed = true;
    }
  }
  if (missed) throw NOT_LOADED;
  return values;
}
