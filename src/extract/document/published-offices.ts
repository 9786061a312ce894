// A publication date inferred from the text's own dates is only "no earlier than" the latest year
// it names: a December 2024 report may name no date after "since May 2023". The people it names
// say more. Someone who holds an office only from a later year ("EU foreign policy chief Kaja
// Kallas", in office from December 2024) places the text in that year; the offices of the others
// must not end before it. Only a year with more of the named people in office moves the date.
import type { KbOffice } from '../../data/kb-types.js';
import type { Token } from '../../nlp/analyze.js';
import type { Resources } from '../resources.js';

/** The people of the knowledge base the text names by name. */
function namedPeople(tokens: Token[], res: Resources): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    // Names start with a capital: most tokens need no lookup.
    if (!tokens[i]?.upper) continue;
    const m = res.gazetteer.matchAt(tokens, i);
    if (!m) continue;
    for (const e of m.entries) if (e.type === 'person' && e.kind === 'name') out.add(e.id);
    i = m.t1 - 1;
  }
  return out;
}

function inOfficeDuring(offices: readonly KbOffice[], year: number): boolean {
  const lo = `${year}-01-01`;
  const hi = `${year}-12-31`;
  return offices.some((o) => (o.start ?? '0000') <= hi && (o.end === null || o.end.padEnd(10, '-31') >= lo));
}

/** The year, from `year` to two after it, in which most of the people named held an office. */
export function yearOfOffices(tokens: Token[], res: Resources, year: number): number {
  const people = [...namedPeople(tokens, res)]
    .map((id) => res.officesByPerson.get(id) ?? [])
    .filter((o) => o.length > 0);
  if (people.length === 0) return year;
  const score = (y: number) => people.filter((o) => inOfficeDuring(o, y)).length;
  let best = year;
  let top = score(year);
  for (const y of [year + 1, year + 2]) {
    const s = score(y);
    if (s > top) [best, top] = [y, s];
  }
  return best;
}
