// The contract as JSON Lines: one document's Extraction per line (near-duplicates left out).
import type { Store } from '../store/index.js';

export function* jsonlLines(store: Pick<Store, 'extractions'>): Generator<string> {
  for (const x of store.extractions()) yield `${JSON.stringify(x)}\n`;
}
