// RSS 2.0 / RSS 1.0 / Atom to plain item records. A feed that is not well-formed (cut off, a stray
// "&") is read item by item instead: every <item>/<entry> that is complete and well-formed on its
// own is kept, so a truncated download still gives the stories before the break.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isPlainObject } from './meta-fields.js';
import { decodeXmlText } from './xml-text.js';

export interface FeedContent {
  raw: string;
  /** Atom's content type; RSS bodies are HTML. */
  type: 'html' | 'text' | 'xhtml';
}

export interface FeedItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  date: string | null;
  author: string | null;
  content: FeedContent | null;
}

export interface ParsedFeed {
  kind: 'rss' | 'atom';
  title: string | null;
  items: FeedItem[];
  /** Why the feed is not well-formed XML, one line; null when it is. */
  error: string | null;
}

/** Bodies are kept raw so CDATA, escaped HTML and inline XHTML can each be read as what they are. */
const BODY_TAGS = ['content:encoded', 'content', 'description', 'summary'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  htmlEntities: true,
  stopNodes: BODY_TAGS.map((t) => `*.${t}`),
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function text(v: unknown): string | null {
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'string' || typeof v === 'number') return String(v).replace(/\s+/g, ' ').trim() || null;
  if (isPlainObject(v)) return text(v['#text']);
  return null;
}

/** RSS `<author>` is "jo@example.com (Jo Smith)"; Atom's has a `<name>`. */
function author(item: Record<string, unknown>): string | null {
  const a = Array.isArray(item.author) ? item.author[0] : item.author;
  if (isPlainObject(a) && 'name' in a) return text(a.name);
  const s = text(a) ?? text(item['dc:creator']);
  if (!s) return null;
  const named = /\(([^)]+)\)\s*$/.exec(s);
  return named?.[1]?.trim() ?? s;
}

/** Atom links: the alternate (or rel-less) href; RSS links: the element text. */
function link(item: Record<string, unknown>): string | null {
  const links = Array.isArray(item.link) ? item.link : [];
  for (const l of links) {
    if (isPlainObject(l) && typeof l['@href'] === 'string') {
      const rel = l['@rel'];
      if (rel === undefined || rel === 'alternate') return l['@href'].trim() || null;
    } else {
      const s = text(l);
      if (s) return s;
    }
  }
  return null;
}

function content(item: Record<string, unknown>): FeedContent | null {
  for (const tag of BODY_TAGS) {
    const v = item[tag];
    const raw =
      typeof v === 'string' ? v : isPlainObject(v) && typeof v['#text'] === 'string' ? v['#text'] : null;
    if (raw === null || !raw.trim()) continue;
    const type = isPlainObject(v) ? v['@type'] : undefined;
    return { raw, type: type === 'text' || type === 'xhtml' ? type : 'html' };
  }
  return null;
}

function toItem(item: unknown): FeedItem {
  const o = isPlainObject(item) ? item : {};
  const date = text(o.pubDate) ?? text(o.published) ?? text(o.updated) ?? text(o['dc:date']);
  return {
    guid: text(o.guid) ?? text(o.id),
    link: link(o),
    title: text(o.title),
    date,
    author: author(o),
    content: content(o),
  };
}

function oneLine(msg: string): string {
  return msg.replace(/\s+/g, ' ').trim();
}

function validationError(xml: string): string | null {
  const r = XMLValidator.validate(xml);
  return r === true ? null : `${oneLine(r.err.msg)} (line ${r.err.line})`;
}

function fromTree(tree: Record<string, unknown>): Omit<ParsedFeed, 'error'> | null {
  const rss = tree.rss;
  if (isPlainObject(rss) && isPlainObject(rss.channel)) {
    const items = Array.isArray(rss.channel.item) ? rss.channel.item : [];
    return { kind: 'rss', title: text(rss.channel.title), items: items.map(toItem) };
  }
  const rdf = tree['rdf:RDF'];
  if (isPlainObject(rdf)) {
    const channel = isPlainObject(rdf.channel) ? rdf.channel : {};
    const items = Array.isArray(rdf.item) ? rdf.item : [];
    return { kind: 'rss', title: text(channel.title), items: items.map(toItem) };
  }
  const feed = tree.feed;
  if (isPlainObject(feed)) {
    const entries = Array.isArray(feed.entry) ? feed.entry : [];
    return { kind: 'atom', title: text(feed.title), items: entries.map(toItem) };
  }
  return null;
}

const ITEM_START = /<(item|entry)(?=[\s>/])/g;

/** Each item's source text, from its start tag to the first matching end tag before the next item. */
function* itemFragments(xml: string): Generator<{ tag: string; xml: string }> {
  const starts = [...xml.matchAll(ITEM_START)];
  for (const [i, m] of starts.entries()) {
    const tag = m[1] ?? 'item';
    const limit = starts[i + 1]?.index ?? xml.length;
    const close = xml.indexOf(`</${tag}`, m.index);
    if (close < 0 || close > limit) continue;
    const end = xml.indexOf('>', close);
    if (end < 0 || end > limit) continue;
    yield { tag, xml: xml.slice(m.index, end + 1) };
  }
}

/** Item by item, for a feed that does not parse as a whole. */
function salvage(xml: string, error: string): ParsedFeed | null {
  const root = /<(rss|rdf:RDF|feed)[\s>]/.exec(xml);
  if (!root) return null;
  const kind = root[1] === 'feed' ? 'atom' : 'rss';
  const firstItem = xml.search(/<(?:item|entry)[\s>/]/);
  const head = firstItem < 0 ? xml : xml.slice(0, firstItem);
  const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/.exec(head)?.[1];
  const items: FeedItem[] = [];
  for (const fragment of itemFragments(xml)) {
    if (validationError(fragment.xml) !== null) continue;
    const parsed = parser.parse(fragment.xml) as Record<string, unknown>;
    const node = parsed[fragment.tag];
    const one = Array.isArray(node) ? node[0] : node;
    if (one !== undefined) items.push(toItem(one));
  }
  const feedTitle = title === undefined ? null : decodeXmlText(title).replace(/\s+/g, ' ').trim() || null;
  return { kind, title: feedTitle, items, error };
}

/** Null when the document is XML but neither RSS nor Atom. Throws nothing. */
export function parseFeed(xml: string): ParsedFeed | null {
  const error = validationError(xml);
  if (error !== null) return salvage(xml, error) ?? { kind: 'rss', title: null, items: [], error };
  try {
    const tree = fromTree(parser.parse(xml) as Record<string, unknown>);
    return tree ? { ...tree, error: null } : null;
  } catch (e) {
    const msg = oneLine(e instanceof Error ? e.message : String(e));
    return salvage(xml, msg) ?? { kind: 'rss', title: null, items: [], error: msg };
  }
}
