/** Keys as the format wants them (lowercase words joined by hyphens), made from names and headlines. */
import { KEY_PATTERN } from '../../corpus/format/values.js';

/** Letters that do not decompose into a base letter and a mark. */
const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', å: 'a', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ı: 'i' };

/** "Rambøll" -> "ramboll", "Hawai'i Convention Center" -> "hawaii-convention-center". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[øæåœßđłþı]/g, (letter) => LETTERS[letter]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Headline words that say nothing on their own. */
const FILLER = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'and', 'or', 'as', 'is', 'are', 'was', 'were', 'be', 'its', 'his', 'her', 'their', 's', 'he', 'she', 'it', 'they', 'we', 'i', 'that', 'this', 'will', 'would', 'has', 'have', 'had']);

/** `<source>-<yyyy-mm-dd>-<a few headline words>`: "xinhua-2014-12-04-copenhagen-mayor-beijing-visit". */
export function articleKey(source: string, publishedAt: string, title: string, words = 4): string {
  const headline = slug(title.replace(/['’]s\b/g, ''))
    .split('-')
    .filter((word) => word !== '' && !FILLER.has(word))
    .slice(0, words);
  return [slug(source), publishedAt.slice(0, 10), ...headline].filter(Boolean).join('-');
}

/** A key made from words, kept short: the first few words of the slug. */
export function keyOf(text: string, words = 6): string {
  return slug(text).split('-').filter((word) => word !== '' && !FILLER.has(word)).slice(0, words).join('-');
}

/** The key, or the key with "-2", "-3", ... when it is taken. */
export function uniqueKey(key: string, taken: ReadonlySet<string>): string {
  if (!KEY_PATTERN.test(key)) throw new Error(`"${key}" is not a key`);
  if (!taken.has(key)) return key;
  for (let n = 2; ; n++) if (!taken.has(`${key}-${n}`)) return `${key}-${n}`;
}
