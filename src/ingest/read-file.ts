// One file to its documents: size check, decoding, then the reader its kind calls for.
import { readFileSync, statSync } from 'node:fs';
import { articleTooLong, EntenteError, type SourceDocument } from '../core/index.js';
import { decodeText, isPdf, looksBinary, normaliseNewlines } from './decode.js';
import { fileId, isSidecar } from './doc-id.js';
import { feedDocs } from './feed.js';
import { toEntenteError } from './fs-errors.js';
import { fromHtml } from './html.js';
import { jsonlDocs } from './jsonl.js';
import { type ReadOptions, type ResolvedOptions, resolveOptions, tooLargeMessage } from './options.js';
import { applyMeta, readSidecar } from './sidecar.js';
import { kindFromContent, kindFromExtension } from './sniff.js';
import { textDocument } from './text.js';

const PDF = 'PDF is not supported';

/** Decoded, newline-normalised text of a file that passed the size check. */
function readText(path: string): string {
  const bytes = readFileSync(path);
  if (isPdf(bytes)) throw new EntenteError('BAD_INPUT', PDF, path);
  if (looksBinary(bytes)) throw new EntenteError('BINARY', 'binary file, not text', path);
  const text = normaliseNewlines(decodeText(bytes));
  if (text.includes('\u0000')) throw new EntenteError('BINARY', 'binary file, not text', path);
  if (!text.trim()) throw new EntenteError('EMPTY', 'file is empty', path);
  return text;
}

/** Throws an EntenteError for a file that gives nothing; smaller problems go to onIssue. */
export function* readFileDocs(path: string, opts: ResolvedOptions): Generator<SourceDocument> {
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new EntenteError('BAD_INPUT', 'is a directory', path);
    if (isSidecar(path))
      throw new EntenteError('BAD_INPUT', 'a .meta.json sidecar is metadata, not a document', path);
    const byExtension = kindFromExtension(path);
    if (byExtension === 'pdf') throw new EntenteError('BAD_INPUT', PDF, path);
    if (st.size === 0) throw new EntenteError('EMPTY', 'file is empty', path);
    if (byExtension === 'jsonl') {
      yield* withinLimit(jsonlDocs(path, opts), opts);
      return;
    }
    // Before reading: a 20 GB file must cost a stat, not a read.
    if (st.size > opts.maxBytes)
      throw new EntenteError('TOO_LARGE', tooLargeMessage(st.size, opts.maxBytes), path);
    const text = readText(path);
    const kind = byExtension ?? kindFromContent(text);
    if (kind === 'feed') {
      yield* withinLimit(feedDocs(path, text, opts.onIssue), opts);
      return;
    }
    const meta = readSidecar(path, opts.onIssue);
    const doc = kind === 'html' ? fromHtml(fileId(path), text, path) : textDocument(fileId(path), text, path);
    const long = articleTooLong(doc);
    if (long) throw new EntenteError('TOO_LARGE', long, path);
    yield applyMeta(doc, meta);
  } catch (e) {
    throw toEntenteError(e, path);
  }
}

/** The documents of a many-document file whose text is not too long; the others are reported. */
function* withinLimit(docs: Iterable<SourceDocument>, opts: ResolvedOptions): Generator<SourceDocument> {
  for (const doc of docs) {
    const long = articleTooLong(doc);
    if (long) opts.onIssue(new EntenteError('TOO_LARGE', long, doc.origin));
    else yield doc;
  }
}

/** All documents of one file (a feed or JSON Lines file gives several). */
export function readFile(path: string, opts?: ReadOptions): SourceDocument[] {
  return [...readFileDocs(path, resolveOptions(opts))];
}
