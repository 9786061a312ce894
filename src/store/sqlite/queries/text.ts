// Quotes and full-text search. Search lists the newest matches first: FTS5 walks its index in
// rowid order without ranking every hit, which keeps common words ("NATO") fast.
import type { Page, SearchHit, StoredQuote } from '../../store.js';
import type { StoreCtx } from '../context.js';
import { page } from './events.js';
import { BodyCache } from './spans.js';

interface QuoteRow {
  id: number;
  doc: number;
  speaker: number | null;
  start: number;
  len: number;
  rule: number | null;
}

function toQuote(ctx: StoreCtx, r: QuoteRow, bodies: BodyCache): StoredQuote {
  const s = bodies.span(r.doc, r.start, r.start + r.len);
  const q: StoredQuote = {
    id: r.id,
    doc: s.doc,
    speaker: r.speaker === null ? null : ctx.dict.actorKey(r.speaker),
    text: s.text,
    start: s.start,
    end: s.end,
  };
  const rule = ctx.dict.ruleName(r.rule);
  if (rule) q.rule = rule;
  return q;
}

export function queryQuotes(ctx: StoreCtx, opts: { speaker?: string } & Page = {}): StoredQuote[] {
  const { limit, offset } = page(opts.limit, opts.offset);
  const bodies = new BodyCache(ctx);
  let rows: QuoteRow[];
  if (opts.speaker) {
    const id = ctx.dict.findActor(opts.speaker);
    if (id === undefined) return [];
    rows = ctx.st
      .get('SELECT * FROM quotes WHERE speaker = ? ORDER BY id DESC LIMIT ? OFFSET ?')
      .all(id, limit, offset) as QuoteRow[];
  } else {
    rows = ctx.st
      .get('SELECT * FROM quotes ORDER BY id DESC LIMIT ? OFFSET ?')
      .all(limit, offset) as QuoteRow[];
  }
  return rows.map((r) => toQuote(ctx, r, bodies));
}

/** Words to an FTS5 query: every word must occur; "quoted phrases" stay phrases; a trailing * is a prefix. */
export function ftsQuery(words: string): string {
  const parts: string[] = [];
  for (const m of words.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (m[1] !== undefined) {
      const inner = m[1].replace(/[^\p{L}\p{N}\s]/gu, ' ').trim();
      if (inner) parts.push(`"${inner}"`);
    } else {
      const w = (m[2] ?? '').replace(/[^\p{L}\p{N}*]/gu, ' ').trim();
      for (const t of w.split(/\s+/)) {
        if (!t || t === '*') continue;
        parts.push(t.endsWith('*') ? `"${t.replace(/\*+$/, '')}"*` : `"${t.replace(/\*/g, '')}"`);
      }
    }
  }
  return parts.join(' AND ');
}

function snippetAround(body: string, terms: string[], width = 160): { snippet: string; at: number } {
  const lower = body.toLowerCase();
  let at = -1;
  for (const t of terms) {
    const i = lower.indexOf(t.toLowerCase());
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  const from = Math.max(0, Math.max(at, 0) - width / 2);
  const text = body
    .slice(from, from + width)
    .replace(/\s+/g, ' ')
    .trim();
  return { snippet: `${from > 0 ? '…' : ''}${text}${from + width < body.length ? '…' : ''}`, at };
}

export function search(ctx: StoreCtx, words: string, p: Page = {}): SearchHit[] {
  const q = ftsQuery(words);
  if (!q) return [];
  const { limit, offset } = page(p.limit, p.offset, 20);
  const terms = [...q.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);
  const bodies = new BodyCache(ctx);
  const docs = ctx.st
    .get(
      `SELECT d.id, d.key, d.title, snippet(documents_fts, 1, '[', ']', '…', 16) AS snip
       FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
       WHERE documents_fts MATCH ? ORDER BY documents_fts.rowid DESC LIMIT ? OFFSET ?`,
    )
    .all(q, limit, offset) as { id: number; key: string; title: string | null; snip: string }[];
  const hits: SearchHit[] = docs.map((d) => ({
    kind: 'document',
    doc: d.key,
    title: d.title,
    snippet: d.snip,
  }));
  const quotes = ctx.st
    .get(
      `SELECT q.* FROM quotes_fts f JOIN quotes q ON q.id = f.rowid
       WHERE quotes_fts MATCH ? ORDER BY f.rowid DESC LIMIT ? OFFSET ?`,
    )
    .all(q, limit, offset) as QuoteRow[];
  for (const r of quotes) {
    const quote = toQuote(ctx, r, bodies);
    const d = bodies.doc(r.doc);
    hits.push({
      kind: 'quote',
      doc: d.key,
      title: null,
      snippet: snippetAround(quote.text, terms).snippet,
      start: quote.start,
      end: quote.end,
      speaker: quote.speaker,
    });
  }
  return hits;
}
