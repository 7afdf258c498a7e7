/**
 * Visits: "X has left for Y", "X visited Y two years ago", "X arrived in Y", "X will visit Y".
 * The visitor is the person named (or "he"/"she") before the verb, the host the place right
 * after it; the time in the sentence is the departure (left for) or the visit's time.
 */
import { type DraftContext, entityOf, find, keyOfRef, lastPersonBefore, mentionsIn, placesIn, quantitiesIn, timesIn } from './context.js';
import { draftMark, quoteOf } from './evidence.js';
import { uniqueKey } from './key.js';
import type { Sentence } from './sentences.js';
import type { TimeReference } from './times.js';

interface Trigger {
  pattern: RegExp;
  status?: 'planned' | 'underway' | 'completed';
  time: 'departure' | 'time';
}

const TRIGGERS: Trigger[] = [
  { pattern: /\b(?:has|have) (?:left|departed) for\b/, status: 'underway', time: 'departure' },
  { pattern: /\b(?:left|departed|set off|set out) for\b/, time: 'departure' },
  { pattern: /\b(?:(?:has|have) arrived in|(?:is|are) visiting|(?:is|are) (?:on|making) an? (?:[\w-]+ )?visit to)\b/, status: 'underway', time: 'time' },
  { pattern: /\barrived in\b/, time: 'time' },
  { pattern: /\b(?:will|is to|are to|plans? to|is set to|are set to|is scheduled to|are scheduled to|is due to|are due to) (?:visit|travel to|leave for|tour)\b/, status: 'planned', time: 'time' },
  { pattern: /\b(?:visited|toured)\b/, status: 'completed', time: 'time' },
];

const DELEGATION = /\bwith (?:a|an|the) (?:[\w-]+ ){0,3}delegation\b/;

export interface ProposedVisit {
  key: string;
  visitor: string;
  host: string;
  row: Record<string, unknown>;
}

export function proposeVisits(context: DraftContext): ProposedVisit[] {
  const visits: ProposedVisit[] = [];
  for (const sentence of context.sentences) {
    const trigger = TRIGGERS.map((t) => ({ trigger: t, at: find(sentence, t.pattern) })).find((t) => t.at !== undefined);
    if (!trigger?.at) continue;
    const { start, end } = trigger.at;
    const visitor = visitorBefore(context, sentence, start);
    const host = placesIn(context, sentence).find((m) => m.start >= end && /^ (?:the )?$/.test(context.body[sentence.paragraph]!.slice(end, m.start)));
    if (!visitor || !host) continue;
    const same = visits.find((v) => v.visitor === visitor && v.host === host.ref && v.row.status === trigger.trigger.status);
    const evidence = quoteOf(context.body, sentence.paragraph, sentence.text);
    if (same) {
      (same.row.evidence as unknown[]).push(evidence);
      continue;
    }
    const time = timesIn(context, sentence).find((t) => t.cue !== 'since' && t.cue !== 'by' && t.cue !== 'until' && t.start >= start - 60)?.time;
    visits.push(visitRow(context, sentence, { visitor, host: host.ref, trigger: trigger.trigger, verb: trigger.at.match[0], time, evidence, taken: visits }));
  }
  addDetails(context, visits);
  return visits;
}

/** The person named (or "he"/"she") right before the verb, past a relative clause ("Jensen, who visited China"). */
function visitorBefore(context: DraftContext, sentence: Sentence, at: number): string | undefined {
  const people = mentionsIn(context, sentence, ['people']).filter((m) => m.end <= at);
  const pronoun = /\b(he|she)\s+(?:\w+\s+)?$/i.exec(context.body[sentence.paragraph]!.slice(sentence.start, at));
  const last = people.at(-1);
  if (pronoun && (!last || last.end < sentence.start + pronoun.index)) return lastPersonBefore(context, sentence, sentence.start + pronoun.index);
  return last?.ref;
}

function visitRow(
  context: DraftContext,
  sentence: Sentence,
  found: { visitor: string; host: string; trigger: Trigger; verb: string; time?: TimeReference; evidence: object; taken: ProposedVisit[] },
): ProposedVisit {
  const visitor = entityOf(context, found.visitor)!;
  const host = entityOf(context, found.host)!;
  const month = /^\d{4}(-\d{2})?/.exec(found.time?.date ?? '')?.[0];
  const key = uniqueKey([visitor.key, host.key, month].filter(Boolean).join('-'), new Set([...context.factKeys, ...found.taken.map((v) => v.key)]));
  context.factKeys.add(key);
  // A mayor or governor travelling now represents the city or region; whom they represented on a past visit the office does not say.
  const side =
    found.trigger.status === 'completed' ? undefined : visitor.offices.find((office) => office.of !== undefined && /^(mayor|deputy-mayor|governor|deputy-governor)$/.test(office.role))?.of;
  const hostField = { cities: 'hostCity', regions: 'hostRegion', countries: 'hostCountry' }[host.list as 'cities'];
  const row: Record<string, unknown> = {
    key,
    draft: draftMark(`"${found.verb}" names a visit by ${visitor.name} to ${host.name}`, sentence.paragraph),
    participants: [{ role: 'visitor', who: [found.visitor], evidence: [found.evidence] }],
    ...(side?.startsWith('city:') && { visitingCity: keyOfRef(side) }),
    ...(side?.startsWith('region:') && { visitingRegion: keyOfRef(side) }),
    ...(hostField && { [hostField]: host.key }),
    ...(found.trigger.status && { status: found.trigger.status }),
    ...(found.time && { [found.trigger.time]: found.time }),
  };
  const delegation = DELEGATION.exec(sentence.text);
  if (delegation) row.delegation = { description: delegation[0].replace(/^with /, ''), evidence: [found.evidence] };
  row.evidence = [found.evidence];
  return { key, visitor: found.visitor, host: found.host, row };
}

/**
 * What other sentences add to the one visit going on or planned: its length ("four-day visit"),
 * its delegation's size and named members (a sentence about "the delegation"), and the visitor's
 * earlier visit.
 */
function addDetails(context: DraftContext, visits: ProposedVisit[]): void {
  const current = visits.filter((v) => v.row.status !== 'completed');
  if (current.length !== 1) return;
  const visit = current[0]!;
  const evidence = visit.row.evidence as object[];
  const duration = context.quantities.find((q) => q.quantity.unit === 'DAY' && /\b(visit|trip|tour|stay|mission)\b/.test(q.quantity.words));
  if (duration) {
    visit.row.duration = duration.quantity;
    evidence.push(quoteOf(context.body, context.sentences[duration.sentence]!.paragraph, duration.quantity.words));
  }
  const delegation = visit.row.delegation as { description: string; size?: object; evidence: object[] } | undefined;
  if (delegation) {
    // A sentence that says who the delegation is: "Included in the delegation are representatives from around 20 companies, including ...".
    const membership = (text: string) => /\bdelegation\b/.test(text) && /\b(includ\w*|represent\w*|members?|consist\w*|compris\w*|made up of|joined by)\b/i.test(text);
    for (const sentence of context.sentences.filter((s) => membership(s.text) && !evidence.some((e) => (e as { quote: string }).quote === s.text))) {
      const size = quantitiesIn(context, sentence).find((q) => q.quantity.unit === 'COUNT');
      const members = mentionsIn(context, sentence, ['organisations']).map((m) => m.ref);
      if (!size && members.length === 0) continue;
      const quote = quoteOf(context.body, sentence.paragraph, sentence.text);
      if (size && !delegation.size) delegation.size = size.quantity;
      delegation.evidence.push(quote);
      if (members.length > 0) (visit.row.participants as object[]).push({ role: 'member', who: [...new Set(members)], evidence: [quote] });
    }
    visit.row.delegation = { description: delegation.description, ...(delegation.size && { size: delegation.size }), evidence: delegation.evidence };
  }
  const earlier = visits.find((v) => v !== visit && v.visitor === visit.visitor && v.row.status === 'completed');
  if (earlier) visit.row.previousVisit = earlier.key;
  // Keep the evidence last, as authors write it.
  const { evidence: _, ...rest } = visit.row;
  visit.row = { ...rest, evidence };
}
