// Longest-match lookup of knowledge-base names over a token stream. Aliases are indexed by
// their first key; a match may not cross a line break, and hyphens are skipped on both sides.
import type { EntityType } from '../core/index.js';
import type { Kb } from '../data/kb-types.js';
import type { Token } from './analyze.js';
import { aliasKeys, aliasTokens } from './keys.js';

export type AliasKind = 'name' | 'demonym' | 'capital';

export interface AliasEntry {
  id: string;
  type: EntityType;
  kind: AliasKind;
  /** The alias is an acronym or written in capitals ("US", "NATO"): the text must match its case. */
  exactCase: boolean;
  /** The alias as written in the knowledge base, for explanations. */
  alias: string;
}

interface AliasForm {
  keys: string[];
  /** Per key, the alias token's surface form (for case checks). */
  surface: string[];
  entries: AliasEntry[];
}

export interface GazetteerMatch {
  t0: number;
  /** Exclusive token index. */
  t1: number;
  entries: AliasEntry[];
}

export class Gazetteer {
  private readonly byFirst = new Map<string, AliasForm[]>();

  constructor(kb: Kb) {
    for (const e of kb.entities.values()) {
      const names = new Set([e.name, ...e.aliases]);
      for (const a of names)
        this.add(a, { id: e.id, type: e.type, kind: 'name', exactCase: isCapsForm(a), alias: a });
      if (e.type === 'person') {
        for (const v of personVariants(e.name)) {
          if (!names.has(v))
            this.add(v, { id: e.id, type: 'person', kind: 'name', exactCase: false, alias: v });
        }
      }
      for (const d of e.demonyms)
        this.add(d, { id: e.id, type: e.type, kind: 'demonym', exactCase: false, alias: d });
      for (const c of e.capitals)
        this.add(c, { id: e.id, type: e.type, kind: 'capital', exactCase: false, alias: c });
    }
    for (const forms of this.byFirst.values()) forms.sort((a, b) => b.keys.length - a.keys.length);
  }

  private add(alias: string, entry: AliasEntry): void {
    const keys = aliasKeys(alias);
    const first = keys[0];
    if (!first) return;
    const surface = aliasTokens(alias).filter((t) => !/^[-‐‑‒–—'’]+$/.test(t));
    let forms = this.byFirst.get(first);
    if (!forms) {
      forms = [];
      this.byFirst.set(first, forms);
    }
    const same = forms.find((f) => f.keys.length === keys.length && f.keys.every((k, i) => k === keys[i]));
    if (same) {
      // "NATO" and "Nato": the same keys, matched by case or not.
      if (
        !same.entries.some(
          (x) => x.id === entry.id && x.kind === entry.kind && x.exactCase === entry.exactCase,
        )
      )
        same.entries.push(entry);
      return;
    }
    forms.push({ keys, surface, entries: [entry] });
  }

  /** The longest alias that starts at token `i`, or null. */
  matchAt(tokens: Token[], i: number): GazetteerMatch | null {
    const first = tokens[i];
    if (!first?.key) return null;
    const forms = this.byFirst.get(first.key);
    if (!forms) return null;
    for (const f of forms) {
      const end = this.matchForm(tokens, i, f);
      if (end < 0) continue;
      const entries = f.entries.filter((e) => caseOk(tokens, i, end, f, e));
      if (entries.length > 0) return { t0: i, t1: end, entries };
    }
    return null;
  }

  private matchForm(tokens: Token[], i: number, f: AliasForm): number {
    let t = i;
    for (let k = 0; k < f.keys.length; k++) {
      // Skip hyphens between words ("Suk-yeol"), never a line break.
      while (k > 0 && tokens[t] && tokens[t]?.key === '' && !/\s/.test(tokens[t]?.text ?? '')) t++;
      const tok = tokens[t];
      if (!tok || tok.key !== f.keys[k]) return -1;
      t++;
    }
    return t;
  }

  /** Every alias form known for a key, for `entente kb lookup`. */
  formsFor(key: string): AliasForm[] {
    return this.byFirst.get(key) ?? [];
  }
}

const GENERIC_ORG = new Set(
  // Keys, so "defence" is already "defense".
  'foreign defense ministry affairs interior office coast guard navy army air force forces military council party court intelligence service agency commission committee department command'.split(
    ' ',
  ),
);

/** Every knowledge-base name in the text, left to right, the longest at each place. */
export function findNames(tokens: Token[], gazetteer: Gazetteer): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Names start with a capital: most tokens need no lookup. "al-Qaeda", "al-Shabaab" start
    // with a lower-case particle joined to a capitalised word.
    if (!tokens[i]?.upper && !particleName(tokens, i)) continue;
    const m = gazetteer.matchAt(tokens, i);
    if (m) {
      out.push(m);
      i = m.t1 - 1;
    }
  }
  return out;
}

const PARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'an', 'ar', 'at']);

function particleName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const h = tokens[i + 1];
  return (
    !!t &&
    PARTICLES.has(t.text) &&
    !!h &&
    h.key === '' &&
    h.start === t.end &&
    tokens[i + 2]?.upper === true &&
    tokens[i + 2]?.start === h.end
  );
}

function isCapsForm(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters.length <= 8;
}

// Names in text must be capitalised as names are ("us" is not "US", "turkey" is not Turkey).
function caseOk(tokens: Token[], t0: number, t1: number, f: AliasForm, e: AliasEntry): boolean {
  const words = tokens.slice(t0, t1).filter((t) => t.key !== '');
  if (e.exactCase) {
    return (
      words.every((t, k) => {
        const s = f.surface[k] ?? '';
        return t.text.replace(/[.]/g, '') === s.replace(/[.]/g, '') || t.text === t.text.toUpperCase();
      }) && words.every((t) => /\p{Lu}/u.test(t.text))
    );
  }
  const head = words[0];
  // "al-Qaeda": a lower-case particle before the capitalised name.
  const particle = !head?.upper && PARTICLES.has(head?.text ?? '') && words[1]?.upper === true;
  if (!head?.upper && !particle) return false;
  // "Chinese foreign ministry": an organisation's generic words after the first may be lower case.
  if (
    e.type === 'org' &&
    words.length >= 3 &&
    words.slice(1).every((t) => t.upper || GENERIC_ORG.has(t.key) || t.key === 's')
  )
    return true;
  // Every alias word written with a capital must be capitalised in the text too, except the
  // last word of places ("Korean peninsula") and organisations ("Kurdistan Workers' party").
  return words.every((t, k) => {
    if (k === 0 && particle) return true;
    const s = f.surface[k] ?? '';
    if (!/^\p{Lu}/u.test(s)) return true;
    if (t.upper) return true;
    // "Suk-yeol", "Jae-in": the part after a hyphen may be lower case.
    const prev = tokens[t.i - 1];
    if (k > 0 && prev && prev.key === '' && prev.end === t.start) return true;
    return k === words.length - 1 && k > 0 && (e.type === 'place' || e.type === 'org');
  });
}

/** "Fumio Kishida" → ["Kishida Fumio"]: news writes East Asian names in either order. */
export function personVariants(name: string): string[] {
  const parts = name.split(/\s+/).filter(Boolean);
  if (parts.length === 2) return [`${parts[1]} ${parts[0]}`];
  return [];
}
