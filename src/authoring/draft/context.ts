/**
 * What the fact proposals read: the body's sentences, the entities and where they are named, the
 * quantities and times of each sentence (offsets in the paragraph), and who a pronoun or "the
 * mayor" refers to.
 */
import type { KnownCorpus } from './corpus.js';
import { PLACE_LISTS, type EntityList, type Mention, type ProposedEntity } from './entities.js';
import { findQuantities, type FoundQuantity } from './quantities.js';
import type { Sentence } from './sentences.js';
import { findTimes, type FoundTime, type Publication } from './times.js';

/** Something found in a sentence, with offsets in the paragraph. */
export type InSentence<T> = T & { sentence: number };

export interface DraftContext {
  body: readonly string[];
  sentences: readonly Sentence[];
  publishedAt: string;
  publication: Publication;
  entities: readonly ProposedEntity[];
  mentions: readonly Mention[];
  quantities: readonly InSentence<FoundQuantity>[];
  times: readonly InSentence<FoundTime>[];
  corpus: KnownCorpus;
  /** Fact keys the corpus and the draft already use. */
  factKeys: Set<string>;
}

/** Quantities and times of every sentence; a number inside a time ("Oct 12") is not a quantity. */
export function measure(sentences: readonly Sentence[], publication: Publication): Pick<DraftContext, 'quantities' | 'times'> {
  const quantities: InSentence<FoundQuantity>[] = [];
  const times: InSentence<FoundTime>[] = [];
  for (const sentence of sentences) {
    const shift = <T extends { start: number; end: number }>(found: T): InSentence<T> => ({ ...found, start: found.start + sentence.start, end: found.end + sentence.start, sentence: sentence.index });
    const found = findTimes(sentence.text, publication).map(shift);
    times.push(...found);
    for (const quantity of findQuantities(sentence.text).map(shift)) {
      if (!found.some((time) => quantity.start < time.end && time.start < quantity.end)) quantities.push(quantity);
    }
  }
  return { quantities, times };
}

export const entityOf = (context: DraftContext, ref: string): ProposedEntity | undefined => context.entities.find((entity) => entity.ref === ref);

/** The mentions in a sentence, optionally of some lists only, in order. */
export function mentionsIn(context: DraftContext, sentence: Sentence, lists?: readonly EntityList[]): Mention[] {
  return context.mentions.filter((m) => m.sentence === sentence.index && (!lists || lists.includes(entityOf(context, m.ref)!.list)));
}

export const placesIn = (context: DraftContext, sentence: Sentence): Mention[] => mentionsIn(context, sentence, PLACE_LISTS);

/** The person last named before an offset of a sentence (earlier sentences included): whom "he" or "she" refers to. */
export function lastPersonBefore(context: DraftContext, sentence: Sentence, offset: number): string | undefined {
  const before = context.mentions.filter(
    (m) => entityOf(context, m.ref)!.list === 'people' && (m.sentence < sentence.index || (m.sentence === sentence.index && m.end <= offset)),
  );
  return before.at(-1)?.ref;
}

/**
 * The person words refer to: a person named there, "he"/"she" (the last person named before), or
 * "the mayor" (the one person with that office).
 */
export function personOf(context: DraftContext, sentence: Sentence, start: number, end: number): string | undefined {
  const words = context.body[sentence.paragraph]!.slice(start, end).trim();
  const named = mentionsIn(context, sentence, ['people']).filter((m) => m.start >= start && m.end <= end);
  if (named.length > 0) return named.at(-1)!.ref;
  if (/^(he|she)$/i.test(words)) return lastPersonBefore(context, sentence, start);
  const title = /^the ([a-z -]+)$/i.exec(words)?.[1]?.toLowerCase();
  if (title) {
    const holders = context.entities.filter((e) => e.list === 'people' && e.offices.some((office) => office.title.toLowerCase() === title || office.role === title));
    if (holders.length === 1) return holders[0]!.ref;
  }
  return undefined;
}

/** The key of a reference ("person:frank-jensen" -> "frank-jensen"). */
export const keyOfRef = (ref: string): string => ref.slice(ref.indexOf(':') + 1);

/** Quantities and times of a sentence. */
export const quantitiesIn = (context: DraftContext, sentence: Sentence) => context.quantities.filter((q) => q.sentence === sentence.index);
export const timesIn = (context: DraftContext, sentence: Sentence) => context.times.filter((t) => t.sentence === sentence.index);

/** Offsets of a match of a pattern in a sentence, in the paragraph. */
export function find(sentence: Sentence, pattern: RegExp): { start: number; end: number; match: RegExpExecArray } | undefined {
  const match = pattern.exec(sentence.text);
  return match ? { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, match } : undefined;
}
