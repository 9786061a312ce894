// Use case: read paths and extract each document, one at a time (nothing is held but the
// document in flight), reporting unreadable inputs without stopping.
import type { EntenteError, Extraction, SourceDocument } from '../core/index.js';
import { loadKb } from '../data/kb.js';
import type { Kb } from '../data/kb-types.js';
import { extractDocument } from '../extract/index.js';
import { readPaths } from '../ingest/index.js';

export interface ExtractOptions {
  kbDirs?: string[];
  kb?: Kb;
  onIssue?: (e: EntenteError) => void;
}

export function* extractPaths(
  paths: string[],
  opts: ExtractOptions = {},
): Generator<{ doc: SourceDocument; extraction: Extraction }> {
  const kb = opts.kb ?? loadKb(opts.kbDirs ?? []);
  for (const doc of readPaths(paths, opts.onIssue ? { onIssue: opts.onIssue } : {})) {
    yield { doc, extraction: extractDocument(doc, kb) };
  }
}

/** Deterministic JSON: the same input gives the same bytes. */
export function extractionJson(x: Extraction): string {
  return `${JSON.stringify(x, null, 2)}\n`;
}
