// Job titles in text ("Prime Minister", "the secretary general", "Chief Cabinet Secretary")
// and honorifics ("Mr", "Dr"), found by key sequence; longest title first.
import type { Token } from '../../nlp/analyze.js';
import type { Resources } from '../resources.js';

export interface TitleMatch {
  t0: number;
  t1: number;
  /** Office role, or '' for an honorific. */
  role: string;
  gender?: 'm' | 'f';
}

export function findTitles(tokens: Token[], res: Resources): TitleMatch[] {
  const out: TitleMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.key) continue;
    const m = matchTitle(tokens, i, res);
    if (m) {
      out.push(m);
      i = m.t1 - 1;
      continue;
    }
    const g = res.lex.honorifics.get(t.text);
    if (g !== undefined && t.upper) {
      out.push({ t0: i, t1: i + 1, role: '', ...(g === 'm' || g === 'f' ? { gender: g } : {}) });
    }
  }
  return out;
}

const byFirst = new WeakMap<Resources, Map<string, Resources['titles']>>();

function titlesStarting(res: Resources, key: string): Resources['titles'] {
  let index = byFirst.get(res);
  if (!index) {
    index = new Map();
    for (const f of res.titles) {
      const k = f.keys[0];
      if (!k) continue;
      const list = index.get(k) ?? [];
      list.push(f);
      index.set(k, list);
    }
    byFirst.set(res, index);
  }
  return index.get(key) ?? [];
}

function matchTitle(tokens: Token[], i: number, res: Resources): TitleMatch | null {
  for (const f of titlesStarting(res, tokens[i]?.key ?? '')) {
    let t = i;
    let ok = true;
    for (let k = 0; k < f.keys.length; k++) {
      while (k > 0 && tokens[t]?.key === '' && !/\s/.test(tokens[t]?.text ?? '')) t++;
      if (tokens[t]?.key !== f.keys[k]) {
        ok = false;
        break;
      }
      t++;
    }
    if (ok && f.keys.length > 0) return { t0: i, t1: t, role: f.role };
  }
  return null;
}
