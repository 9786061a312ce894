// Attaches actors to a pattern hit: the subject before the trigger (or the agent after "by"),
// the recipient after it or after a preposition, with coordination ("Japan and South Korea")
// and pronouns that point back to the last named actor.
import type { Token } from '../../nlp/analyze.js';
import { isActorType, type Mention } from '../context.js';
import { tokenIs } from './match.js';

const STOP_RIGHT = new Set([';', '.', '?', '!', 'that', 'which', 'who', 'whom', 'whose', 'but', 'while', 'whereas', 'although', 'because', 'after', 'before', 'when', 'since', 'as', 'if', 'where', '(']);
const COORD = new Set([',', 'and', 'or', '&', 'as', 'well', 'the', 'both', 'with']);
const TITLE_WORD = /^(president|prime|minister|secretary|general|chancellor|mr|mrs|ms|dr|foreign|defence|defense|king|queen|premier|leader|leaders|chief|cabinet|vice|deputy|state|spokesperson|spokesman)$/i;

export interface ActorIndex {
  tokens: Token[];
  /** Actor mentions (country, org, person) by start token. */
  actors: Mention[];
}

export function actorMentions(mentions: Mention[]): Mention[] {
  return mentions.filter((m) => isActorType(m.type));
}

/** A state or organisation named only to qualify the person after it ("NATO Secretary General X"). */
export function isModifier(ix: ActorIndex, m: Mention): boolean {
  const { tokens, actors } = ix;
  if (m.type === 'person') return false;
  let t = m.t1;
  if (/^['’]s$/.test(tokens[t]?.text ?? '')) t++;
  let sawTitle = false;
  while (t < tokens.length && (TITLE_WORD.test(tokens[t]?.text ?? '') || tokens[t]?.text === ',' || tokens[t]?.key === '')) {
    if (TITLE_WORD.test(tokens[t]?.text ?? '')) sawTitle = true;
    t++;
  }
  if (!sawTitle) return false;
  return actors.some((a) => a.t0 === t && a.type === 'person');
}

/** The mention and everything coordinated with it ("the United States, Japan, and South Korea"). */
export function coordinated(ix: ActorIndex, m: Mention, limit: { t0: number; t1: number }): Mention[] {
  const { actors } = ix;
  const out = [m];
  const sorted = actors.filter((a) => a.t0 >= limit.t0 && a.t1 <= limit.t1 && !isModifier(ix, a)).sort((a, b) => a.t0 - b.t0);
  const idx = sorted.indexOf(m);
  if (idx < 0) return out;
  for (let k = idx - 1; k >= 0; k--) {
    const a = sorted[k];
    const b = sorted[k + 1];
    if (!a || !b || !joinable(ix, a.t1, b.t0)) break;
    out.unshift(a);
  }
  for (let k = idx + 1; k < sorted.length; k++) {
    const a = sorted[k - 1];
    const b = sorted[k];
    if (!a || !b || !joinable(ix, a.t1, b.t0)) break;
    out.push(b);
  }
  return out;
}

function joinable(ix: ActorIndex, from: number, to: number): boolean {
  const { tokens } = ix;
  let sawConj = false;
  for (let t = from; t < to; t++) {
    const tok = tokens[t];
    if (!tok) return false;
    if (tok.key === '' || COORD.has(tok.text.toLowerCase()) || TITLE_WORD.test(tok.text)) {
      if (tok.text === ',' || /^(and|or|&)$/i.test(tok.text)) sawConj = true;
      continue;
    }
    // A state or organisation qualifying the next person is part of the list item.
    if (ix.actors.some((a) => a.t0 <= t && t < a.t1 && isModifier(ix, a))) continue;
    return false;
  }
  return sawConj;
}

/** Nearest actor before token `t` within [lo, t), skipping qualifiers; pronouns resolve backwards. */
export function subjectBefore(ix: ActorIndex, lo: number, t: number): Mention | null {
  const { tokens, actors } = ix;
  let best: Mention | null = null;
  for (const a of actors) {
    if (a.t1 <= t && a.t0 >= lo && !isModifier(ix, a) && (!best || a.t0 > best.t0)) best = a;
  }
  // A pronoun nearer than any name: "he opposes", "it has been reluctant".
  for (let k = t - 1; k >= Math.max(lo, best ? best.t1 : lo); k--) {
    const w = tokens[k]?.text.toLowerCase();
    if (w === 'he' || w === 'she' || w === 'it') {
      const ref = antecedent(ix, k, w === 'it' ? 'thing' : 'person');
      if (ref) return ref;
    }
  }
  return best;
}

/** The last actor named before token k: a person for he/she, a state or organisation for it. */
export function antecedent(ix: ActorIndex, k: number, kind: 'person' | 'thing'): Mention | null {
  let best: Mention | null = null;
  for (const a of ix.actors) {
    if (a.t1 > k) continue;
    if (kind === 'person' ? a.type !== 'person' : a.type === 'person') continue;
    if (isModifier(ix, a)) continue;
    if (!best || a.t0 > best.t0) best = a;
  }
  return best;
}

/** First actor after token `t` (before a clause break), optionally right after a preposition. */
export function actorAfter(ix: ActorIndex, t: number, hi: number, prep: string | null): Mention | null {
  const { tokens, actors } = ix;
  let start = t;
  if (prep) {
    let found = -1;
    for (let k = t; k < hi; k++) {
      const w = tokens[k]?.text.toLowerCase() ?? '';
      if (tokenIs(tokens[k], prep)) {
        found = k + 1;
        break;
      }
      if (STOP_RIGHT.has(w) && k > t) break;
    }
    if (found < 0) return null;
    start = found;
  }
  for (let k = start; k < hi; k++) {
    const a = actors.find((x) => x.t0 === k);
    if (a && !isModifier(ix, a)) return a;
    const w = tokens[k]?.text.toLowerCase() ?? '';
    // A preposition's object must follow it closely.
    if (prep && k - start > 5) return null;
    if (STOP_RIGHT.has(w) && k > start) return null;
  }
  return null;
}
