// The same words given to different speakers. Quotes are compared as word sequences (case,
// punctuation and diacritics aside); a partial quote counts when it is long enough to be telling.
import { foldDiacritics } from '../core/index.js';
import { hash53 } from './hash.js';

/** Shorter quotes ("pleased", "new era") are too common to say who said them. */
export const MIN_QUOTE_WORDS = 5;

export function quoteWords(text: string): string[] {
  return foldDiacritics(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Hash of a quote's first MIN_QUOTE_WORDS words, or of a window of them; null for short quotes. */
export function headHash(words: readonly string[], at = 0): number | null {
  if (words.length - at < MIN_QUOTE_WORDS) return null;
  return hash53(words.slice(at, at + MIN_QUOTE_WORDS).join(' '));
}

/** Every window hash of a quote: a stored quote whose head is among them may lie inside it. */
export function windowHashes(words: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + MIN_QUOTE_WORDS <= words.length; i++) out.push(headHash(words, i) as number);
  return out;
}

/** Whether one word sequence appears inside the other (or they are equal). */
export function sharesWords(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_QUOTE_WORDS) return false;
  return ` ${long.join(' ')} `.includes(` ${short.join(' ')} `);
}
