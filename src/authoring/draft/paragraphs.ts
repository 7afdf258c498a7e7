/**
 * A plain-text article split into its title and body paragraphs. Paragraphs are separated by blank
 * lines (a text without any is one paragraph per line); the lines of a paragraph are joined with a
 * space. The text of each paragraph is kept as written; only what is not the article is left out:
 * the headline (it becomes the title), date lines ("Source:Xinhua Published: 2014-12-4 9:55:13"),
 * "Posted in:" lines and comment widgets.
 */

export interface SplitArticle {
  title: string;
  body: string[];
  /** The lines left out, for the author to check. */
  dropped: string[];
}

/** "Source: ...", "Published: ...", "Updated: ...", "Posted in: ...": the publisher's labels, not the article. */
const LABELLED = /^(?:(?:source|published|updated|posted(?: in| on)?|date|editor|author|by|byline|filed under|tags)\s*:.*)$/i;
const WIDGET = /comments powered by|^(?:share|print|e-?mail|tweet)(?: this)?$|^advertisement$/i;

export function splitArticle(text: string, title?: string): SplitArticle {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const blocks = lines.some((line) => line.trim() === '')
    ? text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n[ \t]*\r?\n/)
        .map((block) => block.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).join(' '))
    : lines.map((line) => line.trim());
  const paragraphs = blocks.filter((block) => block !== '');
  const dropped: string[] = [];
  let heading = title?.trim();
  const first = paragraphs[0];
  if (first !== undefined && (heading === undefined ? looksLikeHeadline(first, paragraphs.length) : first === heading)) {
    heading ??= first;
    dropped.push(paragraphs.shift()!);
  }
  const body = paragraphs.filter((paragraph) => {
    const keep = !LABELLED.test(paragraph) && !WIDGET.test(paragraph);
    if (!keep) dropped.push(paragraph);
    return keep;
  });
  if (heading === undefined) throw new Error('the text has no headline line to take the title from: pass --title');
  if (body.length === 0) throw new Error('the text has no paragraphs besides its headline and date lines');
  return { title: heading, body, dropped };
}

/** A first line is a headline when it is short, does not end a sentence, and more text follows. */
function looksLikeHeadline(line: string, paragraphs: number): boolean {
  return paragraphs > 1 && line.length <= 200 && !/[.!?:;,"”]$/.test(line);
}
