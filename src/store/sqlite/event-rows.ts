// Stored events as the story and conflict checks read them.
import { intervalAt, type MatchEvent, type Precision } from '../../stories/index.js';
import type { StoreCtx } from './context.js';
import { unpackActors, unpackCode } from './encode.js';

export interface EventRow {
  id: number;
  doc: number;
  code: number;
  day: number;
  prec: Precision;
  place: number | null;
  actors: Uint8Array;
  neg: number;
  ev_start: number;
  ev_len: number;
}

export const MEMBER_COLUMNS = 'id, doc, code, day, prec, place, actors, neg, ev_start, ev_len';

export function toMatchEvent(
  ctx: StoreCtx,
  row: { code: number; day: number; prec: number; place: number | null; actors: Uint8Array; neg: number },
): MatchEvent {
  const { source, target } = unpackActors(row.actors);
  return {
    code: unpackCode(row.code),
    source: source.map((a) => ctx.dict.actorKey(a)),
    target: target.map((a) => ctx.dict.actorKey(a)),
    date: row.day < 0 || row.prec === 0 ? null : intervalAt(row.day, row.prec as 1 | 2 | 3),
    place: row.place === null ? null : ctx.dict.actorKey(row.place),
    negated: row.neg === 1,
  };
}
