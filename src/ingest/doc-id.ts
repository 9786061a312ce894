// Names derived from a path: document id, sidecar path, extension.
import { basename, dirname, extname, join } from 'node:path';

/** The file name without its last extension: `a/b/000_x.txt` → `000_x`. */
export function fileId(path: string): string {
  const name = basename(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

export function extensionOf(path: string): string {
  return extname(path).toLowerCase();
}

/** `NAME.txt` → `NAME.meta.json` beside it. */
export function sidecarPathFor(path: string): string {
  return join(dirname(path), `${fileId(path)}.meta.json`);
}

export function isSidecar(path: string): boolean {
  return basename(path).toLowerCase().endsWith('.meta.json');
}
