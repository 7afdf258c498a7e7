/** Numbers as articles write them: "20", "1,250", "1.25", "four", "twenty-five", "a dozen". */

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const WORDS = new Map<string, number>([
  ...UNITS.map((word, n): [string, number] => [word, n]),
  ...TENS.flatMap((word, n): [string, number][] => (word ? [[word, n * 10]] : [])),
  ['hundred', 100],
  ['a hundred', 100],
  ['dozen', 12],
  ['a dozen', 12],
]);

/** A number written in digits (with thousands commas and decimals) or in words, as a regular expression source. */
export const NUMBER_SOURCE = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:${TENS.filter(Boolean).join('|')})-(?:${UNITS.slice(1, 10).join('|')})|a dozen|a hundred|${[...WORDS.keys()].filter((w) => !w.includes(' ')).sort((a, b) => b.length - a.length).join('|')})`;

/** The value of a number as written, or undefined when it is not one. */
export function parseNumber(written: string): number | undefined {
  const text = written.trim().toLowerCase();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(text)) return Number(text.replaceAll(',', ''));
  const known = WORDS.get(text);
  if (known !== undefined) return known;
  const compound = /^([a-z]+)-([a-z]+)$/.exec(text);
  if (compound && TENS.includes(compound[1]!) && UNITS.indexOf(compound[2]!) > 0 && UNITS.indexOf(compound[2]!) < 10) {
    return TENS.indexOf(compound[1]!) * 10 + UNITS.indexOf(compound[2]!);
  }
  return undefined;
}
