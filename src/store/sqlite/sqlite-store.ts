// The SQLite implementation of Store (better-sqlite3: synchronous, one connection per process).
import { EntenteError, type Extraction, type SourceDocument } from '../../core/index.js';
import type { Conflict, Story } from '../../stories/index.js';
import type {
  EntityProfile,
  EventFilter,
  IngestOptions,
  IngestResult,
  NetworkOptions,
  Page,
  ReferenceData,
  SearchHit,
  Store,
  StoredEvent,
  StoredQuote,
  StoreStats,
  StoryFilter,
  Timeline,
} from '../store.js';
import type { StoreCtx } from './context.js';
import { type Db, openDb, Statements } from './db.js';
import { Dictionary } from './dictionary.js';
import { hasContent, ingestDocument } from './ingest.js';
import { refreshSlices, SliceDeltas } from './network-slices.js';
import { allExtractions, documentById, exportEvents, stats } from './queries/documents.js';
import { queryEvents } from './queries/events.js';
import { network } from './queries/network.js';
import { entityProfile, timeline } from './queries/profile.js';
import { membersOn, officeHolder } from './queries/relations.js';
import { queryConflicts, queryStories, queryStory } from './queries/stories.js';
import { queryQuotes, search } from './queries/text.js';
import { loadReference, referenceHash } from './reference.js';

export interface SqliteStoreOptions {
  readonly?: boolean;
}

export class SqliteStore implements Store {
  readonly ctx: StoreCtx;

  constructor(
    readonly file: string,
    opts: SqliteStoreOptions = {},
  ) {
    const db = openDb(file, opts);
    const st = new Statements(db);
    this.ctx = {
      db,
      st,
      dict: new Dictionary(st),
      slices: { doc: new SliceDeltas(), batch: new SliceDeltas() },
    };
  }

  get db(): Db {
    return this.ctx.db;
  }

  ingestDocument(doc: SourceDocument, extraction: Extraction, opts?: IngestOptions): IngestResult {
    const r = ingestDocument(this.ctx, doc, extraction, opts);
    if (!this.ctx.db.inTransaction) this.refreshSlicesNowAndThen();
    return r;
  }

  beginBatch(): void {
    if (!this.ctx.db.inTransaction) this.ctx.db.exec('BEGIN');
  }

  commitBatch(): void {
    if (!this.ctx.db.inTransaction) return;
    try {
      this.ctx.slices.batch.write(this.ctx.db);
      this.ctx.db.exec('COMMIT');
    } catch (e) {
      // Ids the dictionary handed out in the batch were never stored.
      if (this.ctx.db.inTransaction) this.ctx.db.exec('ROLLBACK');
      this.ctx.dict.reset();
      this.ctx.slices.batch.clear();
      throw new EntenteError('DB', `could not store the batch: ${(e as Error).message}`, this.file);
    }
    this.refreshSlicesNowAndThen();
  }

  hasContent(body: string): boolean {
    return hasContent(this.ctx, body);
  }

  /** Loads reference facts unless the same ones are loaded already. */
  loadReference(ref: ReferenceData): { entities: number; intervals: number } {
    const hash = referenceHash(ref);
    const key = `kb:${hash}`;
    if (this.ctx.st.get('SELECT 1 FROM meta WHERE key = ?').get(key)) return { entities: 0, intervals: 0 };
    const r = loadReference(this.ctx, ref);
    this.ctx.db.transaction(() => {
      this.ctx.st.get("DELETE FROM meta WHERE key LIKE 'kb:%'").run();
      this.ctx.st.get('INSERT INTO meta (key, value) VALUES (?, 1)').run(key);
    })();
    return r;
  }

  events(filter?: EventFilter): StoredEvent[] {
    return queryEvents(this.ctx, filter);
  }
  stories(filter?: StoryFilter): Story[] {
    return queryStories(this.ctx, filter);
  }
  story(id: string): Story | null {
    return queryStory(this.ctx, id);
  }
  conflicts(page?: Page): Conflict[] {
    return queryConflicts(this.ctx, page);
  }
  timeline(a: string, b?: string, page?: Page): Timeline {
    return timeline(this.ctx, a, b, page);
  }
  entity(id: string): EntityProfile | null {
    return entityProfile(this.ctx, id);
  }
  quotes(opts?: { speaker?: string } & Page): StoredQuote[] {
    return queryQuotes(this.ctx, opts);
  }
  search(words: string, page?: Page): SearchHit[] {
    return search(this.ctx, words, page);
  }
  membersOn(org: string, date: string) {
    return membersOn(this.ctx, org, date);
  }
  officeHolder(of: string, role: string, date: string) {
    return officeHolder(this.ctx, of, role, date);
  }
  stats(): StoreStats {
    return stats(this.ctx, this.file === ':memory:' ? null : this.file);
  }
  document(id: string) {
    return documentById(this.ctx, id);
  }
  extractions(): Iterable<Extraction> {
    return allExtractions(this.ctx);
  }
  exportEvents() {
    return exportEvents(this.ctx);
  }
  network(opts?: NetworkOptions) {
    return network(this.ctx, opts);
  }
  /** The yearly and whole-store slices written to since they were summed (a no-op on a read-only store). */
  refreshSlices(): void {
    if (this.ctx.db.readonly || this.ctx.db.inTransaction) return;
    this.ctx.db.transaction(() => refreshSlices(this.ctx.db))();
    this.slicesRefreshed = performance.now();
  }

  // A long ingest sums the year it is writing (and the whole store) again once a minute, not at
  // every commit: a year's slice is megabytes at ten million events.
  private slicesRefreshed = performance.now();
  private refreshSlicesNowAndThen(force = false): void {
    if (!force && performance.now() - this.slicesRefreshed < 60_000) return;
    try {
      this.refreshSlices();
    } catch {
      // Summed slices only speed queries up: left out of date (another writer holds the file),
      // queries read the months, and the next refresh sums them.
    }
  }

  close(): void {
    if (this.ctx.db.open) {
      this.commitBatch();
      this.refreshSlicesNowAndThen(true);
      this.ctx.db.close();
    }
  }
}

export function openSqliteStore(file: string, opts?: SqliteStoreOptions): SqliteStore {
  return new SqliteStore(file, opts);
}
