// Near-duplicate detection: MinHash signatures over word shingles, banded for lookup (LSH).
// With 16 bands of 4 rows a pair at Jaccard 0.8 becomes a candidate with probability 0.9998,
// one at 0.5 with 0.64; candidates are then checked on their exact shingle sets.
import { fnv1a } from '../stories/index.js';

export const SHINGLE_WORDS = 4;
export const HASHES = 64;
export const BANDS = 16;
const ROWS = HASHES / BANDS;
export const NEAR_DUPLICATE_JACCARD = 0.8;

export function words(body: string): string[] {
  return (
    body
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export function shingles(body: string): Set<number> {
  const w = words(body);
  const out = new Set<number>();
  if (w.length < SHINGLE_WORDS) {
    if (w.length) out.add(fnv1a(w.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(fnv1a(w.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

// 64 fixed odd multipliers and offsets (splitmix-style), so signatures are stable across runs.
const SEEDS: Uint32Array = (() => {
  const s = new Uint32Array(HASHES * 2);
  let x = 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    s[i] = (z ^ (z >>> 16)) | (i % 2 === 0 ? 1 : 0);
  }
  return s;
})();

function mix(h: number, i: number): number {
  let z = (Math.imul(h, SEEDS[2 * i] as number) + (SEEDS[2 * i + 1] as number)) >>> 0;
  z = Math.imul(z ^ (z >>> 15), 0x2c1b3c6d) >>> 0;
  return (z ^ (z >>> 12)) >>> 0;
}

export function signature(sh: Set<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const h of sh) {
    for (let i = 0; i < HASHES; i++) {
      const v = mix(h, i);
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

/** One lookup key per band (the band number folded in), below 2^53. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = fnv1a(String(b));
    let g = 0x9747b28c;
    for (let r = 0; r < ROWS; r++) {
      const v = sig[b * ROWS + r] as number;
      h = Math.imul(h ^ v, 0x01000193) >>> 0;
      g = Math.imul(g ^ v, 0x5bd1e995) >>> 0;
    }
    keys.push(h * 0x200000 + (g >>> 11));
  }
  return keys;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
