// Bytes to text: BOMs, UTF-8, and a windows-1252 fallback for files that are not valid UTF-8.
import { decodeWindows1252 } from './windows-1252.js';

const SAMPLE_BYTES = 8192;
/** Share of control bytes in the sample above which a file is taken for binary. */
const CONTROL_RATIO = 0.1;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function hasUtf16Bom(b: Uint8Array): boolean {
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

/** NUL bytes or many control characters in the first 8 KB. UTF-16 with a BOM is checked after decoding. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and ESC turn up in real text files.
    if ((b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) || b === 0x7f) control++;
  }
  return n > 0 && control / n > CONTROL_RATIO;
}

export function isPdf(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d
  );
}

/** UTF-8 (BOM stripped), UTF-16 LE/BE with BOM, else windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return utf8.decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

/** CRLF and lone CR become \n, so offsets mean the same on every platform. */
export function normaliseNewlines(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}
