/** The paragraphs an author quotes from: an article file's body, or a plain text file's paragraphs. */
import { readFileSync } from 'node:fs';

/**
 * The paragraphs of a file: the "body" of an article file (.json), or, for any other file, its text
 * split at blank lines, the lines of a paragraph joined by a space (npm run draft splits a text so).
 * Or why it cannot be read.
 */
export function readParagraphs(file: string): { paragraphs: string[] } | { problem: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { problem: `cannot read ${file}: ${(error as Error).message}` };
  }
  if (!file.endsWith('.json')) return { paragraphs: paragraphsOfText(text) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `${file} is not JSON (${(error as Error).message}); npm run validate says where` };
  }
  const body = (value as { body?: unknown } | null)?.body;
  if (!Array.isArray(body) || body.length === 0 || !body.every((p) => typeof p === 'string')) {
    return { problem: `${file} has no "body": an article file holds its text as a list of paragraphs, "body": ["...", "..."]` };
  }
  return { paragraphs: body as string[] };
}

/** Paragraphs separated by blank lines, the lines of one joined by a space; a text without a blank line has a paragraph per line. */
export function paragraphsOfText(text: string): string[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  const blank = /\r?\n[^\S\r\n]*\r?\n/;
  const blocks = blank.test(trimmed) ? trimmed.split(blank) : trimmed.split(/\r?\n/);
  return blocks.map((block) => block.replace(/\s*\r?\n\s*/g, ' ').trim()).filter((paragraph) => paragraph.length > 0);
}
