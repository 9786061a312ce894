// Which reader a file goes to: by extension first, then by how the text starts.
import { basename } from 'node:path';
import { extensionOf, isSidecar } from './doc-id.js';

export type Kind = 'text' | 'html' | 'feed' | 'jsonl' | 'pdf';

const BY_EXTENSION: Record<string, Kind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.pdf': 'pdf',
};

/** Extensions a directory walk passes over without a word: media, archives, code, data. */
const NOT_ARTICLES = new Set(
  (
    '.png .jpg .jpeg .gif .webp .bmp .ico .tif .tiff .svg .heic .avif ' +
    '.mp3 .mp4 .m4a .wav .ogg .mov .avi .webm .mkv .flac ' +
    '.zip .gz .tgz .bz2 .xz .zst .7z .rar .tar .jar ' +
    '.db .sqlite .sqlite3 .parquet .arrow .pkl .npy .bin .dat .exe .dll .so .dylib .o .a .class .wasm ' +
    '.woff .woff2 .ttf .otf .eot ' +
    '.json .csv .tsv .js .mjs .cjs .ts .css .map .lock .log .yml .yaml .toml .ini .sh .py'
  ).split(' '),
);

export function kindFromExtension(path: string): Kind | null {
  return BY_EXTENSION[extensionOf(path)] ?? null;
}

/** Comments and whitespace may come before the doctype. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;
const XML_START = /^\s*<\?xml[\s\S]*?\?>/i;
const FEED_ROOT = /<(?:rss|feed|rdf:RDF)[\s>]/;

export function kindFromContent(text: string): 'html' | 'feed' | 'text' {
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return 'html';
  if ((XML_START.test(head) || /^\s*<(?:rss|feed)[\s>]/.test(head)) && FEED_ROOT.test(head)) return 'feed';
  return 'text';
}

/** Whether a directory walk leaves this entry out silently. */
export function skippedInWalk(path: string): boolean {
  const name = basename(path);
  return name.startsWith('.') || isSidecar(path) || NOT_ARTICLES.has(extensionOf(path));
}
