// Reports of one story that count the same thing differently ("two missiles" in one, "three" in
// the other): an inconsistent-number conflict, with both passages. Only exact counts compare;
// a report that gives no count of that thing agrees with any.
import { addConflict, type DocCtx, type PendingEvent, type StoreCtx } from './context.js';
import { packCounts, unpackCounts } from './encode.js';

/** The first count of a thing on which two reports disagree, in words; null when none. */
export function countsDisagree(
  a: readonly { value: number; unit: string }[],
  b: readonly { value: number; unit: string }[],
): string | null {
  for (const q of b) {
    const same = a.filter((x) => x.unit === q.unit);
    if (same.length > 0 && !same.some((x) => x.value === q.value)) {
      const other = same[0]?.value ?? 0;
      return `${q.unit}: ${other.toLocaleString('en')} in one report, ${q.value.toLocaleString('en')} in the other`;
    }
  }
  return null;
}

/** Checks a report joining story `story` against the story's reports that give counts. */
export function checkCounts(ctx: StoreCtx, doc: DocCtx, story: number, e: PendingEvent): void {
  const mine = unpackCounts(packCounts(e.ev.quantities));
  if (mine.length === 0) return;
  const rows = ctx.st
    .get(
      `SELECT doc, ev_start, ev_len, qty FROM events WHERE id = ? AND qty IS NOT NULL
       UNION ALL
       SELECT doc, ev_start, ev_len, qty FROM (
         SELECT doc, ev_start, ev_len, qty FROM events WHERE story = ? AND joined IS NOT NULL ORDER BY id DESC LIMIT 16)
       WHERE qty IS NOT NULL`,
    )
    .all(story, story) as { doc: number; ev_start: number; ev_len: number; qty: string }[];
  for (const r of rows) {
    if (r.doc === doc.id) continue;
    const note = countsDisagree(unpackCounts(r.qty), mine);
    if (!note) continue;
    addConflict(
      ctx,
      'inconsistent-number',
      { doc: r.doc, start: r.ev_start, end: r.ev_start + r.ev_len },
      { doc: doc.id, start: e.evStart, end: e.evEnd },
      `${note} (CAMEO ${e.match.code})`,
    );
    return;
  }
}
