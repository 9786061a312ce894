// The store as the rest of Entente sees it: documents with their extractions in, stories,
// conflicts, as-of relations and queries out. One implementation today (SQLite, ./sqlite).
import type { Extraction, Quote, RelationType, SourceDocument, Span } from '../core/index.js';
import type { Conflict, Story } from '../stories/index.js';

export interface IngestOptions {
  /** Outlet name overriding the document's `source` / URL host. */
  outlet?: string;
}

export interface IngestResult {
  status: 'added' | 'unchanged' | 'near-duplicate';
  docId: string;
  /** For near-duplicates: the stored document this one repeats. */
  duplicateOf?: string;
  events: number;
}

/** Reference facts (from the knowledge base), passed in by the app layer. */
export interface ReferenceData {
  entities: Iterable<{
    id: string;
    type: string;
    name: string;
    affiliation?: string;
    aliases?: readonly string[];
  }>;
  memberships: Iterable<{
    member: string;
    org: string;
    type: 'member_of' | 'partner_of' | 'allied_with';
    start: string | null;
    end: string | null;
  }>;
  offices: Iterable<{ person: string; of: string; role: string; start: string | null; end: string | null }>;
}

export interface Page {
  limit?: number;
  offset?: number;
}

export interface EventFilter extends Page {
  /** Events in which this actor takes part (source or target). */
  actor?: string;
  /** ...together with this one. */
  with?: string;
  /** CAMEO code prefix: "04" (root), "040", "0332". */
  code?: string;
  /** Dates counted from their first day, inclusive; "2023", "2023-07" or "2023-07-12". */
  since?: string;
  until?: string;
  place?: string;
}

export interface StoredEvent {
  id: number;
  doc: string;
  code: string;
  root: string;
  goldstein: number;
  source: string[];
  target: string[];
  date: string | null;
  location: string | null;
  negated: boolean;
  evidence: Span;
  confidence: number;
  rule: string;
  story: string;
  /** Distinct outlets reporting its story. */
  sources: number;
}

export interface StoryFilter extends EventFilter {
  /** Only stories with at least this many reports. */
  minReports?: number;
}

export interface StoredQuote extends Quote {
  id: number;
  doc: string;
}

export interface Interval {
  type: RelationType;
  subject: string;
  object: string;
  role: string | null;
  start: string | null;
  end: string | null;
  negated: boolean;
  /** "kb" or the document that states it. */
  from: string;
  evidence: Span | null;
}

export interface MonthCount {
  month: string;
  events: number;
  goldstein: number;
}

export interface Timeline {
  actors: string[];
  months: MonthCount[];
  events: StoredEvent[];
}

export interface EntityProfile {
  id: string;
  type: string;
  name: string;
  names: string[];
  affiliations: string[];
  offices: Interval[];
  memberships: Interval[];
  /** Members, for organisations. */
  members: Interval[];
  events: { total: number; byRoot: { root: string; events: number; goldstein: number }[] };
  partners: { id: string; name: string; events: number; goldstein: number }[];
  quotes: StoredQuote[];
  sources: { outlet: string; events: number }[];
}

export interface SearchHit {
  kind: 'document' | 'quote';
  doc: string;
  title: string | null;
  snippet: string;
  start?: number;
  end?: number;
  speaker?: string | null;
}

export interface Member {
  id: string;
  name: string;
  type: 'member_of' | 'partner_of';
  start: string | null;
  end: string | null;
  from: string;
}

export interface OfficeHolding {
  person: string;
  name: string;
  of: string;
  role: string;
  start: string | null;
  end: string | null;
  from: string;
}

export interface StoreStats {
  documents: number;
  nearDuplicates: number;
  events: number;
  stories: number;
  multiSourceStories: number;
  conflicts: number;
  quotes: number;
  relations: number;
  actors: number;
  outlets: number;
  firstDate: string | null;
  lastDate: string | null;
  bytes: number;
}

export interface NetworkOptions {
  since?: string | undefined;
  until?: string | undefined;
  /** Only events of these CAMEO roots ("04", "19"). */
  roots?: readonly string[] | undefined;
  /** Only the busiest actors of the window, this many, and the edges among them. */
  actors?: number | undefined;
}

export interface ActorNode {
  id: string;
  name: string;
  type: string;
  country: string | null;
  events: number;
}

export interface ActorEdge {
  a: string;
  b: string;
  events: number;
  goldstein: number;
}

/** One event as the GDELT-style export writes it. */
export interface ExportEvent extends StoredEvent {
  sourceNames: string[];
  sourceCountries: (string | null)[];
  targetNames: string[];
  targetCountries: (string | null)[];
  url: string | null;
  published: string | null;
}

export interface Store {
  ingestDocument(doc: SourceDocument, extraction: Extraction, opts?: IngestOptions): IngestResult;
  /** Whether a document with this content is already stored (a resumed batch skips it unread). */
  hasContent(body: string): boolean;
  /**
   * Opens a batch: the documents ingested until `commitBatch` are written in one transaction
   * (each document still all or nothing within it), so the pages many documents share are
   * written once. A crash loses the open batch whole; ingesting it again completes it.
   */
  beginBatch(): void;
  /** Commits the open batch (nothing when none is open). */
  commitBatch(): void;
  loadReference(ref: ReferenceData): { entities: number; intervals: number };

  events(filter?: EventFilter): StoredEvent[];
  stories(filter?: StoryFilter): Story[];
  story(id: string): Story | null;
  conflicts(page?: Page): Conflict[];
  timeline(a: string, b?: string, page?: Page): Timeline;
  entity(id: string): EntityProfile | null;
  quotes(opts?: { speaker?: string } & Page): StoredQuote[];
  search(words: string, page?: Page): SearchHit[];
  membersOn(org: string, date: string): Member[];
  officeHolder(of: string, role: string, date: string): OfficeHolding[];
  stats(): StoreStats;

  document(id: string): { extraction: Extraction; text: string; duplicateOf: string | null } | null;
  extractions(): Iterable<Extraction>;
  exportEvents(): Iterable<ExportEvent>;
  network(opts?: NetworkOptions): { nodes: ActorNode[]; edges: ActorEdge[] };
  close(): void;
}
