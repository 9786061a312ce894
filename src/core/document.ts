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
