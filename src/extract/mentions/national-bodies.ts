// Bodies that several states have under one generic name ("Joint Chiefs of Staff", "National
// Security Council", "Foreign Ministry"). Written bare, such a name is the body of the state
// the text was just talking about: "South Korea's military said … the Joint Chiefs of Staff"
// is Seoul's, not Washington's, whatever the knowledge base lists the bare name for.
import type { Kb } from '../../data/kb-types.js';
import { aliasKeys } from '../../nlp/keys.js';

/** Generic name (matching keys joined by spaces) → the bodies of several states it names. */
export type NationalBodies = Map<string, { id: string; country: string }[]>;

function startsWith(keys: string[], prefix: string[]): boolean {
  return prefix.length > 0 && prefix.length < keys.length && prefix.every((k, i) => keys[i] === k);
}

/** The alias with its state's name taken off ("South Korea's Foreign Ministry" → "foreign ministry"). */
function generic(keys: string[], countryForms: string[][]): string[] {
  for (const c of countryForms) {
    if (startsWith(keys, c)) {
      const rest = keys.slice(c.length);
      return rest[0] === 's' ? rest.slice(1) : rest;
    }
    const tail = ['of', ...c];
    if (keys.length > tail.length && tail.every((k, i) => keys[keys.length - tail.length + i] === k))
      return keys.slice(0, keys.length - tail.length);
  }
  return keys;
}

export function nationalBodies(kb: Kb): NationalBodies {
  const all = new Map<string, { id: string; country: string }[]>();
  for (const e of kb.entities.values()) {
    // Outlets are named for themselves ("The Times"), not as a state's institution.
    if (e.type !== 'org' || e.kind === 'media' || !e.affiliation?.startsWith('country:')) continue;
    const state = kb.entities.get(e.affiliation);
    if (!state) continue;
    const forms = [state.name, ...state.aliases, ...state.demonyms]
      .map(aliasKeys)
      .filter((k) => k.length > 0)
      .sort((a, b) => b.length - a.length);
    for (const alias of [e.name, ...e.aliases]) {
      const g = generic(aliasKeys(alias), forms);
      // One word ("military", "parliament") is too vague to name a body on its own.
      if (g.length < 2) continue;
      const key = g.join(' ');
      const list = all.get(key) ?? [];
      if (!list.some((x) => x.id === e.id)) list.push({ id: e.id, country: e.affiliation });
      all.set(key, list);
    }
  }
  for (const [k, v] of all) if (v.length < 2) all.delete(k);
  return all;
}
