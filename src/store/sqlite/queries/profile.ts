// Entity profiles and timelines, from the rollups kept at ingest (no scan of an actor's events).
import { formatMonth } from '../../../stories/index.js';
import type { EntityProfile, Page, Timeline } from '../../store.js';
import type { StoreCtx } from '../context.js';
import { queryEvents } from './events.js';
import { intervalsOf } from './relations.js';
import { queryQuotes } from './text.js';

export function entityProfile(ctx: StoreCtx, key: string): EntityProfile | null {
  const id = ctx.dict.findActor(key);
  if (id === undefined) return null;
  const a = ctx.st.get('SELECT type, name FROM actors WHERE id = ?').get(id) as {
    type: string;
    name: string;
  };
  const names = (
    ctx.st.get('SELECT name FROM actor_names WHERE actor = ? LIMIT 50').all(id) as { name: string }[]
  ).map((r) => r.name);
  const byRoot = (
    ctx.st
      .get(
        'SELECT root, sum(n) AS n, sum(gs) AS gs FROM rollup_actor WHERE actor = ? GROUP BY root ORDER BY root',
      )
      .all(id) as {
      root: number;
      n: number;
      gs: number;
    }[]
  ).map((r) => ({ root: String(r.root).padStart(2, '0'), events: r.n, goldstein: r.gs / 10 }));
  const partners = (
    ctx.st
      .get(
        `SELECT t.n, t.gs, a.key, a.name FROM (SELECT y, n, gs FROM pair_totals WHERE x = ? ORDER BY n DESC LIMIT 10) t
         JOIN actors a ON a.id = t.y ORDER BY t.n DESC`,
      )
      .all(id) as { n: number; gs: number; key: string; name: string }[]
  ).map((r) => ({ id: r.key, name: r.name, events: r.n, goldstein: r.gs / 10 }));
  const sources = (
    ctx.st
      .get(
        'SELECT o.name, r.n FROM rollup_outlet r JOIN outlets o ON o.id = r.outlet WHERE r.actor = ? ORDER BY r.n DESC LIMIT 20',
      )
      .all(id) as { name: string; n: number }[]
  ).map((r) => ({ outlet: r.name, events: r.n }));
  return {
    id: key,
    type: a.type,
    name: a.name,
    names,
    affiliations: ctx.dict.affiliations(key),
    offices: intervalsOf(ctx, id, 'subject', ['holds_office']),
    memberships: intervalsOf(ctx, id, 'subject', ['member_of', 'partner_of', 'allied_with']),
    members: intervalsOf(ctx, id, 'object', ['member_of', 'partner_of']),
    events: { total: byRoot.reduce((s, r) => s + r.events, 0), byRoot },
    partners,
    quotes: queryQuotes(ctx, { speaker: key, limit: 20 }),
    sources,
  };
}

export function timeline(ctx: StoreCtx, a: string, b: string | undefined, p: Page = {}): Timeline {
  const ia = ctx.dict.findActor(a);
  const ib = b === undefined ? undefined : ctx.dict.findActor(b);
  const actors = b === undefined ? [a] : [a, b];
  if (ia === undefined || (b !== undefined && ib === undefined)) return { actors, months: [], events: [] };
  const rows =
    ib === undefined
      ? ctx.st
          .get(
            'SELECT month, sum(n) AS n, sum(gs) AS gs FROM rollup_actor WHERE actor = ? GROUP BY month ORDER BY month',
          )
          .all(ia)
      : ctx.st
          .get(
            'SELECT month, sum(n) AS n, sum(gs) AS gs FROM rollup_pair WHERE a = ? AND b = ? GROUP BY month ORDER BY month',
          )
          .all(Math.min(ia, ib), Math.max(ia, ib));
  const months = (rows as { month: number; n: number; gs: number }[])
    .filter((r) => r.month >= 0)
    .map((r) => ({ month: formatMonth(r.month), events: r.n, goldstein: r.gs / 10 }));
  const events = queryEvents(ctx, {
    actor: a,
    ...(b ? { with: b } : {}),
    limit: p.limit ?? 50,
    offset: p.offset ?? 0,
  });
  return { actors, months, events };
}
