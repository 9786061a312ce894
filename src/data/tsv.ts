// Reads the analyst-editable TSV files under data/: `#` lines are provenance comments, the first
// other line is the header, cells are split on tabs, list cells on `|`.
import { readFileSync } from 'node:fs';
import { EntenteError } from '../core/index.js';

export type TsvRow = Record<string, string>;

export function readTsv(file: string): TsvRow[] {
  return readTsvLines(file).map((r) => r.row);
}

export function parseTsv(text: string, file = '<tsv>'): TsvRow[] {
  return parseTsvLines(text, file).map((r) => r.row);
}

/** Like readTsv, with each row's 1-based line number, for error messages that point at the row. */
export function readTsvLines(file: string): { line: number; row: TsvRow }[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new EntenteError('BAD_KB', 'cannot read the file', file);
  }
  return parseTsvLines(text, file);
}

export function parseTsvLines(text: string, file = '<tsv>'): { line: number; row: TsvRow }[] {
  const rows: { line: number; row: TsvRow }[] = [];
  let header: string[] | null = null;
  // A BOM left by a spreadsheet export would otherwise glue itself to the first header name.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? '';
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      continue;
    }
    // A short or long row means a lost or stray tab: every later cell would shift into the
    // wrong column, so refuse the file rather than load wrong facts.
    if (cells.length !== header.length) {
      throw new EntenteError(
        'BAD_KB',
        `line ${n + 1}: expected ${header.length} columns, got ${cells.length}`,
        file,
      );
    }
    const row: TsvRow = {};
    header.forEach((h, i) => {
      row[h] = (cells[i] ?? '').trim();
    });
    rows.push({ line: n + 1, row });
  }
  return rows;
}

/** "a|b| c" → ["a", "b", "c"]; empty cell → []. */
export function listCell(cell: string | undefined): string[] {
  return (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}
