// Mentions found once the names are linked: titles used alone for their holder ("the Turkish
// president", "the Secretary General"), "the bloc" / "the alliance" / "the North", and the
// platform X where something is posted on it.

import { holdersOf } from '../resources.js';
import { isNameToken } from './chunks.js';
import type { LinkCtx as Ctx } from './link-context.js';
import { push } from './link-context.js';
import type { TitleMatch } from './titles.js';

export function addTitleReferences(ctx: Ctx, titles: TitleMatch[]): void {
  const { tokens } = ctx;
  for (const t of titles) {
    if (!t.role || ctx.covered[t.t0]) continue;
    const next = tokens[t.t1];
    if (next && (isNameToken(next) || (next.text === ',' && isNameToken(tokens[t.t1 + 1])))) continue;
    if (next && /^(of|for)$/.test(next.text)) continue;
    const prev = tokens[t.t0 - 1];
    // "the Turkish president", "Turkey's president": the holder of that state's office.
    const state = stateBefore(ctx, t.t0);
    if (state) {
      // Someone the text named who held it ("Kishida, in his final days as Japan's prime minister"),
      // else the holder on the document's date.
      const id =
        unique(holdersOf(ctx.res, t.role, state, null).filter((p) => ctx.docPersons.has(p))) ??
        unique(holdersOf(ctx.res, t.role, state, ctx.date));
      if (id) push(ctx, t.t0, t.t1, id, 'person', 'title', { role: t.role });
      continue;
    }
    if (!prev || !/^(the|its|his|her|their)$/i.test(prev.text)) continue;
    // "the prime minister" where the text names two (Japan's and China's): the one the nearest
    // sentence before it is about (its first mention of either), else the one "Title Name" gave.
    const candidates = new Set([
      ...(ctx.roleHolders.get(t.role) ?? []),
      ...holdersOf(ctx.res, t.role, null, ctx.date).filter((p) => ctx.docPersons.has(p)),
    ]);
    const id =
      (candidates.size > 1 ? lastAbout(ctx, t.t0, candidates) : undefined) ??
      ctx.roleHolders.get(t.role)?.at(-1) ??
      unique(holdersOf(ctx.res, t.role, null, ctx.date).filter((p) => ctx.docPersons.has(p)));
    if (id) push(ctx, t.t0, t.t1, id, 'person', 'title', { role: t.role });
  }
}

/** Of `ids`, the first mentioned in the nearest sentence before token `t0` that mentions one. */
function lastAbout(ctx: Ctx, t0: number, ids: Set<string>): string | undefined {
  let best: { sent: number; t0: number; id: string } | undefined;
  for (const m of ctx.out) {
    if (m.t0 >= t0 || !ids.has(m.id)) continue;
    const sent = ctx.tokens[m.t0]?.sent ?? 0;
    if (!best || sent > best.sent || (sent === best.sent && m.t0 < best.t0))
      best = { sent, t0: m.t0, id: m.id };
  }
  return best?.id;
}

// "wrote on X", "in a post on X": the platform, a name too short for the knowledge base to match
// anywhere else ("Article X", "Malcolm X").
const POSTING = /^(said|wrote|posted|post|posts|statement|message|tweeted|announced|added)$/i;

export function addPlatformX(ctx: Ctx): void {
  const { tokens } = ctx;
  const x = ctx.res.kb.entities.get('org:x-twitter');
  if (!x) return;
  for (let i = 2; i < tokens.length; i++) {
    // wink keeps the full stop of "on X." with the letter.
    if (!/^X\.?$/.test(tokens[i]?.text ?? '') || ctx.covered[i] || tokens[i - 1]?.key !== 'on') continue;
    if (!POSTING.test(tokens[i - 2]?.text ?? '')) continue;
    push(ctx, i, i + 1, x.id, 'org', 'kb:platform');
  }
}

/** The state of "the Turkish" or "Turkey's" right before token t0, for a title used alone. */
function stateBefore(ctx: Ctx, t0: number): string | undefined {
  const { tokens } = ctx;
  const poss = /^['’]s$/.test(tokens[t0 - 1]?.text ?? '');
  const end = poss ? t0 - 1 : t0;
  const m = ctx.out.find((x) => x.t1 === end && x.type === 'country');
  if (!m) return undefined;
  if (!poss && (m.via !== 'kb:demonym' || tokens[m.t0 - 1]?.key !== 'the')) return undefined;
  // "Volodymyr Zelenskyy, Ukraine's president,": the apposition names the person before it.
  const lead = poss ? m.t0 : m.t0 - 1;
  if (tokens[lead - 1]?.text === ',' && ctx.out.some((x) => x.type === 'person' && x.t1 === lead - 1))
    return undefined;
  return m.id;
}

function unique(xs: string[]): string | undefined {
  const s = [...new Set(xs)];
  return s.length === 1 ? s[0] : undefined;
}

/**
 * "the bloc", "the alliance": the nearest organisation named before that the noun may stand for;
 * "the North": the one actor the word names, once the text has named what makes it clear.
 */
export function addOrgAnaphors(ctx: Ctx): void {
  const { tokens, res } = ctx;
  const named = [...ctx.out].sort((a, b) => a.t0 - b.t0);
  if (named.length === 0) return;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || ctx.covered[i] || tokens[articleBefore(tokens, i)]?.key !== 'the') continue;
    // "the North Korean threat": a capitalised word before another is part of a longer name.
    if (t.upper && tokens[i + 1]?.upper) continue;
    const row = res.lex.orgAnaphors.get(t.upper ? t.text : t.key);
    if (!row) continue;
    const before = named.filter((m) => m.t0 < i);
    if (row.needs.length > 0) {
      const id = row.refers[0];
      const entity = id ? res.kb.entities.get(id) : undefined;
      if (entity && before.some((m) => row.needs.includes(m.id)))
        push(ctx, i, i + 1, entity.id, entity.type, 'anaphor');
      continue;
    }
    if (t.upper) continue;
    if (row.refers.includes('country:*')) {
      const state = stateOfWord(ctx, before, i);
      if (state) push(ctx, i, i + 1, state, 'country', 'anaphor');
      continue;
    }
    // "the army" after "Sudan's army" or "the Royal Thai Army": the last organisation so named.
    if (row.refers.includes('named:*')) {
      const ref = before
        .filter((m) => m.type === 'org' && tokens.slice(m.t0, m.t1).some((x) => x.key === t.key))
        .pop();
      if (ref) push(ctx, i, i + 1, ref.id, 'org', 'anaphor');
      continue;
    }
    // The organisations the word usually means ("the agency": the IAEA) before any of its kind.
    const orgs = before.filter((m) => m.type === 'org');
    const ref =
      orgs.filter((m) => row.refers.includes(m.id)).pop() ??
      orgs.filter((m) => row.refers.includes(`kind:${res.kb.entities.get(m.id)?.kind ?? ''}`)).pop();
    if (ref) push(ctx, i, i + 1, ref.id, 'org', 'anaphor');
  }
}

/**
 * "the junta" after "Niger's junta" / "the Malian junta": the state named with the same word
 * earlier, else the state the text has named most often so far.
 */
function stateOfWord(ctx: Ctx, before: Ctx['out'], i: number): string | undefined {
  const { tokens } = ctx;
  const word = tokens[i]?.key;
  const states = before.filter((m) => m.type === 'country');
  for (let j = i - 1; j >= 0; j--) {
    if (tokens[j]?.key !== word) continue;
    const k = /^['’]s$/.test(tokens[j - 1]?.text ?? '') ? j - 1 : j;
    const named = states.find((m) => m.t1 === k);
    if (named) return named.id;
  }
  const counts = new Map<string, number>();
  for (const m of states) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = id;
  return best;
}

// "the 15-nation bloc", "the 27-member union": a counted modifier may stand after "the".
function articleBefore(tokens: Ctx['tokens'], i: number): number {
  const j = i - 1;
  if (
    /^(nation|member|country|state)$/.test(tokens[j]?.key ?? '') &&
    tokens[j - 1]?.key === '' &&
    tokens[j - 2]?.pos === 'NUM'
  )
    return j - 3;
  return j;
}
