// Rollups kept up to date at ingest (asserted events only: a denied meeting is no activity).
import { monthIndex } from '../../stories/index.js';
import type { DocCtx, PendingEvent, StoreCtx } from './context.js';

export function addRollups(ctx: StoreCtx, d: DocCtx, p: PendingEvent, root: number, gs: number): void {
  const month = monthIndex(p.day);
  const actor = ctx.st.get(
    `INSERT INTO rollup_actor (actor, month, root, n, gs) VALUES (?, ?, ?, 1, ?)
     ON CONFLICT (actor, month, root) DO UPDATE SET n = n + 1, gs = gs + excluded.gs`,
  );
  const outlet = ctx.st.get(
    'INSERT INTO rollup_outlet (actor, outlet, n) VALUES (?, ?, 1) ON CONFLICT (actor, outlet) DO UPDATE SET n = n + 1',
  );
  const pair = ctx.st.get(
    `INSERT INTO rollup_pair (month, root, a, b, n, gs) VALUES (?, ?, ?, ?, 1, ?)
     ON CONFLICT (month, root, a, b) DO UPDATE SET n = n + 1, gs = gs + excluded.gs`,
  );
  const total = ctx.st.get(
    `INSERT INTO pair_totals (x, y, n, gs) VALUES (?, ?, 1, ?)
     ON CONFLICT (x, y) DO UPDATE SET n = n + 1, gs = gs + excluded.gs`,
  );
  for (const a of new Set([...p.src, ...p.tgt])) {
    actor.run(a, month, root, gs);
    outlet.run(a, d.outlet);
  }
  for (const s of p.src) {
    for (const t of p.tgt) {
      if (s === t) continue;
      pair.run(month, root, Math.min(s, t), Math.max(s, t), gs);
      total.run(s, t, gs);
      total.run(t, s, gs);
    }
  }
  // The network's monthly slice, merged in when the document (or its batch) commits.
  ctx.slices.doc.add(month, p.src, p.tgt, gs);
}
