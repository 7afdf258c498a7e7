/**
 * Agreements: a sentence that signs (or will sign) a memorandum of understanding, an agreement, a
 * letter of intent, or makes places sister cities. The parties are the places and organisations the
 * sentence names and the cities and regions its people serve ("Jensen ... Beijing Mayor Wang
 * Anshun and the two sides will sign"); fewer than two, and nothing is proposed. An agreement the
 * corpus already declares between the same parties (sister cities, or another kind with the same
 * title) is reported on instead.
 */
import { type DraftContext, entityOf, keyOfRef, mentionsIn, timesIn } from './context.js';
import { draftMark, quoteOf } from './evidence.js';
import { uniqueKey } from './key.js';
import type { Sentence } from './sentences.js';
import type { ProposedVisit } from './visits.js';

const KINDS: [pattern: RegExp, kind: string, slug: string][] = [
  [/\bmemorandums? of understanding(?: \(MoU\))?|\bMoUs?\b|\bMOUs?\b/, 'memorandum-of-understanding', 'mou'],
  [/\bmemorandums? of agreement(?: \(MoA\))?|\bMoAs?\b/, 'memorandum-of-agreement', 'moa'],
  [/\bletters? of intent(?: \(LoI\))?|\bLoIs?\b/, 'letter-of-intent', 'letter-of-intent'],
  [/\b(?:sister|twin|friendship|partner)[- ](?:cit(?:y|ies)|provinces?|states?)(?: relationship| partnership| agreement| ties)?|\btwinning\b/, 'sister-cities', 'sister-cities'],
  [/\b(?:(?:cooperation|co-operation|partnership|framework) agreements?|agreements? to (?:collaborate|cooperate|co-operate|work together))\b/, 'cooperation-agreement', 'cooperation-agreement'],
  [/\bjoint (?:declaration|statement)|\bcommuniqu[eé]\b/, 'declaration', 'declaration'],
  [/\bagreements?\b/, 'other', 'agreement'],
];
const SIGNS = /\b(?:sign|signs|signed|signing|ink|inks|inked|conclude|concluded)\b/;
const RELATION = /\b(?:become|became|have been|has been|are|were|established|forged|twinned|since)\b/;
const PLANNED = /\b(?:will|shall|to|plans? to|expected to|set to|due to) (?:sign|ink|conclude)\b/;
const SIGNED = /\b(?:signed|inked|concluded)\b/;

export interface ProposedAgreement {
  row: Record<string, unknown>;
  /** True when the corpus declares the agreement: the row is a report on it. */
  reported: boolean;
}

export function proposeAgreements(context: DraftContext, visits: readonly ProposedVisit[]): ProposedAgreement[] {
  const agreements: ProposedAgreement[] = [];
  const keys = new Set<string>();
  for (const sentence of context.sentences) {
    const text = sentence.text;
    const claimed: [number, number][] = [];
    for (const [pattern, kind, slugOfKind] of KINDS) {
      const match = pattern.exec(text);
      if (!match || claimed.some(([from, to]) => match.index < to && from < match.index + match[0].length)) continue;
      claimed.push([match.index, match.index + match[0].length]);
      // The clause of the match: "A and B have become sister cities since 2012, and the two have signed agreements ..." holds two.
      const clauseStart = Math.max(0, ...[', and ', '; ', ', while '].map((mark) => text.lastIndexOf(mark, match.index)));
      const clauseEnd = Math.min(...[', and ', '; ', ', while '].map((mark) => text.indexOf(mark, match.index)).filter((i) => i >= 0), text.length);
      const before = text.slice(clauseStart, match.index);
      if (!SIGNS.test(text) && !(kind === 'sister-cities' && RELATION.test(text))) continue;
      const parties = partiesIn(context, sentence);
      if (parties.length < 2) continue;
      const status = PLANNED.test(before) ? 'planned' : SIGNED.test(before) ? 'signed' : kind === 'sister-cities' && RELATION.test(before) ? 'in-force' : undefined;
      const date = timesIn(context, sentence).find(
        (t) => t.cue !== 'by' && t.cue !== 'until' && t.start >= sentence.start + clauseStart && t.end <= sentence.start + clauseEnd,
      )?.time;
      const during = /\b(?:during|on) (?:his|her|their|the) (?:visit|trip)\b/i.test(text) ? visits.filter((v) => v.row.status !== 'completed') : [];
      const title = titleOf(text, match);
      const quote = quoteOf(context.body, sentence.paragraph, text);
      // Two places have one sister-city relation, but may sign many memorandums: any other kind must have the same title too.
      const known = context.corpus.agreements.find(
        (a) =>
          a.kind === kind &&
          (kind === 'sister-cities' || a.title.toLowerCase() === title.toLowerCase()) &&
          a.parties.length === parties.length &&
          parties.every((p) => a.parties.includes(p)),
      );
      const names = parties.map((p) => entityOf(context, p)!.name).join(' and ');
      const mark = draftMark(`"${match[0]}" names an agreement between ${names}${known ? `, which the corpus declares as "${known.key}"` : ''}`, sentence.paragraph);
      const fields = {
        kind,
        title,
        parties,
        ...(status && { status }),
        ...(date && { date }),
        ...(during.length === 1 && { visit: during[0]!.key }),
        evidence: [quote],
      };
      if (known) {
        agreements.push({ row: { key: known.key, draft: mark, ...fields }, reported: true });
        continue;
      }
      const base = [...parties.map(keyOfRef), slugOfKind, /^\d{4}/.exec(date?.date ?? '')?.[0]].filter(Boolean).join('-');
      const key = uniqueKey(base, new Set([...context.factKeys, ...keys]));
      keys.add(key);
      context.factKeys.add(key);
      agreements.push({ row: { key, draft: mark, ...fields }, reported: false });
    }
  }
  return agreements;
}

/** The places and organisations a sentence names, and those its people serve as mayors or governors, in the order they come. */
function partiesIn(context: DraftContext, sentence: Sentence): string[] {
  const parties: string[] = [];
  for (const mention of mentionsIn(context, sentence)) {
    const entity = entityOf(context, mention.ref)!;
    const party = entity.list === 'people' ? entity.offices.find((office) => office.of && office.role !== 'ambassador')?.of : entity.list === 'venues' ? undefined : entity.ref;
    if (party && !parties.includes(party)) parties.push(party);
  }
  return parties;
}

/** The agreement as the sentence names it: "memorandum of understanding (MoU) on drinking water management". */
function titleOf(text: string, match: RegExpExecArray): string {
  const rest = text.slice(match.index + match[0].length);
  const complement = /^(?: \([A-Za-z]+\))?(?: (?:on|for|to|in|between|regarding|concerning|of) [^,;.()]+)?/.exec(rest)![0];
  return (match[0] + complement).replace(/["“”]/g, '').trim();
}
