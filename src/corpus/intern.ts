/**
 * One copy of each short string in the store. Every article file repeats the keys and references
 * of the entities it mentions ("city:copenhagen", "frank-jensen"), and parsing gives each
 * occurrence its own copy: on 100,000 generated articles, two out of three such strings were
 * duplicates. Interning them as articles are added keeps one.
 */

/** Strings longer than this rarely repeat; neither do strings with spaces (words, sentences): they are left alone. */
const MAX_LENGTH = 64;

const SKIPPED = new Set(['key', 'evidence', 'title', 'description', 'measure', 'text', 'setting', 'basis']);

export class StringPool {
  private readonly pool = new Map<string, string>();

  /** Replaces, in place, every short string under the value (objects and arrays; class instances such as located quotes are left alone). */
  internAll(value: unknown): void {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') value[i] = this.intern(item);
        else this.internAll(item);
      }
    } else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const record = value as Record<string, unknown>;
      for (const field in record) {
        // A fact's own key is unique, evidence is located quotes that share their paragraph's text, and wordings rarely repeat.
        if (SKIPPED.has(field)) continue;
        const item = record[field];
        if (typeof item === 'string') record[field] = this.intern(item);
        else this.internAll(item);
      }
    }
  }

  /** The pooled copy of a key, reference or term (a string without spaces); other strings as they are. */
  intern(text: string): string {
    if (text.length > MAX_LENGTH || text.includes(' ')) return text;
    const known = this.pool.get(text);
    if (known !== undefined) return known;
    this.pool.set(text, text);
    return text;
  }
}
