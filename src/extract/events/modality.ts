// Whether a matched action is reported as happening: negated, hypothetical, planned, passive, or
// no action at all ("talks about").
import type { Token } from '../../nlp/analyze.js';
import type { PatternHit } from './match.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);

const MODALS = new Set([
  'could',
  'would',
  'might',
  'may',
  'should',
  'can',
  'cannot',
  'must',
  'if',
  'unless',
  'whether',
  'perhaps',
  'maybe',
]);

const UNREAL_LEMMAS = new Set([
  'willingness',
  'readiness',
  'ability',
  'desire',
  'hope',
  'want',
  'seek',
  'expect',
  'wish',
  'consider',
  'likely',
  'unlikely',
  'able',
  'unable',
  'try',
  'attempt',
  'aim',
  'how',
  'what',
  'whether',
]);

const FUTURE = new Set([
  'will',
  "'ll",
  'shall',
  'plan',
  'plans',
  'planned',
  'scheduled',
  'upcoming',
  'next',
  'tomorrow',
  'set',
]);

// "last May": the month, capitalised, is no modal.
function isModal(t: Token): boolean {
  return t.text !== 'May' && MODALS.has(t.text.toLowerCase());
}

const PROPOSING = new Set(['suggest', 'propose', 'recommend', 'advocate']);

// Hypotheticals, conditionals, wishes and proposals are not events ("could make a speech",
// "if Russia", "he suggested … hosting a visit").
export function isUnreal(tokens: Token[], lo: number, trigger: number): boolean {
  for (let k = Math.max(lo, trigger - 4); k < trigger; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (isModal(t) || UNREAL_LEMMAS.has(t.lemma)) return true;
    // "not just asking for help": neither a report nor a denial.
    if (/^(not|n't)$/i.test(t.text) && /^(just|only|merely|simply)$/i.test(tokens[k + 1]?.text ?? ''))
      return true;
  }
  const s = tokens[trigger]?.sent;
  for (let k = trigger - 1; k >= 0 && tokens[k]?.sent === s; k--) {
    const t = tokens[k];
    if (t && t.pos === 'VERB' && PROPOSING.has(t.lemma)) return true;
    if (t && isModal(t) && k >= lo) return true;
  }
  const first = tokens[lo]?.text.toLowerCase();
  return first === 'if' || first === 'unless' || first === 'whether';
}

// "is opposed to", "is committed to", "was pleased with": adjectives, not passives.
const STATIVE =
  /^(opposed|committed|determined|prepared|concerned|pleased|satisfied|disappointed|worried|alarmed|dedicated|engaged|involved|interested|unwilling|reluctant)$/i;

export function isPassive(tokens: Token[], trigger: number): boolean {
  const t = tokens[trigger];
  if (!t || !/(ed|en|wn|ne|un|ht)$/.test(t.text)) return false;
  if (STATIVE.test(t.text) && tokens[trigger + 1]?.key !== 'by') return false;
  // "talks brokered by Qatar": a participle after its noun, with its agent.
  // "talks mediated by the United States" (wink may tag "talks" a verb): "-ed by" is passive.
  if (tokens[trigger + 1]?.key === 'by' && /ed$/.test(t.text) && tokens[trigger - 1]?.pos !== 'AUX')
    return true;
  // "The truce, brokered by the United States and France,": the same set off by a comma.
  if (
    tokens[trigger + 1]?.key === 'by' &&
    (tokens[trigger - 1]?.pos === 'NOUN' ||
      (tokens[trigger - 1]?.text === ',' && tokens[trigger - 2]?.pos === 'NOUN'))
  )
    return true;
  for (let k = trigger - 1; k >= Math.max(0, trigger - 3); k--) {
    const w = tokens[k];
    if (!w) break;
    if (w.lemma === 'be' || w.lemma === 'get') return true;
    if (w.pos !== 'ADV') break;
  }
  return false;
}

export function isNegated(tokens: Token[], lo: number, hit: PatternHit): boolean {
  // "did not ratify the bid until January": it did, in January.
  const sent = tokens[hit.trigger]?.sent;
  for (let k = hit.t1; k < hit.t1 + 8 && tokens[k]?.sent === sent; k++) {
    if (/^[;.]$/.test(tokens[k]?.text ?? '')) break;
    if (tokens[k]?.key === 'until') return false;
  }
  for (let k = Math.max(lo, hit.trigger - 4); k < hit.trigger; k++) {
    const t = tokens[k];
    if (t && (NEGATORS.has(t.text.toLowerCase()) || t.lemma === 'not')) return true;
  }
  // "detained no one", "arrested nobody": the verb's object is nobody.
  if (hit.pattern.kind === 'verb' && hit.t1 === hit.trigger + 1) {
    const a = tokens[hit.t1]?.key;
    if (a === 'nobody' || a === 'none' || (a === 'no' && /^(one|body)$/.test(tokens[hit.t1 + 1]?.key ?? '')))
      return true;
  }
  // "made no apology", "held no talks": the verb's object is none.
  if (hit.pattern.kind === 'verb' && hit.pattern.steps.length > 1) {
    for (let k = hit.trigger + 1; k < hit.t1; k++)
      if (tokens[k]?.key === 'no' && !/^(longer|less|more|fewer|doubt)$/.test(tokens[k + 1]?.key ?? ''))
        return true;
  }
  // "there was no trilateral meeting": the negator stands before the noun phrase.
  if (hit.pattern.kind === 'noun') {
    for (let k = Math.max(lo, hit.trigger - 3); k < hit.trigger; k++)
      if (tokens[k]?.text.toLowerCase() === 'no') return true;
  }
  return false;
}

export function isFuture(tokens: Token[], lo: number, trigger: number): boolean {
  for (let k = Math.max(lo, trigger - 4); k < trigger; k++)
    if (FUTURE.has(tokens[k]?.text.toLowerCase() ?? '')) return true;
  return false;
}

/**
 * "Canberra talks about deterrence": speaking of something is a statement, not talks with anyone;
 * "instructed officials to gather information": gathering a thing is no meeting.
 */
export function talksAbout(tokens: Token[], h: PatternHit): boolean {
  const t = tokens[h.trigger];
  const next = tokens[h.trigger + 1];
  if (!h.pattern.code.startsWith('04')) return false;
  if ((t?.lemma === 'talk' || t?.lemma === 'speak') && /^(about|of)$/.test(next?.key ?? '')) return true;
  return (
    t?.lemma === 'gather' &&
    (next?.pos === 'NOUN' || (next?.pos === 'ADJ' && tokens[h.trigger + 2]?.pos === 'NOUN'))
  );
}

/**
 * "accused Pyongyang of preparing to send more troops": what someone is accused of is the
 * accusation's content, not an event of its own (the accusation is coded).
 */
export function accusedOf(tokens: Token[], h: PatternHit): boolean {
  const s = tokens[h.trigger]?.sent;
  for (let k = h.trigger - 1; k >= 0 && k >= h.trigger - 12 && tokens[k]?.sent === s; k--) {
    const t = tokens[k];
    if (!t || /^[;:]$/.test(t.text)) return false;
    // "accused Moscow of plotting … since Russia's invasion": a new clause is no part of the charge.
    if (/^(since|after|before|when|while|because|although|as)$/.test(t.key)) return false;
    if (t.key !== 'of') continue;
    for (let j = k - 1; j >= Math.max(0, k - 6); j--) if (tokens[j]?.lemma === 'accuse') return true;
  }
  return false;
}

// "struck a balance", "struck a conciliatory tone": the verb of an idiom, not an attack.
const STRUCK_IDIOM = /^(balance|tone|note|chord|pose|nerve)$/;

export function isIdiom(tokens: Token[], h: PatternHit): boolean {
  const t = tokens[h.trigger];
  if (t?.lemma !== 'strike' || h.t1 - h.t0 > 1) return false;
  for (let k = h.trigger + 1; k <= h.trigger + 4; k++) {
    const w = tokens[k];
    if (!w) return false;
    if (STRUCK_IDIOM.test(w.key)) return true;
    if (!/^(DET|ADJ|ADV)$/.test(w.pos)) return false;
  }
  return false;
}
