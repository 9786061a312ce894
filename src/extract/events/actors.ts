// Where actors stand around a pattern hit: the clause that holds it, names that only modify
// others, prepositional phrases, coordination ("Japan and South Korea") and the recipient after
// the verb or a preposition. Who acts (the subject, pronouns, documents) is in subject.ts.
import type { Token } from '../../nlp/analyze.js';
import { isActorType, type Mention } from '../context.js';
import { tokenIs } from './match.js';

// Words that open a clause of their own ("… that China …", "…, saying …").
const SUBORDINATORS = [
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'but',
  'while',
  'whereas',
  'although',
  'because',
  'when',
  'since',
  'if',
  'where',
  'saying',
  'telling',
  'after',
  'before',
];
const CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'as', 'however']);
export const REPORTED = new Set([
  'said',
  'says',
  'added',
  'stated',
  'announced',
  'insisted',
  'warned',
  'argued',
]);
// Where the search for an object stops: a clause opener, the end of the clause, an aside, a list.
const STOP_RIGHT = new Set([...SUBORDINATORS, ';', '.', '?', '!', '(', 'including']);
const COORD = new Set([',', 'and', 'or', '&', 'as', 'well', 'the', 'both', 'with']);
const TITLE_WORD =
  /^(president|prime|minister|secretary|general|chancellor|mr|mrs|ms|dr|foreign|defence|defense|external|home|interior|finance|trade|economy|justice|national|security|affairs|king|queen|premier|leader|leaders|chief|cabinet|vice|deputy|state|spokesperson|spokesman|ambassador|envoy|official|officials|counterpart|counterparts)$/i;
const MEMBER_WORD = /^(member|members|partner|partners|ally|allies|countries|states|nations)$/i;
const DATE_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d+)$/i;
const PREPOSITIONS = new Set([
  'to',
  'of',
  'from',
  'in',
  'at',
  'on',
  'for',
  'with',
  'by',
  'against',
  'into',
  'about',
  'over',
  'between',
  'among',
  'toward',
  'towards',
  'than',
  'like',
]);
const GROUP_NOUNS =
  /^(leader|leaders|government|governments|head|heads|president|presidents|minister|ministers|officials|delegation|delegations|representatives|forces|troops|soldiers|police|military|army|navy|people|administration|authorities|mission|rebels|militants|protesters|demonstrators)$/i;
/** Nouns for documents that speak for whoever issued them ("the communiqué stated"). */
export const DOCUMENT_NOUNS = new Set([
  'communiqué',
  'communique',
  'document',
  'report',
  'declaration',
  'statement',
  'concept',
  'strategy',
  'resolution',
  'letter',
  'memo',
  'readout',
  'study',
]);

export interface ActorIndex {
  tokens: Token[];
  /** Actor mentions (country, org, person), in text order. */
  actors: Mention[];
  /** Quoted passages [start, end): names inside a quote are not antecedents. */
  quoted?: [number, number][];
  /** Every mention, places included (for lists and appositions). */
  all?: Mention[];
}

/** A mention or token inside one of the document's quotes. */
export function quotedMention(ix: ActorIndex, m: { start: number; end: number } | undefined): boolean {
  return !!m && (ix.quoted ?? []).some(([s, e]) => m.start >= s && m.end <= e);
}

export function actorMentions(mentions: Mention[]): Mention[] {
  // "in Vilnius, Lithuania": the state after its own city only says where.
  const placeBefore = (m: Mention) =>
    mentions.find((p) => p.type === 'place' && p.t1 === m.t0 - 1 && p.affiliation === m.id);
  return (
    mentions
      // "wrote on X": the platform says where something was posted, it does nothing itself.
      .filter(
        (m) => isActorType(m.type) && m.via !== 'kb:platform' && !(m.type === 'country' && placeBefore(m)),
      )
      .sort((a, b) => a.t0 - b.t0)
  );
}

interface Lookup {
  cover: (Mention | undefined)[];
  start: (Mention | undefined)[];
  end: (Mention | undefined)[];
}
const lookups = new WeakMap<ActorIndex, Lookup>();

/** Token → actor tables, built once per document: the stages ask these questions per token. */
function lookup(ix: ActorIndex): Lookup {
  let l = lookups.get(ix);
  if (!l) {
    l = { cover: [], start: [], end: [] };
    for (const a of ix.actors) {
      for (let k = a.t0; k < a.t1; k++) l.cover[k] ??= a;
      l.start[a.t0] ??= a;
      l.end[a.t1] ??= a;
    }
    lookups.set(ix, l);
  }
  return l;
}

function actorAt(ix: ActorIndex, t: number): Mention | undefined {
  return lookup(ix).cover[t];
}

export const actorCovering = actorAt;

/** The actor whose name starts at token t / ends just before token t. */
export function actorStartingAt(ix: ActorIndex, t: number): Mention | undefined {
  return lookup(ix).start[t];
}

export function actorEndingAt(ix: ActorIndex, t: number): Mention | undefined {
  return lookup(ix).end[t];
}

/**
 * A state or organisation named only to qualify what follows: "NATO Secretary General X",
 * "Japanese prime minister", "NATO members Germany and Spain".
 */
export function isModifier(ix: ActorIndex, m: Mention): boolean {
  const { tokens } = ix;
  if (m.type === 'person') return false;
  let t = m.t1;
  if (/^['’]s$/.test(tokens[t]?.text ?? '')) t++;
  const next = tokens[t];
  if (!next) return false;
  // "NATO Secretary General X", "Japanese Prime Minister X" qualify the person named after
  // them; "Taiwan's Vice Foreign Minister visited" is Taiwan acting through its official.
  if (TITLE_WORD.test(next.text)) {
    let k = t;
    // "U.S. Secretary of State Antony Blinken", "Minister for Foreign Affairs X".
    while (
      TITLE_WORD.test(tokens[k]?.text ?? '') ||
      tokens[k]?.key === '' ||
      /^(,|of|for|affairs|\p{Lu}\.?)$/u.test(tokens[k]?.text ?? '')
    )
      k++;
    return actorAt(ix, k)?.type === 'person';
  }
  if (MEMBER_WORD.test(next.text) && actorAt(ix, t + 1)) return true;
  // "Australia's Richard Marles": the state qualifies the person named right after it.
  if (t > m.t1 && actorAt(ix, t)?.type === 'person') return true;
  return false;
}

/** The mention and everything coordinated with it ("the United States, Japan, and South Korea"). */
export function coordinated(ix: ActorIndex, m: Mention, limit: { t0: number; t1: number }): Mention[] {
  const out = [m];
  // "Dmitry Peskov, President Vladimir Putin's spokesman, …": a possessor names whose, not who.
  const possessive = (a: Mention) => a !== m && /^['’]s$/.test(ix.tokens[a.t1]?.text ?? '');
  // "Faisal bin Farhan of Saudi Arabia and Hossein Amir-Abdollahian of Iran": a person's state
  // after "of" says whose they are.
  const whose = (a: Mention) =>
    a !== m &&
    a.type !== 'person' &&
    ix.tokens[a.t0 - 1]?.key === 'of' &&
    actorEndingAt(ix, a.t0 - 1)?.type === 'person';
  const sorted = ix.actors.filter(
    (a) => a.t0 >= limit.t0 && a.t1 <= limit.t1 && !isModifier(ix, a) && !possessive(a) && !whose(a),
  );
  const idx = sorted.indexOf(m);
  if (idx < 0) return out;
  const pp = inPrepPhrase(ix, m);
  for (let k = idx - 1; k >= 0; k--) {
    const a = sorted[k];
    const b = sorted[k + 1];
    if (!a || !b || !joinable(ix, a.t1, b.t0) || inPrepPhrase(ix, a) !== pp) break;
    out.unshift(a);
  }
  for (let k = idx + 1; k < sorted.length; k++) {
    const a = sorted[k - 1];
    const b = sorted[k];
    if (!a || !b || !joinable(ix, a.t1, b.t0)) break;
    // "…, the Treasury Department said": an attribution, not another party.
    if (/^(said|says|told|added|reported|announced)$/i.test(ix.tokens[b.t1]?.text ?? '')) break;
    out.push(b);
  }
  return out;
}

function joinable(ix: ActorIndex, from: number, to: number): boolean {
  const { tokens } = ix;
  let sawConj = false;
  for (let t = from; t < to; t++) {
    const tok = tokens[t];
    if (!tok) return false;
    // "Lloyd Austin, Australia's Richard Marles and …": a possessive state is the next one's modifier.
    if (
      tok.key === '' ||
      COORD.has(tok.text.toLowerCase()) ||
      TITLE_WORD.test(tok.text) ||
      /^['’]s$/.test(tok.text)
    ) {
      if (tok.text === ',' || /^(and|or|&)$/i.test(tok.text)) sawConj = true;
      continue;
    }
    // "Faisal of Saudi Arabia and …": the person's state, skipped as in the list above.
    const ofState = tok.key === 'of' ? actorStartingAt(ix, t + 1) : undefined;
    if (ofState && ofState.type !== 'person' && actorEndingAt(ix, t)?.type === 'person') {
      t = ofState.t1 - 1;
      continue;
    }
    // "… and his Solomon Islands counterpart Jeremiah Manele": a possessive word before a title.
    if (/^(his|her|its|their)$/i.test(tok.text)) continue;
    const a = actorAt(ix, t);
    if (a && isModifier(ix, a)) continue;
    // "Abiy Ahmed, and Somaliland's president, Muse Bihi Abdi": a state that owns the title, or
    // names it ("his Solomon Islands counterpart"), stands before the next party.
    const owner = a ?? (ix.all ?? []).find((x) => x.t0 === t);
    if (
      owner &&
      (/^['’]s$/.test(tokens[owner.t1]?.text ?? '') || TITLE_WORD.test(tokens[owner.t1]?.text ?? ''))
    ) {
      t = owner.t1 - 1;
      continue;
    }
    return false;
  }
  return sawConj;
}

/** Where the clause holding token t starts: after ";", a complementiser or a relative pronoun. */
export function clauseStart(tokens: Token[], s0: number, t: number, ix?: ActorIndex): number {
  for (let k = t - 1; k > s0; k--) {
    const w = tokens[k]?.text.toLowerCase() ?? '';
    if (w === ';' || w === ':') return k + 1;
    // "… discussed the threat and the United States reiterated …": a new subject after "and".
    if (ix && w === 'and' && !actorAt(ix, k - 1)) {
      let n = k + 1;
      if (/^(the|a)$/i.test(tokens[n]?.text ?? '')) n++;
      const a = actorStartingAt(ix, n);
      if (a && a.t1 < t && tokens.slice(a.t1, t).some((x) => x.pos === 'VERB' || x.pos === 'AUX'))
        return k + 1;
    }
    if (CLAUSE_OPENERS.has(w)) {
      // "as well as" and "such as" join lists, they open no clause.
      if (w === 'as' && /^(well|such)$/i.test(tokens[k - 1]?.text ?? '')) continue;
      return k + 1;
    }
    if (isDash(tokens, k)) return k + 1;
    // "António said Tshisekedi had agreed to meet Kagame": speech without "that" opens the
    // reported clause, with a subject of its own.
    // Only for the reported clause's own verb: "…, and denied that" goes back to the speaker.
    if (
      REPORTED.has(w) &&
      tokens[k]?.pos === 'VERB' &&
      k + 1 < t &&
      /^(VERB|AUX|NOUN)$/.test(tokens[t]?.pos ?? '') &&
      !commaBetween(tokens, k, t)
    )
      return k + 1;
    // ", accusing the bloc of …": a participle after a comma opens a clause of its own.
    if (
      w === ',' &&
      /ing$/.test(tokens[k + 1]?.text ?? '') &&
      tokens[k + 1]?.pos === 'VERB' &&
      !/^(including|according|regarding|concerning|following)$/i.test(tokens[k + 1]?.text ?? '') &&
      k + 1 <= t
    )
      return k + 1;
  }
  return s0;
}

function commaBetween(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (tokens[k]?.text === ',') return true;
  return false;
}

export function isDash(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  return !!t && /^[-–—]$/.test(t.text) && !!prev && t.start > prev.end;
}

/** Is the actor the object of a preposition ("to the European Union")? "the leaders of X" is not. */
export function inPrepPhrase(ix: ActorIndex, m: Mention): boolean {
  const { tokens } = ix;
  let k = m.t0 - 1;
  // Walk back over a list or an apposition ("in Madrid, Spain", "with China and Russia").
  for (;;) {
    // Determiners, and a counted modifier ("of the 15-nation bloc").
    while (
      k >= 0 &&
      (/^(the|a|an|his|her|its|their|our)$/i.test(tokens[k]?.text ?? '') ||
        (/^(nation|member|country|state)$/.test(tokens[k]?.key ?? '') && tokens[k - 1]?.key === '') ||
        (tokens[k]?.key === '' && tokens[k - 1]?.pos === 'NUM') ||
        (tokens[k]?.pos === 'NUM' && tokens[k + 1]?.key === ''))
    )
      k--;
    const w = tokens[k]?.text ?? '';
    if (w !== ',' && !/^(and|or)$/i.test(w)) break;
    const prev = (ix.all ?? ix.actors).find((a) => a.t1 === k);
    if (!prev) break;
    // "in Madrid, Spain" is one place; "in Vilnius, the North Koreans fired" is not.
    if (prev.type === 'place' && !(m.type === 'country' && prev.affiliation === m.id)) break;
    k = prev.t0 - 1;
  }
  const p = tokens[k];
  if (!p || !PREPOSITIONS.has(p.text.toLowerCase())) return false;
  // "the leaders of South Korea", "security forces in Guinea", "authorities in Beijing" act.
  if (/^(of|in)$/i.test(p.text) && GROUP_NOUNS.test(tokens[k - 1]?.text ?? '')) return false;
  return true;
}

/** First actor after token `t` (before a clause break), optionally right after a preposition. */
export function actorAfter(
  ix: ActorIndex,
  t: number,
  hi: number,
  prep: string | null,
  direct = true,
): Mention | null {
  const { tokens } = ix;
  let start = t;
  if (prep) {
    let found = -1;
    for (let k = t; k < hi; k++) {
      // "imposed sanctions on Tuesday on three companies": "on Tuesday" is a date.
      if (tokenIs(tokens[k], prep) && !actorAt(ix, k) && !DATE_WORD.test(tokens[k + 1]?.text ?? '')) {
        found = k + 1;
        break;
      }
      // "met President Yoon …, he welcomed … with Seoul": the direct object comes first.
      const a = actorStartingAt(ix, k);
      if (a && direct && k <= t + 1 && !isModifier(ix, a) && !/^['’]s$/.test(tokens[a.t1]?.text ?? '')) break;
      if (k > t && stopsRight(tokens, k)) break;
    }
    if (found < 0) return null;
    start = found;
  }
  for (let k = start; k < hi; k++) {
    const a = actorStartingAt(ix, k);
    if (a && !isModifier(ix, a)) return a;
    if (prep && k - start > 5) return null;
    if (k > start && stopsRight(tokens, k)) return null;
    // "did not agree to deliver missiles, Chancellor Scholz said": the object comes before a comma;
    // "hosted Iran's president, Ebrahim Raisi,": a state's title, then the person who holds it.
    if (!prep && k > start && tokens[k]?.text === ',') {
      const person = actorStartingAt(ix, k + 1);
      const possessive =
        /^['’]s$/.test(tokens[start + 1]?.text ?? '') || /^['’]s$/.test(tokens[start + 2]?.text ?? '');
      const next = tokens[person?.t1 ?? 0];
      if (
        person?.type === 'person' &&
        possessive &&
        k - start <= 4 &&
        (!next || /^[,.;]$/.test(next.text) || next.pos === 'ADP')
      )
        return person;
      return null;
    }
  }
  return null;
}

function stopsRight(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text.toLowerCase() ?? '';
  if (STOP_RIGHT.has(w) || isDash(tokens, k)) return true;
  // "…, according to the Saudi Press Agency": the source of the report, never a party to it.
  if (w === 'according' && tokens[k + 1]?.key === 'to') return true;
  // "condemned the launch and pledged …": a second verb starts a new predicate.
  if (w === 'and' || w === ',') {
    const n = tokens[k + 1];
    if (n && (n.pos === 'VERB' || (n.pos === 'ADV' && tokens[k + 2]?.pos === 'VERB'))) return true;
  }
  return false;
}
