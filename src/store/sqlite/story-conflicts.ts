// Conflicts between a story's first report and a new report: a denial of a reported action, or
// the same action given another day or place. The note says what disagrees, in words.
import { formatDate, type MatchEvent } from '../../stories/index.js';
import { addConflict, type DocCtx, type PendingEvent, type StoreCtx } from './context.js';
import { type EventRow, MEMBER_COLUMNS, toMatchEvent } from './event-rows.js';

function describe(m: MatchEvent): string {
  const who = (xs: readonly string[]) => xs.join(', ') || '—';
  const when = m.date ? formatDate(m.date.lo, m.date.prec) : 'undated';
  return `CAMEO ${m.code}: ${who(m.source)} → ${who(m.target)}, ${when}${m.place ? `, ${m.place}` : ''}`;
}

/** A conflict between a story's first report and the new report. */
export function conflict(
  ctx: StoreCtx,
  doc: DocCtx,
  e: PendingEvent,
  seedId: number,
  kind: string,
  how: string,
): void {
  const seed = ctx.st.get(`SELECT ${MEMBER_COLUMNS} FROM events WHERE id = ?`).get(seedId) as EventRow;
  const a = toMatchEvent(ctx, seed);
  const b = e.match;
  let note: string;
  if (kind === 'contradiction') {
    const [first, second] = b.negated ? ['it did', 'it did not'] : ['it did not', 'it did'];
    note = `the first report says ${first} happen, the second that ${second} (${describe(a)}; matched by ${how})`;
  } else if (kind === 'inconsistent-date') {
    note = `the same action is dated ${formatDate(a.date?.lo ?? -1, 3)} in one report, ${formatDate(b.date?.lo ?? -1, 3)} in the other (${describe(b)})`;
  } else {
    note = `the same action is placed at ${a.place} in one report, ${b.place} in the other (${describe(b)})`;
  }
  addConflict(
    ctx,
    kind,
    { doc: seed.doc, start: seed.ev_start, end: seed.ev_start + seed.ev_len },
    { doc: doc.id, start: e.evStart, end: e.evEnd },
    note,
  );
}
