// A state's ministry or chamber that no list knows, named by its state and its field: "Rwanda's
// foreign ministry", "the Polish defence ministry", "the Philippine Senate". The state's mention
// becomes the ministry's (one body, not a state and a stray word); the id is the slug of the
// first form the text uses, and later forms of the same state and field share it.
import { slug } from '../../core/index.js';
import type { Token } from '../../nlp/analyze.js';
import { type LinkCtx as Ctx, push, textOf } from './link-context.js';

// Keys, so "defence" is already "defense".
const FIELDS = new Set(
  'foreign defense interior home health justice finance economy economic trade energy education culture agriculture information emergency emergencies security affairs internal'.split(
    ' ',
  ),
);

// The bodies every state has by one name: "the Philippine Senate", "Japan's parliament".
const BODIES = /^(senate|parliament|congress|cabinet)$/;

function fieldEnd(tokens: Token[], i: number): number {
  // Capitalised as a name ("the Philippine Senate"); "Turkey's parliament" is the state acting.
  if (tokens[i]?.upper && BODIES.test(tokens[i]?.key ?? '')) return i + 1;
  if (tokens[i]?.text === 'National' && tokens[i + 1]?.text === 'Assembly') return i + 2;
  return ministryEnd(tokens, i);
}

function ministryEnd(tokens: Token[], i: number): number {
  let j = i;
  while (j < i + 3 && FIELDS.has(tokens[j]?.key ?? '')) j++;
  if (j === i || !/^ministry$/i.test(tokens[j]?.text ?? '')) return -1;
  return j + 1;
}

export function addStateBodies(ctx: Ctx): void {
  const { tokens, res } = ctx;
  const ids = new Map<string, string>();
  for (let t0 = 0; t0 < tokens.length; t0++) {
    // The state as a name or a nationality word, whether or not it stood for the state alone.
    const match = ctx.kbAt[t0];
    const state = match?.entries.find((e) => e.type === 'country' && e.kind !== 'capital');
    if (!match || !state) continue;
    const m = { t0, t1: match.t1, id: state.id };
    let i = m.t1;
    if (/^['’]s?$/.test(tokens[i]?.text ?? '')) i++;
    const end = fieldEnd(tokens, i);
    if (end < 0 || ctx.covered[end - 1]) continue;
    const ministry = /^ministry$/i.test(tokens[end - 1]?.text ?? '');
    const field = tokens
      .slice(i, ministry ? end - 1 : end)
      .map((t) => t.key)
      .join(' ');
    // A body the knowledge base lists for that state keeps its id.
    const known = res.nationalBodies
      .get(ministry ? `${field} ministry` : field)
      ?.find((b) => b.country === m.id)?.id;
    const key = `${m.id}|${field}`;
    // "Rwanda's foreign ministry" → rwanda-foreign-ministry: the possessive is no part of the name.
    const named = `${textOf(tokens, m.t0, m.t1)} ${textOf(tokens, i, end)}`;
    const id = known ?? ids.get(key) ?? `org:${slug(named)}`;
    ids.set(key, id);
    const own = ctx.out.findIndex((x) => x.t0 === m.t0 && x.t1 === m.t1);
    if (own >= 0) ctx.out.splice(own, 1);
    push(ctx, m.t0, end, id, 'org', known ? 'kb:national-body' : 'new:state-body', {
      name: known ? undefined : textOf(tokens, m.t0, end),
      affiliation: m.id,
    });
  }
}

/**
 * "the ministry said", "the interior ministry sent riot police": the latest ministry named before,
 * of the same field when the words name one.
 */
export function addMinistryAnaphors(ctx: Ctx): void {
  const { tokens, res } = ctx;
  const isMinistry = (id: string) => id.endsWith('-ministry') || res.kb.entities.get(id)?.kind === 'ministry';
  const named = ctx.out.filter((m) => m.type === 'org' && isMinistry(m.id)).sort((a, b) => a.t0 - b.t0);
  if (named.length === 0) return;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]?.key !== 'the' || ctx.covered[i]) continue;
    const end = /^ministry$/i.test(tokens[i]?.text ?? '') ? i + 1 : ministryEnd(tokens, i);
    if (end < 0 || ctx.covered[end - 1] || /^(of|for)$/i.test(tokens[end]?.text ?? '')) continue;
    const field = tokens
      .slice(i, end - 1)
      .map((t) => t.key)
      .join(' ');
    const before = named.filter((m) => m.t1 <= i);
    const same = field
      ? before.filter((m) =>
          tokens
            .slice(m.t0, m.t1)
            .map((t) => t.key)
            .join(' ')
            .includes(`${field} ministry`),
        )
      : before;
    const ref = same[same.length - 1];
    if (ref) push(ctx, i, end, ref.id, 'org', 'anaphor', { affiliation: ref.affiliation });
    i = end - 1;
  }
}
