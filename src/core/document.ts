// A document as the readers hand it to the pipeline: the text exactly as stored plus metadata.

export interface SourceDocument {
  id: string;
  /** The text every offset points into. */
  body: string;
  title: string | null;
  published: string | null;
  url: string | null;
  source: string | null;
  author: string | null;
  /** Where the document came from on disk (file, or file#item for feeds). */
  origin: string;
  format: 'text' | 'html' | 'rss' | 'atom' | 'jsonl';
}

/**
 * The longest article text read as one document. A news article is at most some tens of thousands
 * of characters; a million (about 170,000 words) still extracts in a few seconds within the batch
 * commands' bounded heap, and a longer text would not (extraction holds one article whole).
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** Why a document's text is too long to extract, or null when it is not. */
export function articleTooLong(doc: Pick<SourceDocument, 'body'>): string | null {
  const n = doc.body.length;
  if (n <= MAX_ARTICLE_CHARS) return null;
  const millions = (n / 1e6).toFixed(1);
  return `its text is ${millions} million characters, over the 1 million limit for one article`;
}
