// A publication date inferred from the text's own dates is only "no earlier than" the latest year
// it names: a December 2024 report may name no date after "since May 2023". The people it names
// say more. Someone who holds an office only from a later year ("EU foreign policy chief Kaja
// Kallas", in office from December 2024) places the text in that year; the offices of the others
// must not end before it. Only a year with more of the named people in office moves the date.
import type { KbOffice } from '../../data/kb-types.js';
import type { Token } from '../../nlp/analyze.js';
import type { GazetteerMatch } from '../../nlp/gazetteer.js';
import { WORD_NUMBERS } from '../events/quantities.js';
import type { Resources } from '../resources.js';

/** The people of the knowledge base the text names by name. */
function namedPeople(names: GazetteerMatch[]): Set<string> {
  const out = new Set<string>();
  for (const m of names)
    for (const e of m.entries) if (e.type === 'person' && e.kind === 'name') out.add(e.id);
  return out;
}

/** Held during `when`: a year ("2024"), a month or a day. */
function inOfficeDuring(offices: readonly KbOffice[], when: string): boolean {
  const lo = when.length === 4 ? `${when}-01-01` : when.padEnd(10, '-01');
  const hi = when.length === 4 ? `${when}-12-31` : when.padEnd(10, '-31');
  return offices.some((o) => (o.start ?? '0000') <= hi && (o.end === null || o.end.padEnd(10, '-31') >= lo));
}

/** The offices of each knowledge-base person the text names (people with none left out). */
export function namedOffices(names: GazetteerMatch[], res: Resources): KbOffice[][] {
  return [...namedPeople(names)].map((id) => res.officesByPerson.get(id) ?? []).filter((o) => o.length > 0);
}

/** How many of these people held an office during a year, month or day. */
export function officeCounter(people: KbOffice[][]): (when: string) => number {
  return (when) => people.filter((o) => inOfficeDuring(o, when)).length;
}

/** The year, from `year` to two after it, in which most of the people named held an office. */
export function yearOfOffices(count: (when: string) => number, year: number): number {
  let best = year;
  let top = count(String(year));
  for (const y of [year + 1, year + 2]) {
    const s = count(String(y));
    if (s > top) [best, top] = [y, s];
  }
  return best;
}

/**
 * A text with no date at all: the one year in which more of the people it names held office than
 * in any other, when at least three are named. When the most are in office from some year on to
 * the knowledge base's present (`horizon`: the latest year an office began), that first year,
 * provided it is within a year of the present; else null.
 */
export function onlyYearOfOffices(people: KbOffice[][], horizon: number): number | null {
  if (people.length < 3) return null;
  let lo = 9999;
  for (const offices of people)
    for (const o of offices) lo = Math.min(lo, Number((o.start ?? '2000').slice(0, 4)));
  const inOffice = officeCounter(people);
  const counts: number[] = [];
  for (let y = lo; y <= horizon; y++) counts.push(inOffice(String(y)));
  const top = Math.max(...counts);
  if (top < 3) return null;
  const first = counts.indexOf(top);
  const last = counts.lastIndexOf(top);
  if (first === last) return lo + first;
  const plateau = counts.slice(first, last + 1).every((n) => n === top);
  return plateau && last === counts.length - 1 && lo + first >= horizon - 1 ? lo + first : null;
}

const horizons = new WeakMap<Resources, number>();

/** The latest year an office of the knowledge base began: its present. */
export function kbHorizon(res: Resources): number {
  let h = horizons.get(res);
  if (h === undefined) {
    h = 0;
    for (const o of res.kb.offices) if (o.start) h = Math.max(h, Number(o.start.slice(0, 4)));
    horizons.set(res, h);
  }
  return h;
}

const TOOK_OFFICE =
  /^\s+(?:took|takes|had taken|assumed)\s+office\b|^\s+(?:was|were)\s+(?:sworn\s+in|inaugurated)\b/i;
const COUNTED = /\b(\w+)\s+(days?|weeks?)\s+after\s+(?:(?:the\s+)?(?:new\s+)?[A-Z][\w.-]*\s+){0,3}$/;

/**
 * "three days after President Lai Ching-te took office": the day an office of the knowledge base
 * began, and the days or weeks after it the text counts. Null when no such phrase names a person
 * whose office the knowledge base dates.
 */
export function dayAfterTakingOffice(
  body: string,
  tokens: Token[],
  names: GazetteerMatch[],
  res: Resources,
): string | null {
  for (const m of names) {
    const person = m.entries.find((e) => e.type === 'person');
    const last = tokens[m.t1 - 1];
    const first = tokens[m.t0];
    if (!person || !last || !first || !TOOK_OFFICE.test(body.slice(last.end, last.end + 30))) continue;
    const start = (res.officesByPerson.get(person.id) ?? [])
      .map((o) => o.start)
      .filter((d): d is string => !!d && d.length === 10)
      .sort()
      .at(-1);
    if (!start) continue;
    const counted = COUNTED.exec(body.slice(Math.max(0, first.start - 60), first.start));
    const word = (counted?.[1] ?? '').toLowerCase();
    const n = counted ? (word === 'a' ? 1 : (WORD_NUMBERS[word] ?? Number(word))) : 0;
    if (!counted || !Number.isFinite(n) || n <= 0) return start.slice(0, 7);
    const days = /^week/i.test(counted[2] ?? '') ? n * 7 : n;
    return new Date(Date.parse(`${start}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  }
  return null;
}
