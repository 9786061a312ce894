// Cheap text-quality tests shared by the HTML paths.

const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s|$)/g;

/**
 * At least one sentence: sentence punctuation with three or more words before it. Only a short
 * window before each stop is looked at, so a huge block without punctuation stays linear.
 */
export function hasSentence(text: string): boolean {
  for (const m of text.matchAll(SENTENCE_END)) {
    const before = text.slice(Math.max(0, m.index - 120), m.index).trim();
    if (/\p{L}/u.test(before) && before.split(/\s+/).length >= 3) return true;
  }
  return false;
}
