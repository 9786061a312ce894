// What the CAMEO code hierarchy says about two reports of one action: a root-level code
// ("04", "040": consult, not specified) is compatible with every code under its root, a code
// with its own refinements ("033" / "0332"), and specific siblings ("071" / "072") are not.

export function rootOf(code: string): string {
  return code.slice(0, 2);
}

/** The unspecified code of a root: "04" or "040". */
export function isGeneric(code: string): boolean {
  return code.length === 2 || (code.length === 3 && code.endsWith('0'));
}

/** 2 same code, 1 compatible by the hierarchy, 0 incompatible. */
export function codeAgreement(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 2;
  if (rootOf(a) !== rootOf(b)) return 0;
  if (isGeneric(a) || isGeneric(b) || a.startsWith(b) || b.startsWith(a)) return 1;
  return 0;
}

/** The more specific of two compatible codes (the one a merged story shows). */
export function moreSpecific(a: string, b: string): string {
  if (isGeneric(a) !== isGeneric(b)) return isGeneric(a) ? b : a;
  return b.length > a.length ? b : a;
}

// Actions whose participants are interchangeable: who is "source" and who "target" of a meeting,
// a negotiation, a signature or a joint exercise is an accident of the sentence.
const SYMMETRIC = new Set([
  '036',
  '040',
  '041',
  '044',
  '046',
  '050',
  '057',
  '060',
  '061',
  '062',
  '063',
  '064',
]);

export function isSymmetric(code: string): boolean {
  return SYMMETRIC.has(code.slice(0, 3)) || code === '04' || code === '06';
}

/** GDELT QuadClass by root: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export function quadClass(root: string): 1 | 2 | 3 | 4 {
  const r = Number(root);
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}
