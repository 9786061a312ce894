// Event lists: one ordered index range drives each query (an actor's participations, a code, a
// place or a date range, whichever is smallest by the counts kept at ingest), the other filters
// are checked row by row against primary keys. Newest first; undated events last.
import { filterBounds, formatDate, rootOf } from '../../../stories/index.js';
import type { EventFilter, StoredEvent } from '../../store.js';
import type { StoreCtx } from '../context.js';
import { codeRange, unpackActors, unpackCode } from '../encode.js';

const MAX_DAY = 1e9;
const MAX_LIMIT = 10_000;

interface Plan {
  since: number;
  until: number;
  actor?: number;
  with?: number;
  place?: number;
  code?: [number, number];
}

export function page(
  limit: number | undefined,
  offset: number | undefined,
  dflt = 100,
): { limit: number; offset: number } {
  return {
    limit: Math.min(Math.max(Math.trunc(limit ?? dflt), 1), MAX_LIMIT),
    offset: Math.max(Math.trunc(offset ?? 0), 0),
  };
}

/** Resolves the filter to ids; null when it names an actor or place that the store does not know. */
function plan(ctx: StoreCtx, f: EventFilter): Plan | null {
  const p: Plan = {
    since: f.since ? filterBounds(f.since).lo : -1,
    until: f.until ? filterBounds(f.until).hi : MAX_DAY,
  };
  for (const k of ['actor', 'with', 'place'] as const) {
    const key = f[k];
    if (!key) continue;
    const id = ctx.dict.findActor(key);
    if (id === undefined) return null;
    p[k] = id;
  }
  if (f.code) {
    if (!/^\d{2,4}$/.test(f.code)) throw new RangeError(`not a CAMEO code prefix: ${f.code}`);
    p.code = codeRange(f.code);
  }
  return p;
}

function conditions(
  p: Plan,
  alias: string,
  idCol: string,
  skip: keyof Plan | null,
): { sql: string[]; args: number[] } {
  const sql: string[] = [`${alias}.day BETWEEN ? AND ?`];
  const args: number[] = [p.since, p.until];
  if (p.code && skip !== 'code') {
    sql.push(`${alias}.code BETWEEN ? AND ?`);
    args.push(...p.code);
  }
  for (const k of ['actor', 'with'] as const) {
    const id = p[k];
    if (id === undefined || skip === k) continue;
    sql.push(`EXISTS (SELECT 1 FROM ea y WHERE y.actor = ? AND y.day = ${alias}.day AND y.event = ${idCol})`);
    args.push(id);
  }
  if (p.place !== undefined && skip !== 'place') {
    sql.push(`EXISTS (SELECT 1 FROM events z WHERE z.id = ${idCol} AND z.place = ?)`);
    args.push(p.place);
  }
  return { sql, args };
}

/** An actor's events from its rollup: what choosing the driving index needs, without counting rows. */
function actorCount(ctx: StoreCtx, id: number): number {
  return (
    ctx.st.get('SELECT coalesce(sum(n), 0) AS n FROM rollup_actor WHERE actor = ?').get(id) as { n: number }
  ).n;
}

/** Ids of the matching events, newest first. */
export function eventIds(ctx: StoreCtx, f: EventFilter): number[] {
  const p = plan(ctx, f);
  if (!p) return [];
  const { limit, offset } = page(f.limit, f.offset);
  const want = limit + offset;
  const options: { driver: keyof Plan | 'day'; size: number }[] = [];
  if (p.actor !== undefined) options.push({ driver: 'actor', size: actorCount(ctx, p.actor) });
  if (p.with !== undefined) options.push({ driver: 'with', size: actorCount(ctx, p.with) });
  let codes: number[] = [];
  if (p.code) {
    const rows = ctx.st.get('SELECT code, n FROM codes_seen WHERE code BETWEEN ? AND ?').all(...p.code) as {
      code: number;
      n: number;
    }[];
    codes = rows.map((r) => r.code);
    options.push({ driver: 'code', size: rows.reduce((s, r) => s + r.n, 0) });
  }
  if (p.place !== undefined) {
    const n = (
      ctx.st
        .get('SELECT count(*) AS n FROM (SELECT 1 FROM events WHERE place = ? LIMIT 5000)')
        .get(p.place) as { n: number }
    ).n;
    options.push({ driver: 'place', size: n });
  }
  options.sort((a, b) => a.size - b.size);
  const driver = options[0]?.driver ?? 'day';

  if (driver === 'actor' || driver === 'with') {
    const c = conditions(p, 'x', 'x.event', driver);
    const sql = `SELECT x.event AS id FROM ea x WHERE x.actor = ? AND ${c.sql.join(' AND ')}
                 ORDER BY x.day DESC, x.event DESC LIMIT ? OFFSET ?`;
    return (ctx.st.get(sql).all(p[driver], ...c.args, limit, offset) as { id: number }[]).map((r) => r.id);
  }
  if (driver === 'code') {
    // One ordered range per code present under the prefix, merged: an index on (code, day)
    // cannot hand a range of codes back in date order by itself.
    const c = conditions(p, 'e', 'e.id', 'code');
    const sql = `SELECT e.id, e.day FROM events e WHERE e.code = ? AND ${c.sql.join(' AND ')}
                 ORDER BY e.day DESC, e.id DESC LIMIT ?`;
    const q = ctx.st.get(sql);
    const rows: { id: number; day: number }[] = [];
    for (const code of codes) rows.push(...(q.all(code, ...c.args, want) as { id: number; day: number }[]));
    rows.sort((a, b) => b.day - a.day || b.id - a.id);
    return rows.slice(offset, want).map((r) => r.id);
  }
  if (driver === 'place') {
    const c = conditions(p, 'e', 'e.id', 'place');
    const sql = `SELECT e.id FROM events e WHERE e.place = ? AND ${c.sql.join(' AND ')}
                 ORDER BY e.day DESC, e.id DESC LIMIT ? OFFSET ?`;
    return (ctx.st.get(sql).all(p.place, ...c.args, limit, offset) as { id: number }[]).map((r) => r.id);
  }
  const c = conditions(p, 'e', 'e.id', null);
  const sql = `SELECT e.id FROM events e INDEXED BY events_day WHERE ${c.sql.join(' AND ')}
               ORDER BY e.day DESC, e.id DESC LIMIT ? OFFSET ?`;
  return (ctx.st.get(sql).all(...c.args, limit, offset) as { id: number }[]).map((r) => r.id);
}

interface EventRow {
  id: number;
  doc_key: string;
  code: number;
  gs: number;
  day: number;
  prec: 0 | 1 | 2 | 3;
  place: number | null;
  actors: Uint8Array;
  ev_start: number;
  ev_len: number;
  ev: string | null;
  doc: number;
  conf: number;
  neg: number;
  rule: number | null;
  story: number;
  n_sources: number;
}

/** Evidence text: SQL substr() counts characters, which equals JS code units for BMP-only bodies. */
const HYDRATE = `
  SELECT e.id, d.key AS doc_key, e.code, e.gs, e.day, e.prec, e.place, e.actors, e.ev_start, e.ev_len, e.doc,
         COALESCE(e.ev_text, CASE WHEN d.astral = 0 THEN substr(d.body, e.ev_start + 1, e.ev_len) END) AS ev,
         e.conf, e.neg, e.rule, e.story, s.n_sources
  FROM events e JOIN documents d ON d.id = e.doc JOIN stories s ON s.id = e.story WHERE e.id = ?`;

export function hydrateEvents(ctx: StoreCtx, ids: readonly number[]): StoredEvent[] {
  const q = ctx.st.get(HYDRATE);
  const out: StoredEvent[] = [];
  for (const id of ids) {
    const r = q.get(id) as EventRow | undefined;
    if (r) out.push(toStoredEvent(ctx, r));
  }
  return out;
}

/** A document's events in order (their ids are consecutive), evidence cut from the body in hand. */
export function eventsOfDocument(
  ctx: StoreCtx,
  doc: { key: string; body: string; first_event: number; n_events: number },
): StoredEvent[] {
  if (doc.n_events === 0) return [];
  const rows = ctx.st
    .get(
      `SELECT e.id, e.code, e.gs, e.day, e.prec, e.place, e.actors, e.ev_start, e.ev_len, e.doc, e.ev_text AS ev,
              e.conf, e.neg, e.rule, e.story, s.n_sources
       FROM events e JOIN stories s ON s.id = e.story WHERE e.id BETWEEN ? AND ? ORDER BY e.id`,
    )
    .all(doc.first_event, doc.first_event + doc.n_events - 1) as EventRow[];
  return rows.map((r) =>
    toStoredEvent(ctx, {
      ...r,
      doc_key: doc.key,
      ev: r.ev ?? doc.body.slice(r.ev_start, r.ev_start + r.ev_len),
    }),
  );
}

function toStoredEvent(ctx: StoreCtx, r: EventRow): StoredEvent {
  const code = unpackCode(r.code);
  const { source, target } = unpackActors(r.actors);
  const text =
    r.ev ??
    (ctx.st.get('SELECT body FROM documents WHERE id = ?').get(r.doc) as { body: string }).body.slice(
      r.ev_start,
      r.ev_start + r.ev_len,
    );
  return {
    id: r.id,
    doc: r.doc_key,
    code,
    root: rootOf(code),
    goldstein: r.gs / 10,
    source: source.map((a) => ctx.dict.actorKey(a)),
    target: target.map((a) => ctx.dict.actorKey(a)),
    date: formatDate(r.day, r.prec),
    location: r.place === null ? null : ctx.dict.actorKey(r.place),
    negated: r.neg === 1,
    evidence: { start: r.ev_start, end: r.ev_start + r.ev_len, text },
    confidence: r.conf / 100,
    rule: ctx.dict.ruleName(r.rule),
    story: `s${r.story}`,
    sources: r.n_sources,
  };
}

export function queryEvents(ctx: StoreCtx, f: EventFilter = {}): StoredEvent[] {
  return hydrateEvents(ctx, eventIds(ctx, f));
}
