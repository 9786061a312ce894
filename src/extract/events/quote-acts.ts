// Events a direct quotation performs by its words: "The attack will not go unanswered" is a
// threat by whoever said it, "We are committed to this ceasefire" a commitment. The event coder
// skips quoted words (what someone said is no report of what happened); these rows read the few
// speech acts that are the saying itself, with the quote's speaker as the source.
import type { Event } from '../../core/index.js';
import { span } from '../../core/index.js';
import { tokenEndingAfter, tokenStartingFrom } from '../../nlp/analyze.js';
import type { DocContext } from '../context.js';
import type { ActorIndex } from './actors.js';
import { actorAfter } from './actors.js';
import { eventDate } from './dating.js';
import { findHits } from './match.js';
import { suppressNested } from './non-events.js';

export function quoteActs(ctx: DocContext, ix: ActorIndex): Event[] {
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
      const target =
        p.target[0] === 'none'
          ? null
          : actorAfter(ix, hit.t1, t1, p.target[0] === 'obj' ? null : (p.target[0] ?? null));
      const sent = ctx.analysis?.sentences[tokens[t0]?.sent ?? 0];
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
