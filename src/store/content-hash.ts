// The identity of an article's content: the same words in the same order, whatever the
// whitespace, case, quote style or Unicode composition, hash the same.
import { createHash } from 'node:crypto';

export function normaliseText(body: string): string {
  return body
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function contentHash(body: string): Buffer {
  return createHash('sha256').update(normaliseText(body)).digest().subarray(0, 16);
}
