// Use case: open the store file (default ./entente.db). A store that has never seen the
// knowledge base gets its reference facts (memberships, offices, names) on first opening, so
// as-of questions work even before anything was ingested.
import { existsSync } from 'node:fs';
import { EntenteError } from '../core/index.js';
import { loadKb } from '../data/kb.js';
import type { Kb } from '../data/kb-types.js';
import { openSqliteStore, type SqliteStore } from '../store/index.js';
import { referenceData } from './web-seed.js';

export const DEFAULT_DB = './entente.db';

export interface OpenStoreOptions {
  /** Query commands open an existing file read-only; a missing file is an error, not an empty store. */
  mustExist?: boolean;
  kb?: Kb;
  kbDirs?: string[];
}

export function openStore(dbPath: string = DEFAULT_DB, opts: OpenStoreOptions = {}): SqliteStore {
  if (opts.mustExist && !existsSync(dbPath)) {
    throw new EntenteError(
      'NOT_FOUND',
      'no such database (run `entente ingest PATH... --db FILE` first)',
      dbPath,
    );
  }
  const store = openSqliteStore(dbPath);
  try {
    const loaded = store.db.prepare("SELECT 1 FROM meta WHERE key LIKE 'kb:%'").get();
    if (!loaded || opts.kb || opts.kbDirs?.length)
      store.loadReference(referenceData(opts.kb ?? loadKb(opts.kbDirs ?? [])));
  } catch (e) {
    store.close();
    throw e;
  }
  return store;
}
