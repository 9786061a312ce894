// Recipients the clause does not name but the text does: the organisation whose summit it is,
// the actor of "the launch" or "the claims" reported before, the owner of "the plan", and
// the recipient a coordinated or elliptical verb shares with the one before it.
import type { Event } from '../../core/index.js';
import type { Token } from '../../nlp/analyze.js';
import type { Mention } from '../context.js';
import type { ActorIndex } from './actors.js';
import type { PatternHit } from './match.js';

/** "attended the summit": the nearest "X summit" before the trigger, else the first after. */
export function summitOwner(ix: ActorIndex, trigger: number): Mention | null {
  const { tokens, actors } = ix;
  const headAfter = (a: Mention) =>
    tokens[/^['’]s$/.test(tokens[a.t1]?.text ?? '') ? a.t1 + 1 : a.t1]?.text ?? '';
  const owners = actors.filter(
    (a) => a.type === 'org' && /^(summit|summits|meeting|conference|leaders)$/i.test(headAfter(a)),
  );
  return owners.filter((a) => a.t0 < trigger).pop() ?? owners[0] ?? null;
}

/** "at a summit of ECOWAS", "at the NATO summit" within tokens [from, to): the body. */
export function summitIn(ix: ActorIndex, from: number, to: number): Mention | null {
  const { tokens, actors } = ix;
  for (let k = from; k < Math.min(to, from + 8); k++) {
    if (!/^(summit|summits)$/i.test(tokens[k]?.text ?? '')) continue;
    let j = k + 1;
    if (tokens[j]?.key === 'of') j++;
    if (tokens[j]?.key === 'the') j++;
    const after = j > k + 1 ? actors.find((a) => a.t0 === j && a.type === 'org') : undefined;
    const before = actors.find((a) => a.t1 === k && a.type === 'org');
    return after ?? before ?? null;
  }
  return null;
}

// Nouns that refer back to an earlier event, with the CAMEO code prefixes of the events they can name.
const SIGNED = ['057', '03', '046'];
const DECIDED = ['16', '057', '03', '08', '12', '07'];
// What a plan is: a pledge, a measure, aid or a concession announced.
const PLANNED = ['03', '16', '07', '08'];
const EVENT_NOUNS: Record<string, string[]> = {
  launch: ['15'],
  launches: ['15'],
  test: ['15', '20'],
  tests: ['15', '20'],
  attack: ['18', '19'],
  attacks: ['18', '19'],
  strike: ['18', '19'],
  strikes: ['18', '19'],
  airstrikes: ['18', '19'],
  bombing: ['19', '18'],
  bombings: ['19', '18'],
  shelling: ['19'],
  raid: ['19', '18'],
  raids: ['19', '18'],
  assault: ['19', '18'],
  invasion: ['19'],
  incursion: ['19'],
  incursions: ['19'],
  offensive: ['19'],
  escalation: ['19', '18', '15', '13'],
  provocation: ['15', '13'],
  provocations: ['15', '13'],
  // "rejected the demand", "turned down the call": who demanded or appealed.
  demand: ['10', '02'],
  demands: ['10', '02'],
  call: ['02', '10'],
  request: ['02', '10'],
  appeal: ['02'],
  tariffs: ['16'],
  curbs: ['16'],
  restrictions: ['16'],
  exercises: ['06', '15'],
  drills: ['06', '15'],
  manoeuvres: ['06', '15'],
  maneuvers: ['06', '15'],
  deployment: ['15', '07'],
  claims: ['11', '12'],
  accusations: ['11', '12'],
  allegations: ['11', '12'],
  criticism: ['11'],
  remarks: ['11', '12', '13'],
  // "welcomed the decision", "condemned the new listings": what was just decided or imposed.
  decision: DECIDED,
  move: DECIDED,
  moves: DECIDED,
  step: DECIDED,
  steps: DECIDED,
  package: ['16', '07'],
  sanctions: ['16'],
  listings: ['16'],
  measures: ['16', '17'],
  // "welcomed the vote": a parliament's ratification.
  vote: ['057', '12'],
  ratification: ['057'],
  deal: SIGNED,
  agreement: SIGNED,
  accord: SIGNED,
  treaty: SIGNED,
  pact: SIGNED,
  initialling: ['057'],
  signing: ['057'],
  visit: ['042', '043'],
  trip: ['042'],
  talks: ['04'],
  summit: ['04'],
};

// Fighting that answers an attack ("intercepted the drones"): no attack a later noun names.
const DEFENSIVE = /\.(intercept|down-weapons|shot-down[\w-]*)$/;

/**
 * "US forces destroyed more than 80 drones", "Jordan said it had intercepted objects": what is
 * shot down was launched by the attacker of the last attack reported, some other state.
 */
export function attackerOf(rule: string, before: Event[], source: string[]): string[] | null {
  if (!DEFENSIVE.test(rule)) return null;
  const attack = [...before]
    .reverse()
    .find(
      (e) =>
        !e.negated &&
        /^(18|19|15)/.test(e.code) &&
        !DEFENSIVE.test(e.rule ?? '') &&
        !e.source.some((x) => source.includes(x)),
    );
  return attack ? attack.source : null;
}

// What two sides do together ("Japan and the Philippines signed"): the noun names all of them.
const JOINT = /^(04[0146-9]|057|06)/;
const JOINT_NOUNS = new Set([
  'deal',
  'agreement',
  'accord',
  'treaty',
  'pact',
  'initialling',
  'signing',
  'talks',
  'summit',
  'exercises',
  'drills',
  'manoeuvres',
  'maneuvers',
]);

/** "condemned the launch", "rebutted the claims", "criticised the agreement": the actors of the event the noun names. */
export function eventReferent(
  tokens: Token[],
  hit: PatternHit,
  before: Event[],
  source: string[] = [],
): string[] | null {
  // The object may stand inside the pattern ("calling the moves a threat") or right after it,
  // after a quotation mark or an adjective ("condemned “the serious escalation”").
  for (let k = hit.trigger + 1; k < Math.min(hit.t1 + 4, tokens.length); k++) {
    const noun = tokens[k]?.text.toLowerCase() ?? '';
    const prefixes = EVENT_NOUNS[noun];
    if (!prefixes) continue;
    // "criticised the agreement", not "negotiating and signing".
    if (!tokens.slice(hit.trigger + 1, k).some((t) => t.pos === 'DET' || t.pos === 'PRON')) return null;
    // What did not happen ("did not take part in the talks") is no agreement anyone welcomes; an
    // interception is no attack.
    const kind = [...before]
      .reverse()
      .filter(
        (e) => !e.negated && prefixes.some((r) => e.code.startsWith(r)) && !DEFENSIVE.test(e.rule ?? ''),
      );
    // "Beijing rejected the accusations": the ones made against Beijing, if any were reported.
    const ev = kind.find((e) => e.target.some((t) => source.includes(t))) ?? kind[0];
    if (!ev) return null;
    return JOINT_NOUNS.has(noun) && JOINT.test(ev.code) ? [...ev.source, ...ev.target] : ev.source;
  }
  return null;
}

const PLAN_NOUNS = /^(plan|plans|proposal|proposals|idea|initiative|scheme|project|move)$/i;

/** The token after the pattern where its object noun stands ("opposes the plan", "rejected a proposal to …"). */
function objectAt(tokens: Token[], hit: PatternHit): number {
  let k = hit.t1;
  if (/^(to|against|of)$/i.test(tokens[k]?.text ?? '')) k++;
  while (k < hit.t1 + 4 && /^(the|a|this|that|its|their)$/i.test(tokens[k]?.text ?? '')) k++;
  return k;
}

/**
 * "opposes the plan": whose plan — the state or organisation named where the text first
 * spoke of it ("a proposal to establish a NATO liaison office"), or the state of the place
 * it concerns ("the plan to release treated water from the Fukushima Daiichi plant").
 */
export function planOwner(ix: ActorIndex, hit: PatternHit, all: Mention[]): string | null {
  const { tokens } = ix;
  if (!PLAN_NOUNS.test(tokens[objectAt(tokens, hit)]?.text ?? '')) return null;
  for (let j = hit.t0 - 1; j >= 0; j--) {
    if (!PLAN_NOUNS.test(tokens[j]?.text ?? '')) continue;
    for (const m of all) {
      if (m.t0 <= j || m.t0 > j + 12) continue;
      if (m.type === 'country' || m.type === 'org') return m.id;
      if (m.type === 'place' && m.affiliation) return m.affiliation;
    }
  }
  return null;
}

/**
 * Whose plan a verb takes as its object: its owner where the text spoke of it (`planOwner`), else,
 * for "rejected the plan" when no plan was named before, the actors of the last pledge or measure.
 */
export function planReferent(
  ix: ActorIndex,
  hit: PatternHit,
  all: Mention[],
  before: Event[],
): string[] | null {
  const owner = planOwner(ix, hit, all);
  if (owner) return [owner];
  const { tokens } = ix;
  const noun =
    PLAN_NOUNS.test(tokens[objectAt(tokens, hit)]?.text ?? '') ||
    PLAN_NOUNS.test(tokens[hit.t1 - 1]?.text ?? '');
  if (!noun) return null;
  const ev = [...before].reverse().find((e) => PLANNED.some((r) => e.code.startsWith(r)));
  return ev ? ev.source : null;
}

/**
 * "Japan does not supply lethal weapons to Ukraine. It does, however, provide humanitarian
 * aid": a verb with no recipient of its own shares the last one its source had, within the
 * last two sentences; "it has been reluctant to do so" takes the other party of the event before.
 */
export function sharedTarget(
  tokens: Token[],
  hit: PatternHit,
  source: string[],
  before: Event[],
  sentOf: (e: Event) => number,
): string[] | null {
  const sent = tokens[hit.trigger]?.sent ?? 0;
  const recent = [...before].reverse().filter((e) => sent - sentOf(e) <= 1);
  const same = recent.find((e) => e.target.length > 0 && e.source.some((x) => source.includes(x)));
  if (same) return same.target;
  const doSo = tokens
    .slice(hit.t0, Math.min(hit.t1 + 3, tokens.length))
    .some((t, i, a) => t.key === 'do' && a[i + 1]?.key === 'so');
  const prev = recent[0];
  if (doSo && prev) return [...prev.source, ...prev.target].filter((x) => !source.includes(x));
  return null;
}
