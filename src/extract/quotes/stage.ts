// Direct quotations and who said them: every quoted span, its speaker (attribute.ts), a speaker
// shared by the quotes of one sentence or carried to the quote right after, and only the spans
// that are speech (speech-words.ts), not names or terms in quotation marks.
import type { Quote } from '../../core/index.js';
import { tokenEndingAfter, tokenStartingFrom } from '../../nlp/analyze.js';
import type { Stage } from '../context.js';
import { type ActorIndex, actorMentions } from '../events/actors.js';
import { attribute } from './attribute.js';
import { findQuotes } from './find.js';
import { isSpeech } from './speech-words.js';

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['analysis', 'mentions'],
  assigns: ['quotes'],
  run(ctx) {
    const a = ctx.analysis;
    if (!a) return;
    const spans = findQuotes(ctx.body);
    const ix: ActorIndex = {
      tokens: a.tokens,
      actors: actorMentions(ctx.mentions ?? []),
      quoted: spans.map((q) => [q.outerStart, q.outerEnd]),
    };
    const quotes: Quote[] = [];
    let last: { speaker: string | null; end: number } | null = null;
    const founds = spans.map((q) =>
      attribute(
        ctx,
        ix,
        q,
        tokenEndingAfter(a.tokens, q.outerStart),
        tokenStartingFrom(a.tokens, q.outerEnd),
        spans,
      ),
    );
    // “in close contact” … and was “monitoring …”, X said: the sentence's later attribution
    // covers the quotes before it.
    for (let i = founds.length - 2; i >= 0; i--) {
      const next = founds[i + 1];
      const q = spans[i];
      const q2 = spans[i + 1];
      if (founds[i] || !next?.rule.startsWith('after:') || !q || !q2) continue;
      if (/[.!?\n]/.test(ctx.body.slice(q.outerEnd, q2.outerStart))) continue;
      founds[i] = { speaker: next.speaker, rule: 'shares-next' };
    }
    for (const [qi, q] of spans.entries()) {
      const text = ctx.body.slice(q.start, q.end);
      const found = founds[qi] ?? null;
      let speaker = found?.speaker ?? null;
      let rule = found?.rule ?? 'none';
      // A second quote right after an attributed one, with no speaker of its own.
      const continues =
        !found &&
        last !== null &&
        q.outerStart - last.end < 200 &&
        !ctx.body.slice(last.end, q.outerStart).includes('\n');
      if (continues && last) {
        speaker = last.speaker;
        rule = 'continues-previous';
      }
      if (!isSpeech(ctx.body, q, text, found !== null || continues)) continue;
      quotes.push({ speaker, text, start: q.start, end: q.end, rule });
      last = { speaker, end: q.outerEnd };
    }
    ctx.quotes = quotes;
  },
};
