import type { Span } from './contract.js';

export function span(body: string, start: number, end: number): Span {
  return { start, end, text: body.slice(start, end) };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Trims whitespace at both ends of [start, end) and returns the tightened span. */
export function trimSpan(body: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s] ?? '')) s++;
  while (e > s && /\s/.test(body[e - 1] ?? '')) e--;
  return span(body, s, e);
}
