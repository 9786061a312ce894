// NAME.meta.json beside NAME.txt: metadata for one document. A bad sidecar is reported and ignored,
// so the text is still read.
import { readFileSync, statSync } from 'node:fs';
import { EntenteError } from '../core/index.js';
import { sidecarPathFor } from './doc-id.js';
import { type DocMeta, isPlainObject, parseMetaFields } from './meta-fields.js';

/** Metadata is a handful of short fields; anything bigger is not a sidecar. */
const MAX_SIDECAR_BYTES = 1024 * 1024;

function parseSidecar(raw: string): DocMeta | string {
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    return `not valid JSON: ${(e as Error).message.split('\n')[0]}`;
  }
  if (!isPlainObject(json)) return 'not a JSON object';
  return parseMetaFields(json);
}

export function readSidecar(docPath: string, onIssue: (e: EntenteError) => void): DocMeta | null {
  const path = sidecarPathFor(docPath);
  const bad = (reason: string) => {
    onIssue(new EntenteError('BAD_META', reason, path));
    return null;
  };
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) return null;
    if (!st.isFile()) return bad('not a file');
    if (st.size > MAX_SIDECAR_BYTES) return bad('too large for a metadata file');
    const meta = parseSidecar(readFileSync(path, 'utf8'));
    return typeof meta === 'string' ? bad(meta) : meta;
  } catch (e) {
    return bad(`cannot read: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** Sidecar fields win over what the document itself says; absent ones leave it alone. */
export function applyMeta<T extends DocMeta>(doc: T, meta: DocMeta | null): T {
  if (!meta) return doc;
  return {
    ...doc,
    title: meta.title ?? doc.title,
    url: meta.url ?? doc.url,
    source: meta.source ?? doc.source,
    author: meta.author ?? doc.author,
    published: meta.published ?? doc.published,
  };
}
