// Exports: events as GDELT-style TSV, the contract as JSON Lines, the actor network as GraphML / GEXF.
import type { Store } from '../store/index.js';
import { gexfLines } from './gexf.js';
import { graphmlLines } from './graphml.js';
import { jsonlLines } from './jsonl.js';
import { tsvLines } from './tsv.js';

export { gexfLines } from './gexf.js';
export { graphmlLines } from './graphml.js';
export { jsonlLines } from './jsonl.js';
export { TSV_COLUMNS, tsvField, tsvLines } from './tsv.js';

export const EXPORT_FORMATS = ['tsv', 'jsonl', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function exportLines(
  store: Store,
  format: ExportFormat,
  opts: { since?: string; until?: string } = {},
): Iterable<string> {
  switch (format) {
    case 'tsv':
      return tsvLines(store);
    case 'jsonl':
      return jsonlLines(store);
    case 'graphml':
      return graphmlLines(store.network(opts));
    case 'gexf':
      return gexfLines(store.network(opts));
  }
}
