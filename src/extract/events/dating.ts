// When an event happened: a date in the trigger's own clause, else the last day its paragraph
// named, else the day the story is about (the day it names most often, up to publication),
// else the publication month.
import type { Token } from '../../nlp/analyze.js';
import { WEEKDAYS } from '../../nlp/calendar-words.js';
import { COUNTED_ON, type DateMention, findDates, yearFor } from '../../nlp/dates.js';
import type { DocContext } from '../context.js';
import { clauseStart } from './actors.js';
import type { PatternHit } from './match.js';

const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'i');

export interface EventDate {
  date: string | null;
  /** Where the date came from: the clause itself, the paragraph or story around it, or the publication date. */
  from: 'text' | 'context' | 'published' | 'none';
}

export function eventDate(
  ctx: DocContext,
  tokens: Token[],
  s0: number,
  s1: number,
  hit: PatternHit,
  future: boolean,
): EventDate {
  const sStart = tokens[s0]?.start ?? 0;
  const sEnd = tokens[s1 - 1]?.end ?? 0;
  // Dates of the trigger's own clause only: "Finland, which became a member in April" dates
  // Finland's accession, not the summit the sentence is about.
  const c0 = tokens[clauseStart(tokens, s0, hit.trigger)]?.start ?? sStart;
  const c1 = clauseEnd(tokens, hit.t1, s1);
  const trig = tokens[hit.trigger]?.start ?? 0;
  let dates = (ctx.dates ?? []).filter(
    (d) =>
      d.start >= Math.max(sStart, c0 - 1) &&
      d.end <= Math.min(sEnd, c1) &&
      !namesAThing(ctx.body, d, tokens[hit.trigger]?.end ?? trig) &&
      !sinceAside(ctx.body, d, trig),
  );
  // "Xi visited Riyadh in December and hosted Raisi in February": the second verb's own date;
  // without one, the verbs share the first's ("initialled a deal on Friday and agreed to …").
  if (dates.some((d) => d.start > trig))
    dates = dates.filter((d) => !earlierPredicate(tokens, d, hit.trigger));
  const near = [...dates].sort((a, b) => Math.abs(a.start - trig) - Math.abs(b.start - trig))[0];
  if (near) {
    if (
      future &&
      ctx.published?.date &&
      !near.explicitYear &&
      !COUNTED_ON.test(near.text) &&
      ctx.published.date.length >= 7
    ) {
      const ref = new Date(`${ctx.published.date.padEnd(10, '-01').slice(0, 10)}T12:00:00Z`);
      if (near.relative) {
        const again = findDates(near.text, ref, { forward: true })[0];
        if (again) return { date: again.value, from: 'text' };
      } else if (near.precision !== 'year') {
        // "will meet in May": the next May, not the last one.
        return { date: yearFor(near.value, ref, 'forward'), from: 'text' };
      }
    }
    return { date: near.value, from: 'text' };
  }
  const pub = ctx.published?.date ?? null;
  // Days the text names itself, outside quotes ("today" in a quote is the speaker's day).
  const quoted = ctx.quotes ?? [];
  const usable = (d: DateMention) =>
    d.precision === 'day' &&
    // "on Thursday night" names a day as well as "on January 11" does; "a day after" does not.
    (!d.relative || (WEEKDAY_WORD.test(d.text) && !COUNTED_ON.test(d.text))) &&
    (!pub || d.value.slice(0, 7) <= pub.slice(0, 7)) &&
    !quoted.some((q) => d.start >= q.start && d.end <= q.end);
  const para = ctx.body.lastIndexOf('\n', sStart);
  const inPara = (ctx.dates ?? []).filter((d) => d.end <= sStart && d.start > para && usable(d)).pop();
  if (inPara) return { date: inPara.value, from: 'context' };
  // "Last year, Japan signed …. This document highlights …": the sentence before, in the same
  // paragraph, dates what follows from it.
  const prevStart =
    s0 > 0
      ? (tokens[ctx.analysis?.sentences[(tokens[s0]?.sent ?? 0) - 1]?.t0 ?? 0]?.start ?? sStart)
      : sStart;
  const prev = (ctx.dates ?? [])
    .filter(
      (d) =>
        d.start >= Math.max(prevStart, para) &&
        d.end <= sStart &&
        d.precision === 'year' &&
        !namesAThing(ctx.body, d, -1) &&
        !ctx.quotes?.some((q) => d.start >= q.start && d.end <= q.end),
    )
    .pop();
  if (prev) return { date: prev.value, from: 'context' };
  // The same for every event of the document: counted once.
  let focus = focusCache.get(ctx);
  if (focus === undefined) {
    focus = focusDay(ctx.dates ?? [], usable);
    focusCache.set(ctx, focus);
  }
  if (focus && (!pub || focus.slice(0, 7) === pub.slice(0, 7))) return { date: focus, from: 'context' };
  return pub ? { date: pub.slice(0, 7), from: 'published' } : { date: null, from: 'none' };
}

/** The day the story names most often (the first named on a tie). */
const focusCache = new WeakMap<DocContext, string | null>();

function focusDay(dates: DateMention[], usable: (d: DateMention) => boolean): string | null {
  const counts = new Map<string, number>();
  for (const d of dates) if (usable(d)) counts.set(d.value, (counts.get(d.value) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  // Map order is first mention: on a tie, the day the text names first (the lead's).
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/**
 * "a 1995 resolution", "the 2001 agreement": a year naming a thing dates that thing (an event
 * whose trigger is the noun right after it), not the clause around it.
 */
function namesAThing(body: string, d: DateMention, triggerEnd: number): boolean {
  if (d.precision !== 'year' || !/^\d{4}$/.test(d.text)) return false;
  if (!/\b(a|an|the|its|their|his|her|this|that)\s+$/i.test(body.slice(Math.max(0, d.start - 7), d.start)))
    return false;
  const noun = /^\s+[\p{Ll}-]+/u.exec(body.slice(d.end, d.end + 30));
  return noun !== null && d.end + noun[0].length !== triggerEnd;
}

/** "Maduro, in power since 2013, has accused …": an aside counting from a year dates no action in it. */
function sinceAside(body: string, d: DateMention, trig: number): boolean {
  if (!/\bsince\s+$/i.test(body.slice(Math.max(0, d.start - 6), d.start))) return false;
  const open = body.lastIndexOf(',', d.start);
  const close = body.indexOf(',', d.end);
  return open >= 0 && close >= 0 && (trig < open || trig > close) && !/[.!?\n]/.test(body.slice(open, close));
}

/** A date before "and <verb>" belongs to the first verb. */
function earlierPredicate(tokens: Token[], d: DateMention, trigger: number): boolean {
  for (let k = trigger - 1; k >= 0 && (tokens[k]?.start ?? 0) >= d.end; k--) {
    const w = tokens[k]?.key ?? '';
    if ((w === 'and' || w === 'but') && tokens[k + 1]?.pos === 'VERB') return true;
  }
  return false;
}

function clauseEnd(tokens: Token[], t: number, s1: number): number {
  for (let k = t; k < s1; k++) {
    const w = tokens[k]?.text.toLowerCase() ?? '';
    if (w === ';' || w === 'which' || w === 'who' || w === 'but' || w === 'while')
      return tokens[k]?.start ?? 0;
    // "after years of confrontation that brought their navies close to blows in 2020".
    if (w === 'that' && tokens[k - 1]?.pos === 'NOUN' && k > t + 1) return tokens[k]?.start ?? 0;
  }
  return tokens[s1 - 1]?.end ?? 0;
}
