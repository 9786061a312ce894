// The slow path: Mozilla Readability on a linkedom DOM, for pages whose mark-up the streaming
// pass cannot read (text loose in divs, content built of <br>s). Its result is checked the same
// way, so a menu it mistakes for an article is still no article.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { hasSentence } from './sentences.js';

/** The part of a DOM node this walk reads; linkedom's nodes have it. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const BREAKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'DL',
  'DT',
  'DD',
  'HR',
  'HEADER',
  'FOOTER',
]);
const MAX_LINK_DENSITY = 0.5;

interface Segment {
  text: string;
  linkDensity: number;
}

function segments(root: DomNode): Segment[] {
  const out: Segment[] = [];
  let parts: string[] = [];
  let len = 0;
  let link = 0;
  const flush = () => {
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, linkDensity: len ? link / len : 0 });
    parts = [];
    len = 0;
    link = 0;
  };
  const walk = (n: DomNode, inLink: boolean) => {
    if (n.nodeType === 3) {
      const t = n.nodeValue ?? '';
      parts.push(t);
      len += t.length;
      if (inLink) link += t.length;
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE') return;
    if (name === 'BR') parts.push(' ');
    const br = BREAKS.has(name);
    if (br) flush();
    for (let i = 0; i < n.childNodes.length; i++) {
      const child = n.childNodes[i];
      if (child) walk(child, inLink || name === 'A');
    }
    if (br) flush();
  };
  walk(root, false);
  flush();
  return out;
}

/** Article text as paragraphs separated by blank lines, or null when Readability finds none. */
export function readabilityText(html: string): string | null {
  let root: DomNode | null | undefined;
  try {
    const { document } = parseHTML(html);
    root = new Readability<DomNode>(document, { serializer: (n) => n as unknown as DomNode }).parse()
      ?.content;
  } catch {
    return null;
  }
  if (!root) return null;
  const kept = segments(root).filter((s) => s.linkDensity < MAX_LINK_DENSITY);
  if (!kept.some((s) => hasSentence(s.text))) return null;
  return kept.map((s) => s.text).join('\n\n');
}
