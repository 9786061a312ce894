// One event per distinct action in a document, and the CAMEO codes whose direction news prose
// leaves open.
import type { Event } from '../../core/index.js';

/** CAMEO codes whose direction news prose leaves open ("A and B met"). */
export function symmetricCode(code: string): boolean {
  return (
    (code.startsWith('04') && !['042', '043', '045'].includes(code.slice(0, 3))) ||
    code.startsWith('057') ||
    code.startsWith('06')
  );
}

// One event per distinct action: the same code root between the same states (a person counts
// as the state they act for) is the same event, unless the two are dated on different days.
export function dedupe(
  events: Event[],
  aff: Map<string, string>,
  spans: WeakMap<Event, [number, number]>,
): Event[] {
  const out: Event[] = [];
  const state = (id: string) => aff.get(id) ?? id;
  // Who acted on whom: direction matters except for joint actions (meetings, agreements, exercises).
  const key = (e: Event) => {
    const side = (xs: string[]) => [...new Set(xs.map(state))].sort().join('+');
    return symmetricCode(e.code) ? side([...e.source, ...e.target]) : `${side(e.source)}>${side(e.target)}`;
  };
  for (const e of events) {
    const parties = key(e);
    const dup = out.find((o) => {
      if (o.root !== e.root) return false;
      // Two patterns of the same root on the same words.
      const a = spans.get(o);
      const b = spans.get(e);
      if (a && b && a[0] < b[1] && b[0] < a[1]) return true;
      if (Boolean(o.negated) !== Boolean(e.negated) || o.code !== e.code) return false;
      if (key(o) !== parties) return false;
      // Dates that cannot be the same day keep the events apart.
      return !(o.date && e.date && !o.date.startsWith(e.date) && !e.date.startsWith(o.date));
    });
    if (!dup) out.push(e);
  }
  return out;
}
