/**
 * Metrics: a percentage or an amount of money the article states of something, and exchange
 * rates ("1 euro = 1.25 US dollars"). What is measured is the subject of the clause the figure is
 * in ("the loss of drinking water in the pipes of Copenhagen is only 7 percent"); its subjects
 * are the places and organisations named there. A figure whose clause has no such subject, or
 * names no place or organisation, is not proposed.
 */
import { type DraftContext, entityOf, find, type InSentence, keyOfRef, mentionsIn, personOf, quantitiesIn, timesIn } from './context.js';
import { draftMark, quoteOf } from './evidence.js';
import { keyOf, uniqueKey } from './key.js';
import type { FoundQuantity, Quantity } from './quantities.js';
import type { Sentence } from './sentences.js';

const CURRENCY = /^[A-Z]{3}$/;
const CURRENCY_NAMES: Record<string, string> = { EUR: 'euro', USD: 'US dollar', CNY: 'yuan', DKK: 'Danish krone', GBP: 'pound sterling', JPY: 'yen', PHP: 'Philippine peso', NZD: 'New Zealand dollar', AUD: 'Australian dollar', INR: 'Indian rupee', KRW: 'Korean won' };

/** The verb after the subject of a figure's clause. */
const VERB =
  /\b(is|are|was|were|stands?|stood|remains?|has|have|had|will|would|could|may|rose|rises|risen|grew|grows|grown|fell|falls|fallen|increased|decreased|declined|dropped|reached|reaches|totall?ed|amounted|accounted|climbed|jumped|surged|doubled|tripled)\b/;
const FORECAST = /\b(expected|forecast|projected|estimated to|will|would|set to|likely to)\b/;
const CHANGE = /\b(?:(?:has|have|had) )?(risen|rose|rises|grown|grew|grows|increased|climbed|jumped|surged|fallen|fell|falls|dropped|declined|decreased)\b/;
const FACTORS: [RegExp, number][] = [
  [/\bdouble[sd]?\b/, 2],
  [/\btriple[sd]?\b/, 3],
  [/\bquadruple[sd]?\b/, 4],
];
const PRESENT = /^(is|are|stands?|remains?)$/;
const PRONOUN = /^(he|she|it|they|we|i|you|this|that|which|who|these|those)\b/i;

export function proposeMetrics(context: DraftContext): Record<string, unknown>[] {
  const metrics: Record<string, unknown>[] = [];
  const keys = new Set<string>();
  const add = (row: Record<string, unknown>, base: string) => {
    const key = uniqueKey(base, new Set([...context.factKeys, ...keys]));
    keys.add(key);
    context.factKeys.add(key);
    metrics.push({ key, ...row });
  };
  for (const sentence of context.sentences) {
    const quantities = quantitiesIn(context, sentence);
    const restated = new Set<InSentence<FoundQuantity>>();
    for (const found of quantities) {
      if (restated.has(found)) continue;
      const { quantity } = found;
      if (quantity.per !== undefined) {
        add(rateRow(context, sentence, found), `${quantity.per.toLowerCase()}-${quantity.unit.toLowerCase()}-exchange-rate-${context.publishedAt.slice(0, 7)}`);
        continue;
      }
      if (quantity.unit !== 'PERCENT' && !CURRENCY.test(quantity.unit)) continue;
      // "215 million euros(265 millio US dollars)": the same figure in another currency.
      const again = quantities.find((q) => q.start > found.end && /^\s*\(\s*$/.test(context.body[sentence.paragraph]!.slice(found.end, q.start)) && CURRENCY.test(q.quantity.unit) && CURRENCY.test(quantity.unit));
      if (again) restated.add(again);
      const row = figureRow(context, sentence, found, again?.quantity);
      if (row) add(row.row, row.key);
    }
  }
  return metrics;
}

function rateRow(context: DraftContext, sentence: Sentence, found: FoundQuantity): Record<string, unknown> {
  const { quantity } = found;
  const per = CURRENCY_NAMES[quantity.per!] ?? quantity.per!;
  const unit = CURRENCY_NAMES[quantity.unit] ?? quantity.unit;
  return {
    draft: draftMark(`"${quantity.words}" states an exchange rate`, sentence.paragraph),
    measure: `exchange rate of the ${per} in ${unit}s`,
    kind: 'rate',
    subjects: [],
    value: quantity,
    evidence: [quoteOf(context.body, sentence.paragraph, quantity.words)],
  };
}

function figureRow(context: DraftContext, sentence: Sentence, found: FoundQuantity, restatement: Quantity | undefined): { row: Record<string, unknown>; key: string } | undefined {
  const paragraph = context.body[sentence.paragraph]!;
  // The clause: the figure's part of the sentence between commas (a number's own commas, as in "1,250", are not followed by a space).
  const comma = paragraph.lastIndexOf(', ', found.start);
  const clauseStart = comma < sentence.start ? sentence.start : comma + 2;
  const clauseEnd = paragraph.slice(found.end, sentence.end).search(/, (?![^(]*\))/);
  const clause = paragraph.slice(clauseStart, clauseEnd < 0 ? sentence.end : found.end + clauseEnd);
  const verb = VERB.exec(clause.slice(0, found.start - clauseStart));
  if (!verb) return undefined;
  const subject = clause.slice(0, verb.index).trim().replace(/^(?:the|The) /, '');
  if (subject === '' || PRONOUN.test(subject) || subject.split(' ').length > 12 || /^[a-z]+ing\b/.test(subject)) return undefined;
  const subjectStart = clauseStart + clause.indexOf(subject);
  const inSubject = mentionsIn(context, sentence).filter((m) => m.start >= subjectStart && m.end <= subjectStart + subject.length);
  const inClause = mentionsIn(context, sentence).filter((m) => m.start >= clauseStart && m.end <= clauseStart + clause.length);
  const subjects = [...new Set((inSubject.length > 0 ? inSubject : inClause).map((m) => m.ref).filter((ref) => entityOf(context, ref)!.list !== 'people'))];
  if (subjects.length === 0) return undefined;

  const afterSubject = clause.slice(verb.index);
  const change = CHANGE.exec(afterSubject);
  const factor = FACTORS.find(([pattern]) => pattern.test(afterSubject));
  const kind = FORECAST.test(afterSubject) ? 'forecast' : change ? 'change' : 'level';
  const times = timesIn(context, sentence);
  const since = times.find((t) => t.cue === 'since' || t.cue === 'from');
  const by = times.find((t) => t.cue === 'by' || t.cue === 'until');
  const at = times.find((t) => t.cue === 'in' || t.cue === 'on');
  const asOf =
    at?.time ??
    (kind === 'level' && !since && !by && PRESENT.test(verb[1]!)
      ? { words: verb[1]!, date: context.publishedAt.slice(0, 10), basis: 'stated in the present tense; taken as of publication' }
      : undefined);
  const said = find(sentence, /,? (?:([\w ]{1,40}) (?:said|says|added|adds)|(?:said|says|added) ([\w ]{1,40}))\.?$/);
  const according = find(sentence, /^According to ([\w ]{1,40}),/);
  const speakerAt = said ?? according;
  const attributedTo = speakerAt ? personOf(context, sentence, speakerAt.start, speakerAt.end) : undefined;
  const changeWords = change?.[0] ?? (factor ? factor[0].exec(afterSubject)![0] : undefined);
  const direction = /fall|fell|drop|declin|decreas/.test(change?.[0] ?? '') ? 'down' : 'up';
  const row: Record<string, unknown> = {
    draft: draftMark(`"${found.quantity.words}" is a figure of "${subject}"`, sentence.paragraph),
    measure: subject,
    kind,
    subjects,
    value: found.quantity,
    ...(restatement && { alsoStatedAs: [restatement] }),
    ...(changeWords && (kind === 'change' || factor) && { change: { words: changeWords, ...(factor && { factor: factor[1] }), direction } }),
    ...(since && { from: since.time }),
    ...(by && { to: by.time }),
    ...(asOf && { asOf }),
    ...(attributedTo && { attributedTo: keyOfRef(attributedTo) }),
    evidence: [quoteOf(context.body, sentence.paragraph, sentence.text)],
  };
  const year = /^\d{4}/.exec(String((by?.time ?? asOf)?.date ?? ''))?.[0];
  return { row, key: [keyOf(subject, 6), year].filter(Boolean).join('-') };
}
