// Subjects that name no actor themselves: "they", "the three envoys", "its invasion".
import type { Event } from '../../core/index.js';
import type { Token } from '../../nlp/analyze.js';
import type { Mention } from '../context.js';
import type { ActorIndex } from './actors.js';
import { WORD_NUMBERS } from './quantities.js';

/** "Russia's invasion" → Russia. */
export function possessor(ix: ActorIndex, trigger: number): Mention | null {
  const { tokens, actors } = ix;
  for (let k = trigger - 1; k >= Math.max(0, trigger - 4); k--) {
    if (/^['’]s$/.test(tokens[k]?.text ?? '')) {
      const m = actors.find((a) => a.t1 === k);
      if (m) return m;
    }
    // "its full-scale invasion of Ukraine", "his visit to Kyiv": the nearest one named before in
    // the sentence, past possessive modifiers ("Russia uses NATO's expansion as an excuse for its").
    const w = tokens[k]?.key;
    if (w === 'its' || w === 'his' || w === 'her') {
      const person = w !== 'its';
      const sent = tokens[k]?.sent;
      let best: Mention | null = null;
      for (const a of actors) {
        if (a.t1 > k || tokens[a.t0]?.sent !== sent) continue;
        if ((a.type === 'person') !== person || /^['’]s$/.test(tokens[a.t1]?.text ?? '')) continue;
        if (!best || a.t0 > best.t0) best = a;
      }
      return best;
    }
  }
  return null;
}

const PEOPLE_GROUPS = /^(leaders|envoys|ministers|officials|diplomats|presidents|men|women|negotiators)$/;

const STATE_GROUPS = /^(countries|nations|governments|allies|states|sides|partners)$/;
// Parties that may be states or armed groups: "the two forces", "both sides", "the warring parties".
const PARTY_GROUPS = /^(forces|parties|factions|rivals|sides|neighbours|neighbors)$/;

/** How many, of what kind, named at token `at`: "the three envoys", "both sides". */
export interface CountedGroup {
  n: number;
  kind: 'people' | 'states' | 'parties';
  at: number;
  /** "leaders": heads of state or government first. */
  leaders?: boolean;
  /** "the two prime ministers": the office the members hold. */
  role?: string;
}

// Title words of a counted group ("the two foreign ministers") and the office each names.
const GROUP_ROLES: Record<string, string> = {
  prime: 'prime-minister',
  foreign: 'foreign-minister',
  defence: 'defence-minister',
  defense: 'defence-minister',
};

// Offices whose holders are "the two leaders".
const LEADER_ROLES = new Set([
  'president',
  'prime-minister',
  'chancellor',
  'king',
  'queen',
  'emperor',
  'emir',
  'sultan',
  'supreme-leader',
  'president-of-state-affairs',
  'crown-prince',
]);

/**
 * The ids a counted group stands for: the last `n` distinct actors of its kind named before it,
 * within three sentences, none of `exclude`; null unless there are that many.
 */
export function groupMembers(
  ix: ActorIndex,
  group: CountedGroup,
  exclude: readonly string[] = [],
  before?: readonly Event[],
): string[] | null {
  const { tokens } = ix;
  // "The two leaders met" after "President Biden and President Xi … House Speaker Pelosi": the
  // people named with a leader's title, when there are that many.
  if (group.leaders) {
    const leaders = new Set(ix.actors.filter((m) => m.role && LEADER_ROLES.has(m.role)).map((m) => m.id));
    const picked = groupMembers(ix, { ...group, leaders: false }, [
      ...exclude,
      ...ix.actors.filter((m) => m.type === 'person' && !leaders.has(m.id)).map((m) => m.id),
    ]);
    if (picked) return picked;
  }
  // "the two prime ministers": the people named with that title, when there are that many.
  if (group.role) {
    const holders = new Set(ix.actors.filter((m) => m.role === group.role).map((m) => m.id));
    const picked = groupMembers(ix, { ...group, role: undefined }, [
      ...exclude,
      ...ix.actors.filter((m) => m.type === 'person' && !holders.has(m.id)).map((m) => m.id),
    ]);
    if (picked) return picked;
  }
  // "urged the two sides": the two most often at odds in the hostile events reported so far.
  if (group.kind === 'parties' && group.n === 2 && before) {
    const pair = hostilePair(before, exclude);
    if (pair) return pair;
  }
  const seen: string[] = [];
  for (let i = ix.actors.length - 1; i >= 0 && seen.length < group.n; i--) {
    const m = ix.actors[i];
    if (!m || m.t1 > group.at || (tokens[group.at]?.sent ?? 0) - (tokens[m.t0]?.sent ?? 0) > 3) continue;
    const fits =
      group.kind === 'people'
        ? m.type === 'person'
        : group.kind === 'states'
          ? m.type === 'country'
          : m.type === 'country' || m.type === 'org';
    if (fits && !exclude.includes(m.id) && !seen.includes(m.id)) seen.push(m.id);
  }
  return seen.length === group.n ? seen.reverse() : null;
}

/** The two states or groups (no people) most often source and target of each other's hostile events. */
function hostilePair(before: readonly Event[], exclude: readonly string[]): string[] | null {
  const count = new Map<string, number>();
  for (const e of before) {
    if (e.negated || !/^(1[1-9]|20)/.test(e.code)) continue;
    for (const a of e.source)
      for (const b of e.target) {
        if (a === b || [a, b].some((x) => exclude.includes(x) || x.startsWith('person:'))) continue;
        const k = [a, b].sort().join(' ');
        count.set(k, (count.get(k) ?? 0) + 1);
      }
  }
  let best: string | null = null;
  for (const [k, n] of count) if (best === null || n > (count.get(best) ?? 0)) best = k;
  return best ? best.split(' ') : null;
}

/** "the three envoys", "the four countries" opening the clause: how many, and people or states. */
export function countedGroup(tokens: Token[], lo: number, trigger: number): CountedGroup | null {
  // The group opens the clause ("The three envoys condemned … and agreed") or stands right
  // before the verb ("…, and the two governments signed").
  const near = (k: number) => k < lo + 4 || k >= trigger - 4;
  for (let k = lo; k < trigger; k++) {
    if (!near(k)) continue;
    // A group of two to five ("the three envoys"); more is a count, not a list of who acted.
    const w = WORD_NUMBERS[tokens[k]?.key ?? ''];
    const n = w !== undefined && w >= 2 && w <= 5 ? w : undefined;
    const noun = tokens[k + 1]?.key ?? '';
    if (!n || tokens[k - 1]?.key !== 'the') continue;
    if (PEOPLE_GROUPS.test(noun)) return { n, kind: 'people', at: k, leaders: noun === 'leaders' };
    if (STATE_GROUPS.test(noun)) return { n, kind: 'states', at: k };
  }
  return null;
}

/** The clause's subject is "they" (or "the two", "both sides"). */
export function theySubject(tokens: Token[], lo: number, trigger: number): boolean {
  for (let k = lo; k < trigger; k++) {
    const w = tokens[k]?.text.toLowerCase() ?? '';
    // "They decided …" opens its clause; "the sixth time they had met" is a count, not a report.
    if (w === 'they' && k > lo && !/^(and|,|but|then)$/i.test(tokens[k - 1]?.text ?? '')) return false;
    if (
      w === 'they' ||
      (w === 'two' && /^(leaders|sides|men|countries)$/i.test(tokens[k + 1]?.text ?? '')) ||
      (w === 'both' && /^(sides|leaders)$/i.test(tokens[k + 1]?.text ?? ''))
    )
      return true;
    if (tokens[k]?.pos === 'VERB') return false;
  }
  return false;
}

/**
 * "urged the two sides to …", "praised the two prime ministers", "called on both countries": a
 * counted group right after the verb, as its recipient.
 */
export function countedObject(tokens: Token[], from: number, to: number): CountedGroup | null {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const key = tokens[k]?.key ?? '';
    const w = WORD_NUMBERS[key];
    const n =
      key === 'both' ? 2 : w !== undefined && w >= 2 && w <= 5 && tokens[k - 1]?.key === 'the' ? w : 0;
    if (!n) continue;
    // "the two prime ministers": a title word may come before the noun.
    let j = k + 1;
    const role = GROUP_ROLES[tokens[j]?.key ?? ''];
    if (/^(prime|foreign|defence|defense|warring|rival)$/.test(tokens[j]?.key ?? '')) j++;
    const noun = tokens[j]?.key ?? '';
    if (noun === 'delegations') return { n, kind: 'parties', at: k };
    if (PEOPLE_GROUPS.test(noun) || /^(ministers|generals)$/.test(noun))
      return { n, kind: 'people', at: k, leaders: noun === 'leaders', ...(role ? { role } : {}) };
    if (PARTY_GROUPS.test(noun)) return { n, kind: 'parties', at: k };
    if (STATE_GROUPS.test(noun)) return { n, kind: 'states', at: k };
    return null;
  }
  return null;
}
