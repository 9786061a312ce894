// Event coding, clause by clause: lexicon hits → actors, polarity, modality, date and place.
import type { Event } from '../../core/index.js';
import { span } from '../../core/index.js';
import type { Token } from '../../nlp/analyze.js';
import { findDates } from '../../nlp/dates.js';
import type { DocContext, Mention, Stage } from '../context.js';
import { type ActorIndex, actorAfter, actorMentions, coordinated, isModifier, subjectBefore } from './actors.js';
import { findHits, type PatternHit } from './match.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
const MODALS = new Set(['could', 'would', 'might', 'may', 'should', 'can', 'cannot', 'must', 'if', 'unless', 'whether', 'perhaps', 'maybe']);
const UNREAL_LEMMAS = new Set(['hope', 'want', 'seek', 'expect', 'wish', 'consider', 'likely', 'unlikely', 'able', 'unable', 'try', 'attempt', 'aim', 'intend', 'ready', 'willing', 'how', 'what', 'whether']);
const FUTURE = new Set(['will', "'ll", 'shall', 'plan', 'plans', 'planned', 'scheduled', 'upcoming', 'next', 'tomorrow', 'set']);

export const eventsStage: Stage = {
  name: 'events',
  requires: ['analysis', 'mentions', 'published', 'dates'],
  assigns: ['events'],
  run(ctx) {
    const a = ctx.analysis;
    const mentions = ctx.mentions ?? [];
    if (!a) return;
    const ix: ActorIndex = { tokens: a.tokens, actors: actorMentions(mentions) };
    const events: Event[] = [];
    for (const s of a.sentences) {
      const last = a.tokens[s.t1 - 1];
      if (last?.text === '?') continue;
      for (const hit of findHits(a.tokens, s.t0, s.t1, ctx.res.patterns.byTrigger)) {
        const ev = codeHit(ctx, ix, hit, s.t0, s.t1, mentions);
        if (ev) events.push(ev);
      }
    }
    ctx.events = dedupe(events);
  },
};

function codeHit(ctx: DocContext, ix: ActorIndex, hit: PatternHit, s0: number, s1: number, mentions: Mention[]): Event | null {
  const { tokens } = ix;
  const p = hit.pattern;
  const lo = clauseStart(tokens, s0, hit.trigger);
  const hi = clauseEnd(tokens, hit.t1, s1);
  if (isUnreal(tokens, lo, hit.trigger)) return null;
  const passive = p.kind === 'verb' && isPassive(tokens, hit.trigger);
  // Source.
  let src: Mention[] = [];
  let tgtFromSubject: Mention[] = [];
  for (const how of p.source) {
    if (how === 'subj' && !passive) {
      const m = subjectBefore(ix, lo, hit.trigger);
      if (m) src = coordinated(ix, m, { t0: s0, t1: hit.trigger });
    } else if (how === 'subj' && passive) {
      const m = actorAfter(ix, hit.t1, hi, 'by');
      if (m) src = coordinated(ix, m, { t0: hit.t1, t1: hi });
      const subj = subjectBefore(ix, lo, hit.trigger);
      if (subj) tgtFromSubject = coordinated(ix, subj, { t0: s0, t1: hit.trigger });
    } else if (how === 'poss') {
      const m = possessor(ix, hit.trigger);
      if (m) src = [m];
    } else if (how === 'by' || how === 'from') {
      const m = actorAfter(ix, hit.t1, hi, how);
      if (m) src = [m];
    } else if (how === 'obj') {
      const m = actorAfter(ix, hit.t1, hi, null);
      if (m) src = [m];
    }
    if (src.length > 0) break;
  }
  // Target.
  let tgt: Mention[] = tgtFromSubject;
  if (tgt.length === 0) {
    for (const how of p.target) {
      if (how === 'none') break;
      if (how === 'subj') {
        const m = subjectBefore(ix, lo, hit.trigger);
        if (m) tgt = coordinated(ix, m, { t0: s0, t1: hit.trigger });
      } else if (how === 'after' || how === 'between') {
        const m = actorAfter(ix, hit.t1, hi, null);
        if (m) tgt = coordinated(ix, m, { t0: hit.t1, t1: hi });
      } else {
        const m = actorAfter(ix, hit.t1, hi, how === 'obj' ? null : how);
        if (m) tgt = coordinated(ix, m, { t0: m.t0, t1: hi });
      }
      if (tgt.length > 0) break;
    }
  }
  const srcIds = unique(src.map((m) => m.id));
  let tgtIds = unique(tgt.map((m) => m.id)).filter((id) => !srcIds.includes(id));
  if (srcIds.length === 0 && tgtIds.length >= 2 && (p.target.includes('after') || p.target.includes('between'))) {
    srcIds.push(...tgtIds.slice(0, 1));
    tgtIds = tgtIds.slice(1);
  }
  if (srcIds.length === 0) return null;
  const negated = isNegated(tokens, lo, hit);
  const cameo = lookupCameo(ctx, p.code);
  const evStart = Math.min(...src.map((m) => m.start), tokens[hit.t0]?.start ?? 0);
  const ends = [...tgt.map((m) => m.end), tokens[hit.t1 - 1]?.end ?? 0];
  const evEnd = Math.max(...ends);
  const future = isFuture(tokens, lo, hit.trigger);
  const date = eventDate(ctx, tokens, s0, s1, hit, future);
  const place = placeIn(mentions, tokens, s0, s1);
  const ev: Event = {
    code: p.code,
    root: p.code.slice(0, 2),
    goldstein: cameo,
    source: srcIds,
    target: tgtIds,
    date,
    location: place,
    evidence: span(ctx.body, Math.min(evStart, tokens[hit.t0]?.start ?? evStart), evEnd),
    confidence: round(p.confidence * (src.some((m) => m.via === 'title' || m.via.startsWith('kb:surname')) ? 0.95 : 1)),
    rule: p.id,
  };
  if (negated) ev.negated = true;
  return ev;
}

function lookupCameo(ctx: DocContext, code: string): number {
  return ctx.res.cameo.get(code)?.goldstein ?? 0;
}

const round = (x: number) => Math.round(x * 100) / 100;
const unique = (xs: string[]) => [...new Set(xs)];

function clauseStart(tokens: Token[], s0: number, t: number): number {
  for (let k = t - 1; k > s0; k--) if (tokens[k]?.text === ';') return k + 1;
  return s0;
}

function clauseEnd(tokens: Token[], t: number, s1: number): number {
  for (let k = t; k < s1; k++) if (tokens[k]?.text === ';') return k;
  return s1;
}

// Hypotheticals, conditionals and wishes are not events ("could make a speech", "if Russia").
function isUnreal(tokens: Token[], lo: number, trigger: number): boolean {
  for (let k = Math.max(lo, trigger - 4); k < trigger; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (MODALS.has(t.text.toLowerCase()) || UNREAL_LEMMAS.has(t.lemma)) return true;
  }
  const first = tokens[lo]?.text.toLowerCase();
  return first === 'if' || first === 'unless' || first === 'whether';
}

function isPassive(tokens: Token[], trigger: number): boolean {
  const t = tokens[trigger];
  if (!t || !/(ed|en|wn|ne|un|ht)$/.test(t.text)) return false;
  for (let k = trigger - 1; k >= Math.max(0, trigger - 3); k--) {
    const w = tokens[k];
    if (!w) break;
    if (w.lemma === 'be' || w.lemma === 'get') return true;
    if (w.pos !== 'ADV') break;
  }
  return false;
}

function isNegated(tokens: Token[], lo: number, hit: PatternHit): boolean {
  for (let k = Math.max(lo, hit.trigger - 4); k < hit.trigger; k++) {
    const t = tokens[k];
    if (t && (NEGATORS.has(t.text.toLowerCase()) || t.lemma === 'not')) return true;
  }
  // "there was no trilateral meeting": the negator stands before the noun phrase.
  if (hit.pattern.kind === 'noun') {
    for (let k = Math.max(lo, hit.trigger - 3); k < hit.trigger; k++) if (tokens[k]?.text.toLowerCase() === 'no') return true;
  }
  return false;
}

function isFuture(tokens: Token[], lo: number, trigger: number): boolean {
  for (let k = Math.max(lo, trigger - 4); k < trigger; k++) if (FUTURE.has(tokens[k]?.text.toLowerCase() ?? '')) return true;
  return false;
}

/** "Russia's invasion" → Russia. */
function possessor(ix: ActorIndex, trigger: number): Mention | null {
  const { tokens, actors } = ix;
  for (let k = trigger - 1; k >= Math.max(0, trigger - 4); k--) {
    if (/^['’]s$/.test(tokens[k]?.text ?? '')) {
      const m = actors.find((a) => a.t1 === k);
      if (m) return m;
    }
  }
  return null;
}

// The date the sentence gives, else the last one its paragraph gave, else the publication date.
function eventDate(ctx: DocContext, tokens: Token[], s0: number, s1: number, hit: PatternHit, future: boolean): string | null {
  const sStart = tokens[s0]?.start ?? 0;
  const sEnd = tokens[s1 - 1]?.end ?? 0;
  const dates = (ctx.dates ?? []).filter((d) => d.start >= sStart && d.end <= sEnd);
  const trig = tokens[hit.trigger]?.start ?? 0;
  if (dates.length > 0) {
    const near = [...dates].sort((a, b) => Math.abs(a.start - trig) - Math.abs(b.start - trig))[0];
    if (near) {
      if (future && near.relative && ctx.published?.date) {
        const ref = new Date(`${ctx.published.date.padEnd(10, '-01').slice(0, 10)}T12:00:00Z`);
        const again = findDates(near.text, ref, { forward: true })[0];
        if (again) return again.value;
      }
      return near.value;
    }
  }
  // Inherit from earlier in the same paragraph.
  const para = ctx.body.lastIndexOf('\n\n', sStart);
  const inherited = (ctx.dates ?? []).filter((d) => d.end <= sStart && d.start > para && d.precision !== 'year').pop();
  if (inherited) return inherited.value.slice(0, 7);
  const pub = ctx.published?.date;
  return pub ? pub.slice(0, 7) : null;
}

function placeIn(mentions: Mention[], tokens: Token[], s0: number, s1: number): string | null {
  const inSentence = mentions.filter((m) => m.type === 'place' && m.t0 >= s0 && m.t1 <= s1);
  const preferred = inSentence.find((m) => /^(in|at)$/i.test(tokens[m.t0 - 1]?.text ?? ''));
  return (preferred ?? inSentence[0])?.id ?? null;
}

// One event per distinct action: the same code root and actors again is the same event.
function dedupe(events: Event[]): Event[] {
  const seen = new Set<string>();
  const out: Event[] = [];
  for (const e of events) {
    const parties = [...e.source, ...e.target].sort().join('+');
    const key = `${e.root}|${e.negated ? 'n' : 'a'}|${parties}`;
    // Overlapping evidence for two patterns of the same root: keep the first, more specific one.
    if (seen.has(key)) continue;
    if (out.some((o) => o.root === e.root && o.evidence.start < e.evidence.end && e.evidence.start < o.evidence.end)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

export { isModifier };
