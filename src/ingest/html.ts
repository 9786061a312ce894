// HTML pages and fragments to text: the streaming pass first, Readability only when it comes up short.
import { EntenteError, type SourceDocument } from '../core/index.js';
import { MIN_ARTICLE_CHARS, pickMainText } from './html-main-text.js';
import { htmlMeta } from './html-meta.js';
import { readabilityText } from './html-readability.js';
import { scanHtml } from './html-scan.js';

export function fromHtml(id: string, html: string, origin: string = id): SourceDocument {
  const scan = scanHtml(html);
  const meta = htmlMeta(scan);
  let body = pickMainText(scan, meta.title);
  if (body.length < MIN_ARTICLE_CHARS) {
    const slow = readabilityText(html);
    if (slow && slow.length > body.length) body = slow;
  }
  if (!body) throw new EntenteError('NO_ARTICLE', 'no article text found in the page', origin);
  return { id, body, ...meta, origin, format: 'html' };
}

/** Text of an HTML fragment (a feed item): its article paragraphs, or all its text when short. */
export function htmlFragmentText(html: string): string {
  const scan = scanHtml(html, { plain: true });
  const main = pickMainText(scan, null);
  if (main.length >= MIN_ARTICLE_CHARS) return main;
  const plain = scan.plain ?? '';
  return plain.length > main.length ? plain : main;
}
