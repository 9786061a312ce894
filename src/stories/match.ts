// Whether two reports from different documents describe the same real-world action, and how
// strongly: same CAMEO root (codes compatible by the hierarchy), actors that correspond one to
// one side by side (a person matches the state or organisation they act for), dates that meet
// at their precision, and the same place where both name one. The parts that agreed make up the
// rule that explains a merge ("same-code+actors+date~precision+place").
import { codeAgreement, isSymmetric } from './cameo.js';
import { type DateInterval, intersects } from './dates.js';

export interface MatchEvent {
  code: string;
  source: readonly string[];
  target: readonly string[];
  /** Date interval in day numbers; null when undated. */
  date: DateInterval | null;
  place: string | null;
  negated: boolean;
}

/** The states and organisations an actor acts for (empty for states themselves). */
export type AffiliationOf = (actor: string) => readonly string[];

export interface Match {
  score: number;
  rule: string;
}

/** Reports scoring below this are not merged: two undated reports need the exact code and actors. */
export const MERGE_THRESHOLD = 4;

function corresponds(a: string, b: string, affil: AffiliationOf): boolean {
  return a === b || affil(a).includes(b) || affil(b).includes(a);
}

/**
 * 2: the same actors; 1: every actor on each side corresponds to one on the other, some only
 * through an affiliation; 0: they do not correspond. No actor matches only no actor.
 */
export function actorAgreement(a: readonly string[], b: readonly string[], affil: AffiliationOf): 0 | 1 | 2 {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 2 : 0;
  if (a.length === 1 && b.length === 1) {
    const [x, y] = [a[0] as string, b[0] as string];
    return x === y ? 2 : corresponds(x, y, affil) ? 1 : 0;
  }
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === sb.size && [...sa].every((x) => sb.has(x))) return 2;
  const covered = (xs: Set<string>, ys: Set<string>) =>
    [...xs].every((x) => [...ys].some((y) => corresponds(x, y, affil)));
  return covered(sa, sb) && covered(sb, sa) ? 1 : 0;
}

function actorsOf(a: MatchEvent, b: MatchEvent, affil: AffiliationOf): 0 | 1 | 2 {
  const direct = Math.min(
    actorAgreement(a.source, b.source, affil),
    actorAgreement(a.target, b.target, affil),
  ) as 0 | 1 | 2;
  if (direct === 2 || !(isSymmetric(a.code) || isSymmetric(b.code))) return direct;
  const union = actorAgreement([...a.source, ...a.target], [...b.source, ...b.target], affil);
  return Math.max(direct, union) as 0 | 1 | 2;
}

/** The same comparison without polarity: null when the two cannot be one action. */
export function compareEvents(a: MatchEvent, b: MatchEvent, affil: AffiliationOf): Match | null {
  const code = codeAgreement(a.code, b.code);
  if (code === 0) return null;
  const actors = actorsOf(a, b, affil);
  if (actors === 0) return null;
  let date = 0;
  let dateRule = '';
  if (a.date && b.date) {
    if (!intersects(a.date, b.date)) return null;
    const same = a.date.lo === b.date.lo && a.date.hi === b.date.hi;
    date = same ? 2 : 1;
    dateRule = same ? 'date' : 'date~precision';
  } else if (!a.date && !b.date) {
    date = 1;
    dateRule = 'undated';
  }
  let place = 0;
  if (a.place && b.place) {
    if (a.place !== b.place) return null;
    place = 1;
  }
  const parts = [code === 2 ? 'same-code' : 'same-root', actors === 2 ? 'actors' : 'actors~affiliation'];
  if (dateRule) parts.push(dateRule);
  if (place) parts.push('place');
  return { score: code + actors + date + place, rule: parts.join('+') };
}

// Stories are looked up by pairs of "bases": what each actor acts for (a person: their state or
// organisation), or the actor itself. Two actors that correspond share a base, so two reports of
// one action share a pair: (a source's base, a target's base), unordered, null for no target.
// A pair of bases is far more telling than one busy actor ("USA") alone.

export type BasePair = [string, string | null];

function basesOf(a: string, affil: AffiliationOf): readonly string[] {
  const b = affil(a);
  return b.length ? b : [a];
}

function pairsOf(
  xs: readonly string[],
  ys: readonly (string | null)[],
  affil: AffiliationOf,
  out: Map<string, BasePair>,
): void {
  for (const x of xs)
    for (const bx of basesOf(x, affil))
      for (const y of ys)
        for (const by of y === null ? [null] : basesOf(y, affil)) {
          const pair: BasePair = by === null || bx < by ? [bx, by] : [by, bx];
          out.set(pair.join('\t'), pair);
        }
}

/** Every base pair a story is filed under (all participant pairs for symmetric actions). */
export function storyPairs(
  e: Pick<MatchEvent, 'code' | 'source' | 'target'>,
  affil: AffiliationOf,
): BasePair[] {
  const out = new Map<string, BasePair>();
  if (isSymmetric(e.code)) {
    const all = [...new Set([...e.source, ...e.target])];
    if (all.length === 1) pairsOf(all, [null], affil, out);
    for (let i = 0; i < all.length; i++) pairsOf(all.slice(i, i + 1), all.slice(i + 1), affil, out);
  }
  pairsOf(e.source, e.target.length ? e.target : [null], affil, out);
  return [...out.values()];
}

/** The base pairs a new report looks stories up by: those of its first source and first target. */
export function probePairs(
  e: Pick<MatchEvent, 'code' | 'source' | 'target'>,
  affil: AffiliationOf,
): BasePair[] {
  const out = new Map<string, BasePair>();
  const first = e.source[0];
  if (!first) return [];
  const other = e.target[0] ?? (isSymmetric(e.code) ? e.source[1] : undefined) ?? null;
  pairsOf([first], [other], affil, out);
  return [...out.values()];
}

/**
 * Two reports of one action that disagree on its day or place: the same specific code and
 * the same actors by id, both dated to the day, at most two days apart in one named place, or
 * the same day in two named places.
 */
export function discrepancy(
  a: MatchEvent,
  b: MatchEvent,
): { kind: 'inconsistent-date' | 'inconsistent-place'; what: string } | null {
  if (a.code !== b.code || a.code.length < 3 || a.negated !== b.negated) return null;
  const none: AffiliationOf = () => [];
  if (actorsOf(a, b, none) !== 2) return null;
  if (!a.date || !b.date || a.date.lo !== a.date.hi || b.date.lo !== b.date.hi) return null;
  const gap = Math.abs(a.date.lo - b.date.lo);
  if (gap > 0 && gap <= 2 && a.place && a.place === b.place)
    return { kind: 'inconsistent-date', what: 'day' };
  if (gap === 0 && a.place && b.place && a.place !== b.place)
    return { kind: 'inconsistent-place', what: 'place' };
  return null;
}
