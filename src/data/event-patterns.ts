// The CAMEO event lexicon (data/lexicon/event-patterns.tsv) parsed into matchable steps.
import { EntenteError } from '../core/index.js';
import { dataDir } from './paths.js';
import { readTsv } from './tsv.js';

export interface PatternStep {
  /** Lemma or key alternatives ("meet", "talk"); a multi-word alternative is several steps. */
  words: string[][];
  /** Up to this many other tokens may stand before this step. */
  gap: number;
  /**
   * The distinct first words of `words`. Steps with the same first words share one array, so a
   * matcher can remember per sentence whether any of them is there.
   */
  firsts: readonly string[];
}

export interface EventPattern {
  id: string;
  code: string;
  kind: 'verb' | 'noun';
  steps: PatternStep[];
  source: string[];
  target: string[];
  confidence: number;
  /** The pattern text as written, for explanations. */
  text: string;
}

export interface EventPatterns {
  all: EventPattern[];
  /** Trigger lemma → patterns starting with it. */
  byTrigger: Map<string, EventPattern[]>;
}

let cached: EventPatterns | null = null;

export function loadEventPatterns(file = dataDir('lexicon', 'event-patterns.tsv')): EventPatterns {
  if (cached && file === dataDir('lexicon', 'event-patterns.tsv')) return cached;
  const all: EventPattern[] = [];
  const seen = new Set<string>();
  for (const r of readTsv(file)) {
    const id = r.id ?? '';
    if (seen.has(id)) throw new EntenteError('BAD_KB', `duplicate pattern id ${id}`, file);
    seen.add(id);
    const code = r.code ?? '';
    if (!/^\d{2,4}$/.test(code))
      throw new EntenteError('BAD_KB', `pattern ${id}: bad CAMEO code "${code}"`, file);
    const kind = r.kind === 'noun' ? 'noun' : 'verb';
    all.push({
      id,
      code,
      kind,
      steps: parseSteps(r.pattern ?? ''),
      source: (r.source ?? 'subj').split(',').filter(Boolean),
      target: (r.target ?? 'obj').split(',').filter(Boolean),
      confidence: Number(r.conf ?? '0.7') || 0.7,
      text: r.pattern ?? '',
    });
  }
  const byTrigger = new Map<string, EventPattern[]>();
  for (const p of all) {
    for (const alt of p.steps[0]?.words ?? []) {
      const w = alt[0];
      if (!w) continue;
      const list = byTrigger.get(w) ?? [];
      list.push(p);
      byTrigger.set(w, list);
    }
  }
  // The order a trigger's patterns are tried in: more steps first ("hold * meeting" beats
  // "hold"), then the more specific code, then confidence.
  for (const list of byTrigger.values())
    list.sort(
      (a, b) =>
        b.steps.length - a.steps.length ||
        codeSpecificity(b.code) - codeSpecificity(a.code) ||
        b.confidence - a.confidence,
    );
  const result = { all, byTrigger };
  if (file === dataDir('lexicon', 'event-patterns.tsv')) cached = result;
  return result;
}

/** 4 digits > 3 digits of a named action > 3 digits "not specified" (x0) > a root. */
export function codeSpecificity(code: string): number {
  if (code.length >= 4) return 3;
  if (code.length === 3) return code.endsWith('0') ? 1 : 2;
  return 0;
}

const sharedFirsts = new Map<string, readonly string[]>();

function firstsOf(words: string[][]): readonly string[] {
  const firsts = [...new Set(words.map((w) => w[0] ?? ''))].filter(Boolean);
  const key = firsts.join('|');
  const shared = sharedFirsts.get(key);
  if (shared) return shared;
  sharedFirsts.set(key, firsts);
  return firsts;
}

export function parseSteps(pattern: string): PatternStep[] {
  const steps: PatternStep[] = [];
  let gap = 0;
  for (const part of pattern.trim().split(/\s+/)) {
    if (part === '*') {
      gap = 4;
      continue;
    }
    const words = part.split('|').map((w) => w.toLowerCase().split(/[-_]/).filter(Boolean));
    steps.push({ words, gap, firsts: firstsOf(words) });
    gap = 0;
  }
  return steps;
}

let quoteActs: EventPatterns | null = null;

/** The speech acts direct quotations perform (data/lexicon/quote-acts.tsv), in the same format. */
export function loadQuoteActs(): EventPatterns {
  quoteActs ??= loadEventPatterns(dataDir('lexicon', 'quote-acts.tsv'));
  return quoteActs;
}
