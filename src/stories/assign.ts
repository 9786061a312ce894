// One document's reports placed into existing stories: strongest matches first, each report into
// at most one story and each story taking at most one report of the document (a document reports
// every distinct action once, so two of its events are never the same action).

export interface Candidate {
  /** Index of the report within its document. */
  event: number;
  story: number;
  score: number;
  rule: string;
}

export function assignReports(candidates: readonly Candidate[]): Map<number, Candidate> {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.story - b.story || a.event - b.event);
  const byEvent = new Map<number, Candidate>();
  const taken = new Set<number>();
  for (const c of sorted) {
    if (byEvent.has(c.event) || taken.has(c.story)) continue;
    byEvent.set(c.event, c);
    taken.add(c.story);
  }
  return byEvent;
}
