// Pattern hits that are no events of their own: a purpose clause after an object ("supplies
// weapons to support Ukraine"), a verb pattern's trigger used as a noun ("a warm welcome"), and a
// shorter pattern inside a longer one on the same words.
import type { Token } from '../../nlp/analyze.js';
import type { PatternHit } from './match.js';

const PREDICATE_ADJ = new Set([
  'reluctant',
  'opposed',
  'grateful',
  'willing',
  'ready',
  'eager',
  'unwilling',
  'concerned',
  'worried',
  'alarmed',
  'troubled',
]);

const DIRECTIVE = new Set([
  'tell',
  'order',
  'instruct',
  'ask',
  'urge',
  'direct',
  'call',
  'press',
  'pressure',
  'encourage',
  'invite',
  'allow',
  'force',
]);
const CONTROL =
  /^(decision|decisions|plan|plans|move|bid|attempt|refusal|pledge|promise|commitment|intention|efforts?|willingness|offer|threat|vow|pressure|call|calls)$/i;

const USED_OCCASION =
  /^(address|speech|remarks|statement|visit|trip|meeting|summit|talks|call|opportunity|occasion|platform|appearance|interview|briefing|conference)$/i;

export function isPurpose(tokens: Token[], trigger: number): boolean {
  if (tokens[trigger - 1]?.key !== 'to') return false;
  const obj = tokens[trigger - 2];
  if (!obj || !['NOUN', 'PROPN', 'PRON'].includes(obj.pos) || CONTROL.test(obj.text)) return false;
  for (let k = trigger - 3; k >= Math.max(0, trigger - 6); k--) {
    const t = tokens[k];
    if (!t) break;
    // "the first Japanese prime minister to attend" names who did it.
    if (/^(first|last|only|next)$/i.test(t.text)) return false;
    if (DIRECTIVE.has(t.lemma)) return false;
    // "used his inaugural address to urge China …", "took the opportunity to thank": the means
    // of an act that was done.
    if (/^(use|take|seize)$/.test(t.lemma) && USED_OCCASION.test(obj.text)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return !/^(be|become|remain|seem|have)$/.test(t.lemma);
    if (t.pos === 'ADP' || t.pos === 'PUNCT') return false;
  }
  return false;
}

// "a warm welcome", "its support": a verb pattern's trigger used as a noun is no action.
export function nounUse(tokens: Token[], h: PatternHit): boolean {
  if (h.pattern.kind !== 'verb') return false;
  const t = tokens[h.trigger];
  const before = tokens[h.trigger - 1];
  // "accused of supplying drones", "useful for strengthening": a gerund after a preposition
  // names an activity ("by signing" still reports how something was done).
  if (
    t &&
    /ing$/.test(t.text) &&
    before?.pos === 'ADP' &&
    !/^(by|to|after|before|while|since|without)$/i.test(before.text)
  )
    return true;
  // "companies accused of …": a participle after a common noun, with no agent named.
  if (
    t &&
    /ed$/.test(t.text) &&
    before?.pos === 'NOUN' &&
    /^(of|for|in|with|over|to)$/i.test(tokens[h.trigger + 1]?.text ?? '')
  )
    return true;
  // "talks mediated by Qatar": a participle wink calls an adjective is a verb with its agent.
  const agent = /ed$/.test(t?.text ?? '') && tokens[h.trigger + 1]?.key === 'by';
  if (t?.pos === 'ADJ' && !PREDICATE_ADJ.has(t.key) && !agent) return true;
  const prev = tokens[h.trigger - 1];
  return (
    !!prev &&
    (prev.pos === 'DET' || /^(its|their|his|her|our|a|an)$/i.test(prev.text)) &&
    !/^(that|this|which)$/i.test(prev.text)
  );
}

export function suppressNested(hits: PatternHit[]): PatternHit[] {
  return hits.filter(
    (h) => !hits.some((o) => o !== h && o.t0 <= h.trigger && h.trigger < o.t1 && o.t1 - o.t0 > h.t1 - h.t0),
  );
}
