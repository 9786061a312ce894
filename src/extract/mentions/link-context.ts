// What linking one document shares between its passes: the tokens, the knowledge base, the
// mentions found so far and the token indexes of names and titles; how a mention is added.
import type { EntityType } from '../../core/index.js';
import { slug } from '../../core/index.js';
import type { Token } from '../../nlp/analyze.js';
import type { GazetteerMatch } from '../../nlp/gazetteer.js';
import { aliasKeys } from '../../nlp/keys.js';
import type { Mention } from '../context.js';
import type { Resources } from '../resources.js';
import type { TitleMatch } from './titles.js';

export interface LinkCtx {
  tokens: Token[];
  res: Resources;
  date: string | null;
  out: Mention[];
  covered: Uint8Array;
  /** role → the people "Title Name" gave that role in this document, in the order linked. */
  roleHolders: Map<string, string[]>;
  docPersons: Set<string>;
  /** Token index → the knowledge-base match starting there / covering it. */
  kbAt: (GazetteerMatch | undefined)[];
  kbCover: (GazetteerMatch | undefined)[];
  /** Token index → the title starting / ending there. */
  titleAt: (TitleMatch | undefined)[];
  titleEnd: (TitleMatch | undefined)[];
}

export function push(
  ctx: LinkCtx,
  t0: number,
  t1: number,
  id: string,
  type: EntityType,
  via: string,
  extra: Partial<Mention> = {},
): Mention {
  const a = ctx.tokens[t0];
  const b = ctx.tokens[t1 - 1];
  // Every mention has the same fields in the same order: one object shape keeps the later stages'
  // property reads monomorphic (mixed shapes made V8 recompile the event coder several times).
  const m: Mention = {
    start: a?.start ?? 0,
    end: b?.end ?? 0,
    t0,
    t1,
    id,
    type,
    via,
    name: extra.name,
    affiliation: extra.affiliation,
    role: extra.role,
  };
  for (let k = t0; k < t1; k++) ctx.covered[k] = 1;
  ctx.out.push(m);
  return m;
}

export function textOf(tokens: Token[], t0: number, t1: number): string {
  let s = '';
  for (let k = t0; k < t1; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t) continue;
    if (k > t0 && prev && t.start > prev.end) s += ' ';
    s += t.text;
  }
  return s;
}

export function addNew(
  ctx: LinkCtx,
  c: { t0: number; t1: number },
  type: 'org' | 'agreement' | 'place' | 'person',
  via: string,
): void {
  const a = ctx.tokens[c.t0];
  const b = ctx.tokens[c.t1 - 1];
  if (!a || !b) return;
  const name = textOf(ctx.tokens, c.t0, c.t1);
  const body = type === 'org' ? nationalBodyOf(ctx, c) : undefined;
  if (body) {
    push(ctx, c.t0, c.t1, body, 'org', 'kb:national-body');
    return;
  }
  push(ctx, c.t0, c.t1, `${type}:${slug(name)}`, type, via, { name });
}

/**
 * For a bare generic name several states' bodies share, the body of the state the text names most
 * (among the mentions found so far); a tie goes to the state named last before it.
 */
export function nationalBodyOf(ctx: LinkCtx, m: { t0: number; t1: number }): string | undefined {
  const bodies = ctx.res.nationalBodies.get(aliasKeys(textOf(ctx.tokens, m.t0, m.t1)).join(' '));
  if (!bodies) return undefined;
  const count = new Map<string, { n: number; last: number }>();
  for (const prev of ctx.out) {
    const country = prev.type === 'country' ? prev.id : prev.affiliation;
    if (!country || !bodies.some((b) => b.country === country)) continue;
    const c = count.get(country) ?? { n: 0, last: -1 };
    c.n++;
    if (prev.t0 < m.t0) c.last = Math.max(c.last, prev.t0);
    count.set(country, c);
  }
  let best: string | undefined;
  let top = { n: 0, last: -1 };
  for (const [country, c] of count) {
    if (c.n > top.n || (c.n === top.n && c.last > top.last)) [best, top] = [country, c];
  }
  return bodies.find((b) => b.country === best)?.id;
}
