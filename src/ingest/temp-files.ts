// Test support: a fresh temp directory per test, and files written into it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EntenteError } from '../core/index.js';

export interface TempDir {
  dir: string;
  /** Writes `content` at `name` (subdirectories made as needed) and returns the full path. */
  write(name: string, content: string | Uint8Array): string;
  remove(): void;
}

export function tempDir(): TempDir {
  const dir = mkdtempSync(join(tmpdir(), 'entente-ingest-'));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** An onIssue that keeps what it is given. */
export function issueLog(): { issues: EntenteError[]; onIssue: (e: EntenteError) => void } {
  const issues: EntenteError[] = [];
  return { issues, onIssue: (e) => issues.push(e) };
}
