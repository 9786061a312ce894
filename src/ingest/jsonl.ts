// JSON Lines: one document per line, streamed, so the file's size does not matter; the size
// limit applies to each line. A bad line is reported as `file:LINE` and the rest are read.
import { closeSync, openSync, readSync } from 'node:fs';
import { EntenteError, type SourceDocument } from '../core/index.js';
import { decodeText, looksBinary, normaliseNewlines } from './decode.js';
import { fileId } from './doc-id.js';
import { type Line, readLines } from './line-reader.js';
import { isPlainObject, parseMetaFields } from './meta-fields.js';
import { type ResolvedOptions, tooLargeMessage } from './options.js';

const TEXT_KEYS = ['text', 'body', 'content'];

function peek(path: string, bytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, readSync(fd, buf, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** The document a line holds, or the reason it holds none. */
function lineDoc(path: string, line: Line, text: string): SourceDocument | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return `not valid JSON: ${(e as Error).message.split('\n')[0]}`;
  }
  if (!isPlainObject(json)) return 'not a JSON object';
  const key = TEXT_KEYS.find((k) => json[k] !== undefined && json[k] !== null);
  const raw = key === undefined ? undefined : json[key];
  if (key !== undefined && typeof raw !== 'string') return `"${key}" must be a string`;
  if (typeof raw !== 'string' || !raw.trim())
    return 'no text (expected a "text", "body" or "content" string)';
  const meta = parseMetaFields(json, ['date']);
  if (typeof meta === 'string') return meta;
  const rawId = json.id;
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number') {
    return '"id" must be a string or a number';
  }
  const id =
    rawId === undefined || rawId === null || String(rawId).trim() === ''
      ? `${fileId(path)}-${line.no}`
      : String(rawId);
  return { id, body: normaliseNewlines(raw), ...meta, origin: `${path}#${id}`, format: 'jsonl' };
}

export function* jsonlDocs(path: string, opts: ResolvedOptions): Generator<SourceDocument> {
  if (looksBinary(peek(path, 8192))) throw new EntenteError('BINARY', 'binary file, not text', path);
  let anyLine = false;
  for (const line of readLines(path, opts.maxBytes)) {
    const where = `${path}:${line.no}`;
    if (line.bytes === null) {
      anyLine = true;
      opts.onIssue(
        new EntenteError('BAD_JSON', `line of ${tooLargeMessage(line.size, opts.maxBytes)}`, where),
      );
      continue;
    }
    const text = decodeText(line.bytes);
    if (!text.trim()) continue;
    anyLine = true;
    const doc = lineDoc(path, line, text);
    if (typeof doc === 'string') opts.onIssue(new EntenteError('BAD_JSON', doc, where));
    else yield doc;
  }
  if (!anyLine) throw new EntenteError('EMPTY', 'file is empty', path);
}
