// What linking one document shares between its passes: the tokens, the knowledge base, the
// mentions found so far and the token indexes of names and titles; how a mention is added.
import type { EntityType } from '../../core/index.js';
import type { Token } from '../../nlp/analyze.js';
import type { GazetteerMatch } from '../../nlp/gazetteer.js';
import type { Mention } from '../context.js';
import type { Resources } from '../resources.js';
import type { TitleMatch } from './titles.js';

export interface LinkCtx {
  tokens: Token[];
  res: Resources;
  date: string | null;
  out: Mention[];
  covered: Uint8Array;
  /** role → person learnt from "Title Name" in this document. */
  roleHolders: Map<string, string>;
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
