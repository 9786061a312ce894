// Use case: what a name links to in the knowledge base, and why — the alias that matched, the
// surname index, the offices the person held on a date.
import { loadKb } from '../data/kb.js';
import type { Kb } from '../data/kb-types.js';
import { officesOn, prepare } from '../extract/index.js';
import { aliasKeys } from '../nlp/keys.js';

export interface LookupHit {
  id: string;
  type: string;
  name: string;
  /** Why the name links here: "alias \"ROK\"", "demonym", "capital (the government)", "surname". */
  why: string;
  affiliation?: string;
  offices: { of: string; role: string; start: string | null; end: string | null }[];
}

export function lookupName(
  name: string,
  opts: { kbDirs?: string[]; date?: string | null; kb?: Kb } = {},
): LookupHit[] {
  const kb = opts.kb ?? loadKb(opts.kbDirs ?? []);
  const res = prepare(kb);
  const keys = aliasKeys(name);
  const hits = new Map<string, LookupHit>();
  const add = (id: string, why: string) => {
    const e = kb.entities.get(id);
    if (!e || hits.has(`${id}|${why}`)) return;
    const offices =
      e.type === 'person'
        ? officesOn(res, id, opts.date ?? null).map((o) => ({
            of: o.of,
            role: o.role,
            start: o.start,
            end: o.end,
          }))
        : [];
    hits.set(`${id}|${why}`, {
      id,
      type: e.type,
      name: e.name,
      why,
      ...(e.affiliation ? { affiliation: e.affiliation } : {}),
      offices,
    });
  };
  for (const form of res.gazetteer.formsFor(keys[0] ?? '')) {
    if (form.keys.length !== keys.length || !form.keys.every((k, i) => k === keys[i])) continue;
    for (const entry of form.entries) {
      const why =
        entry.kind === 'name'
          ? `alias "${entry.alias}"`
          : entry.kind === 'demonym'
            ? `demonym "${entry.alias}" (the state, where it names its government or forces)`
            : `capital "${entry.alias}" (the government; the city after "in", "at", "visited")`;
      add(entry.id, why);
    }
  }
  if (keys.length === 1)
    for (const id of res.surnames.get(keys[0] ?? '') ?? [])
      add(
        id,
        'surname (linked when the document names the person in full, or a title or the date singles them out)',
      );
  for (const t of res.titles) {
    if (t.keys.length === keys.length && t.keys.every((k, i) => k === keys[i])) {
      for (const o of kb.offices)
        if (
          o.role === t.role &&
          (!opts.date || officesOn(res, o.person, opts.date).some((x) => x.role === t.role))
        )
          add(o.person, `title "${t.role}" (held on ${opts.date ?? 'some date'})`);
    }
  }
  return [...hits.values()];
}
