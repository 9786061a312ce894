// Opening a store file: WAL (readers never block the writer), synchronous=NORMAL (a power cut
// may lose the last commits, never corrupt), a 64 MiB page cache, then pending migrations.
import Database from 'better-sqlite3';
import { EntenteError } from '../../core/index.js';
import type { Db, Stmt } from './db-types.js';
import { MIGRATIONS } from './migrations.js';

export type { Db, Stmt };

export function openDb(path: string, opts: { readonly?: boolean } = {}): Db {
  let db: Db;
  try {
    db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  } catch (e) {
    throw new EntenteError('DB', `cannot open the database: ${(e as Error).message}`, path);
  }
  try {
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // A document touches a few hundred pages, many of them the same hot pages as the previous
      // one: checkpointing (which writes them back and syncs) every 128 MiB of log rather than
      // every 4 MiB writes each hot page back once instead of dozens of times.
      db.pragma('wal_autocheckpoint = 32768');
      db.pragma('journal_size_limit = 67108864');
    }
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    db.pragma('foreign_keys = OFF');
    if (!opts.readonly) migrate(db);
    else if (schemaVersion(db) < MIGRATIONS.length)
      throw new Error('the database needs migrating; open it for writing once');
  } catch (e) {
    db.close();
    if (e instanceof EntenteError) throw e;
    throw new EntenteError('DB', `not an Entente database (${(e as Error).message})`, path);
  }
  return db;
}

export function schemaVersion(db: Db): number {
  const has = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'")
    .get();
  if (!has) return 0;
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

export function migrate(db: Db): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  const current = schemaVersion(db);
  if (current > MIGRATIONS.length)
    throw new Error(`schema version ${current} is newer than this Entente (${MIGRATIONS.length})`);
  for (let v = current + 1; v <= MIGRATIONS.length; v++) {
    db.transaction(() => {
      const step = MIGRATIONS[v - 1];
      if (typeof step === 'function') step(db);
      else if (step) db.exec(step);
      db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(
        v,
        new Date().toISOString(),
      );
    })();
  }
}

/** Prepared statements, made once per SQL text. */
export class Statements {
  private readonly cache = new Map<string, Stmt>();
  constructor(readonly db: Db) {}
  get(sql: string): Stmt {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }
}
