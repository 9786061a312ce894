// One streaming htmlparser2 pass over a page: the text blocks the main-text picker chooses from,
// the content containers they sit in, and the metadata tags. No DOM is built, which keeps a
// 100 KB page near a millisecond.
import { Parser } from 'htmlparser2';

export interface Block {
  /** Whitespace collapsed, entities decoded. */
  text: string;
  tag: string;
  /** Share of the block's characters inside links. */
  linkDensity: number;
  /** Inside navigation, a header, an ad or similar, with no content container in between. */
  noise: boolean;
}

export type ContainerKind = 'articleBody' | 'article' | 'main';

/** A content container and the blocks inside it, as the range blocks[from, to). */
export interface Container {
  kind: ContainerKind;
  from: number;
  to: number;
}

export interface HtmlScan {
  blocks: Block[];
  containers: Container[];
  /** `<meta>` content by lower-cased property, name or itemprop; the first one wins. */
  meta: Map<string, string>;
  title: string | null;
  canonical: string | null;
  /** `datetime` of the first visible `<time>`. */
  time: string | null;
  jsonLd: string[];
  /** All visible text with block breaks; only when asked for (feed snippets). */
  plain: string | null;
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption']);
/** Never text a reader sees as article. */
const HARD = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
  'button',
  'option',
]);
/** Page furniture; a content container inside one (a form wrapping the page) still counts. */
const SOFT = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
const NOISE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alert',
  'toolbar',
]);
const NOISE_CLASS =
  /(?:^|[\s_-])(?:ads?|advert\w*|sponsor\w*|promo\w*|share|sharing|social|related|recommend\w*|comments?|newsletter|subscribe|subscription|cookies?|consent|banner|popup|modal|breadcrumbs?|sidebar|outbrain|taboola|paywall)(?:$|[\s_-])/i;
/** Elements whose class says nothing about noise (`<body class="has-sidebar">`). */
const STRUCTURAL = new Set(['html', 'body', 'article', 'main']);
/** Elements that end a line of plain text. */
const BREAKS = new Set([
  ...BLOCKS,
  'div',
  'section',
  'article',
  'main',
  'ul',
  'ol',
  'pre',
  'figure',
  'table',
  'tr',
  'br',
  'hr',
  'header',
  'footer',
  'dl',
  'dt',
  'dd',
]);
const PLAIN_BREAK = '\u2029';

interface Frame {
  tag: string;
  hard: boolean;
  noise: boolean;
  link: boolean;
  /** The innermost block element open here, if any. */
  block: Frame | null;
  container: number;
}

function containerKind(tag: string, attrs: Record<string, string>): ContainerKind | null {
  if (attrs.itemprop?.split(/\s+/).includes('articleBody')) return 'articleBody';
  if (tag === 'article' || attrs.role === 'article') return 'article';
  if (tag === 'main' || attrs.role === 'main') return 'main';
  return null;
}

function isHidden(attrs: Record<string, string>): boolean {
  return (
    'hidden' in attrs || attrs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(attrs.style ?? '')
  );
}

function isNoise(tag: string, attrs: Record<string, string>): boolean {
  if (SOFT.has(tag) || (attrs.role !== undefined && NOISE_ROLES.has(attrs.role))) return true;
  if (STRUCTURAL.has(tag)) return false;
  return NOISE_CLASS.test(attrs.class ?? '') || NOISE_CLASS.test(attrs.id ?? '');
}

export function scanHtml(html: string, opts: { plain?: boolean } = {}): HtmlScan {
  const out: HtmlScan = {
    blocks: [],
    containers: [],
    meta: new Map(),
    title: null,
    canonical: null,
    time: null,
    jsonLd: [],
    plain: null,
  };
  const root: Frame = { tag: '#root', hard: false, noise: false, link: false, block: null, container: -1 };
  const stack: Frame[] = [root];
  let top = root;
  let buf: string[] = [];
  let bufLen = 0;
  let linkLen = 0;
  let owner: Frame | null = null;
  let titleParts: string[] | null = null;
  let ldParts: string[] | null = null;
  const plain: string[] | null = opts.plain ? [] : null;

  const flush = () => {
    if (owner && bufLen > 0) {
      const text = buf.join('').replace(/\s+/g, ' ').trim();
      if (text) out.blocks.push({ text, tag: owner.tag, linkDensity: linkLen / bufLen, noise: owner.noise });
    }
    buf = [];
    bufLen = 0;
    linkLen = 0;
    owner = null;
  };

  const onMetaTag = (tag: string, attrs: Record<string, string>) => {
    if (tag === 'meta' || attrs.itemprop) {
      const key = (attrs.property ?? attrs.name ?? attrs.itemprop)?.toLowerCase();
      const value = attrs.content ?? attrs.datetime;
      if (key && value?.trim() && !out.meta.has(key)) out.meta.set(key, value.trim());
    } else if (tag === 'link' && out.canonical === null && attrs.href) {
      if (attrs.rel?.toLowerCase().split(/\s+/).includes('canonical')) out.canonical = attrs.href;
    } else if (tag === 'time' && out.time === null && attrs.datetime) {
      out.time = attrs.datetime;
    }
  };

  const parser = new Parser({
    onopentag(tag, attrs) {
      const parent = top;
      const hard = parent.hard || HARD.has(tag) || isHidden(attrs);
      if (!hard) onMetaTag(tag, attrs);
      if (tag === 'title' && !hard && out.title === null) titleParts = [];
      if (tag === 'script' && /ld\+json/i.test(attrs.type ?? '')) ldParts = [];
      const kind = hard ? null : containerKind(tag, attrs);
      const isBlock = BLOCKS.has(tag);
      if (isBlock || kind) flush();
      const frame: Frame = {
        tag,
        hard,
        noise: kind ? false : parent.noise || isNoise(tag, attrs),
        link: parent.link || tag === 'a',
        block: parent.block,
        container: -1,
      };
      if (isBlock) frame.block = frame;
      if (kind) frame.container = out.containers.push({ kind, from: out.blocks.length, to: -1 }) - 1;
      if (plain && !hard && BREAKS.has(tag)) plain.push(PLAIN_BREAK);
      // A line break inside a paragraph still separates words.
      if (tag === 'br' && owner !== null && owner === parent.block && !hard) {
        buf.push(' ');
        bufLen++;
      }
      stack.push(frame);
      top = frame;
    },
    ontext(data) {
      if (titleParts && top.tag === 'title') titleParts.push(data);
      if (ldParts && top.tag === 'script') ldParts.push(data);
      if (top.hard) return;
      plain?.push(data);
      const block = top.block;
      // Loose text outside blocks, and noisy inlines inside clean blocks, are left out.
      if (!block || block.noise !== top.noise) return;
      if (block !== owner) {
        flush();
        owner = block;
      }
      buf.push(data);
      bufLen += data.length;
      if (top.link) linkLen += data.length;
    },
    onclosetag(tag) {
      if (stack.length <= 1) return;
      const frame = top;
      stack.pop();
      top = stack[stack.length - 1] ?? root;
      if (frame.block === frame || frame.container >= 0) flush();
      const container = out.containers[frame.container];
      if (container) container.to = out.blocks.length;
      if (tag === 'title' && titleParts) {
        out.title = titleParts.join('').replace(/\s+/g, ' ').trim() || null;
        titleParts = null;
      }
      if (tag === 'script' && ldParts) {
        out.jsonLd.push(ldParts.join(''));
        ldParts = null;
      }
      if (plain && !frame.hard && BREAKS.has(tag)) plain.push(PLAIN_BREAK);
    },
  });
  parser.write(html);
  parser.end();
  flush();
  if (plain) {
    out.plain = plain
      .join('')
      .split(PLAIN_BREAK)
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
  }
  return out;
}
