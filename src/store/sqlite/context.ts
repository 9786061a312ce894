// What the ingest steps share: the connection, prepared statements, the dictionary, and the
// document being written.
import type { Event } from '../../core/index.js';
import type { DateInterval, MatchEvent, Precision } from '../../stories/index.js';
import type { Db, Statements } from './db.js';
import type { Dictionary } from './dictionary.js';
import type { SliceDeltas } from './network-slices.js';

export interface StoreCtx {
  db: Db;
  st: Statements;
  dict: Dictionary;
  /** The network slices' additions: the document being written, and the batch's stored ones. */
  slices: { doc: SliceDeltas; batch: SliceDeltas };
}

export interface DocCtx {
  id: number;
  key: string;
  body: string;
  outlet: number;
  published: string | null;
}

/** An event of the document being ingested, resolved to ids. */
export interface PendingEvent {
  index: number;
  id: number;
  ev: Event;
  packed: number;
  src: number[];
  tgt: number[];
  match: MatchEvent;
  date: DateInterval | null;
  day: number;
  prec: Precision;
  place: number | null;
  evStart: number;
  evEnd: number;
}

export interface SpanRef {
  doc: number;
  start: number;
  end: number;
}

export function addConflict(ctx: StoreCtx, kind: string, a: SpanRef, b: SpanRef, note: string): boolean {
  const r = ctx.st
    .get(
      `INSERT OR IGNORE INTO conflicts (kind, a_doc, a_start, a_end, b_doc, b_start, b_end, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(kind, a.doc, a.start, a.end, b.doc, b.start, b.end, note);
  return r.changes > 0;
}
