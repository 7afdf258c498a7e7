/** A key -> list index. Lists are built once at load; get() never returns undefined. */
export class MultiIndex<T> {
  private readonly lists = new Map<string, T[]>();
  static readonly EMPTY: readonly never[] = Object.freeze([]);

  add(key: string, item: T): void {
    const list = this.lists.get(key);
    if (list) {
      if (list.at(-1) !== item) list.push(item);
    } else this.lists.set(key, [item]);
  }

  get(key: string): readonly T[] {
    return this.lists.get(key) ?? MultiIndex.EMPTY;
  }

  sort(compare: (a: T, b: T) => number): void {
    for (const list of this.lists.values()) list.sort(compare);
  }
}
