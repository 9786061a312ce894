// Event coding, clause by clause: lexicon hits → actors, polarity, modality, date and place.
import type { Event } from '../../core/index.js';
import { span } from '../../core/index.js';
import type { Token } from '../../nlp/analyze.js';
import { findDates } from '../../nlp/dates.js';
import type { DocContext, Mention, Stage } from '../context.js';
import { type ActorIndex, actorAfter, actorMentions, clauseStart as subClauseStart, coordinated, isModifier, subjectOf } from './actors.js';
import { findHits, type PatternHit } from './match.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
const MODALS = new Set(['could', 'would', 'might', 'may', 'should', 'can', 'cannot', 'must', 'if', 'unless', 'whether', 'perhaps', 'maybe']);
const UNREAL_LEMMAS = new Set(['willingness', 'readiness', 'ability', 'desire', 'hope', 'want', 'seek', 'expect', 'wish', 'consider', 'likely', 'unlikely', 'able', 'unable', 'try', 'attempt', 'aim', 'intend', 'ready', 'willing', 'how', 'what', 'whether']);
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
    // Words inside quotation marks are what someone said, coded through the quote, not as events.
    const quoted = (ctx.quotes ?? []).map((q) => [q.start, q.end] as const);
    const inQuote = (t: number) => {
      const o = a.tokens[t]?.start ?? 0;
      return quoted.some(([s, e]) => o >= s && o < e);
    };
    // A multi-word name counts as one word inside a pattern's gap.
    const inner = new Uint8Array(a.tokens.length);
    for (const m of mentions) for (let k = m.t0 + 1; k < m.t1; k++) inner[k] = 1;
    for (const s of a.sentences) {
      const last = a.tokens[s.t1 - 1];
      if (last?.text === '?') continue;
      const hits = findHits(a.tokens, s.t0, s.t1, ctx.res.patterns.byTrigger, inner).filter((h) => !inQuote(h.trigger));
      for (const hit of suppressNested(hits)) {
        const ev = codeHit(ctx, ix, hit, s.t0, s.t1, mentions, events);
        if (ev) events.push(ev);
      }
    }
    ctx.events = dedupe(events);
  },
};

function codeHit(ctx: DocContext, ix: ActorIndex, hit: PatternHit, s0: number, s1: number, mentions: Mention[], before: Event[]): Event | null {
  const { tokens } = ix;
  const p = hit.pattern;
  const lo = clauseStart(tokens, s0, hit.trigger);
  const hi = clauseEnd(tokens, hit.t1, s1);
  if (isUnreal(tokens, subClauseStart(tokens, lo, hit.trigger), hit.trigger)) return null;
  const passive = p.kind === 'verb' && isPassive(tokens, hit.trigger);
  // Source.
  let src: Mention[] = [];
  let srcVia = 'name';
  let tgtFromSubject: Mention[] = [];
  for (const how of p.source) {
    if (how === 'subj' && !passive) {
      const s = subjectOf(ix, lo, hit.trigger);
      if (s) {
        src = s.mentions;
        srcVia = s.via;
      }
    } else if (how === 'subj' && passive) {
      const m = actorAfter(ix, hit.t1, hi, 'by');
      if (m) src = coordinated(ix, m, { t0: hit.t1, t1: hi });
      const subj = subjectOf(ix, lo, hit.trigger);
      if (subj) tgtFromSubject = subj.mentions;
    } else if (how === 'poss') {
      const m = possessor(ix, hit.trigger);
      if (m) src = [m];
    } else if (how === 'by' || how === 'from') {
      const m = actorAfter(ix, hit.trigger + 1, hi, how);
      if (m) src = [m];
    } else if (how === 'obj') {
      const m = actorAfter(ix, hit.t1, hi, null);
      if (m) src = [m];
    }
    if (src.length > 0) break;
  }
  // Target.
  let tgt: Mention[] = tgtFromSubject;
  let refIds: string[] = [];
  if (tgt.length === 0) {
    for (const how of p.target) {
      if (how === 'none') break;
      if (how === 'subj') {
        const s = subjectOf(ix, lo, hit.trigger);
        if (s) tgt = s.mentions;
      } else if (how === 'after' || how === 'between') {
        const m = how === 'between' ? actorAfter(ix, hit.trigger + 1, hi, 'between') : actorAfter(ix, hit.t1, hi, null);
        if (m) tgt = coordinated(ix, m, { t0: m.t0, t1: hi });
      } else if (how === 'summit') {
        const org = summitOwner(ix, hit.trigger);
        if (org) tgt = [org];
      } else if (how === 'ref') {
        const ref = eventReferent(tokens, hit, before);
        if (ref) refIds = ref;
      } else {
        const m = actorAfter(ix, how === 'obj' ? hit.trigger + 1 : hit.trigger + 1, hi, how === 'obj' ? null : how);
        if (m) tgt = coordinated(ix, m, { t0: m.t0, t1: hi });
      }
      if (tgt.length > 0 || refIds.length > 0) break;
    }
  }
  void srcVia;
  const srcIds = unique(src.map((m) => m.id));
  let tgtIds = unique([...tgt.map((m) => m.id), ...refIds]).filter((id) => !srcIds.includes(id));
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
  // Dates of the trigger's own clause only: "Finland, which became a member in April" dates
  // Finland's accession, not the summit the sentence is about.
  const c0 = tokens[subClauseStart(tokens, s0, hit.trigger)]?.start ?? sStart;
  const c1 = clauseEndStrict(tokens, hit.t1, s1);
  const dates = (ctx.dates ?? []).filter((d) => d.start >= Math.max(sStart, c0 - 1) && d.end <= Math.min(sEnd, c1));
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
  // Inherit a day named earlier in the same paragraph, at month precision.
  const para = ctx.body.lastIndexOf('\n', sStart);
  const inherited = (ctx.dates ?? []).filter((d) => d.end <= sStart && d.start > para && d.precision === 'day').pop();
  if (inherited) return inherited.value.slice(0, 7);
  const pub = ctx.published?.date;
  return pub ? pub.slice(0, 7) : null;
}

function clauseEndStrict(tokens: Token[], t: number, s1: number): number {
  for (let k = t; k < s1; k++) {
    const w = tokens[k]?.text.toLowerCase() ?? '';
    if (w === ';' || w === 'which' || w === 'who' || w === 'but' || w === 'while') return tokens[k]?.start ?? 0;
  }
  return tokens[s1 - 1]?.end ?? 0;
}

// "attended the summit", "join the summit": the organisation whose summit the text is about
// ("NATO summit", "the G7's summit") — the nearest before the trigger, else the first after.
function summitOwner(ix: ActorIndex, trigger: number): Mention | null {
  const { tokens, actors } = ix;
  const owners = actors.filter((a) => a.type === 'org' && /^(summit|summits|meeting|conference|leaders)$/i.test(tokens[/^['’]s$/.test(tokens[a.t1]?.text ?? '') ? a.t1 + 1 : a.t1]?.text ?? ''));
  const prev = owners.filter((a) => a.t0 < trigger).pop();
  return prev ?? owners[0] ?? null;
}

// "condemned the launch": the actor of the launch the text reported just before.
const EVENT_NOUNS: Record<string, string[]> = { launch: ['15'], launches: ['15'], test: ['15', '20'], tests: ['15', '20'], attack: ['18', '19'], attacks: ['18', '19'], strike: ['18', '19', '195'], strikes: ['18', '19'], invasion: ['19'], incursion: ['19'], provocation: ['15', '13'] };
function eventReferent(tokens: Token[], hit: PatternHit, before: Event[]): string[] | null {
  for (let k = hit.t1; k < Math.min(hit.t1 + 3, tokens.length); k++) {
    const roots = EVENT_NOUNS[tokens[k]?.text.toLowerCase() ?? ''];
    if (!roots) continue;
    const ev = [...before].reverse().find((e) => roots.some((r) => e.code.startsWith(r)));
    return ev ? ev.source : null;
  }
  return null;
}

function suppressNested(hits: PatternHit[]): PatternHit[] {
  return hits.filter((h) => !hits.some((o) => o !== h && o.t0 <= h.trigger && h.trigger < o.t1 && o.t1 - o.t0 > h.t1 - h.t0));
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
