/**
 * Article files are UTF-8. Reading them with readFileSync(file, 'utf8') turned any invalid byte
 * into U+FFFD without a word; they are now decoded strictly, and a file that is not UTF-8 is
 * refused with the byte offset of its first invalid sequence.
 */
import { isUtf8 } from 'node:buffer';

/**
 * The file's text, or why it is not UTF-8 text. The common, valid case is one validation pass
 * (buffer.isUtf8, the same strictness as TextDecoder's fatal mode) and one decode; only a file
 * that fails is searched for the offset. A UTF-8 byte-order mark is kept as U+FEFF: the JSON
 * parsing step refuses it with its own message (validate-file.ts).
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: string } {
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: `not UTF-8 text: it starts with a UTF-16 byte-order mark (bytes ${hex(bytes.subarray(0, 2))}); save the file as UTF-8` };
  }
  const { offset, length } = firstInvalidUtf8(bytes)!;
  return {
    problem:
      `not UTF-8 text: invalid byte sequence ${hex(bytes.subarray(offset, offset + length))} at byte offset ${offset}` +
      ` (line ${lineAt(bytes, offset)}); save the file as UTF-8`,
  };
}

/**
 * The first ill-formed sequence (Unicode's table 3-7 of well-formed UTF-8: no overlong forms, no
 * surrogates, nothing above U+10FFFF, no truncated sequence): its offset, and its length up to and
 * including the byte that makes it invalid. Undefined when the bytes are well-formed UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; length: number } | undefined {
  const n = bytes.length;
  const within = (at: number, low: number, high: number) => at < n && bytes[at]! >= low && bytes[at]! <= high;
  for (let i = 0; i < n; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The range of the second byte after this lead byte, and how many bytes the sequence has.
    let low = 0x80;
    let high = 0xbf;
    let size: number;
    if (lead >= 0xc2 && lead <= 0xdf) size = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      size = 3;
      if (lead === 0xe0) low = 0xa0; // shorter forms are overlong
      if (lead === 0xed) high = 0x9f; // D800-DFFF are surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      size = 4;
      if (lead === 0xf0) low = 0x90; // overlong
      if (lead === 0xf4) high = 0x8f; // above U+10FFFF
    } else return { offset: i, length: 1 };
    if (!within(i + 1, low, high)) return { offset: i, length: Math.min(2, n - i) };
    for (let k = 2; k < size; k++) if (!within(i + k, 0x80, 0xbf)) return { offset: i, length: Math.min(k + 1, n - i) };
    i += size;
  }
  return undefined;
}

/** Bytes as upper-case hex pairs, e.g. "E9 20". */
const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

/** The 1-based line the byte at `offset` is on. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let at = bytes.indexOf(0x0a); at !== -1 && at < offset; at = bytes.indexOf(0x0a, at + 1)) line++;
  return line;
}
