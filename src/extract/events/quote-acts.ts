// Events a direct quotation performs by its words: "The attack will not go unanswered" is a
// threat by whoever said it, "We are committed to this ceasefire" a commitment. The event coder
// skips quoted words (what someone said is no report of what happened); these rows read the few
// speech acts that are the saying itself, with the quote's speaker as the source.
import type { Event } from '../../core/index.js';
import { span } from '../../core/index.js';
import { type Token, tokenEndingAfter, tokenStartingFrom } from '../../nlp/analyze.js';
import type { DocContext, Mention } from '../context.js';
import type { ActorIndex } from './actors.js';
import { actorAfter } from './actors.js';
import { eventDate } from './dating.js';
import { findHits } from './match.js';
import { suppressNested } from './non-events.js';

export function quoteActs(ctx: DocContext, ix: ActorIndex, reported: Event[] = []): Event[] {
  const { tokens } = ix;
  const out: Event[] = [];
  const aff = (id: string) => ctx.res.kb.entities.get(id)?.affiliation;
  for (const q of ctx.quotes ?? []) {
    if (!q.speaker) continue;
    const t0 = tokenEndingAfter(tokens, q.start);
    const t1 = tokenStartingFrom(tokens, q.end);
    if (t1 <= t0) continue;
    for (const hit of suppressNested(findHits(tokens, t0, t1, ctx.res.quoteActs.byTrigger))) {
      const p = hit.pattern;
      const speakerSide = new Set([q.speaker, aff(q.speaker)]);
      const sent = ctx.analysis?.sentences[tokens[t0]?.sent ?? 0];
      if (p.target[0] === 'named' && negatedWord(tokens, hit.trigger, t0)) continue;
      // One criticism for a quote, and none where the report around it already codes one.
      const s0 = tokens[sent?.t0 ?? t0]?.start ?? q.start;
      const s1 = tokens[lastSentenceEnd(ctx, t1) - 1]?.end ?? q.end;
      if (
        p.target[0] === 'named' &&
        [...reported, ...out].some(
          (e) =>
            (e.root === '11' || e.root === '12') &&
            e.source.includes(q.speaker ?? '') &&
            e.evidence.start < s1 &&
            e.evidence.end > s0,
        )
      )
        continue;
      const target =
        p.target[0] === 'none'
          ? null
          : p.target[0] === 'named'
            ? namedActor(
                ix,
                q.speaker,
                (id) => speakerSide.has(id) || speakerSide.has(aff(id)),
                hit.trigger,
                t0,
                t1,
                sent?.t0 ?? t0,
              )
            : actorAfter(ix, hit.t1, t1, p.target[0] === 'obj' ? null : (p.target[0] ?? null));
      // A judgement ("reckless", "a blatant violation") is a criticism only of someone.
      if (p.target[0] === 'named' && !target) continue;
      const dated = eventDate(ctx, tokens, sent?.t0 ?? t0, sent?.t1 ?? t1, hit, false);
      const a = tokens[hit.t0];
      const b = tokens[hit.t1 - 1];
      if (!a || !b) continue;
      out.push({
        code: p.code,
        root: p.code.slice(0, 2),
        goldstein: ctx.res.cameo.get(p.code)?.goldstein ?? 0,
        source: [q.speaker],
        target: target && !speakerSide.has(target.id) ? [target.id] : [],
        date: dated.date,
        dateFrom: dated.from,
        location: null,
        evidence: span(ctx.body, a.start, b.end),
        confidence: p.confidence,
        rule: `${p.id}+quote`,
      });
    }
  }
  return out;
}

const NEGATORS = new Set(['not', 'no', 'never', "n't", 'nothing', 'without']);

/** "is not a threat", "no violation": a judgement the speaker denies. */
function negatedWord(tokens: Token[], t: number, t0: number): boolean {
  for (let k = t - 1; k >= Math.max(t0, t - 3); k--) if (NEGATORS.has(tokens[k]?.key ?? '')) return true;
  return false;
}

// "a violation of U.N. Security Council resolutions": the body whose rules were broken is not
// the one criticised.
const RULES_OF = /^(resolutions?|charter|law|laws|norms|rules|sanctions|mandate)$/i;

// "said China was …", "saying the region …": the verb that reports the quote.
const SAYING = new Set(['say', 'tell', 'add', 'write', 'state', 'insist', 'argue', 'claim', 'declare']);
// "a violation of Yemen's sovereignty", "a threat to Guyana": the one wronged, not the wrongdoer.
const WRONGED = /^(of|against|on|to|into|toward|towards)$/i;

/**
 * Whom a judgement in a quote is about: the first actor the quote names that is not the speaker's
 * side nor the one wronged, else the nearest one named between the reporting verb and the quote
 * ("said China was "spreading claims …"").
 */
function namedActor(
  ix: ActorIndex,
  speaker: string,
  own: (id: string) => boolean,
  trigger: number,
  t0: number,
  t1: number,
  s0: number,
): Mention | null {
  const { tokens } = ix;
  const ok = (m: Mention) =>
    !own(m.id) &&
    !(m.affiliation && own(m.affiliation)) &&
    m.id !== speaker &&
    !RULES_OF.test(tokens[m.t1]?.text ?? '') &&
    !/^resolutions?$/i.test(tokens[m.t0 - 2]?.text ?? '') &&
    !(m.t0 > trigger && m.t0 - trigger <= 4 && WRONGED.test(tokens[m.t0 - 1]?.text ?? ''));
  const inQuote = ix.actors.find((m) => m.t0 >= t0 && m.t1 <= t1 && ok(m));
  if (inQuote) return inQuote;
  let verb = -1;
  for (let k = t0 - 1; k >= s0; k--)
    if (SAYING.has(tokens[k]?.lemma ?? '') && tokens[k]?.pos === 'VERB') {
      verb = k;
      break;
    }
  if (verb < 0) return null;
  return ix.actors.filter((m) => m.t0 > verb && m.t1 <= t0 && ok(m)).pop() ?? null;
}

function lastSentenceEnd(ctx: DocContext, t1: number): number {
  const tokens = ctx.analysis?.tokens ?? [];
  const s = ctx.analysis?.sentences[tokens[Math.max(0, t1 - 1)]?.sent ?? 0];
  return s?.t1 ?? t1;
}
