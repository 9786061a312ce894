// The cross-document shapes of ../shared/CONTRACT.md ("Across documents"), plus explanations.

export interface ReportSpan {
  doc: string;
  start: number;
  end: number;
  text: string;
}

export interface StoryReport extends ReportSpan {
  /** How this report joined the story; "seed" for the first one. */
  rule: string;
}

export interface Story {
  id: string;
  code: string;
  root: string;
  source: string[];
  target: string[];
  date: string | null;
  location: string | null;
  negated: boolean;
  reports: StoryReport[];
  /** Distinct outlets, not articles. */
  sources: number;
  /** The rules that joined its reports, e.g. "same-code+actors+date~precision+place"; "single" when reported once. */
  rule: string;
}

export type ConflictKind =
  | 'contradiction'
  | 'inconsistent-date'
  | 'inconsistent-place'
  | 'inconsistent-number'
  | 'misattribution';

export interface Conflict {
  kind: ConflictKind;
  a: ReportSpan;
  b: ReportSpan;
  note: string;
}
