// Rollups kept up to date at ingest (asserted events only: a denied meeting is no activity).
import { monthIndex } from '../../stories/index.js';
import type { DocCtx, PendingEvent, StoreCtx } from './context.js';
import { yearOfMonth } from './rollup-tally.js';

export function addRollups(ctx: StoreCtx, d: DocCtx, p: PendingEvent, root: number, gs: number): void {
  const month = monthIndex(p.day);
  const actor = ctx.st.get(
    `INSERT INTO rollup_actor (actor, month, root, n, gs) VALUES (?, ?, ?, 1, ?)
     ON CONFLICT (actor, month, root) DO UPDATE SET n = n + 1, gs = gs + excluded.gs`,
  );
  const outlet = ctx.st.get(
    'INSERT INTO rollup_outlet (actor, outlet, n) VALUES (?, ?, 1) ON CONFLICT (actor, outlet) DO UPDATE SET n = n + 1',
  );
  const byMonth = ctx.st.get(
    `INSERT INTO rollup_month (month, actor, n, gs) VALUES (?, ?, 1, ?)
     ON CONFLICT (month, actor) DO UPDATE SET n = n + 1, gs = gs + excluded.gs`,
  );
  const pair = ctx.st.get(
    `INSERT INTO rollup_pair (month, root, a, b, n, gs) VALUES (?, ?, ?, ?, 1, ?)
     ON CONFLICT (month, root, a, b) DO UPDATE SET n = n + 1, gs = gs + excluded.gs`,
  );
  const byYear = ctx.st.get(
    `INSERT INTO rollup_year (year, actor, n, gs) VALUES (?, ?, 1, ?)
     ON CONFLICT (year, actor) DO UPDATE SET n = n + 1, gs = gs + excluded.gs`,
  );
  const pairYear = ctx.st.get(
    `INSERT INTO rollup_pair_year (year, a, b, n, gs) VALUES (?, ?, ?, 1, ?)
     ON CONFLICT (year, a, b) DO UPDATE SET n = n + 1, gs = gs + excluded.gs`,
  );
  const year = yearOfMonth(month);
  const total = ctx.st.get(
    `INSERT INTO pair_totals (x, y, n, gs) VALUES (?, ?, 1, ?)
     ON CONFLICT (x, y) DO UPDATE SET n = n + 1, gs = gs + excluded.gs`,
  );
  for (const a of new Set([...p.src, ...p.tgt])) {
    actor.run(a, month, root, gs);
    byMonth.run(month, a, gs);
    byYear.run(year, a, gs);
    outlet.run(a, d.outlet);
  }
  for (const s of p.src) {
    for (const t of p.tgt) {
      if (s === t) continue;
      pair.run(month, root, Math.min(s, t), Math.max(s, t), gs);
      pairYear.run(year, Math.min(s, t), Math.max(s, t), gs);
      total.run(s, t, gs);
      total.run(t, s, gs);
    }
  }
}
