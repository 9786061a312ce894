// Picks the article text out of a scanned page: the densest content container when the page
// marks one up, else every sentence-bearing paragraph that is not mostly links.
import type { Block, ContainerKind, HtmlScan } from './html-scan.js';
import { hasSentence } from './sentences.js';

/** Below this the fast path is not trusted and Readability gets a try. */
export const MIN_ARTICLE_CHARS = 200;
const MAX_LINK_DENSITY = 0.5;
/** Most specific mark-up first. */
const KIND_ORDER: ContainerKind[] = ['articleBody', 'article', 'main'];

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function joinBlocks(blocks: Block[], title: string | null): string {
  const heading = title ? fold(title) : null;
  const kept: string[] = [];
  for (const b of blocks) {
    if (b.noise || b.linkDensity >= MAX_LINK_DENSITY) continue;
    // The headline belongs in `title`, not in the body.
    if (heading !== null && /^h[1-2]$/.test(b.tag) && fold(b.text) === heading) continue;
    if (kept[kept.length - 1] === b.text) continue;
    kept.push(b.text);
  }
  return kept.join('\n\n');
}

export function pickMainText(scan: HtmlScan, title: string | null): string {
  let best = '';
  for (const kind of KIND_ORDER) {
    let densest = '';
    for (const c of scan.containers) {
      if (c.kind !== kind) continue;
      const text = joinBlocks(scan.blocks.slice(c.from, c.to < 0 ? undefined : c.to), title);
      if (text.length > densest.length) densest = text;
    }
    if (densest.length >= MIN_ARTICLE_CHARS) return densest;
    if (densest.length > best.length) best = densest;
  }
  const paragraphs = scan.blocks.filter((b) => b.tag === 'p' && hasSentence(b.text));
  const loose = joinBlocks(paragraphs, title);
  return loose.length > best.length ? loose : best;
}
