// Who said a quote: "X said" / "said X" after it, "X said:" or "X told reporters that" before it,
// "according to X", a colon lead-in's subject, a pronoun pointing back to the last named speaker,
// a document speaking for its issuer ("the communiqué states").
import type { DocContext, Mention } from '../context.js';
import {
  type ActorIndex,
  actorCovering,
  actorStartingAt,
  DOCUMENT_NOUNS,
  inPrepPhrase,
  isModifier,
  quotedMention,
} from '../events/actors.js';
import { antecedent, issuerOf, subjectOf } from '../events/subject.js';
import type { QuoteSpan } from './find.js';
import { CALLED_BY_SPEAKER, INVERTED, SPEECH } from './speech-words.js';

export interface Found {
  speaker: string | null;
  rule: string;
}

export function attribute(
  ctx: DocContext,
  ix: ActorIndex,
  q: QuoteSpan,
  t0: number,
  t1: number,
  all: QuoteSpan[],
): Found | null {
  const { tokens } = ix;
  const sent = tokens[t0]?.sent ?? 0;
  const sentences = ctx.analysis?.sentences ?? [];
  const s = sentences[sent];
  const inQuote = (k: number) =>
    all.some((o) => (tokens[k]?.start ?? 0) >= o.outerStart && (tokens[k]?.end ?? 0) <= o.outerEnd);
  // After: ', X said' / ', said X' / 'X told reporters' within a few words.
  // "… global issues." He added …: a quote that ends its sentence takes no attribution after it.
  const endsSentence =
    /[.!?]$/.test(ctx.body.slice(q.start, q.end)) &&
    /^\s*\p{Lu}/u.test(ctx.body.slice(q.outerEnd, q.outerEnd + 3));
  for (let k = t1; k < Math.min(t1 + 12, tokens.length) && !endsSentence; k++) {
    const tok = tokens[k];
    if (!tok || inQuote(k)) break;
    if (tok.pos === 'SPACE' && tok.text.includes('\n')) break;
    // The attribution belongs to the quote's sentence: stop at the next sentence end.
    if (/^[.!?]$/.test(tok.text)) break;
    // wink sometimes tags "said" as a noun; "two states" is no speech verb.
    const speechVerb =
      tok.pos === 'VERB' ||
      tok.pos === 'AUX' ||
      (tok.pos === 'NOUN' && /^(said|says|told|wrote)$|ed$/i.test(tok.text));
    if (SPEECH.has(tok.lemma) && speechVerb) {
      // "…”, adding that Israel had …": a participle after the quote goes on with the same
      // speaker, named before it.
      if (/ing$/.test(tok.text)) break;
      // "…," said X: the verb right after the quote; "… and said Iran would respond" is not.
      const adjacent =
        k <= t1 + 2 && tokens.slice(t1, k).every((x) => /^[,—–-]$/.test(x.text) || x.pos === 'SPACE');
      // "…," said Hungary's foreign minister, Péter Szijjártó: the person the title names.
      const after =
        adjacent && INVERTED.has(tok.lemma)
          ? (personStarting(ix, k + 1, k + 9) ?? actorStarting(ix, k + 1, k + 5))
          : undefined;
      // "… priority", while Xi urged New Delhi …: a new clause, with a speaker of its own.
      const newClause = tokens.slice(t1, k).some((x) => /^(while|whereas|but|and|as)$/i.test(x.text));
      if (newClause) break;
      const before = speakerBetween(ix, t1, k);
      const who = before ?? after;
      if (!who && k > t1 + 2) break;
      if (who) return { speaker: who.id, rule: before ? 'after:X-said' : 'after:said-X' };
      const pron = pronounBetween(ix, t1, k + 2);
      if (pron !== undefined) return { speaker: pron, rule: 'after:pronoun-said' };
    }
    // "praised what he called their “…”, according to the agency", "He called the measure “…”,
    // according to the ministry": the agency reports the speaker its sentence names.
    if (
      /^according$/i.test(tok.text) &&
      tokens[k + 1]?.text.toLowerCase() === 'to' &&
      !CALLED_BY_SPEAKER.test(ctx.body.slice(Math.max(0, q.outerStart - 40), q.outerStart)) &&
      !speechBefore(ix, s ? s.t0 : t0, t0)
    ) {
      const who = actorStarting(ix, k + 2, k + 7);
      if (who) return { speaker: who.id, rule: 'after:according-to' };
    }
  }
  // Before, in the same sentence: 'X said:' / 'X told Y, “…”' / 'the document stated that “…”'.
  const from = s ? s.t0 : Math.max(0, t0 - 40);
  // "President Nausėda was blunt: “…”": a colon lead-in with no speech verb, its clause's subject.
  if (tokens[t0 - 1]?.text === ':' && !tokens.slice(from, t0 - 1).some((x) => SPEECH.has(x.lemma))) {
    const head = appositionHead(ix, from, t0 - 1);
    // "She put it bluntly:": the subject of the lead-in's verb, not the last word before the colon.
    const verb = tokens
      .slice(from, t0 - 1)
      .find((x) => (x.pos === 'VERB' || x.pos === 'AUX') && !inQuote(x.i));
    const subj = verb ? subjectOf(ix, from, verb.i) : null;
    const bySubject =
      subj && subj.mentions.length === 1 && subj.via !== 'nearest' ? subj.mentions[0]?.id : undefined;
    const who = head?.id ?? bySubject ?? speakerBefore(ix, from, t0 - 1);
    if (who) return { speaker: who, rule: 'before:colon' };
  }
  for (let k = t0 - 1; k >= from; k--) {
    const tok = tokens[k];
    if (!tok) break;
    // Several quotes in one sentence share its speech verb: step over the earlier ones.
    if (inQuote(k)) continue;
    const verbLike =
      tok.pos === 'VERB' ||
      tok.pos === 'AUX' ||
      (tok.pos === 'NOUN' && /^(that|:|,|“|")$/.test(tokens[k + 1]?.text ?? ''));
    // "Macron warned that France would respond “immediately”": a speech verb under a modal is
    // what someone would do, not the saying; the verb of the reporting clause before it is.
    const modal = /^(would|will|could|might|may|should|can)$/i.test(tokens[k - 1]?.text ?? '');
    if (SPEECH.has(tok.lemma) && verbLike && !modal) {
      // "As noted by X, “…”"
      if (tokens[k + 1]?.text === 'by') {
        const agent = actorStarting(ix, k + 2, k + 12);
        if (agent) return { speaker: agent.id, rule: 'before:said-by-X' };
      }
      const doc = documentSubject(ix, from, k);
      if (doc) return { speaker: doc.id, rule: 'before:document' };
      const head = appositionHead(ix, from, k);
      if (head) return { speaker: head.id, rule: 'before:apposition-head' };
      // The speech verb's own subject: "Wang accused Taipei … and warned that “…”" is Wang's.
      const subj = subjectOf(ix, from, k);
      if (subj && subj.mentions.length === 1 && subj.via !== 'nearest')
        return { speaker: subj.mentions[0]?.id ?? null, rule: `before:subject-${subj.via}` };
      const who = speakerBefore(ix, from, k);
      if (who !== undefined) return { speaker: who, rule: 'before:X-said' };
    }
    if (/^according$/i.test(tok.text) && tokens[k + 1]?.text.toLowerCase() === 'to') {
      const who = actorStarting(ix, k + 2, k + 7);
      if (who) return { speaker: who.id, rule: 'before:according-to' };
    }
  }
  return null;
}

/** A speech verb (outside quotes) in tokens [lo, hi): the sentence says who spoke before the quote. */
function speechBefore(ix: ActorIndex, lo: number, hi: number): boolean {
  for (let k = lo; k < hi; k++) {
    const t = ix.tokens[k];
    if (!t || quotedMention(ix, t)) continue;
    if (SPEECH.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) return true;
  }
  return false;
}

/**
 * "Penny Wong, foreign affairs spokeswoman for the Labor Party, said": the person who opens the
 * clause, not a name inside the apposition after her. The apposition must close before the verb.
 */
function appositionHead(ix: ActorIndex, lo: number, verb: number): Mention | undefined {
  const { tokens } = ix;
  let k = lo;
  // "But", "On Monday," and the like may come first.
  while (k < verb && k < lo + 4 && !ix.actors.some((a) => a.t0 === k)) k++;
  const head = ix.actors.find((a) => a.t0 === k);
  if (head?.type !== 'person' || tokens[head.t1]?.text !== ',') return undefined;
  // Some comma after the apposition's start, before the verb, closes it.
  for (let c = head.t1 + 2; c < verb; c++) if (tokens[c]?.text === ',') return head;
  return undefined;
}

function actorStarting(ix: ActorIndex, lo: number, hi: number): Mention | undefined {
  for (let k = lo; k < hi; k++) {
    const s0 = actorStartingAt(ix, k);
    const m = s0 && !isModifier(ix, s0) ? s0 : undefined;
    if (m) return m;
    const w = ix.tokens[k]?.text ?? '';
    if (/^[.;!?]$/.test(w)) return undefined;
  }
  return undefined;
}

function speakerBetween(ix: ActorIndex, lo: number, hi: number): Mention | undefined {
  let best: Mention | undefined;
  for (const a of ix.actors) {
    if (a.t0 < lo || a.t1 > hi || isModifier(ix, a)) continue;
    // "…," Kaja Kallas, the EU's foreign policy chief, told reporters: the person, not the
    // organisation of the apposition after her name.
    if (a.type === 'person' && best?.type !== 'person') best = a;
    else if (!best || (best.type !== 'person' && a.t0 > best.t0)) best = a;
  }
  return best;
}

/** The first person named in tokens [lo, hi), before the sentence ends. */
function personStarting(ix: ActorIndex, lo: number, hi: number): Mention | undefined {
  for (let k = lo; k < hi; k++) {
    const m = actorStartingAt(ix, k);
    if (m?.type === 'person') return m;
    if (/^[.;!?]$/.test(ix.tokens[k]?.text ?? '')) return undefined;
  }
  return undefined;
}

/** "…," he said → the last person; "they said" → no single speaker (null). */
function pronounBetween(ix: ActorIndex, lo: number, hi: number): string | null | undefined {
  for (let k = lo; k < hi; k++) {
    const w = ix.tokens[k]?.text.toLowerCase();
    if (w === 'he' || w === 'she') return antecedent(ix, k, 'person')?.id ?? null;
    if (w === 'it') return antecedent(ix, k, 'thing')?.id ?? null;
    if (w === 'they' || w === 'we') return null;
  }
  return undefined;
}

function speakerBefore(ix: ActorIndex, lo: number, verb: number): string | null | undefined {
  const { tokens } = ix;
  // The subject is the nearest actor or pronoun before the verb.
  let depth = 0;
  for (let k = verb - 1; k >= lo; k--) {
    // Skip parentheses: "Stoltenberg (former Prime Minister of Norway) emphasized".
    if (tokens[k]?.text === ')') depth++;
    if (tokens[k]?.text === '(') depth--;
    if (depth > 0) continue;
    // The words of an earlier quote are no subject ("condemned the “… M23 armed group” and called …").
    if (quotedMention(ix, tokens[k])) continue;
    const m = actorCovering(ix, k);
    // "Dmitry Peskov, President Vladimir Putin's spokesman, …": the possessor is not the subject.
    const possessive = m && /^['’]s$/.test(tokens[m.t1]?.text ?? '');
    if (m && !possessive && !isModifier(ix, m) && !inPrepPhrase(ix, m)) return m.id;
    const w = tokens[k]?.text.toLowerCase();
    if (w === 'he' || w === 'she') return antecedent(ix, k, 'person')?.id ?? null;
    if (w === 'it') return antecedent(ix, k, 'thing')?.id ?? null;
    if (w === 'they' || w === 'we') return null;
  }
  return undefined;
}

/** "The NATO communiqué pointed out", "The report concluded": the document's issuer. */
function documentSubject(ix: ActorIndex, lo: number, verb: number): Mention | null {
  const { tokens } = ix;
  let docTok = -1;
  for (let k = verb - 1; k >= lo && k >= verb - 5; k--) {
    if (DOCUMENT_NOUNS.has(tokens[k]?.text.toLowerCase() ?? '')) {
      docTok = k;
      break;
    }
    if (ix.actors.some((a) => a.t0 <= k && k < a.t1 && !isModifier(ix, a))) return null;
  }
  if (docTok < 0) return null;
  return issuerOf(ix, docTok);
}
