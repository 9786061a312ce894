// Plain text documents. The body is the text exactly as stored (only line endings normalised),
// since every offset downstream points into it.
import { EntenteError, type SourceDocument } from '../core/index.js';
import { normaliseNewlines } from './decode.js';
import { toIsoDate } from './iso-date.js';

const NO_META = { title: null, published: null, url: null, source: null, author: null };

/** Pasted text (the API): BOM dropped, line endings normalised, `meta` fields kept. */
export function fromText(id: string, text: string, meta: Partial<SourceDocument> = {}): SourceDocument {
  if (!id.trim()) throw new EntenteError('BAD_INPUT', 'a document needs an id');
  const body = normaliseNewlines(text.replace(/^\uFEFF/, ''));
  if (!body.trim()) throw new EntenteError('EMPTY', 'the text is empty', meta.origin ?? id);
  let published: string | null = null;
  if (meta.published) {
    published = toIsoDate(meta.published);
    if (!published)
      throw new EntenteError('BAD_META', `published is not a date: ${JSON.stringify(meta.published)}`, id);
  }
  return {
    ...NO_META,
    title: meta.title ?? null,
    url: meta.url ?? null,
    source: meta.source ?? null,
    author: meta.author ?? null,
    published,
    id,
    body,
    origin: meta.origin ?? id,
    format: meta.format ?? 'text',
  };
}

/** A text file's document; the title is left to the extraction stage. */
export function textDocument(id: string, body: string, origin: string): SourceDocument {
  return { id, body, ...NO_META, origin, format: 'text' };
}
