// Memberships, partnerships and offices as intervals, from the knowledge base and from
// articles; as-of questions read them. A start or end at month or year precision counts from
// the first day of its period (a member "since 2023-04" is one on 2023-04-01).
import type { Span } from '../../../core/index.js';
import { filterBounds } from '../../../stories/index.js';
import type { Interval, Member, OfficeHolding } from '../../store.js';
import type { StoreCtx } from '../context.js';
import { BodyCache } from './spans.js';

interface RelationRow {
  type: Interval['type'];
  subject: number;
  object: number;
  role: string | null;
  start: string | null;
  end: string | null;
  start_day: number | null;
  end_day: number | null;
  negated: number;
  doc: number | null;
  ev_start: number | null;
  ev_end: number | null;
}

function toInterval(ctx: StoreCtx, r: RelationRow, bodies: BodyCache): Interval {
  let evidence: Span | null = null;
  let from = 'kb';
  if (r.doc !== null) {
    from = bodies.doc(r.doc).key;
    if (r.ev_start !== null && r.ev_end !== null) {
      const s = bodies.span(r.doc, r.ev_start, r.ev_end);
      evidence = { start: s.start, end: s.end, text: s.text };
    }
  }
  return {
    type: r.type,
    subject: ctx.dict.actorKey(r.subject),
    object: ctx.dict.actorKey(r.object),
    role: r.role,
    start: r.start,
    end: r.end,
    negated: r.negated === 1,
    from,
    evidence,
  };
}

export function intervalsOf(
  ctx: StoreCtx,
  actor: number,
  side: 'subject' | 'object',
  types: string[],
  limit = 200,
): Interval[] {
  const bodies = new BodyCache(ctx);
  const rows = ctx.st
    .get(
      `SELECT * FROM relations WHERE ${side} = ? AND type IN (${types.map(() => '?').join(', ')})
       ORDER BY doc IS NOT NULL, start_day, id LIMIT ?`,
    )
    .all(actor, ...types, limit) as RelationRow[];
  return rows.map((r) => toInterval(ctx, r, bodies));
}

/** Whether [start_day, end_day] (open ends) contains `day`. */
const COVERS = '(start_day IS NULL OR start_day <= ?) AND (end_day IS NULL OR end_day >= ?)';

/** Subjects the knowledge base has intervals for: for them, its dates win over an article's. */
function referenced(ctx: StoreCtx, object: number, type: string, role: string | null): Set<number> {
  // Two statements, so that the index on (object, type, role, doc) serves both.
  const rows = (
    role === null
      ? ctx.st
          .get('SELECT DISTINCT subject FROM relations WHERE object = ? AND type = ? AND doc IS NULL')
          .all(object, type)
      : ctx.st
          .get(
            'SELECT DISTINCT subject FROM relations WHERE object = ? AND type = ? AND role = ? AND doc IS NULL',
          )
          .all(object, type, role)
  ) as { subject: number }[];
  return new Set(rows.map((r) => r.subject));
}

/**
 * Members of an organisation on a date: reference intervals, plus article relations that carry a
 * start date (an undated "X is a member" says nothing about a given day) for states the
 * reference does not list. A stated end ends it.
 */
export function membersOn(
  ctx: StoreCtx,
  org: string,
  date: string,
  type: 'member_of' | 'partner_of' = 'member_of',
): Member[] {
  const id = ctx.dict.findActor(org);
  if (id === undefined) return [];
  const day = filterBounds(date).lo;
  const rows = ctx.st
    .get(
      `SELECT r.subject, r.start, r."end", r.doc, a.name, d.key AS doc_key FROM relations r
       JOIN actors a ON a.id = r.subject LEFT JOIN documents d ON d.id = r.doc
       WHERE r.object = ? AND r.type = ? AND r.negated = 0 AND ${COVERS}
         AND (r.doc IS NULL OR r.start_day IS NOT NULL)
       ORDER BY r.doc IS NOT NULL, a.key`,
    )
    .all(id, type, day, day) as {
    subject: number;
    start: string | null;
    end: string | null;
    doc: number | null;
    name: string;
    doc_key: string | null;
  }[];
  const kb = referenced(ctx, id, type, null);
  const out = new Map<number, Member>();
  for (const r of rows) {
    if (out.has(r.subject) || (r.doc !== null && kb.has(r.subject))) continue;
    out.set(r.subject, {
      id: ctx.dict.actorKey(r.subject),
      name: r.name,
      type,
      start: r.start,
      end: r.end,
      from: r.doc_key ?? 'kb',
    });
  }
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export function officeHolder(ctx: StoreCtx, of: string, role: string, date: string): OfficeHolding[] {
  const id = ctx.dict.findActor(of);
  if (id === undefined) return [];
  const day = filterBounds(date).lo;
  const rows = ctx.st
    .get(
      `SELECT r.subject, r.role, r.start, r."end", r.doc, d.key AS doc_key, a.name FROM relations r
       JOIN actors a ON a.id = r.subject LEFT JOIN documents d ON d.id = r.doc
       WHERE r.object = ? AND r.type = 'holds_office' AND r.role = ? AND r.negated = 0 AND ${COVERS}
         AND (r.doc IS NULL OR r.start_day IS NOT NULL)
       ORDER BY r.doc IS NOT NULL, r.start_day DESC`,
    )
    .all(id, role, day, day) as {
    subject: number;
    role: string;
    start: string | null;
    end: string | null;
    doc: number | null;
    doc_key: string | null;
    name: string;
  }[];
  const kb = referenced(ctx, id, 'holds_office', role);
  const out = new Map<number, OfficeHolding>();
  for (const r of rows) {
    if (out.has(r.subject) || (r.doc !== null && kb.has(r.subject))) continue;
    out.set(r.subject, {
      person: ctx.dict.actorKey(r.subject),
      name: r.name,
      of,
      role: r.role,
      start: r.start,
      end: r.end,
      from: r.doc_key ?? 'kb',
    });
  }
  return [...out.values()];
}
