// One normalisation for text tokens and knowledge-base aliases, so that "Yoon Suk-yeol",
// "Yoon Suk Yeol" and "YOON SUK YEOL" meet on the same keys.
import { foldDiacritics } from '../core/index.js';

/** Token → matching key; '' for tokens that matching skips (hyphens, lone apostrophes). */
export function tokenKey(text: string): string {
  // "St. Vincent", "St Petersburg": the abbreviation meets the knowledge base's "Saint".
  if (text === 'St' || text === 'St.') return 'saint';
  // British and American spellings of the word names use most ("Defence Ministry").
  if (text === 'Defence' || text === 'defence') return 'defense';
  // Most tokens are plain ASCII words: skip Unicode folding for them.
  if (/^[A-Za-z0-9]+$/.test(text)) return text.toLowerCase();
  if (/^[-‐‑‒–—'’]+$/.test(text)) return '';
  // A full stop ends a sentence: no name runs across it ("in May. Theresa …").
  if (/^[.…]+$/.test(text)) return text;
  return foldDiacritics(text).toLowerCase().replace(/[.'’]/g, '');
}

// Approximates wink's tokenizer closely enough for names: dotted abbreviations stay whole,
// possessive 's splits off, hyphens separate.
const ALIAS_TOKEN =
  /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+\.?(?=\s|$)|['’]s\b|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function aliasTokens(alias: string): string[] {
  return (alias.match(ALIAS_TOKEN) ?? []).map((t) =>
    /^\p{L}+\.$/u.test(t) && t.length > 3 ? t.slice(0, -1) : t,
  );
}

export function aliasKeys(alias: string): string[] {
  return aliasTokens(alias)
    .map(tokenKey)
    .filter((k) => k !== '');
}
