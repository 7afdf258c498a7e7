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
