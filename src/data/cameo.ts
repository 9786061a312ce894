// The CAMEO code book (data/cameo/cameo.tsv, a copy of ../shared/ontology/cameo.tsv): code →
// name, Goldstein value and PLOVER category. Codes stay strings: "010" and "10" differ.
import { EntenteError } from '../core/index.js';
import { dataDir } from './paths.js';
import { readTsvLines } from './tsv.js';

export interface CameoCode {
  code: string;
  name: string;
  goldstein: number;
  /** PLOVER category, or null where PLOVER drops the code (roots 01 and 02). */
  plover: string | null;
}

let cached: Map<string, CameoCode> | null = null;

export function loadCameo(): Map<string, CameoCode> {
  if (cached) return cached;
  const file = dataDir('cameo', 'cameo.tsv');
  const out = new Map<string, CameoCode>();
  for (const { line, row } of readTsvLines(file)) {
    const code = row.code ?? '';
    const goldstein = Number(row.goldstein);
    if (!/^\d{2,4}$/.test(code) || row.goldstein === '' || !Number.isFinite(goldstein)) {
      throw new EntenteError('BAD_KB', `line ${line}: bad CAMEO row`, file);
    }
    out.set(code, { code, name: row.name ?? '', goldstein, plover: row.plover || null });
  }
  cached = out;
  return out;
}
