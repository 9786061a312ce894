// Tokens, sentences, parts of speech and lemmas from wink-nlp, with exact character offsets.
// wink guarantees that precedingSpaces + value rebuild the text, so offsets are summed once here
// and every later stage works on plain arrays.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { tokenKey } from './keys.js';

export interface Token {
  i: number;
  start: number;
  end: number;
  text: string;
  /** Matching key: lower case, diacritics folded, dots and apostrophes dropped. */
  key: string;
  lemma: string;
  pos: string;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Index of the sentence the token belongs to. */
  sent: number;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
}

export interface Analysis {
  body: string;
  tokens: Token[];
  sentences: Sentence[];
}

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export function analyze(body: string): Analysis {
  const doc = nlp.readDoc(body);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  // Only text with letters beyond Latin-1 can have words wink split.
  if (/[\u0100-\uffff]/.test(body)) mergeSplitWords(values, spaces, pos, lemmas);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const tokens: Token[] = [];
  let off = 0;
  for (let i = 0; i < values.length; i++) {
    off += (spaces[i] ?? '').length;
    const text = values[i] ?? '';
    if (text === '') continue;
    const tag = pos[i] ?? 'X';
    // wink keeps some hyphenated words whole ("Suk-Yeol", "Jae-in"); names match part by part.
    if (text.length > 2 && text.includes('-') && HYPHENATED.test(text)) {
      let o = off;
      for (const part of text.split(/(-)/)) {
        if (part)
          tokens.push(makeToken(tokens.length, o, part, part === '-' ? 'PUNCT' : tag, part.toLowerCase()));
        o += part.length;
      }
    } else {
      let lemma = (lemmas[i] ?? text).toLowerCase();
      let pos = tag;
      // "responded by downgrading ties": wink may tag a gerund after "by" as a noun.
      if (tag === 'NOUN' && lemma.endsWith('ing') && (values[i - 1] ?? '').toLowerCase() === 'by') {
        pos = 'VERB';
        lemma = verbLemma(lemma);
      }
      // A capitalised participle opening a sentence keeps its own form as lemma ("Meeting
      // President Putin, he …"); read it in lower case, where wink finds the verb.
      if (tag === 'VERB' && lemma.endsWith('ing') && text.charCodeAt(0) < 91 && lemma === text.toLowerCase())
        lemma = verbLemma(lemma);
      tokens.push(makeToken(tokens.length, off, text, pos, lemma));
    }
    off += text.length;
  }
  // Map wink's sentence spans (token indices) onto the split token list.
  const firstOf: number[] = [];
  {
    let k = 0;
    let o = 0;
    for (let i = 0; i < values.length; i++) {
      o += (spaces[i] ?? '').length;
      while (k < tokens.length && (tokens[k]?.start ?? 0) < o) k++;
      firstOf.push(k);
      o += (values[i] ?? '').length;
    }
    firstOf.push(tokens.length);
  }
  const sentences: Sentence[] = [];
  for (const [a, b] of spans) {
    // wink's span is inclusive; leading/trailing newline tokens are not part of the sentence.
    let t0 = firstOf[a] ?? 0;
    let t1 = firstOf[b + 1] ?? tokens.length;
    while (t0 < t1 && tokens[t0]?.pos === 'SPACE') t0++;
    while (t1 > t0 && tokens[t1 - 1]?.pos === 'SPACE') t1--;
    if (t0 >= t1) continue;
    // wink keeps a caption line and the paragraph after it together when no period ends the
    // line; a line break inside a sentence span is a boundary in news copy.
    let s = t0;
    for (let k = t0; k < t1; k++) {
      const tk = tokens[k];
      if (tk && tk.pos === 'SPACE' && tk.text.includes('\n')) {
        if (k > s) pushSentence(sentences, tokens, s, k);
        s = k + 1;
      }
    }
    if (s < t1) pushSentence(sentences, tokens, s, t1);
  }
  return { body, tokens, sentences };
}

const participles = new Map<string, string>();
function verbLemma(word: string): string {
  let l = participles.get(word);
  if (l === undefined) {
    const out = nlp
      .readDoc(`they were ${word}`)
      .tokens()
      .out(its.lemma as never) as string[];
    l = out[out.length - 1] ?? word;
    participles.set(word, l);
  }
  return l;
}

// wink splits words at letters outside Latin-1 ("Erdo" "ğ" "an"); glue letter runs that touch.
// Merged tokens leave an empty value behind, so every later index still lines up with wink's.
function mergeSplitWords(values: string[], spaces: string[], pos: string[], lemmas: string[]): void {
  const LETTERS = /^[\p{L}\p{M}]+$/u;
  for (let i = 1; i < values.length; i++) {
    let j = i - 1;
    while (j > 0 && values[j] === '') j--;
    if (
      spaces[i] === '' &&
      LETTERS.test(values[i] ?? '') &&
      LETTERS.test(values[j] ?? '') &&
      /[\u0100-\uffff]/.test(`${values[i]}${values[j]}`)
    ) {
      values[j] = `${values[j]}${values[i]}`;
      lemmas[j] = (values[j] ?? '').toLowerCase();
      if (pos[j] === 'X') pos[j] = 'PROPN';
      values[i] = '';
    }
  }
}

const HYPHENATED = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;

function isUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

function makeToken(i: number, start: number, text: string, pos: string, lemma: string): Token {
  return {
    i,
    start,
    end: start + text.length,
    text,
    key: tokenKey(text),
    lemma,
    pos,
    upper: isUpper(text),
    sent: 0,
  };
}

function pushSentence(out: Sentence[], tokens: Token[], t0: number, t1: number): void {
  const first = tokens[t0];
  const last = tokens[t1 - 1];
  if (!first || !last) return;
  const i = out.length;
  for (let k = t0; k < t1; k++) {
    const t = tokens[k];
    if (t) t.sent = i;
  }
  out.push({ i, start: first.start, end: last.end, t0, t1 });
}

/** Index of the first token that ends after `offset` (tokens.length when none): a binary search. */
export function tokenEndingAfter(tokens: Token[], offset: number): number {
  return firstIndex(tokens, (t) => t.end > offset);
}

/** Index of the first token that starts at or after `offset` (tokens.length when none). */
export function tokenStartingFrom(tokens: Token[], offset: number): number {
  return firstIndex(tokens, (t) => t.start >= offset);
}

// Tokens are in text order, so each predicate above is false, then true.
function firstIndex(tokens: Token[], ok: (t: Token) => boolean): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (t && ok(t)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
