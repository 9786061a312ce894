// Files and directories to a stream of documents, one file in memory at a time. A bad file is
// reported through onIssue and reading goes on; nothing is thrown for one.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceDocument } from '../core/index.js';
import { isSidecar } from './doc-id.js';
import { toEntenteError } from './fs-errors.js';
import { type ReadOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { readFileDocs } from './read-file.js';
import { walkFiles } from './walk.js';

function* safely(path: string, opts: ResolvedOptions): Generator<SourceDocument> {
  try {
    yield* readFileDocs(path, opts);
  } catch (e) {
    opts.onIssue(toEntenteError(e, path));
  }
}

function* filesOf(path: string, opts: ResolvedOptions): Generator<string> {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    opts.onIssue(toEntenteError(e, path));
    return;
  }
  if (isDir) yield* walkFiles(path, opts.onIssue);
  // Sidecars are read with their document, also when a shell glob names them.
  else if (!isSidecar(path)) yield path;
}

export function* readPaths(paths: string[], opts?: ReadOptions): Generator<SourceDocument> {
  const o = resolveOptions(opts);
  // The same file named twice (a directory and a file in it) is read once.
  const done = new Set<string>();
  for (const p of paths) {
    for (const file of filesOf(p, o)) {
      const key = resolve(file);
      if (done.has(key)) continue;
      done.add(key);
      yield* safely(file, o);
    }
  }
}
