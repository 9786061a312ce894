// The explorer talks to the Entente server over HTTP only. These types mirror the answers
// described in /api/openapi.json.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Labels = Record<string, string>;

export interface DocInfo {
  id: string;
  title: string | null;
  published: string | null;
  publishedFrom: string;
  url?: string | null;
  source?: string | null;
}

export interface Entity {
  id: string;
  type: string;
  name: string;
  affiliation?: string;
  mentions: Span[];
  linkedBy?: string;
}

export interface ExEvent {
  code: string;
  root: string;
  goldstein: number;
  source: string[];
  target: string[];
  date: string | null;
  location?: string | null;
  negated?: boolean;
  evidence: Span;
  confidence: number;
  rule: string;
}

export interface Quote {
  speaker: string | null;
  text: string;
  start: number;
  end: number;
  rule?: string;
}

export interface Relation {
  type: string;
  subject: string;
  object: string;
  role?: string;
  start: string | null;
  end: string | null;
  negated: boolean;
  evidence?: Span;
  rule?: string;
}

export interface Extraction {
  document: DocInfo;
  entities: Entity[];
  events: ExEvent[];
  quotes: Quote[];
  relations: Relation[];
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  entities: number;
  events: number;
  quotes: number;
}

export interface DocumentView {
  id: string;
  text: string;
  duplicateOf: string | null;
  extraction: Extraction;
  links: { index: number; story: string | null; sources: number }[];
  labels: Labels;
}

export interface StoredEvent extends ExEvent {
  id: number;
  doc: string;
  location: string | null;
  negated: boolean;
  story: string;
  sources: number;
}

export interface Report extends Span {
  doc: string;
  rule: string;
  title: string | null;
  source: string | null;
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
  reports: Report[];
  sources: number;
  rule: string;
}

export interface Passage extends Span {
  doc: string;
  title: string | null;
  published: string | null;
  source: string | null;
  before: string;
  after: string;
}

export interface Conflict {
  kind: string;
  note: string;
  a: Passage;
  b: Passage;
}

export interface Interval {
  type: string;
  subject: string;
  object: string;
  role: string | null;
  start: string | null;
  end: string | null;
  negated: boolean;
  from: string;
}

export interface StoredQuote extends Quote {
  id: number;
  doc: string;
}

export interface Profile {
  id: string;
  type: string;
  name: string;
  names: string[];
  affiliations: string[];
  offices: Interval[];
  memberships: Interval[];
  members: Interval[];
  events: { total: number; byRoot: { root: string; events: number; goldstein: number }[] };
  partners: { id: string; name: string; events: number; goldstein: number }[];
  quotes: StoredQuote[];
  sources: { outlet: string; events: number }[];
  recent: StoredEvent[];
  labels: Labels;
}

export interface EntityHit {
  id: string;
  type: string;
  name: string;
  matched: string;
  documents: number;
  mentions: number;
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

export interface SearchResult {
  entities: EntityHit[];
  documents: SearchHit[];
  quotes: SearchHit[];
}

export interface Timeline {
  actors: string[];
  months: { month: string; events: number; goldstein: number }[];
  events: StoredEvent[];
  labels: Labels;
}

export interface Network {
  nodes: { id: string; name: string; type: string; country: string | null; events: number }[];
  edges: { a: string; b: string; events: number; goldstein: number }[];
}

export interface Stats {
  documents: number;
  events: number;
  stories: number;
  multiSourceStories?: number;
  conflicts: number;
  quotes?: number;
  actors?: number;
  outlets?: number;
  firstDate?: string | null;
  lastDate?: string | null;
}

export interface CameoRoot {
  root: string;
  name: string;
  goldstein: number;
}

export interface Member {
  id: string;
  name: string;
  type: string;
  start: string | null;
  end: string | null;
  from: string;
}

export interface IngestResult {
  status: 'added' | 'unchanged' | 'near-duplicate';
  docId: string;
  duplicateOf?: string;
  events: number;
  text: string;
  extraction: Extraction;
  labels: Labels;
}

export interface ArticleInput {
  text?: string;
  html?: string;
  title?: string;
  published?: string;
  url?: string;
  source?: string;
}

/** An answer other than 2xx: the server's `{ error, detail }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail: unknown,
  ) {
    super(message);
  }
}

type Params = Record<string, string | number | undefined | null | false>;

function qs(params: Params): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '' && v !== false) u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, 'the Entente server cannot be reached', String(e));
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const b = body as { error?: string; detail?: unknown } | null;
    throw new ApiError(res.status, b?.error ?? `the server answered ${res.status}`, b?.detail ?? null);
  }
  return body as T;
}

const enc = encodeURIComponent;

export const api = {
  stats: () => call<Stats>('/api/stats'),
  cameo: () => call<{ items: CameoRoot[] }>('/api/cameo'),
  documents: (p: Params = {}) => call<{ total: number; items: DocumentSummary[] }>(`/api/documents${qs(p)}`),
  document: (id: string) => call<DocumentView>(`/api/documents/${enc(id)}`),
  entity: (id: string) => call<Profile>(`/api/entities/${enc(id)}`),
  entities: (q: string, p: Params = {}) => call<{ items: EntityHit[] }>(`/api/entities${qs({ q, ...p })}`),
  events: (p: Params) => call<{ items: StoredEvent[]; labels: Labels }>(`/api/events${qs(p)}`),
  stories: (p: Params) => call<{ items: Story[]; labels: Labels }>(`/api/stories${qs(p)}`),
  story: (id: string) => call<Story & { labels: Labels }>(`/api/stories/${enc(id)}`),
  timeline: (actor: string, other?: string) => call<Timeline>(`/api/timeline${qs({ actor, with: other })}`),
  conflicts: (p: Params = {}) => call<{ items: Conflict[]; labels: Labels }>(`/api/conflicts${qs(p)}`),
  search: (q: string, signal?: AbortSignal) =>
    call<SearchResult>(`/api/search${qs({ q, limit: 8 })}`, signal ? { signal } : {}),
  network: (p: Params) => call<Network>(`/api/network${qs(p)}`),
  members: (org: string, on: string) =>
    call<{ org: string; on: string; items: Member[] }>(`/api/organisations/${enc(org)}/members${qs({ on })}`),
  extract: (a: ArticleInput) =>
    call<{ text: string; extraction: Extraction; labels: Labels }>('/api/extract', post(a)),
  ingest: (a: ArticleInput, token?: string) => call<IngestResult>('/api/documents', post(a, token)),
};

function post(body: unknown, token?: string): RequestInit {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  return { method: 'POST', headers, body: JSON.stringify(body) };
}
