/** A key -> list index. Lists are built once at load; get() never returns undefined. */
export class MultiIndex<T> {
  private readonly lists = new Map<string, T[]>();
  private static readonly EMPTY: readonly never[] = Object.freeze([]);

  add(key: string, item: T): void {
    const list = this.lists.get(key);
    if (list) {
      if (list.at(-1) !== item) list.push(item);
    } else this.lists.set(key, [item]);
  }

  get(key: string): readonly T[] {
    return this.lists.get(key) ?? MultiIndex.EMPTY;
  }

  /** Sorts every list by a key computed once per item per list. */
  sortBy(keyOf: (item: T) => string): void {
    for (const [key, list] of this.lists) {
      const keyed = list.map((item) => ({ key: keyOf(item), item }));
      keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      this.lists.set(key, keyed.map(({ item }) => item));
    }
  }
}
