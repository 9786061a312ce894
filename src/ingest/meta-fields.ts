// Validates the metadata fields a sidecar or a JSON line may carry.
import { toIsoDate } from './iso-date.js';

export interface DocMeta {
  title: string | null;
  url: string | null;
  source: string | null;
  author: string | null;
  published: string | null;
}

const TEXT_FIELDS = ['title', 'source', 'author'] as const;

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optionalString(obj: Record<string, unknown>, key: string): string | null | Error {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') return new Error(`"${key}" must be a string`);
  const s = v.replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

/**
 * Reads title, url, source, author and published (under `published` or any of `dateKeys`).
 * Returns the reason as a one-line string when a field is malformed; unknown keys are ignored.
 */
export function parseMetaFields(obj: Record<string, unknown>, dateKeys: string[] = []): DocMeta | string {
  const meta: DocMeta = { title: null, url: null, source: null, author: null, published: null };
  for (const key of TEXT_FIELDS) {
    const v = optionalString(obj, key);
    if (v instanceof Error) return v.message;
    meta[key] = v;
  }
  const url = optionalString(obj, 'url');
  if (url instanceof Error) return url.message;
  if (url !== null && !isAbsoluteUrl(url)) return `"url" is not an absolute URL: ${JSON.stringify(url)}`;
  meta.url = url;
  for (const key of ['published', ...dateKeys]) {
    const v = optionalString(obj, key);
    if (v instanceof Error) return v.message;
    if (v === null) continue;
    const date = toIsoDate(v);
    if (date === null) return `"${key}" is not an ISO date: ${JSON.stringify(v)}`;
    meta.published = date;
    break;
  }
  return meta;
}

export function isAbsoluteUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
