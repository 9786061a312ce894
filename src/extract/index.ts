// The public entry of the extraction stages: one document in, the contract's Extraction out.
import { articleTooLong, EntenteError, type Extraction, type SourceDocument } from '../core/index.js';
import type { Kb } from '../data/kb-types.js';
import { toExtraction } from './output.js';
import { runPipeline } from './pipeline.js';
import { prepare } from './resources.js';

export function extractDocument(doc: SourceDocument, kb: Kb): Extraction {
  const long = articleTooLong(doc);
  if (long) throw new EntenteError('TOO_LARGE', long, doc.origin);
  const ctx = runPipeline({ doc, body: doc.body, res: prepare(kb) });
  return toExtraction(ctx);
}

export { PIPELINE } from './pipeline.js';
export { officesOn, prepare } from './resources.js';
