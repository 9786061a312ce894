// Reader options and the size wording shared by every reader.
import type { EntenteError } from '../core/index.js';

export interface ReadOptions {
  /** Largest file (for JSON Lines: largest line) read as one document; default 8 MiB. */
  maxBytes?: number;
  /** Called once per problem with one file; reading goes on with the next file. Default: silent. */
  onIssue?: (e: EntenteError) => void;
}

export interface ResolvedOptions {
  maxBytes: number;
  onIssue: (e: EntenteError) => void;
}

export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

export function resolveOptions(opts: ReadOptions = {}): ResolvedOptions {
  const maxBytes = opts.maxBytes !== undefined && opts.maxBytes > 0 ? opts.maxBytes : DEFAULT_MAX_BYTES;
  return { maxBytes, onIssue: opts.onIssue ?? (() => {}) };
}

/** A file's size as people read it: decimal units ("20.0 MB"). */
export function formatSize(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

/** A limit in the binary units it is set in ("8 MiB"). */
export function formatLimit(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const n = bytes / size;
      return `${Number.isInteger(n) ? n : n.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}

export function tooLargeMessage(bytes: number, max: number): string {
  return `${formatSize(bytes)} is over the ${formatLimit(max)} limit for one document`;
}
