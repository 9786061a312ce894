// Event coding, clause by clause: lexicon hits → actors, polarity, modality, date and place.
import type { Event } from '../../core/index.js';
import { span } from '../../core/index.js';
import { type Token, tokenEndingAfter, tokenStartingFrom } from '../../nlp/analyze.js';
import type { DocContext, Mention, Stage } from '../context.js';
import {
  type ActorIndex,
  actorAfter,
  actorEndingAt,
  actorMentions,
  actorStartingAt,
  coordinated,
  clauseStart as subClauseStart,
} from './actors.js';
import { eventDate } from './dating.js';
import { dedupe } from './dedupe.js';
import { countedGroup, countedObject, groupMembers, possessor, theySubject } from './group-subjects.js';
import { appealOf, demandOf, type Frame, framedCode, frameOf, requestCode } from './intent.js';
import { findHits, type PatternHit } from './match.js';
import { accusedOf, isFuture, isIdiom, isNegated, isPassive, isUnreal, talksAbout } from './modality.js';
import { isPurpose, nounUse, suppressNested } from './non-events.js';
import { quantitiesIn } from './quantities.js';
import { quoteActs } from './quote-acts.js';
import { answerTargets } from './respondents.js';
import { antecedent, frontedSubject, subjectOf } from './subject.js';
import { attackerOf, eventReferent, planReferent, sharedTarget, summitIn, summitOwner } from './targets.js';

const LAUNCHES = new Set(['fire', 'launch', 'test']);

export const eventsStage: Stage = {
  name: 'events',
  requires: ['analysis', 'title', 'mentions', 'published', 'dates', 'quotes'],
  assigns: ['events'],
  run(ctx) {
    const a = ctx.analysis;
    const mentions = ctx.mentions ?? [];
    if (!a) return;
    const ix: ActorIndex = { tokens: a.tokens, actors: actorMentions(mentions), all: mentions };
    // The headline repeats the lead; its words are not a report of their own.
    const titleLine = ctx.title ? ctx.body.indexOf(ctx.title) : -1;
    const inTitle = (t: number) =>
      titleLine >= 0 &&
      (a.tokens[t]?.start ?? 0) >= titleLine &&
      (a.tokens[t]?.end ?? 0) <= titleLine + (ctx.title?.length ?? 0);
    const events: Event[] = [];
    const spans = new WeakMap<Event, [number, number]>();
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
      const hits = findHits(a.tokens, s.t0, s.t1, ctx.res.patterns.byTrigger, inner).filter(
        (h) =>
          !inQuote(h.trigger) &&
          !inTitle(h.trigger) &&
          !nounUse(a.tokens, h) &&
          !talksAbout(a.tokens, h) &&
          !accusedOf(a.tokens, h) &&
          !isIdiom(a.tokens, h),
      );
      // A frame word that introduces another hit ("pledged to provide aid") is not an event of its own.
      const frames = new Set(
        hits.map((h) => frameOf(a.tokens, h.trigger)?.token).filter((x) => x !== undefined),
      );
      for (const h of hits) {
        const ap = appealOf(a.tokens, h.trigger, (t) => actorEndingAt(ix, t));
        // A lexicon pattern that already spans the appeal ("called on X to return to talks") wins.
        const spanning = ap && hits.some((o) => o.t0 === ap.verb && o.t1 > h.trigger);
        if (ap && !spanning) frames.add(ap.verb);
      }
      for (const hit of suppressNested(hits.filter((h) => !frames.has(h.trigger)))) {
        const ev = codeHit(ctx, ix, hit, s.t0, s.t1, mentions, events);
        if (ev) {
          events.push(ev);
          spans.set(ev, [hit.t0, hit.t1]);
        }
      }
    }
    const aff = new Map<string, string>();
    for (const m of mentions) {
      const a2 =
        m.type === 'person' ? (ctx.res.kb.entities.get(m.id)?.affiliation ?? m.affiliation) : undefined;
      if (a2) aff.set(m.id, a2);
    }
    // Speech acts of the quotes themselves ("will not go unanswered"), after the reported events.
    for (const ev of quoteActs(ctx, ix, events)) events.push(ev);
    answerTargets(events, aff);
    ctx.events = dedupe(events, aff, spans);
  },
};

function codeHit(
  ctx: DocContext,
  ix: ActorIndex,
  hit: PatternHit,
  s0: number,
  s1: number,
  mentions: Mention[],
  before: Event[],
): Event | null {
  const { tokens } = ix;
  const p = hit.pattern;
  const lo = clauseStart(tokens, s0, hit.trigger);
  const hi = clauseEnd(tokens, hit.t1, s1);
  const request = requested(ctx, ix, hit, s0, s1, lo, mentions);
  if (request) return request;
  const frame: Frame | null = frameOf(tokens, hit.trigger);
  if (!frame && isPurpose(tokens, hit.trigger)) return null;
  if (
    isUnreal(
      tokens,
      subClauseStart(tokens, lo, frame ? frame.token : hit.trigger),
      frame ? frame.token : hit.trigger,
    )
  )
    return null;
  let code = frame ? framedCode(frame.kind, p.code) : p.code;
  const passive = p.kind === 'verb' && isPassive(tokens, hit.trigger);
  // Source.
  let src: Mention[] = [];
  let srcVia = 'name';
  let tgtFromSubject: Mention[] = [];
  for (const how of p.source) {
    if (how === 'subj' && !passive) {
      const s = subjectOf(ix, lo, hit.trigger, 0, VERBAL_ROOTS.has(p.code.slice(0, 2)));
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
      const m = actorAfter(ix, hit.trigger + 1, hi, how, false);
      if (m) src = [m];
    } else if (how === 'obj') {
      const m = actorAfter(ix, hit.t1, hi, null);
      if (m) src = [m];
    }
    if (src.length > 0) break;
  }
  // "Receiving Hassan Sheikh in Cairo, al-Sisi declared …": a fronted participle's subject is the
  // main clause's, after the comma.
  if (src.length === 0 && p.source.includes('subj') && !passive) {
    const main = frontedSubject(ix, s0, hit.trigger, hi, s1);
    if (main) src = [main];
  }
  // "Leaders met at an emergency summit of ECOWAS": with no actor for a subject, the body whose
  // summit it was.
  if (src.length === 0 && p.code.startsWith('04') && p.source.includes('subj') && !passive) {
    const body = summitIn(ix, hit.t1, hi);
    if (body) src = [body];
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
        const m =
          how === 'between'
            ? actorAfter(ix, hit.trigger + 1, hi, 'between')
            : actorAfter(ix, hit.t1, hi, null);
        if (m) tgt = coordinated(ix, m, { t0: m.t0, t1: hi });
      } else if (how === 'summit') {
        const org = summitOwner(ix, hit.trigger);
        if (org) tgt = [org];
      } else if (how === 'ref') {
        const ref = eventReferent(
          tokens,
          hit,
          before,
          src.map((m) => m.id),
        );
        if (ref) refIds = ref;
      } else {
        const m = actorAfter(
          ix,
          how === 'obj' ? hit.trigger + 1 : hit.trigger + 1,
          hi,
          how === 'obj' ? null : how,
        );
        if (m) tgt = coordinated(ix, m, { t0: m.t0, t1: hi });
      }
      if (tgt.length > 0 || refIds.length > 0) break;
    }
  }
  // "Lin Jian pledged that Beijing would work with New Delhi": a person's own state is no
  // recipient of what they say or do; the next actor in the clause is.
  const srcStates = new Set(
    src.map((m) =>
      m.type === 'person' ? (ctx.res.kb.entities.get(m.id)?.affiliation ?? m.affiliation) : '',
    ),
  );
  const clauseSubject = (m: Mention) =>
    tokens[m.t0 - 1]?.key === 'that' || /^(AUX|VERB)$/.test(tokens[m.t1]?.pos ?? '');
  if (tgt.length > 0 && tgt.every((m) => srcStates.has(m.id) && clauseSubject(m))) {
    const after = actorAfter(ix, tgt[tgt.length - 1]?.t1 ?? hi, hi, null);
    tgt = after && !srcStates.has(after.id) ? coordinated(ix, after, { t0: after.t0, t1: hi }) : [];
  }
  // "shot down the drones with help from the United States": helpers act with the source.
  if (tgt.some((m) => coActor(tokens, m))) tgt = tgt.filter((m) => !coActor(tokens, m));
  // "denounced him": the person the pronoun points back to.
  const objAt = [hit.trigger + 1, hit.t1].find((k) => /^(him|her)$/i.test(tokens[k]?.text ?? ''));
  if (tgt.length === 0 && p.target.includes('obj') && objAt !== undefined) {
    // "spoke with Maduro and urged him": an object pronoun is never the clause's own subject.
    const own = new Set(src.map((m) => m.id));
    const ref = antecedent(ix, objAt, 'person');
    const other = [...ix.actors]
      .reverse()
      .find((m) => m.t1 <= objAt && m.type === 'person' && !own.has(m.id));
    if (ref && !own.has(ref.id)) tgt = [ref];
    else if (other && (tokens[other.t0]?.sent ?? -1) >= (tokens[objAt]?.sent ?? 0) - 1) tgt = [other];
  }
  // Evidence starts at the subject when it is named in the clause, else at the clause.
  const clause0 = tokens[subClauseStart(tokens, s0, hit.trigger)]?.start ?? 0;
  // "protested the upcoming exercises", "rejected the plan": the actor of the event the object
  // noun names (the noun is the text's own pointer, so even a pattern that names no recipient
  // otherwise takes it).
  if (tgt.length === 0 && refIds.length === 0)
    refIds =
      eventReferent(
        tokens,
        hit,
        before,
        src.map((m) => m.id),
      ) ??
      planReferent(ix, hit, mentions, before) ??
      [];
  // "visited Kyiv", "shelled Kharkiv": a visit to or an attack on a place is one on its state.
  if (tgt.length === 0 && refIds.length === 0 && /^(042|043|1[5-9]|20)/.test(code)) {
    // The place must be the object ("visited Kyiv", "strikes on Odesa"), not where it happened ("in Vilnius").
    const place = mentions.find(
      (m) =>
        m.type === 'place' &&
        m.affiliation &&
        m.t0 > hit.trigger &&
        m.t0 <= hit.t1 + 4 &&
        m.t1 <= hi &&
        // "fired missiles at Kyiv", "landed in Pyongyang": where the pattern aims with the
        // preposition, the place after it is the aim.
        !(
          /^(in|at|from|near|during)$/i.test(tokens[m.t0 - 1]?.text ?? '') &&
          !p.target.includes(tokens[m.t0 - 1]?.key ?? '')
        ) &&
        !/^(in|at|from|near)$/i.test(tokens[m.t0 - 2]?.text ?? ''),
    );
    if (place?.affiliation) refIds = [place.affiliation];
  }
  const srcIds = unique(src.map((m) => m.id));
  // "They … decided to strengthen cooperation": the parties of the joint action just reported.
  if (srcIds.length === 0 && p.source.includes('subj') && theySubject(tokens, lo, hit.trigger)) {
    const sent = tokens[hit.trigger]?.sent ?? 0;
    const joint = [...before]
      .reverse()
      .find(
        (e) =>
          e.source.length + e.target.length >= 2 &&
          /^0[3-6]/.test(e.code) &&
          sent - sentenceOf(tokens, e) <= 2,
      );
    if (joint) srcIds.push(...joint.source, ...joint.target);
  }
  // "The three envoys condemned the launches", "…, and the two governments signed a deal": the
  // last three people (or two states) named act, whoever the clause before had as its subject.
  if (p.source.includes('subj')) {
    const own = countedGroup(tokens, subClauseStart(tokens, s0, hit.trigger), hit.trigger);
    // A name found only as the nearest one before gives way to a counted group that opens the sentence.
    const group =
      own ?? (srcIds.length === 0 || srcVia === 'nearest' ? countedGroup(tokens, lo, hit.trigger) : null);
    const members = group ? groupMembers(ix, group) : null;
    if (members) srcIds.splice(0, srcIds.length, ...members);
  }
  // "urged the two sides to …": the parties last named before, as the recipients.
  if (tgt.length === 0 && refIds.length === 0 && p.target[0] !== 'none') {
    const group = countedObject(tokens, hit.trigger + 1, hi);
    const members = group ? groupMembers(ix, group, srcIds, before) : null;
    if (members) refIds = members;
  }
  if (tgt.length === 0 && refIds.length === 0) refIds = attackerOf(p.id, before, srcIds) ?? [];
  // (The plan's owner was looked for with the other referring nouns above.)
  if (tgt.length === 0 && refIds.length === 0 && !p.target.includes('none')) {
    const shared = sharedTarget(tokens, hit, srcIds, before, (e) => sentenceOf(tokens, e));
    if (shared) refIds = shared;
    else if (p.target.includes('near')) {
      const other = ix.actors
        .filter((m) => m.type === 'country' && m.t1 <= hit.trigger && m.t0 >= s0 && !srcIds.includes(m.id))
        .pop();
      if (other) refIds = [other.id];
    }
  }
  let tgtIds = unique([...tgt.map((m) => m.id), ...refIds]).filter((id) => !srcIds.includes(id));
  if (
    srcIds.length === 0 &&
    tgtIds.length >= 2 &&
    (p.target.includes('after') || p.target.includes('between'))
  ) {
    srcIds.push(...tgtIds.slice(0, 1));
    tgtIds = tgtIds.slice(1);
  }
  if (srcIds.length === 0) return null;
  // A pattern that is only an event with its recipient ("spoke with X", not "spoke with reporters").
  if (p.target.includes('required') && tgtIds.length === 0) return null;
  // "Thai and Cambodian troops exchanged fire", "the two armies clashed": each side fights the
  // other; the first named is the source, as for a meeting.
  if (
    tgtIds.length === 0 &&
    srcIds.length >= 2 &&
    code.startsWith('19') &&
    RECIPROCAL.has(tokens[hit.trigger]?.lemma ?? '')
  ) {
    tgtIds = srcIds.slice(1);
    srcIds.splice(1);
  }
  // "X called Y" is a telephone call only with the one called right after the verb: "called the
  // launches reckless" names what was said, not whom.
  if (
    code === '041' &&
    tokens[hit.trigger]?.lemma === 'call' &&
    !tgt.some((m) => m.t0 === hit.trigger + 1 && !/^['’]s$/.test(tokens[m.t1]?.text ?? ''))
  )
    return null;
  // Missiles fired at no one the text names ("toward the East Sea") are a show of force, as the
  // code book codes missile tests (150), not an attack.
  let untargeted = false;
  if (tgtIds.length === 0 && code === '190' && LAUNCHES.has(tokens[hit.trigger]?.lemma ?? '')) {
    code = '150';
    untargeted = true;
  }
  const negated = isNegated(tokens, lo, hit);
  const cameo = lookupCameo(ctx, code);
  const named = srcVia === 'name' || srcVia === 'relative' || srcVia === 'control' || srcVia === 'nearest';
  const sentStart = tokens[s0]?.start ?? 0;
  // A possessor far before a noun trigger ("Russia's industrial base and invasion of Ukraine")
  // does not start the evidence: the noun phrase does.
  const trigStart = tokens[hit.t0]?.start ?? 0;
  const fromSrc = src
    .filter((m) => p.kind !== 'noun' || hit.t0 - m.t1 <= 2)
    .map((m) => m.start)
    .filter((x) => x >= sentStart);
  // A denial keeps its negation in view ("There was no trilateral meeting …").
  const negatedNoun = p.kind === 'noun' && isNegated(tokens, lo, hit);
  const evStart =
    named && fromSrc.length > 0
      ? Math.min(...fromSrc, trigStart)
      : p.kind === 'noun' && !negatedNoun
        ? trigStart
        : Math.min(clause0, trigStart);
  const ends = [...tgt.map((m) => m.end), tokens[hit.t1 - 1]?.end ?? 0];
  const evEnd = Math.max(...ends);
  const future = isFuture(tokens, lo, hit.trigger);
  const dated = eventDate(ctx, tokens, s0, s1, hit, future);
  const place = placeIn(ctx, mentions, tokens, s0, s1);
  const ev: Event = {
    code,
    root: code.slice(0, 2),
    goldstein: cameo,
    source: srcIds,
    target: tgtIds,
    date: dated.date,
    dateFrom: dated.from,
    location: place,
    evidence: span(ctx.body, evStart, evEnd),
    confidence: round(
      p.confidence * (src.some((m) => m.via === 'title' || m.via.startsWith('kb:surname')) ? 0.95 : 1),
    ),
    rule: frame ? `${p.id}+frame.${frame.kind}` : untargeted ? `${p.id}+untargeted` : p.id,
  };
  if (negated) ev.negated = true;
  const dates = ctx.dates ?? [];
  const quantities = quantitiesIn(ctx.body, tokens, tokenStartingFrom(tokens, evStart), s1, (o) =>
    dates.some((d) => o >= d.start && o < d.end),
  );
  if (quantities.length > 0) ev.quantities = quantities;
  return ev;
}

/**
 * "urged Japan to send aid", "said that Sudan must return the helicopter": the one asking is the
 * source, the one asked the target, and the code is the appeal or demand for the action.
 */
function requested(
  ctx: DocContext,
  ix: ActorIndex,
  hit: PatternHit,
  s0: number,
  s1: number,
  lo: number,
  mentions: Mention[],
): Event | null {
  const { tokens } = ix;
  const p = hit.pattern;
  const ap = appealOf(tokens, hit.trigger, (t) => actorEndingAt(ix, t));
  const clause0 = subClauseStart(tokens, lo, hit.trigger);
  const dm = ap ? null : demandOf(tokens, hit.trigger, clause0);
  if (!ap && !dm) return null;
  const verb = ap ? ap.verb : (dm?.verb ?? hit.trigger);
  const asker = subjectOf(ix, s0, verb, 0, true);
  if (!asker) return null;
  let asked: Mention[] = [];
  if (ap) {
    const m = actorStartingAt(ix, ap.addressee);
    if (m) asked = coordinated(ix, m, { t0: m.t0, t1: hit.trigger });
  } else {
    const s = subjectOf(ix, clause0, hit.trigger);
    if (s) asked = s.mentions;
  }
  const code = requestCode(ap ? 'appeal' : 'demand', p.code);
  const source = unique(asker.mentions.map((m) => m.id));
  const target = unique(asked.map((m) => m.id)).filter((x) => !source.includes(x));
  const start = Math.min(
    tokens[verb]?.start ?? 0,
    ...asker.mentions.map((m) => m.start).filter((x) => x >= (tokens[s0]?.start ?? 0)),
  );
  const d = eventDate(ctx, tokens, s0, s1, hit, false);
  return {
    code,
    root: code.slice(0, 2),
    goldstein: lookupCameo(ctx, code),
    source,
    target,
    date: d.date,
    dateFrom: d.from,
    location: placeIn(ctx, mentions, tokens, s0, s1),
    ...(isNegated(tokens, lo, hit) ? { negated: true } : {}),
    evidence: span(ctx.body, start, tokens[hit.t1 - 1]?.end ?? 0),
    confidence: round(p.confidence * 0.9),
    rule: `${p.id}+frame.${ap ? 'appeal' : 'demand'}`,
  };
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

const RECIPROCAL = new Set(['exchange', 'trade', 'clash', 'fight', 'battle', 'skirmish']);

const VERBAL_ROOTS = new Set(['01', '02', '03', '05', '10', '11', '12', '13']);

// "supplies weapons to support Ukraine": a purpose clause after an object is not a second report
// ("telling officials to make clear …" is a directive and still counts).
const CO_ACTOR =
  /\b(help|support|assistance)\s+(from|of)\s+(the\s+)?$|\b(backed|joined|aided)\s+by\s+(the\s+)?$|\b(alongside|together\s+with)\s+(the\s+)?$/i;

/** A helper named after "with help from", "backed by", "alongside", or in a list after one. */
function coActor(tokens: Token[], m: Mention): boolean {
  let k = m.t0;
  // "from the United States, Britain and Jordan": step back over the list.
  for (let n = 0; n < 8 && k > 0; n++) {
    const before = tokens
      .slice(Math.max(0, k - 4), k)
      .map((t) => t.text)
      .join(' ');
    if (CO_ACTOR.test(`${before} `)) return true;
    const p = tokens[k - 1]?.text ?? '';
    if (p !== ',' && p !== 'and') return false;
    k -= 2;
    while (k > 0 && tokens[k - 1]?.upper) k--;
  }
  return false;
}

const sentenceCache = new WeakMap<Event, number>();

/** The sentence an event's evidence starts in (binary search over token offsets). */
function sentenceOf(tokens: Token[], e: Event): number {
  const hit = sentenceCache.get(e);
  if (hit !== undefined) return hit;
  const s = tokens[tokenEndingAfter(tokens, e.evidence.start)]?.sent ?? 0;
  sentenceCache.set(e, s);
  return s;
}

// Where it happened: a place the sentence puts it "in" or "at" (a city, a site, an island);
// regions and oceans named in passing ("the Atlantic region") are not the event's place.
function placeIn(
  ctx: DocContext,
  mentions: Mention[],
  tokens: Token[],
  s0: number,
  s1: number,
): string | null {
  const broad = /^(continent|ocean|sea|region|subregion)$/;
  const cands = mentions.filter(
    (m) => m.type === 'place' && m.t0 >= s0 && m.t1 <= s1 && /^(in|at)$/i.test(tokens[m.t0 - 1]?.text ?? ''),
  );
  const pick = cands.find((m) => !broad.test(ctx.res.kb.entities.get(m.id)?.kind ?? '')) ?? null;
  return pick?.id ?? null;
}
