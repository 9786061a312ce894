// Feed items as documents. Ids are `<feed file>-<slug of guid, link or position>` so that reading
// the same feed again gives the same ids.
import { createHash } from 'node:crypto';
import { EntenteError, type SourceDocument, slug } from '../core/index.js';
import { normaliseNewlines } from './decode.js';
import { fileId } from './doc-id.js';
import { type FeedContent, type FeedItem, parseFeed } from './feed-parse.js';
import { htmlFragmentText } from './html.js';
import { toIsoDate } from './iso-date.js';
import { decodeXmlText } from './xml-text.js';

const MAX_SLUG = 60;

/** Guids are mostly URLs: the scheme says nothing, and very long slugs are cut and hashed. */
function itemKey(item: FeedItem, index: number): string {
  const key = item.guid ?? item.link;
  const s = key ? slug(key.replace(/^[a-z]+:\/\/(?:www\.)?/i, '')) : '';
  if (!s) return String(index + 1);
  if (s.length <= MAX_SLUG) return s;
  const hash = createHash('sha1')
    .update(key ?? '')
    .digest('hex')
    .slice(0, 8);
  return `${s.slice(0, MAX_SLUG - 9).replace(/-+$/, '')}-${hash}`;
}

function bodyText(c: FeedContent | null): string {
  if (!c) return '';
  if (c.type === 'xhtml') return htmlFragmentText(c.raw);
  const decoded = decodeXmlText(c.raw);
  return c.type === 'text' ? decoded.trim() : htmlFragmentText(decoded);
}

export function* feedDocs(
  path: string,
  xml: string,
  onIssue: (e: EntenteError) => void,
): Generator<SourceDocument> {
  const feed = parseFeed(xml);
  if (!feed) throw new EntenteError('BAD_FEED', 'XML file is not an RSS or Atom feed', path);
  if (feed.error !== null) {
    const e = new EntenteError('BAD_FEED', `feed is not well-formed XML: ${feed.error}`, path);
    if (feed.items.length === 0) throw e;
    onIssue(e);
  }
  const base = fileId(path);
  const used = new Set<string>();
  for (const [i, item] of feed.items.entries()) {
    let id = `${base}-${itemKey(item, i)}`;
    for (let n = 2; used.has(id); n++) id = `${base}-${itemKey(item, i)}-${n}`;
    used.add(id);
    const origin = `${path}#${id}`;
    const body = normaliseNewlines(bodyText(item.content));
    if (!body.trim()) {
      onIssue(new EntenteError('EMPTY', 'feed item has no text', origin));
      continue;
    }
    yield {
      id,
      body,
      title: item.title,
      published: toIsoDate(item.date),
      url: item.link,
      source: feed.title,
      author: item.author,
      origin,
      format: feed.kind,
    };
  }
}
