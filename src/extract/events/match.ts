// Finds lexicon patterns in a sentence: the trigger lemma, then each later step within its gap,
// never across a clause break (";" or the sentence end).
import { codeSpecificity, type EventPattern, type PatternStep } from '../../data/event-patterns.js';
import type { Token } from '../../nlp/analyze.js';

export interface PatternHit {
  pattern: EventPattern;
  /** Trigger token. */
  trigger: number;
  /** Token range of the whole pattern [t0, t1). */
  t0: number;
  t1: number;
}

const VERB_POS = new Set(['VERB', 'AUX', 'ADJ']);
const NEGATOR_TRIGGERS = new Set(['never', 'not', 'no']);
// Parts of speech no pattern starts with.
const SKIP_POS = new Set(['PUNCT', 'SPACE', 'SYM', 'NUM', 'CCONJ', 'SCONJ', 'PRON']);
const NOUN_POS = new Set(['NOUN', 'PROPN', 'VERB']);
const QUOTE_MARKS = /^["“”‘’«»]+$/;
const CLAUSE_BREAK = new Set([';', '.', '?', '!', ':']);

export function tokenIs(t: Token | undefined, w: string): boolean {
  // A plural the lemmatizer left alone ("dialogues") still names its noun.
  return (
    !!t &&
    (t.lemma === w || t.key === w || (t.key.length === w.length + 1 && t.key === `${w}s` && w.length > 3))
  );
}

/** Matches one alternative (possibly several words, hyphens skipped) at token i; returns the end or -1. */
function matchWords(tokens: Token[], i: number, words: string[]): number {
  let t = i;
  for (const w of words) {
    while (t > i && tokens[t]?.key === '' && !/\s/.test(tokens[t]?.text ?? '')) t++;
    if (!tokenIs(tokens[t], w)) return -1;
    t++;
  }
  return t;
}

function matchStep(tokens: Token[], i: number, step: PatternStep, end: number): number {
  for (const alt of step.words) {
    const e = matchWords(tokens, i, alt);
    if (e > 0 && e <= end) return e;
  }
  return -1;
}

// wink tags some verbs right after a name as nouns ("Russia attacks Ukraine", "Biden visits
// Japan"): a word with a verb ending straight after a capitalised name is read as the verb.
function verbAfterSubject(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!t || !prev || !/(s|ed)$/.test(t.text) || t.upper) return false;
  if (prev.pos !== 'PROPN' || !prev.upper) return false;
  return !!next && (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'ADP' || next.upper);
}

/**
 * Whether every later step of the pattern has a word the sentence contains: a cheap first test.
 * `seen` remembers the answer for each shared list of first words within the sentence.
 */
function stepsPossible(p: EventPattern, words: Set<string>, seen: Map<readonly string[], boolean>): boolean {
  for (let k = 1; k < p.steps.length; k++) {
    const firsts = p.steps[k]?.firsts ?? [];
    let any = seen.get(firsts);
    if (any === undefined) {
      any = false;
      for (let j = 0; j < firsts.length && !any; j++) any = words.has(firsts[j] ?? '');
      seen.set(firsts, any);
    }
    if (!any) return false;
  }
  return true;
}

/** Whether pattern p, ending at `end`, ranks above the best hit so far (the lists are in rank order). */
function better(p: EventPattern, end: number, best: PatternHit): boolean {
  const q = best.pattern;
  if (p.steps.length !== q.steps.length) return p.steps.length > q.steps.length;
  const a = codeSpecificity(p.code);
  const b = codeSpecificity(q.code);
  if (a !== b) return a > b;
  return end > best.t1;
}

/** Whether p can still beat the best hit: the same rank (a longer match may win the tie). */
function sameRank(p: EventPattern, best: PatternHit): boolean {
  return (
    p.steps.length === best.pattern.steps.length &&
    codeSpecificity(p.code) === codeSpecificity(best.pattern.code)
  );
}

export function findHits(
  tokens: Token[],
  t0: number,
  t1: number,
  byTrigger: Map<string, EventPattern[]>,
  inner?: Uint8Array,
): PatternHit[] {
  const hits: PatternHit[] = [];
  // The sentence's words, gathered only once a pattern of several steps is in question.
  let words: Set<string> | null = null;
  const seen = new Map<readonly string[], boolean>();
  const sentenceWords = (): Set<string> => {
    if (words) return words;
    words = new Set<string>();
    for (let i = t0; i < t1; i++) {
      const t = tokens[i];
      if (t) {
        words.add(t.lemma);
        words.add(t.key);
        if (t.key.length > 4 && t.key.endsWith('s')) words.add(t.key.slice(0, -1));
      }
    }
    return words;
  };
  for (let i = t0; i < t1; i++) {
    const tok = tokens[i];
    if (!tok || SKIP_POS.has(tok.pos)) continue;
    const byLemma = byTrigger.get(tok.lemma);
    const byKey = tok.key !== tok.lemma ? byTrigger.get(tok.key) : undefined;
    if (!byLemma && !byKey) continue;
    const cands = byKey ? [...(byLemma ?? []), ...byKey] : (byLemma ?? []);
    // Of the patterns a word triggers, the one with the most steps wins, then the most specific
    // code, then the longest match ("launched missile and drone strikes" is an air strike).
    let best: PatternHit | null = null;
    for (const p of cands) {
      // One sorted list: once a hit is found, only patterns of its rank can still win.
      if (best && !byKey && !sameRank(p, best)) break;
      const want = p.kind === 'verb' ? VERB_POS : NOUN_POS;
      if (
        !want.has(tok.pos) &&
        !NEGATOR_TRIGGERS.has(tok.key) &&
        !(p.kind === 'verb' && verbAfterSubject(tokens, i))
      )
        continue;
      if (p.steps.length > 1 && !stepsPossible(p, sentenceWords(), seen)) continue;
      const first = p.steps[0];
      if (!first) continue;
      let end = matchStep(tokens, i, first, t1);
      if (end < 0) continue;
      let ok = true;
      for (let k = 1; k < p.steps.length && ok; k++) {
        const step = p.steps[k];
        if (!step) break;
        let found = -1;
        // The gap counts words: hyphens and the inner words of a name are free.
        let words = 0;
        for (let at = end; at < t1 && words <= step.gap; at++) {
          const e = matchStep(tokens, at, step, t1);
          if (e > 0) {
            found = e;
            break;
          }
          if (CLAUSE_BREAK.has(tokens[at]?.text ?? '')) break;
          // Numbers are free too: "fired about 10 short-range ballistic missiles".
          // Quotation marks are free: "called the launches “yet another reckless act”".
          const tk = tokens[at];
          if (tk && tk.key !== '' && !inner?.[at] && tk.pos !== 'NUM' && !QUOTE_MARKS.test(tk.text)) words++;
        }
        if (found < 0) ok = false;
        else end = found;
      }
      if (ok && (!best || better(p, end, best))) best = { pattern: p, trigger: i, t0: i, t1: end };
    }
    if (best) hits.push(best);
  }
  return hits;
}
