// Use cases behind the HTTP API and the web explorer: the store's queries, plus the few views the
// store does not answer by itself (a document list, actor search by name, the network of one event
// root, the story of each event in a document), composed from its public methods.
import { createHash } from 'node:crypto';
import { EntenteError, type Extraction, foldDiacritics, type SourceDocument } from '../core/index.js';
import { loadCameo } from '../data/cameo.js';
import { loadKb, normalizeAlias } from '../data/kb.js';
import type { Kb } from '../data/kb-types.js';
import { dataDir } from '../data/paths.js';
import { extractDocument } from '../extract/index.js';
import { fromHtml, fromText } from '../ingest/index.js';
import type {
  ActorEdge,
  ActorNode,
  EntityProfile,
  EventFilter,
  IngestResult,
  Page,
  SearchHit,
  Store,
  StoredEvent,
  StoryFilter,
} from '../store/store.js';
import type { Conflict, ReportSpan, Story } from '../stories/index.js';
import { ingestPaths } from './ingest-paths.js';
import { openStore } from './open-store.js';

export type {
  ActorEdge,
  ActorNode,
  EntityProfile,
  EventFilter,
  IngestResult,
  Member,
  Page,
  SearchHit,
  StoredEvent,
  StoredQuote,
  StoreStats,
  StoryFilter,
  Timeline,
} from '../store/store.js';
export type { Conflict, Story } from '../stories/index.js';

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

export interface EntityHit {
  id: string;
  type: string;
  name: string;
  /** The name or alias that matched the query. */
  matched: string;
  documents: number;
  mentions: number;
}

export interface EventLink {
  /** Index into the extraction's events. */
  index: number;
  story: string | null;
  sources: number;
}

export interface DocumentView {
  id: string;
  text: string;
  duplicateOf: string | null;
  extraction: Extraction;
  /** The story each event of the extraction joined, where the store has it. */
  links: EventLink[];
  /** Display names of the entity ids in the answer. */
  labels: Record<string, string>;
}

export interface PassageView extends ReportSpan {
  title: string | null;
  published: string | null;
  source: string | null;
  /** Text just before and after the passage, for reading it in place. */
  before: string;
  after: string;
}

export interface ConflictView {
  kind: Conflict['kind'];
  note: string;
  a: PassageView;
  b: PassageView;
}

export interface StoryView extends Story {
  reports: (Story['reports'][number] & { title: string | null; source: string | null })[];
}

export interface NetworkView {
  nodes: ActorNode[];
  edges: ActorEdge[];
}

export interface SearchView {
  entities: EntityHit[];
  documents: SearchHit[];
  quotes: SearchHit[];
}

export interface ArticleInput {
  text?: string | undefined;
  html?: string | undefined;
  title?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  source?: string | undefined;
}

export interface IngestView extends IngestResult {
  /** The text as stored: every offset of the extraction points into it. */
  text: string;
  extraction: Extraction;
  labels: Record<string, string>;
}

export interface CameoRoot {
  root: string;
  name: string;
  goldstein: number;
}

interface EntityEntry {
  id: string;
  type: string;
  name: string;
  keys: Set<string>;
  docs: Set<string>;
  mentions: number;
}

const CONTEXT_CHARS = 240;
export const ENTITY_ID_IN_TEXT =
  /\b(?:country|org|person|place|agreement):[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]/g;

/**
 * One open store seen the way the explorer reads it. The document list and the name index are
 * held in memory (built once from the stored extractions, then kept up to date by `ingest`).
 */
export class Explorer {
  private docList: DocumentSummary[] = [];
  private readonly docInfo = new Map<string, DocumentSummary>();
  private readonly entities = new Map<string, EntityEntry>();
  private kbCache: Kb | null = null;
  /** Writes made through this explorer, and the store's own change counter when it has one. */
  private writes = 0;
  private indexedAt: number | null = null;

  constructor(
    readonly store: Store,
    private readonly opts: { kb?: Kb; kbDirs?: string[] } = {},
  ) {
    this.rebuild();
  }

  /**
   * SQLite's data_version: it changes when another connection (an `entente ingest` running
   * beside the server) commits. Null for a store that cannot tell.
   */
  private externalVersion(): number | null {
    const db = (this.store as { db?: { pragma(sql: string, o: { simple: true }): unknown } }).db;
    if (!db || typeof db.pragma !== 'function') return null;
    try {
      return Number(db.pragma('data_version', { simple: true }));
    } catch {
      return null;
    }
  }

  /**
   * Changes whenever what the store holds may have changed; answers computed at one version
   * may be reused while it stays the same. Null: never reuse.
   */
  version(): string | null {
    const ext = this.externalVersion();
    return ext === null ? null : `${ext}.${this.writes}`;
  }

  /** Re-reads the in-memory indexes when another process has written to the store. */
  private sync(): void {
    const v = this.externalVersion();
    if (v !== null && v !== this.indexedAt) this.rebuild();
  }

  private get kb(): Kb {
    if (!this.kbCache) this.kbCache = this.opts.kb ?? loadKb(this.opts.kbDirs ?? []);
    return this.kbCache;
  }

  /** Re-reads the document list and the name index from the store. */
  rebuild(): void {
    this.indexedAt = this.externalVersion();
    this.docList = [];
    this.docInfo.clear();
    this.entities.clear();
    for (const x of this.store.extractions()) this.index(x);
    this.sortDocs();
  }

  private index(x: Extraction): void {
    const d = x.document;
    const summary: DocumentSummary = {
      id: d.id,
      title: d.title,
      published: d.published,
      source: d.source ?? null,
      url: d.url ?? null,
      entities: x.entities.length,
      events: x.events.length,
      quotes: x.quotes.length,
    };
    if (!this.docInfo.has(d.id)) this.docList.push(summary);
    this.docInfo.set(d.id, summary);
    for (const e of x.entities) {
      let entry = this.entities.get(e.id);
      if (!entry) {
        const kbName = this.kbEntity(e.id)?.name;
        entry = {
          id: e.id,
          type: e.type,
          name: kbName ?? e.name,
          keys: new Set(),
          docs: new Set(),
          mentions: 0,
        };
        this.entities.set(e.id, entry);
        entry.keys.add(searchKey(entry.name));
        for (const a of this.kbEntity(e.id)?.aliases ?? []) entry.keys.add(searchKey(a));
      }
      entry.keys.add(searchKey(e.name));
      for (const m of e.mentions) entry.keys.add(searchKey(m.text));
      entry.docs.add(d.id);
      entry.mentions += e.mentions.length;
    }
  }

  private kbEntity(id: string) {
    try {
      return this.kb.entities.get(id);
    } catch {
      return undefined;
    }
  }

  private sortDocs(): void {
    this.docList.sort(
      (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id),
    );
  }

  /** Display name of an entity id: the stored or reference name, else the id's slug. */
  nameOf(id: string): string {
    return this.entities.get(id)?.name ?? this.kbEntity(id)?.name ?? id.slice(id.indexOf(':') + 1);
  }

  labelsOf(ids: Iterable<string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const id of ids) if (id) out[id] = this.nameOf(id);
    return out;
  }

  documents(page: Page = {}): { total: number; items: DocumentSummary[] } {
    this.sync();
    const offset = page.offset ?? 0;
    return { total: this.docList.length, items: this.docList.slice(offset, offset + (page.limit ?? 50)) };
  }

  document(id: string): DocumentView | null {
    this.sync();
    const found = this.store.document(id);
    if (!found) return null;
    const x = found.extraction;
    const links: EventLink[] = x.events.map((ev, index) => {
      const actor = ev.source[0] ?? ev.target[0];
      if (!actor) return { index, story: null, sources: 0 };
      const f: EventFilter = { actor, code: ev.code, limit: 500 };
      if (ev.date) {
        f.since = ev.date;
        f.until = ev.date;
      }
      const hit = this.store.events(f).find((s) => s.doc === id && s.evidence.start === ev.evidence.start);
      return { index, story: hit?.story ?? null, sources: hit?.sources ?? 0 };
    });
    const ids = new Set<string>();
    for (const e of x.entities) ids.add(e.id);
    for (const ev of x.events) for (const a of [...ev.source, ...ev.target, ev.location ?? '']) ids.add(a);
    for (const q of x.quotes) if (q.speaker) ids.add(q.speaker);
    for (const r of x.relations) {
      ids.add(r.subject);
      ids.add(r.object);
    }
    return {
      id,
      text: found.text,
      duplicateOf: found.duplicateOf,
      extraction: x,
      links,
      labels: this.labelsOf(ids),
    };
  }

  /** Actors whose names or aliases contain the query, best matches first. */
  findEntities(q: string, opts: { type?: string | undefined; limit?: number | undefined } = {}): EntityHit[] {
    this.sync();
    const key = searchKey(q);
    if (!key) return [];
    const scored: { hit: EntityHit; score: number }[] = [];
    for (const e of this.entities.values()) {
      if (opts.type && e.type !== opts.type) continue;
      let best = 0;
      let matched = '';
      const idKey = searchKey(e.id.slice(e.id.indexOf(':') + 1).replace(/-/g, ' '));
      for (const k of [...e.keys, idKey]) {
        const s = k === key ? 4 : k.startsWith(key) ? 3 : k.includes(` ${key}`) ? 2 : k.includes(key) ? 1 : 0;
        if (s > best) {
          best = s;
          matched = k;
        }
      }
      if (best === 0) continue;
      scored.push({
        score: best * 1e6 + e.mentions,
        hit: { id: e.id, type: e.type, name: e.name, matched, documents: e.docs.size, mentions: e.mentions },
      });
    }
    scored.sort((a, b) => b.score - a.score || a.hit.name.localeCompare(b.hit.name));
    return scored.slice(0, opts.limit ?? 20).map((s) => s.hit);
  }

  entity(id: string): (EntityProfile & { recent: StoredEvent[]; labels: Record<string, string> }) | null {
    const p = this.store.entity(id);
    if (!p) return null;
    const recent = this.store.events({ actor: id, limit: 200 });
    const ids = new Set<string>();
    for (const ev of recent) for (const a of [...ev.source, ...ev.target, ev.location ?? '']) ids.add(a);
    for (const iv of [...p.offices, ...p.memberships, ...p.members]) {
      ids.add(iv.subject);
      ids.add(iv.object);
    }
    for (const q of p.quotes) if (q.speaker) ids.add(q.speaker);
    return { ...p, recent, labels: this.labelsOf(ids) };
  }

  events(f: EventFilter): { items: StoredEvent[]; labels: Record<string, string> } {
    const items = this.store.events(f);
    return {
      items,
      labels: this.labelsOf(items.flatMap((e) => [...e.source, ...e.target, e.location ?? ''])),
    };
  }

  stories(f: StoryFilter): { items: StoryView[]; labels: Record<string, string> } {
    this.sync();
    const items = this.store.stories(f).map((s) => this.storyView(s));
    return {
      items,
      labels: this.labelsOf(items.flatMap((s) => [...s.source, ...s.target, s.location ?? ''])),
    };
  }

  story(id: string): (StoryView & { labels: Record<string, string> }) | null {
    const s = this.store.story(id);
    if (!s) return null;
    const v = this.storyView(s);
    return { ...v, labels: this.labelsOf([...s.source, ...s.target, s.location ?? '']) };
  }

  private storyView(s: Story): StoryView {
    return {
      ...s,
      reports: s.reports.map((r) => {
        const d = this.docInfo.get(r.doc);
        return { ...r, title: d?.title ?? null, source: d?.source ?? null };
      }),
    };
  }

  timeline(actors: string[], page: Page = {}) {
    const [a, b] = actors;
    if (!a) throw new EntenteError('BAD_INPUT', 'a timeline needs at least one actor');
    const t = this.store.timeline(a, b, page);
    return {
      ...t,
      labels: this.labelsOf([
        ...actors,
        ...t.events.flatMap((e) => [...e.source, ...e.target, e.location ?? '']),
      ]),
    };
  }

  conflicts(page: Page = {}): ConflictView[] {
    this.sync();
    const texts = new Map<string, string>();
    const passage = (r: ReportSpan): PassageView => {
      let text = texts.get(r.doc);
      if (text === undefined) {
        text = this.store.document(r.doc)?.text ?? '';
        texts.set(r.doc, text);
      }
      const d = this.docInfo.get(r.doc);
      return {
        ...r,
        title: d?.title ?? null,
        published: d?.published ?? null,
        source: d?.source ?? null,
        before:
          r.start > CONTEXT_CHARS
            ? text.slice(r.start - CONTEXT_CHARS, r.start).replace(/^\S*\s/, '')
            : text.slice(0, r.start),
        after:
          r.end + CONTEXT_CHARS < text.length
            ? text.slice(r.end, r.end + CONTEXT_CHARS).replace(/\s\S*$/, '')
            : text.slice(r.end),
      };
    };
    return this.store
      .conflicts(page)
      .map((c) => ({ kind: c.kind, note: c.note, a: passage(c.a), b: passage(c.b) }));
  }

  /** Display names of the entity ids written in free text (conflict notes). */
  labelsIn(texts: string[]): Record<string, string> {
    const ids = new Set<string>();
    for (const t of texts) for (const m of t.matchAll(ENTITY_ID_IN_TEXT)) ids.add(m[0]);
    return this.labelsOf(ids);
  }

  search(q: string, limit = 10): SearchView {
    const entities = this.findEntities(q, { limit });
    const words = ftsWords(q);
    let hits: SearchHit[] = [];
    if (words) hits = this.store.search(words, { limit });
    const named = (h: SearchHit): SearchHit => ({
      ...h,
      title: h.title ?? this.docInfo.get(h.doc)?.title ?? null,
      ...(h.speaker ? { speaker: this.nameOf(h.speaker) } : {}),
    });
    return {
      entities,
      documents: hits
        .filter((h) => h.kind === 'document')
        .slice(0, limit)
        .map(named),
      quotes: hits
        .filter((h) => h.kind === 'quote')
        .slice(0, limit)
        .map(named),
    };
  }

  /**
   * Actor network for a date range; with `roots`, only events of those CAMEO roots count. At most
   * `limit` actors (the busiest of the window) and the edges among them: read from the rollups.
   */
  network(opts: {
    since?: string | undefined;
    until?: string | undefined;
    roots?: string[] | undefined;
    limit?: number | undefined;
  }): NetworkView {
    return this.store.network({
      since: opts.since,
      until: opts.until,
      roots: opts.roots,
      actors: opts.limit ?? 300,
    });
  }

  members(org: string, date: string) {
    return this.store.membersOn(org, date);
  }

  stats() {
    return this.store.stats();
  }

  cameoRoots(): CameoRoot[] {
    const out: CameoRoot[] = [];
    for (const c of loadCameo().values())
      if (c.code.length === 2) out.push({ root: c.code, name: c.name, goldstein: c.goldstein });
    return out;
  }

  /** Reads a pasted text or HTML article and returns what was read in it, without storing it. */
  read(input: ArticleInput): { doc: SourceDocument; extraction: Extraction } {
    const doc = articleDocument(input);
    return { doc, extraction: extractDocument(doc, this.kb) };
  }

  /** Reads a pasted article and stores it; the same text twice is stored once. */
  ingest(input: ArticleInput): IngestView {
    const { doc, extraction } = this.read(input);
    const result = this.store.ingestDocument(doc, extraction, input.source ? { outlet: input.source } : {});
    this.writes++;
    if (result.status !== 'unchanged') {
      const stored = this.store.document(result.docId);
      this.index(stored?.extraction ?? extraction);
      this.sortDocs();
    }
    return {
      ...result,
      text: doc.body,
      extraction,
      labels: this.labelsOf(extraction.entities.map((e) => e.id)),
    };
  }

  close(): void {
    this.store.close();
  }
}

/** The document for a pasted article: id from its content, metadata from the form over the page's own. */
export function articleDocument(input: ArticleInput): SourceDocument {
  const raw = input.html ?? input.text;
  if (raw === undefined) throw new EntenteError('BAD_INPUT', 'give the article as "text" or "html"');
  const id = `web_${createHash('sha256').update(raw).digest('hex').slice(0, 16)}`;
  const meta: Partial<SourceDocument> = { origin: id };
  if (input.title) meta.title = input.title;
  if (input.published) meta.published = input.published;
  if (input.url) meta.url = input.url;
  if (input.source) meta.source = input.source;
  if (input.html === undefined) return fromText(id, raw, meta);
  if (!raw.trim()) throw new EntenteError('EMPTY', 'the page is empty', id);
  const page = fromHtml(id, raw, id);
  if (!page.body.trim()) throw new EntenteError('NO_ARTICLE', 'no article text found in the page', id);
  const withMeta = fromText(id, page.body, { ...meta, format: 'html' });
  return {
    ...withMeta,
    title: meta.title ?? page.title,
    published: withMeta.published ?? page.published,
    url: meta.url ?? page.url,
    source: meta.source ?? page.source,
    author: page.author,
  };
}

function searchKey(s: string): string {
  return normalizeAlias(foldDiacritics(s)).replace(/[.'’]/g, '');
}

/**
 * Plain words for the full-text search, operators and punctuation dropped; the last word is a
 * prefix while it is still being typed ("stolt" finds "Stoltenberg").
 */
export function ftsWords(q: string): string {
  const words = (q.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
  const last = words.at(-1);
  if (last && last.length >= 2 && !/\s$/.test(q)) words[words.length - 1] = `${last}*`;
  return words.join(' ');
}

export interface OpenExplorerOptions {
  /** SQLite file; created when missing. */
  db: string;
  kbDirs?: string[];
  /** Ingest these paths first when the store holds no document (the bundled corpus by default). */
  seed?: string[] | false;
  onProgress?: (line: string) => void;
}

/** Opens (or creates) a store for the explorer; an empty one is first filled from the seed paths. */
export function openExplorer(opts: OpenExplorerOptions): { explorer: Explorer; seeded: number } {
  const kb = loadKb(opts.kbDirs ?? []);
  let store = openStore(opts.db, { kb });
  let seeded = 0;
  try {
    if (opts.seed !== false && store.stats().documents === 0) {
      const paths = opts.seed ?? [dataDir('corpus')];
      opts.onProgress?.(`entente: the database is empty: reading ${paths.join(', ')}`);
      store.close();
      const onIssue = (line: string) => opts.onProgress?.(`entente: ${line}`);
      const summary = ingestPaths(paths, {
        db: opts.db,
        ...(opts.kbDirs ? { kbDirs: opts.kbDirs } : {}),
        onIssue,
      });
      seeded = summary.added + summary.nearDuplicates;
      store = openStore(opts.db, { kb });
    }
    return { explorer: new Explorer(store, { kb }), seeded };
  } catch (e) {
    store.close();
    throw e;
  }
}
