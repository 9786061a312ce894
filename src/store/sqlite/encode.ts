// Compact encodings for stored values: packed CAMEO codes and varint lists.

// A CAMEO code as one small integer that sorts like the code and keeps a root's codes (and a
// base code's refinements) in one range: root*1000 + (base digit+1)*11 + (sub digit+1).
export function packCode(code: string): number {
  if (!/^\d{2,4}$/.test(code)) throw new RangeError(`not a CAMEO code: ${code}`);
  const root = Number(code.slice(0, 2));
  const base = code.length >= 3 ? Number(code[2]) + 1 : 0;
  const sub = code.length === 4 ? Number(code[3]) + 1 : 0;
  return root * 1000 + base * 11 + sub;
}

export function unpackCode(n: number): string {
  const root = Math.floor(n / 1000);
  const rest = n % 1000;
  const base = Math.floor(rest / 11);
  const sub = rest % 11;
  let s = String(root).padStart(2, '0');
  if (base > 0) s += String(base - 1);
  if (sub > 0) s += String(sub - 1);
  return s;
}

/** Inclusive packed range of every code that starts with `prefix`. */
export function codeRange(prefix: string): [number, number] {
  const lo = packCode(prefix);
  if (prefix.length === 2) return [lo, lo + 999];
  if (prefix.length === 3) return [lo, lo + 10];
  return [lo, lo];
}

export function writeVarints(values: readonly number[]): Buffer {
  const out: number[] = [];
  for (let v of values) {
    if (v < 0 || !Number.isInteger(v)) throw new RangeError(`varint out of range: ${v}`);
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
  }
  return Buffer.from(out);
}

export function readVarints(buf: Uint8Array): number[] {
  const out: number[] = [];
  let v = 0;
  let mul = 1;
  for (const byte of buf) {
    v += (byte & 0x7f) * mul;
    if (byte & 0x80) mul *= 0x80;
    else {
      out.push(v);
      v = 0;
      mul = 1;
    }
  }
  return out;
}

/** Sources and targets of an event as one varint blob: [number of sources, ...sources, ...targets]. */
export function packActors(source: readonly number[], target: readonly number[]): Buffer {
  return writeVarints([source.length, ...source, ...target]);
}

export function unpackActors(buf: Uint8Array): { source: number[]; target: number[] } {
  const v = readVarints(buf);
  const n = v[0] ?? 0;
  return { source: v.slice(1, 1 + n), target: v.slice(1 + n) };
}

/** Mention spans as (start delta, length) varint pairs, in order. */
export function packSpans(spans: readonly { start: number; end: number }[]): Buffer {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const v: number[] = [];
  let prev = 0;
  for (const s of sorted) {
    v.push(s.start - prev, s.end - s.start);
    prev = s.start;
  }
  return writeVarints(v);
}

export function unpackSpans(buf: Uint8Array): { start: number; end: number }[] {
  const v = readVarints(buf);
  const out: { start: number; end: number }[] = [];
  let prev = 0;
  for (let i = 0; i + 1 < v.length; i += 2) {
    const start = prev + (v[i] as number);
    out.push({ start, end: start + (v[i + 1] as number) });
    prev = start;
  }
  return out;
}

/** An event's exact counts as stored: "2 missile;40 drone"; null when it gives none. */
export function packCounts(
  qs: readonly { value: number; unit: string; exact: boolean }[] | undefined,
): string | null {
  const exact = (qs ?? []).filter((q) => q.exact && !/[ ;]/.test(q.unit));
  return exact.length ? exact.map((q) => `${q.value} ${q.unit}`).join(';') : null;
}

export function unpackCounts(s: string | null): { value: number; unit: string }[] {
  if (!s) return [];
  return s.split(';').map((part) => {
    const [v, unit] = part.split(' ');
    return { value: Number(v), unit: unit ?? '' };
  });
}
