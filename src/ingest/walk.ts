// Directory walk: depth first, entries in code-point order of their names (the same order on every
// machine and locale), one directory listing in memory per level.
import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EntenteError } from '../core/index.js';
import { extensionOf } from './doc-id.js';
import { toEntenteError } from './fs-errors.js';
import { skippedInWalk } from './sniff.js';

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function* walkFiles(
  dir: string,
  onIssue: (e: EntenteError) => void,
  seen = new Set<string>(),
): Generator<string> {
  let real: string;
  let entries: Dirent[];
  try {
    real = realpathSync(dir);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    onIssue(toEntenteError(e, dir));
    return;
  }
  // A symlink back up the tree would otherwise loop for ever.
  if (seen.has(real)) return;
  seen.add(real);
  entries.sort(byName);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const st = statSync(path, { throwIfNoEntry: false });
      if (!st) {
        onIssue(new EntenteError('ENOENT', 'broken symbolic link', path));
        continue;
      }
      isDir = st.isDirectory();
      isFile = st.isFile();
    }
    if (isDir) yield* walkFiles(path, onIssue, seen);
    else if (!isFile) continue;
    else if (extensionOf(path) === '.pdf')
      onIssue(new EntenteError('BAD_INPUT', 'PDF is not supported', path));
    else if (!skippedInWalk(path)) yield path;
  }
}
