// The outlet a document counts as, for "how many independent sources": its `source` field,
// else its URL's host (without "www."), else the document id.
import type { SourceDocument } from '../core/index.js';

export function outletOf(doc: Pick<SourceDocument, 'id' | 'source' | 'url'>): string {
  const source = doc.source?.trim();
  if (source) return source;
  if (doc.url) {
    try {
      const host = new URL(doc.url).hostname.replace(/^www\./, '');
      if (host) return host;
    } catch {
      // not a URL: fall through to the id
    }
  }
  return doc.id;
}
