// Stories and conflicts in the shapes of the contract ("Across documents").
import { type Conflict, type ConflictKind, formatDate, rootOf, type Story } from '../../../stories/index.js';
import type { Page, StoryFilter } from '../../store.js';
import type { StoreCtx } from '../context.js';
import { unpackActors, unpackCode } from '../encode.js';
import { eventIds, page } from './events.js';
import { BodyCache } from './spans.js';

interface StoryRow {
  id: number;
  rep: number;
  code: number;
  day: number;
  prec: 0 | 1 | 2 | 3;
  place: number | null;
  neg: number;
  n_reports: number;
  n_sources: number;
}

/** Reports listed per story; the count of all of them is in the rule and `sources`. */
const MAX_REPORTS = 200;

function toStory(ctx: StoreCtx, s: StoryRow, bodies: BodyCache): Story {
  const rep = ctx.st.get('SELECT actors FROM events WHERE id = ?').get(s.rep) as { actors: Uint8Array };
  const { source, target } = unpackActors(rep.actors);
  const rows = ctx.st
    .get(
      `SELECT id, doc, ev_start, ev_len, ev_text, joined FROM events WHERE id = $story
       UNION ALL SELECT * FROM (SELECT id, doc, ev_start, ev_len, ev_text, joined FROM events
         WHERE story = $story AND joined IS NOT NULL ORDER BY id LIMIT ${MAX_REPORTS - 1})`,
    )
    .all({ story: s.id }) as {
    id: number;
    doc: number;
    ev_start: number;
    ev_len: number;
    ev_text: string | null;
    joined: number | null;
  }[];
  const reports = rows.map((r) => {
    const span = bodies.span(r.doc, r.ev_start, r.ev_start + r.ev_len);
    return {
      ...span,
      text: r.ev_text ?? span.text,
      rule: r.joined === null ? 'seed' : ctx.dict.ruleName(r.joined),
    };
  });
  const rules = [...new Set(reports.filter((r) => r.rule !== 'seed').map((r) => r.rule))];
  const code = unpackCode(s.code);
  return {
    id: `s${s.id}`,
    code,
    root: rootOf(code),
    source: source.map((a) => ctx.dict.actorKey(a)),
    target: target.map((a) => ctx.dict.actorKey(a)),
    date: formatDate(s.day, s.prec),
    location: s.place === null ? null : ctx.dict.actorKey(s.place),
    negated: s.neg === 1,
    reports,
    sources: s.n_sources,
    rule: rules.length ? rules.join(' | ') : 'single',
  };
}

export function queryStories(ctx: StoreCtx, f: StoryFilter = {}): Story[] {
  const { limit, offset } = page(f.limit, f.offset);
  const min = Math.max(1, f.minReports ?? 1);
  const bodies = new BodyCache(ctx);
  const filtered = f.actor || f.with || f.code || f.since || f.until || f.place;
  let rows: StoryRow[];
  if (!filtered) {
    const sql =
      min > 1
        ? 'SELECT * FROM stories INDEXED BY stories_multi WHERE n_reports > 1 AND n_reports >= ? ORDER BY id LIMIT ? OFFSET ?'
        : 'SELECT * FROM stories WHERE n_reports >= ? ORDER BY id LIMIT ? OFFSET ?';
    rows = ctx.st.get(sql).all(min, limit, offset) as StoryRow[];
  } else {
    // The stories of the matching events, newest event first, in pages of events.
    rows = [];
    const seen = new Set<number>();
    // One query per batch of events: their stories, in the events' order.
    const storiesOf = ctx.st.get(
      `SELECT s.* FROM json_each(?) j JOIN events e ON e.id = j.value JOIN stories s ON s.id = e.story
       ORDER BY j.key`,
    );
    let skipped = 0;
    for (let from = 0, batch = 500; rows.length < limit; from += batch) {
      const evs = eventIds(ctx, { ...f, limit: batch, offset: from });
      for (const s of storiesOf.all(JSON.stringify(evs)) as StoryRow[]) {
        if (seen.has(s.id)) continue;
        seen.add(s.id);
        if (s.n_reports < min) continue;
        if (skipped < offset) skipped++;
        else if (rows.length < limit) rows.push(s);
      }
      if (evs.length < batch) break;
    }
  }
  return rows.map((r) => toStory(ctx, r, bodies));
}

export function queryStory(ctx: StoreCtx, id: string): Story | null {
  const m = /^s(\d+)$/.exec(id);
  if (!m) return null;
  const row = ctx.st.get('SELECT * FROM stories WHERE id = ?').get(Number(m[1])) as StoryRow | undefined;
  return row ? toStory(ctx, row, new BodyCache(ctx)) : null;
}

export function queryConflicts(ctx: StoreCtx, p: Page = {}): Conflict[] {
  const { limit, offset } = page(p.limit, p.offset, MAX_LIMIT_CONFLICTS);
  const bodies = new BodyCache(ctx);
  const rows = ctx.st.get('SELECT * FROM conflicts ORDER BY id LIMIT ? OFFSET ?').all(limit, offset) as {
    kind: ConflictKind;
    a_doc: number;
    a_start: number;
    a_end: number;
    b_doc: number;
    b_start: number;
    b_end: number;
    note: string;
  }[];
  return rows.map((r) => ({
    kind: r.kind,
    a: bodies.span(r.a_doc, r.a_start, r.a_end),
    b: bodies.span(r.b_doc, r.b_start, r.b_end),
    note: r.note,
  }));
}

const MAX_LIMIT_CONFLICTS = 1000;
