/**
 * Statements: what a person is said to have said. Words inside quotation marks followed by
 * "X said" (or "he added") are a direct statement; "X said (that) ...", "..., X said" and
 * "..., said X" are reported speech, as is "adding ..." after a quotation. The speaker must be a
 * person the draft found (a name, "he"/"she" for the last person named, or "the mayor" for the
 * one mayor); the text is copied from the body.
 */
import { type DraftContext, keyOfRef, mentionsIn, personOf } from './context.js';
import { draftMark, quoteOf } from './evidence.js';
import { keyOf, uniqueKey } from './key.js';
import type { Sentence } from './sentences.js';

const SAYS = '(?:said|says|added|adds|noted|stressed|explained|told [A-Z][\\w]*(?: [^,.]*)?)';
/** "...," Jensen said / "...," he added */
const DIRECT_BEFORE = new RegExp(`^["“]([^"”]+?)[,.]?["”],? ([^,"“”]{1,60}?) ${SAYS}`, 'd');
/** Jensen said: "..." */
const DIRECT_AFTER = new RegExp(`^([^,"“”]{1,60}?) ${SAYS}[:,] ["“]([^"”]+?)[,.]?["”]`, 'd');
/** ..., adding Copenhagen has a lot of experience. */
const ADDING = /, adding (?:that )?([^"“”]+?)\.?$/;
/** Jensen said the companies will ... / Jensen, who visited China, said he was ... */
const SPEAKER_FIRST = new RegExp(`^([^,"“”]{1,60}?)(?:, who [^,]+,)? ${SAYS}(?: that)? ([^"“”]+?)\\.?$`, 'd');
/** ..., Jensen said. / ..., the mayor told Xinhua in an interview. */
const SPEAKER_LAST = new RegExp(`^(?:According to [^,]+, )?([^"“”]+?), ([^,"“”]{1,60}?) ${SAYS}\\.?$`, 'd');
/** ..., said Copenhagen Mayor Frank Jensen. */
const SAID_LAST = /^(?:According to [^,]+, )?([^"“”]+?), (?:said|says|added) ([^,"“”]{1,60}?)\.?$/d;

interface Said {
  speaker: string;
  mode: 'direct' | 'reported';
  text: string;
  how: string;
}

export function proposeStatements(context: DraftContext): Record<string, unknown>[] {
  const statements: Record<string, unknown>[] = [];
  const keys = new Set<string>();
  for (const sentence of context.sentences) {
    for (const said of saidIn(context, sentence)) {
      if (said.text.split(' ').length < 4 || statements.some((s) => s.text === said.text)) continue;
      const speaker = keyOfRef(said.speaker);
      const key = uniqueKey([speaker.split('-').at(-1), keyOf(said.text, 4)].join('-'), new Set([...context.factKeys, ...keys]));
      keys.add(key);
      context.factKeys.add(key);
      const textStart = context.body[sentence.paragraph]!.indexOf(said.text, sentence.start);
      const about = mentionsIn(context, sentence)
        .filter((m) => m.start >= textStart && m.end <= textStart + said.text.length && m.ref !== said.speaker)
        .map((m) => m.ref);
      statements.push({
        key,
        draft: draftMark(said.how, sentence.paragraph),
        speaker,
        mode: said.mode,
        text: said.text,
        ...(about.length > 0 && { about: [...new Set(about)] }),
        evidence: [quoteOf(context.body, sentence.paragraph, said.text)],
      });
    }
  }
  return statements;
}

function saidIn(context: DraftContext, sentence: Sentence): Said[] {
  const text = sentence.text;
  const found: Said[] = [];
  /** The person the words at an offset of the sentence name. */
  const speakerAt = (words: string, at: number): string | undefined => personOf(context, sentence, sentence.start + at, sentence.start + at + words.length);
  const before = DIRECT_BEFORE.exec(text);
  const after = before ? null : DIRECT_AFTER.exec(text);
  if (before || after) {
    const [quoted, who] = before ? [before[1]!, before[2]!] : [after![2]!, after![1]!];
    const speaker = speakerAt(who, (before ?? after)!.indices![before ? 2 : 1]![0]);
    if (speaker) {
      found.push({ speaker, mode: 'direct', text: quoted, how: `words in quotation marks that ${who} said` });
      const adding = ADDING.exec(text);
      if (adding) found.push({ speaker, mode: 'reported', text: adding[1]!, how: `what ${who} said "adding"` });
    }
    return found;
  }
  for (const [pattern, whoAt, textAt] of [
    [SPEAKER_FIRST, 1, 2],
    [SAID_LAST, 2, 1],
    [SPEAKER_LAST, 2, 1],
  ] as const) {
    const match = pattern.exec(text);
    if (!match) continue;
    const who = match[whoAt]!;
    const speaker = speakerAt(who, match.indices![whoAt]![0]);
    if (!speaker) continue;
    found.push({ speaker, mode: 'reported', text: match[textAt]!, how: `what ${who} is reported to have said` });
    break;
  }
  return found;
}
