// Small non-cryptographic hashes for lookup keys (quote heads, near-duplicate bands).

/** FNV-1a over UTF-16 code units, 32 bits. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Two independent 32-bit hashes folded into a non-negative integer below 2^53 (exact in JS and SQLite). */
export function hash53(s: string): number {
  const a = fnv1a(s);
  const b = fnv1a(s, 0x9747b28c);
  return a * 0x200000 + (b >>> 11);
}
