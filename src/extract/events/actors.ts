// Attaches actors to a pattern hit: the subject of the trigger's clause (the last actor before
// its first verb, not inside a prepositional phrase), the recipient after it or after a
// preposition, coordination ("Japan and South Korea"), pronouns resolved to the subject of the
// sentence before, and documents speaking for their issuer ("the communiqué stated").
import type { Token } from '../../nlp/analyze.js';
import { isActorType, type Mention } from '../context.js';
import { tokenIs } from './match.js';

const STOP_RIGHT = new Set([';', '.', '?', '!', 'that', 'which', 'who', 'whom', 'whose', 'but', 'while', 'whereas', 'although', 'because', 'after', 'before', 'when', 'since', 'if', 'where', '(', 'saying', 'telling', 'including']);
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'but', 'while', 'whereas', 'although', 'because', 'when', 'since', 'if', 'where', 'saying', 'telling', 'as', 'after', 'before', 'however']);
const COORD = new Set([',', 'and', 'or', '&', 'as', 'well', 'the', 'both', 'with']);
const TITLE_WORD = /^(president|prime|minister|secretary|general|chancellor|mr|mrs|ms|dr|foreign|defence|defense|king|queen|premier|leader|leaders|chief|cabinet|vice|deputy|state|spokesperson|spokesman|ambassador|envoy|official|officials)$/i;
const MEMBER_WORD = /^(member|members|partner|partners|ally|allies|countries|states|nations)$/i;
const PREPOSITIONS = new Set(['to', 'of', 'from', 'in', 'at', 'on', 'for', 'with', 'by', 'against', 'into', 'about', 'over', 'between', 'among', 'toward', 'towards', 'than', 'like']);
const GROUP_NOUNS = /^(leader|leaders|government|governments|head|heads|president|presidents|minister|ministers|officials|delegation|delegations|representatives|forces|troops|military|army|navy|people|administration|authorities|mission)$/i;
const DOCUMENT_NOUNS = new Set(['communiqué', 'communique', 'document', 'report', 'declaration', 'statement', 'concept', 'strategy', 'resolution', 'letter', 'readout', 'treaty', 'charter', 'study']);

export interface ActorIndex {
  tokens: Token[];
  /** Actor mentions (country, org, person), in text order. */
  actors: Mention[];
  /** Quoted passages [start, end): names inside a quote are not antecedents. */
  quoted?: [number, number][];
}

function quotedMention(ix: ActorIndex, m: Mention): boolean {
  return (ix.quoted ?? []).some(([s, e]) => m.start >= s && m.end <= e);
}

export function actorMentions(mentions: Mention[]): Mention[] {
  return mentions.filter((m) => isActorType(m.type)).sort((a, b) => a.t0 - b.t0);
}

function actorAt(ix: ActorIndex, t: number): Mention | undefined {
  return ix.actors.find((a) => a.t0 <= t && t < a.t1);
}

/**
 * A state or organisation named only to qualify what follows: "NATO Secretary General X",
 * "Japanese prime minister", "NATO members Germany and Spain".
 */
export function isModifier(ix: ActorIndex, m: Mention): boolean {
  const { tokens } = ix;
  if (m.type === 'person') return false;
  let t = m.t1;
  if (/^['’]s$/.test(tokens[t]?.text ?? '')) t++;
  const next = tokens[t];
  if (!next) return false;
  if (TITLE_WORD.test(next.text) && next.text.toLowerCase() !== 'state') return true;
  if (MEMBER_WORD.test(next.text) && actorAt(ix, t + 1)) return true;
  return false;
}

/** The mention and everything coordinated with it ("the United States, Japan, and South Korea"). */
export function coordinated(ix: ActorIndex, m: Mention, limit: { t0: number; t1: number }): Mention[] {
  const out = [m];
  const sorted = ix.actors.filter((a) => a.t0 >= limit.t0 && a.t1 <= limit.t1 && !isModifier(ix, a));
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
    const a = actorAt(ix, t);
    if (a && isModifier(ix, a)) continue;
    return false;
  }
  return sawConj;
}

/** Where the clause holding token t starts: after ";", a complementiser or a relative pronoun. */
export function clauseStart(tokens: Token[], s0: number, t: number): number {
  for (let k = t - 1; k > s0; k--) {
    const w = tokens[k]?.text.toLowerCase() ?? '';
    if (w === ';' || w === ':') return k + 1;
    if (CLAUSE_OPENERS.has(w)) {
      // "as well as" and "such as" join lists, they open no clause.
      if (w === 'as' && /^(well|such)$/i.test(tokens[k - 1]?.text ?? '')) continue;
      return k + 1;
    }
    if (isDash(tokens, k)) return k + 1;
  }
  return s0;
}

function isDash(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  return !!t && /^[-–—]$/.test(t.text) && !!prev && t.start > prev.end;
}

/** Is the actor the object of a preposition ("to the European Union")? "the leaders of X" is not. */
export function inPrepPhrase(ix: ActorIndex, m: Mention): boolean {
  const { tokens } = ix;
  let k = m.t0 - 1;
  while (k >= 0 && /^(the|a|an)$/i.test(tokens[k]?.text ?? '')) k--;
  const p = tokens[k];
  if (!p || !PREPOSITIONS.has(p.text.toLowerCase())) return false;
  if (p.text.toLowerCase() === 'of' && GROUP_NOUNS.test(tokens[k - 1]?.text ?? '')) return false;
  return true;
}

export interface Subject {
  mentions: Mention[];
  /** How it was found: name, pronoun, document, shared (a coordinated verb's subject). */
  via: string;
}

/** The subject of the clause that holds the trigger. */
export function subjectOf(ix: ActorIndex, s0: number, trigger: number, depth = 0): Subject | null {
  const { tokens } = ix;
  const lo = clauseStart(tokens, s0, trigger);
  let firstVerb = trigger;
  for (let k = lo; k < trigger; k++) {
    const t = tokens[k];
    if (t && (t.pos === 'VERB' || t.pos === 'AUX') && !actorAt(ix, k)) {
      firstVerb = k;
      break;
    }
  }
  // Pronoun or name before the first verb.
  let best: Mention | null = null;
  for (let k = firstVerb - 1; k >= lo; k--) {
    const w = tokens[k]?.text.toLowerCase() ?? '';
    if (w === 'he' || w === 'she' || w === 'it') {
      const ref = antecedent(ix, k, w === 'it' ? 'thing' : 'person');
      if (ref) return { mentions: [ref], via: 'pronoun' };
      return null;
    }
    if (w === 'they' || w === 'we') return null;
    const a = actorAt(ix, k);
    if (a && !isModifier(ix, a) && !inPrepPhrase(ix, a)) {
      best = a;
      break;
    }
    if (DOCUMENT_NOUNS.has(w)) {
      const issuer = issuerOf(ix, k);
      if (issuer) return { mentions: [issuer], via: 'document' };
    }
  }
  if (best) return { mentions: coordinated(ix, best, { t0: lo, t1: firstVerb }), via: 'name' };
  // A verb coordinated with an earlier one shares its subject ("condemned the launch and pledged").
  if (depth < 2 && lo > s0) return subjectOf(ix, s0, lo - 1, depth + 1);
  if (depth < 2 && lo === s0) {
    // No subject in the clause at all: nearest actor before, as a last resort.
    for (let k = trigger - 1; k >= s0; k--) {
      const a = actorAt(ix, k);
      if (a && !isModifier(ix, a)) return { mentions: [a], via: 'nearest' };
    }
  }
  return null;
}

/** The organisation a document speaks for: named with it, else the last one named before. */
export function issuerOf(ix: ActorIndex, docTok: number): Mention | null {
  let best: Mention | null = null;
  for (const a of ix.actors) {
    if (a.t1 > docTok || a.type !== 'org') continue;
    if (!best || a.t0 > best.t0) best = a;
  }
  return best;
}

/**
 * What he/she/it refers to: the first actor of that kind in the sentence before the pronoun,
 * else the subject (first such actor) of the sentence before, else the last one named.
 */
export function antecedent(ix: ActorIndex, k: number, kind: 'person' | 'thing'): Mention | null {
  const { tokens } = ix;
  const fits = (a: Mention) =>
    (kind === 'person' ? a.type === 'person' : a.type !== 'person') && !isModifier(ix, a) && !inPrepPhrase(ix, a) && !quotedMention(ix, a);
  const sent = tokens[k]?.sent ?? 0;
  const here = ix.actors.find((a) => a.t1 <= k && tokens[a.t0]?.sent === sent && fits(a));
  if (here) return here;
  for (let s = sent - 1; s >= Math.max(0, sent - 3); s--) {
    const first = ix.actors.find((a) => tokens[a.t0]?.sent === s && fits(a));
    // "The communiqué … stated that China …. It described …": a document subject speaks for its issuer.
    if (kind === 'thing') {
      const doc = tokens.findIndex((t) => t.sent === s && DOCUMENT_NOUNS.has(t.text.toLowerCase()) && !(ix.quoted ?? []).some(([qs, qe]) => t.start >= qs && t.end <= qe));
      if (doc >= 0 && (!first || doc < first.t0)) {
        const issuer = issuerOf(ix, doc);
        if (issuer) return issuer;
      }
    }
    if (first) return first;
  }
  let best: Mention | null = null;
  for (const a of ix.actors) if (a.t1 <= k && fits(a) && (!best || a.t0 > best.t0)) best = a;
  return best;
}

/** First actor after token `t` (before a clause break), optionally right after a preposition. */
export function actorAfter(ix: ActorIndex, t: number, hi: number, prep: string | null): Mention | null {
  const { tokens } = ix;
  let start = t;
  if (prep) {
    let found = -1;
    for (let k = t; k < hi; k++) {
      if (tokenIs(tokens[k], prep) && !actorAt(ix, k)) {
        found = k + 1;
        break;
      }
      if (k > t && stopsRight(tokens, k)) break;
    }
    if (found < 0) return null;
    start = found;
  }
  for (let k = start; k < hi; k++) {
    const a = ix.actors.find((x) => x.t0 === k);
    if (a && !isModifier(ix, a)) return a;
    if (prep && k - start > 5) return null;
    if (k > start && stopsRight(tokens, k)) return null;
  }
  return null;
}

function stopsRight(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text.toLowerCase() ?? '';
  if (STOP_RIGHT.has(w) || isDash(tokens, k)) return true;
  // "condemned the launch and pledged …": a second verb starts a new predicate.
  if (w === 'and' || w === ',') {
    const n = tokens[k + 1];
    if (n && (n.pos === 'VERB' || (n.pos === 'ADV' && tokens[k + 2]?.pos === 'VERB'))) return true;
  }
  return false;
}
