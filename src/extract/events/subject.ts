// Who acts in a clause: the subject of the trigger's clause (the last actor before its first verb,
// not inside a prepositional phrase), pronouns resolved to the subject of the sentence before,
// reported clauses, controlled infinitives ("X's decision to scrap"), agents of a body, and
// documents speaking for their issuer ("the communiqué stated").
import type { Mention } from '../context.js';
import {
  type ActorIndex,
  actorCovering as actorAt,
  actorEndingAt,
  actorStartingAt,
  clauseStart,
  coordinated,
  DOCUMENT_NOUNS,
  inPrepPhrase,
  isDash,
  isModifier,
  quotedMention,
  REPORTED,
} from './actors.js';

// "said on Friday it was sending": the reported clause's subject is "it", "he" or "she".
function reportedPronoun(ix: ActorIndex, lo: number, trigger: number): boolean {
  for (let k = lo; k < trigger; k++) {
    const t = ix.tokens[k];
    if (!t) return false;
    if (/^(it|he|she)$/i.test(t.text)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || actorAt(ix, k)) return false;
  }
  return false;
}

export interface Subject {
  mentions: Mention[];
  /** How it was found: name, pronoun, document, shared (a coordinated verb's subject). */
  via: string;
}

/** The subject of the clause that holds the trigger. */
const CONTROL_NOUNS =
  /^(decision|decisions|plan|plans|move|bid|attempt|refusal|pledge|promise|commitment|intention|efforts?|willingness|offer|threat|vow)$/i;

export function subjectOf(
  ix: ActorIndex,
  s0: number,
  trigger: number,
  depth = 0,
  verbal = true,
): Subject | null {
  const { tokens } = ix;
  const lo = clauseStart(tokens, s0, trigger, ix);
  // "NATO said it was sending more troops": "it" in a reported clause is the speaker.
  if (
    depth < 2 &&
    lo > s0 &&
    REPORTED.has(tokens[lo - 1]?.text.toLowerCase() ?? '') &&
    reportedPronoun(ix, lo, trigger)
  ) {
    const speaker = subjectOf(ix, s0, lo - 1, depth + 1, verbal);
    if (speaker) return speaker;
  }
  // "X's decision to scrap", "the decision by X to send": the decider acts.
  if (tokens[trigger - 1]?.text.toLowerCase() === 'to') {
    for (let k = trigger - 2; k >= Math.max(lo, trigger - 6); k--) {
      if (!CONTROL_NOUNS.test(tokens[k]?.text ?? '')) continue;
      const by =
        ix.actors.find((a) => a.t0 > k && a.t1 < trigger - 1 && tokens[a.t0 - 1]?.text === 'by') ??
        ix.actors.find(
          (a) =>
            a.t0 > k + 1 &&
            a.t1 < trigger - 1 &&
            /^(the)$/i.test(tokens[a.t0 - 1]?.text ?? '') &&
            tokens[a.t0 - 2]?.text === 'by',
        );
      if (by) return { mentions: [by], via: 'control' };
      let j = k - 1;
      while (j >= lo && (tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'ADV')) j--;
      if (/^['’]s$/.test(tokens[j]?.text ?? '')) {
        const poss = actorEndingAt(ix, j);
        if (poss) return { mentions: [poss], via: 'control' };
      }
      break;
    }
  }
  // A pronoun right before the verb: "they had met" names no single actor.
  {
    let k = trigger - 1;
    while (k > lo && (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART')) k--;
    const w = tokens[k]?.text.toLowerCase() ?? '';
    if (w === 'they' || w === 'we' || w === 'i' || w === 'you') return null;
    // "It was up to Sandu to “present evidence”, he said": the pronoun right before the verb.
    if ((w === 'he' || w === 'she') && tokens[k - 1]?.text === ',') {
      const ref = antecedent(ix, k, 'person');
      if (ref) return { mentions: [ref], via: 'pronoun' };
    }
  }
  // "Vucic denied that Belgrade was involved, saying …": a participle after a comma shares the
  // subject of the sentence's first verb, not of the clause before it.
  if (depth < 2 && /ing$/.test(tokens[trigger]?.text ?? '') && tokens[lo - 1]?.text === ',' && lo > s0) {
    // The sentence's own verb, past a fronted clause ("On the day Assad fell, Netanyahu ordered …").
    const from = Math.max(s0, Math.min(lo, mainClauseStart(ix, tokens[s0]?.sent ?? 0)));
    // "…”, he said, adding that …": the speech verb right before the participle is the one it
    // goes on from; else the sentence's first verb outside quotes.
    const said = tokens[lo - 2];
    const main =
      said && REPORTED.has(said.text.toLowerCase()) && said.i >= from
        ? said
        : tokens.slice(from, lo).find((t) => t.pos === 'VERB' && !actorAt(ix, t.i) && !quotedMention(ix, t));
    // "…,” said Mao Ning, a spokeswoman, declining to comment: the speaker named after the verb.
    const inverted =
      main && REPORTED.has(main.text.toLowerCase()) ? actorStartingAt(ix, main.i + 1) : undefined;
    if (inverted?.type === 'person') return { mentions: [inverted], via: 'name' };
    if (main) return subjectOf(ix, s0, main.i, depth + 1, verbal);
  }
  // "He rejected the sanctions … and said Niger would not give in": a verb right after "and",
  // with no subject of its own, shares the subject of the sentence's first verb.
  {
    let k = trigger - 1;
    if (tokens[k]?.pos === 'ADV') k--;
    if (
      depth < 2 &&
      k > s0 &&
      /^(and|but)$/i.test(tokens[k]?.text ?? '') &&
      tokens[trigger]?.pos === 'VERB'
    ) {
      const from = Math.max(s0, mainClauseStart(ix, tokens[s0]?.sent ?? 0));
      // The word before a verb, past auxiliaries and adverbs ("he has rejected", "Japan also signed").
      const before = (i: number) => {
        let j = i - 1;
        while (j > from && (tokens[j]?.pos === 'AUX' || tokens[j]?.pos === 'ADV')) j--;
        return j;
      };
      // The first verb with a subject right before it.
      const hasSubject = (i: number) => {
        const j = before(i);
        return /^(he|she|it|they|we)$/i.test(tokens[j]?.text ?? '') || actorEndingAt(ix, j + 1) !== undefined;
      };
      const main = tokens
        .slice(from, k)
        .find((t) => t.pos === 'VERB' && !actorAt(ix, t.i) && !quotedMention(ix, t) && hasSubject(t.i));
      if (main) {
        const shared = subjectOf(ix, s0, main.i, depth + 1, verbal);
        if (shared) return shared;
        const j = before(main.i);
        const ref = /^(he|she)$/i.test(tokens[j]?.text ?? '') ? antecedent(ix, j, 'person') : null;
        if (ref) return { mentions: [ref], via: 'pronoun' };
      }
    }
  }
  // An actor right before the verb is its subject ("seen North Korea launch", "Japan signed").
  // Auxiliaries and adverbs may stand between ("China had never provided", "Japan has also").
  let v = trigger;
  while (
    v > lo &&
    trigger - v < 3 &&
    (/^(also|has|have|had|will|would|is|was|already|never|not|n't|yet|still)$/i.test(
      tokens[v - 1]?.text ?? '',
    ) ||
      tokens[v - 1]?.pos === 'AUX')
  )
    v--;
  const adj = ix.actors.find((a) => a.t1 === trigger || a.t1 === v);
  if (adj && !isModifier(ix, adj) && !inPrepPhrase(ix, adj) && adj.t0 >= lo)
    return { mentions: coordinated(ix, adj, { t0: lo, t1: trigger }), via: 'name' };
  // "Lithuania - which hosted the summit": the relative pronoun's antecedent.
  const opener = tokens[lo - 1]?.text.toLowerCase() ?? '';
  if (/^(which|who|that)$/.test(opener)) {
    let k = lo - 2;
    while (k >= s0 && (tokens[k]?.text === ',' || isDash(tokens, k))) k--;
    const ante = actorEndingAt(ix, k + 1);
    // "…Kosovo, which he called …": the relative pronoun is the object when a subject follows it.
    const ownSubject = tokens
      .slice(lo, trigger)
      .some((x) => ix.actors.some((a) => a.t0 === x.i) || /^(he|she|it|they|we|i|you)$/i.test(x.text));
    if (ante && !ownSubject) return { mentions: [ante], via: 'relative' };
    // "objects that entered its airspace": a thing no actor names does it. ("told a briefing that
    // Chinese vessels …" is a complement with a subject of its own, not a relative clause.)
    const relative = /^(VERB|AUX|ADV|PART)$/.test(tokens[lo]?.pos ?? '');
    if (!ante && !ownSubject && relative && tokens[k]?.pos === 'NOUN' && !tokens[k]?.upper) return null;
  }
  let firstVerb = trigger;
  for (let k = lo; k < trigger; k++) {
    const t = tokens[k];
    if (t && (t.pos === 'VERB' || t.pos === 'AUX') && !actorAt(ix, k)) {
      firstVerb = k;
      break;
    }
  }
  // Pronoun or name before the first verb; parentheses are asides ("Stoltenberg (former Prime
  // Minister of Norway) emphasized").
  let best: Mention | null = null;
  let possessorOnly: Mention | null = null;
  let paren = 0;
  for (let k = firstVerb - 1; k >= lo; k--) {
    const w = tokens[k]?.text.toLowerCase() ?? '';
    if (w === ')') paren++;
    if (w === '(') paren = Math.max(0, paren - 1);
    if (paren > 0 || w === '(') continue;
    if (w === 'he' || w === 'she' || w === 'it') {
      const ref = antecedent(ix, k, w === 'it' ? 'thing' : 'person');
      if (ref) return { mentions: [ref], via: 'pronoun' };
      return null;
    }
    // "his government expelled", "its foreign ministry welcomed": the one the possessive points back to.
    const at = /^(foreign|defence|defense|interior|armed)$/i.test(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
    const owner = tokens[at]?.text.toLowerCase() ?? '';
    if (STATE_BODIES.has(w) && (owner === 'his' || owner === 'her' || owner === 'its') && at >= lo) {
      const ref = antecedent(ix, at, owner === 'its' ? 'thing' : 'person');
      if (ref) return { mentions: [ref], via: 'pronoun' };
    }
    if (w === 'they' || w === 'we') return null;
    const a = actorAt(ix, k);
    if (a && !isModifier(ix, a) && !inPrepPhrase(ix, a)) {
      // "Dmitry Peskov, President Vladimir Putin's spokesman, rejected": a possessor inside an
      // apposition gives way to the name before it; alone ("Russia's minister") it acts.
      if (/^['’]s$/.test(tokens[a.t1]?.text ?? '') && tokens[a.t0 - 1]?.text !== undefined) {
        possessorOnly ??= a;
        continue;
      }
      best = a;
      break;
    }
    if (verbal && DOCUMENT_NOUNS.has(w)) {
      const issuer = issuerOf(ix, k);
      if (issuer) return { mentions: [issuer], via: 'document' };
    }
  }
  // The name before the possessor must stand apart from it by a comma (an apposition).
  if (best && possessorOnly && !tokens.slice(best.t1, possessorOnly.t0).some((x) => x.text === ','))
    best = possessorOnly;
  best ??= possessorOnly;
  if (best) return { mentions: coordinated(ix, best, { t0: lo, t1: firstVerb }), via: 'name' };
  // "Agents of the SEBIN intelligence service detained …", "A delegation from Riyadh arrived":
  // the body or state the agents belong to.
  {
    const agents = tokens.slice(lo, firstVerb).find((x) => AGENT_NOUNS.test(x.text));
    const of = agents ? tokens[agents.i + 1] : undefined;
    if (agents && (of?.key === 'of' || of?.key === 'from')) {
      let k = agents.i + 2;
      if (/^(the|a|an)$/i.test(tokens[k]?.text ?? '')) k++;
      const body = actorStartingAt(ix, k);
      if (body && body.t1 <= firstVerb) return { mentions: [body], via: 'name' };
    }
  }
  // A subject that names no actor ("South Korean experts would …"): no source.
  const head = tokens
    .slice(lo, firstVerb)
    .find((x) => (x.pos === 'NOUN' || x.pos === 'PROPN') && !/^(however|also)$/i.test(x.text));
  const finite =
    lo === s0 ||
    /^(that|which|who|whom|whose|but|while|whereas|although|because|when|since|if|where)$/i.test(
      tokens[lo - 1]?.text ?? '',
    );
  const governs = tokens
    .slice(firstVerb, trigger)
    .every((x) => x.pos === 'AUX' || x.pos === 'ADV' || x.pos === 'PART' || x.pos === 'VERB');
  if (
    head &&
    finite &&
    governs &&
    lo < firstVerb &&
    !['and', 'or', 'but'].includes(tokens[lo]?.text.toLowerCase() ?? '')
  )
    return null;
  // A verb coordinated with an earlier one shares its subject ("condemned the launch and pledged").
  if (depth < 2 && lo > s0) return subjectOf(ix, s0, lo - 1, depth + 1, verbal);
  if (depth < 2 && lo === s0) {
    // No subject in the clause at all: nearest actor before, as a last resort.
    for (let k = trigger - 1; k >= s0; k--) {
      const a = actorAt(ix, k);
      if (a && !isModifier(ix, a)) return { mentions: [a], via: 'nearest' };
    }
  }
  return null;
}

const AGENT_NOUNS =
  /^(agents|officers|troops|forces|soldiers|members|units|fighters|militants|police|officials|representatives|delegations?|team|envoys?|negotiators|diplomats)$/i;

// What a state or its leader acts through: "his government", "its foreign ministry".
const STATE_BODIES = new Set([
  'government',
  'administration',
  'ministry',
  'military',
  'forces',
  'army',
  'cabinet',
]);

/** The organisation a document speaks for: named with it, else the last one named before. */
export function issuerOf(ix: ActorIndex, docTok: number): Mention | null {
  let best: Mention | null = null;
  for (const a of ix.actors) {
    if (a.t1 > docTok || a.type !== 'org') continue;
    if (!best || a.t0 > best.t0) best = a;
  }
  return best;
}

/**
 * What he/she/it refers to: the first actor of that kind in the sentence before the pronoun,
 * else the subject (first such actor) of the sentence before, else the last one named.
 */
export function antecedent(ix: ActorIndex, k: number, kind: 'person' | 'thing'): Mention | null {
  const { tokens } = ix;
  const fits = (a: Mention) =>
    (kind === 'person' ? a.type === 'person' : a.type !== 'person') &&
    !isModifier(ix, a) &&
    !inPrepPhrase(ix, a) &&
    !quotedMention(ix, a);
  const sent = tokens[k]?.sent ?? 0;
  // "Meeting President Putin on July 23, he said": a verb's object in the same sentence is not "he".
  const objectOfVerb = (a: Mention) => {
    let j = a.t0 - 1;
    while (j >= 0 && ((tokens[j]?.upper && tokens[j]?.pos !== 'VERB') || tokens[j]?.pos === 'DET')) j--;
    return tokens[j]?.pos === 'VERB';
  };
  const here = ix.actors.find(
    (a) => a.t1 <= k && tokens[a.t0]?.sent === sent && fits(a) && !(kind === 'person' && objectOfVerb(a)),
  );
  if (here) return here;
  for (let s = sent - 1; s >= Math.max(0, sent - 3); s--) {
    // "On the day Assad fell, Netanyahu ordered …": the main clause's subject, past a fronted one.
    const main = mainClauseStart(ix, s);
    // "The talks were led by Amos Hochstein. In Beirut he …": a passive's agent is who acted.
    const agent = (a: Mention) =>
      tokens[a.t0 - 1]?.key === 'by' &&
      /(ed|en)$/.test(tokens[a.t0 - 2]?.text ?? '') &&
      (kind === 'person' ? a.type === 'person' : a.type !== 'person') &&
      !quotedMention(ix, a);
    const first =
      ix.actors.find((a) => tokens[a.t0]?.sent === s && a.t0 >= main && fits(a)) ??
      ix.actors.find((a) => tokens[a.t0]?.sent === s && fits(a)) ??
      ix.actors.find((a) => tokens[a.t0]?.sent === s && agent(a));
    // "The communiqué … stated that China …. It described …": a document subject speaks for its issuer.
    if (kind === 'thing') {
      const doc = tokens.findIndex(
        (t) =>
          t.sent === s &&
          DOCUMENT_NOUNS.has(t.text.toLowerCase()) &&
          !(ix.quoted ?? []).some(([qs, qe]) => t.start >= qs && t.end <= qe),
      );
      if (doc >= 0 && (!first || doc < first.t0)) {
        const issuer = issuerOf(ix, doc);
        if (issuer) return issuer;
      }
    }
    if (first) return first;
  }
  let best: Mention | null = null;
  for (const a of ix.actors) if (a.t1 <= k && fits(a) && (!best || a.t0 > best.t0)) best = a;
  return best;
}

/** "Receiving X in Cairo, al-Sisi declared …": the main clause's subject, after the comma. */
export function frontedSubject(
  ix: ActorIndex,
  s0: number,
  trigger: number,
  hi: number,
  s1: number,
): Mention | null {
  const { tokens } = ix;
  const t = tokens[trigger];
  let k = s0;
  while (k < trigger && /^(after|before|while|when|on|upon)$/i.test(tokens[k]?.text ?? '')) k++;
  if (k !== trigger || !t || !/ing$/.test(t.text) || t.pos !== 'VERB') return null;
  let comma = hi;
  while (comma < s1 && tokens[comma]?.text !== ',') comma++;
  if (tokens[comma]?.text !== ',') {
    comma = trigger + 1;
    while (comma < s1 && tokens[comma]?.text !== ',') comma++;
  }
  const next = tokens[comma + 1];
  if (!next) return null;
  if (/^(he|she)$/i.test(next.text)) return antecedent(ix, comma + 1, 'person');
  const m = actorStartingAt(ix, comma + 1);
  return m && /^(VERB|AUX)$/.test(tokens[m.t1]?.pos ?? '') ? m : null;
}

const FRONTED =
  /^(on|when|after|as|while|since|before|although|though|if|because|once|until|during|despite|following)$/i;

/** Where a sentence's main clause starts: after a fronted adverbial clause ("On the day X fell, …"). */
function mainClauseStart(ix: ActorIndex, s: number): number {
  const { tokens } = ix;
  let k = tokens.findIndex((t) => t.sent === s);
  // "Receiving Hassan Sheikh in Cairo, President al-Sisi declared": a fronted participle too.
  const participle = /^\p{Lu}\p{Ll}+ing$/u.test(tokens[k]?.text ?? '') && tokens[k]?.pos === 'VERB';
  if (k < 0 || (!FRONTED.test(tokens[k]?.text ?? '') && !participle)) return k;
  const start = k;
  for (; k < tokens.length && tokens[k]?.sent === s && k < start + 25; k++)
    if (tokens[k]?.text === ',' && !quotedMention(ix, tokens[k])) return k + 1;
  return start;
}
