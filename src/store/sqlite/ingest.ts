// Storing one document and what was read in it, in one transaction: a crash leaves the
// document either wholly stored or absent. Re-ingesting the same content changes nothing;
// a near-duplicate is kept (searchable, linked to its original) without its events.
import { EntenteError, type Extraction, type SourceDocument } from '../../core/index.js';
import { type Precision, parseDate, rootOf } from '../../stories/index.js';
import { contentHash } from '../content-hash.js';
import { bandKeys, jaccard, NEAR_DUPLICATE_JACCARD, shingles, signature } from '../minhash.js';
import { outletOf } from '../outlet.js';
import type { IngestOptions, IngestResult } from '../store.js';
import type { DocCtx, PendingEvent, StoreCtx } from './context.js';
import { packActors, packCode, packCounts, packSpans } from './encode.js';
import { checkClaims, storeQuotes } from './fact-checks.js';
import { addRollups } from './rollups.js';
import { placeEvents } from './story-index.js';

export function hasContent(ctx: StoreCtx, body: string): boolean {
  return ctx.st.get('SELECT 1 FROM documents WHERE hash = ?').get(contentHash(body)) !== undefined;
}

export function ingestDocument(
  ctx: StoreCtx,
  doc: SourceDocument,
  ex: Extraction,
  opts: IngestOptions = {},
): IngestResult {
  const hash = contentHash(doc.body);
  const same = ctx.st.get('SELECT key FROM documents WHERE hash = ?').get(hash) as
    | { key: string }
    | undefined;
  if (same) return { status: 'unchanged', docId: same.key, events: 0 };
  const sh = shingles(doc.body);
  const bands = bandKeys(signature(sh));
  // Inside a batch the document's network additions wait for the batch's commit.
  const inBatch = ctx.db.inTransaction;
  try {
    return ctx.db.transaction(() => {
      const r = write(ctx, doc, ex, opts, hash, sh, bands);
      if (inBatch) ctx.slices.batch.absorb(ctx.slices.doc);
      else ctx.slices.doc.write(ctx.db);
      return r;
    })();
  } catch (e) {
    ctx.slices.doc.clear();
    ctx.dict.reset();
    if (e instanceof EntenteError) throw e;
    throw new EntenteError(
      'DB',
      `could not store the document: ${(e as Error).message}`,
      doc.origin || doc.id,
    );
  }
}

function nearDuplicateOf(
  ctx: StoreCtx,
  sh: Set<number>,
  bands: number[],
): { id: number; key: string } | null {
  const seen = new Set<number>();
  const q = ctx.st.get('SELECT doc FROM lsh WHERE band = ?');
  for (const b of bands) for (const r of q.all(b) as { doc: number }[]) seen.add(r.doc);
  let best: { id: number; key: string; j: number } | null = null;
  for (const id of seen) {
    const row = ctx.st.get('SELECT key, body, dup_of FROM documents WHERE id = ?').get(id) as {
      key: string;
      body: string;
      dup_of: number | null;
    };
    const j = jaccard(sh, shingles(row.body));
    if (j >= NEAR_DUPLICATE_JACCARD && (!best || j > best.j))
      best = { id: row.dup_of ?? id, key: row.key, j };
  }
  if (!best) return null;
  const orig = ctx.st.get('SELECT key FROM documents WHERE id = ?').get(best.id) as { key: string };
  return { id: best.id, key: orig.key };
}

/** The contract id, made unique if a different text already took it ("name", "name~2", ...). */
function uniqueKey(ctx: StoreCtx, id: string): string {
  const taken = ctx.st.get('SELECT 1 FROM documents WHERE key = ?');
  if (!taken.get(id)) return id;
  for (let n = 2; ; n++) if (!taken.get(`${id}~${n}`)) return `${id}~${n}`;
}

function bump(ctx: StoreCtx, counts: Record<string, number>): void {
  const up = ctx.st.get(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = value + excluded.value',
  );
  for (const [k, v] of Object.entries(counts)) if (v) up.run(k, v);
}

function write(
  ctx: StoreCtx,
  doc: SourceDocument,
  ex: Extraction,
  opts: IngestOptions,
  hash: Buffer,
  sh: Set<number>,
  bands: number[],
): IngestResult {
  const dup = nearDuplicateOf(ctx, sh, bands);
  const key = uniqueKey(ctx, doc.id);
  const outlet = ctx.dict.outlet(opts.outlet ?? outletOf(doc));
  const info = ex.document;
  const docId = Number(
    ctx.st
      .get(
        `INSERT INTO documents (key, hash, title, published, published_from, url, source, author, origin, format,
           outlet, body, astral, dup_of, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        key,
        hash,
        info.title ?? doc.title,
        info.published ?? doc.published,
        info.publishedFrom,
        doc.url,
        doc.source,
        doc.author,
        doc.origin,
        doc.format,
        outlet,
        doc.body,
        /[\uD800-\uDFFF]/.test(doc.body) ? 1 : 0,
        dup?.id ?? null,
        Date.now(),
      ).lastInsertRowid,
  );
  ctx.st
    .get('INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)')
    .run(docId, info.title ?? doc.title ?? '', doc.body);
  if (dup) {
    bump(ctx, { near_duplicates: 1 });
    return { status: 'near-duplicate', docId: key, duplicateOf: dup.key, events: 0 };
  }
  const lsh = ctx.st.get('INSERT OR IGNORE INTO lsh (band, doc) VALUES (?, ?)');
  for (const b of bands) lsh.run(b, docId);

  const d: DocCtx = { id: docId, key, body: doc.body, outlet, published: info.published ?? doc.published };
  storeEntities(ctx, d, ex);
  const relations = storeRelations(ctx, d, ex);
  checkClaims(ctx, d, ex.entities, ex.relations);
  const events = storeEvents(ctx, d, ex);
  storeQuotes(ctx, d, ex.quotes);
  bump(ctx, { documents: 1, events, quotes: ex.quotes.length, relations });
  return { status: 'added', docId: key, events };
}

function storeEntities(ctx: StoreCtx, d: DocCtx, ex: Extraction): void {
  const ins = ctx.st.get(
    'INSERT OR REPLACE INTO doc_entities (doc, actor, name, affil, linked_by, mentions) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const name = ctx.st.get('INSERT OR IGNORE INTO actor_names (actor, name) VALUES (?, ?)');
  const rename = ctx.st.get('UPDATE actors SET name = ? WHERE id = ? AND from_kb = 0 AND name = key');
  for (const e of ex.entities) {
    const id = ctx.dict.actor(e.id, e.name);
    rename.run(e.name, id);
    name.run(id, e.name);
    for (const m of e.mentions) if (m.text && m.text !== e.name) name.run(id, m.text);
    if (e.affiliation) ctx.dict.addAffiliation(e.id, e.affiliation);
    ins.run(
      d.id,
      id,
      e.name,
      e.affiliation ? ctx.dict.actor(e.affiliation) : null,
      e.linkedBy ?? null,
      packSpans(e.mentions),
    );
  }
}

function storeRelations(ctx: StoreCtx, d: DocCtx, ex: Extraction): number {
  const ins = ctx.st.get(
    `INSERT INTO relations (type, subject, object, role, start, "end", start_day, end_day, negated, former, doc, ev_start, ev_end)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of ex.relations) {
    ins.run(
      r.type,
      ctx.dict.actor(r.subject),
      ctx.dict.actor(r.object),
      r.role ?? null,
      r.start,
      r.end,
      parseDate(r.start)?.lo ?? null,
      parseDate(r.end)?.hi ?? null,
      r.negated ? 1 : 0,
      r.former ? 1 : 0,
      d.id,
      r.evidence?.start ?? null,
      r.evidence?.end ?? null,
    );
    // A current office says whom the person acts for.
    if (r.type === 'holds_office' && !r.negated && !r.former && !r.end)
      ctx.dict.addAffiliation(r.subject, r.object);
  }
  return ex.relations.length;
}

/**
 * The date stories compare. A date the extractor only took from the publication date places
 * the event in that year at best; a war or occupation (CAMEO 19, 20) goes on across years, so
 * a report of it without a date of its own matches any date.
 */
function matchDate(
  ev: Extraction['events'][number],
  date: ReturnType<typeof parseDate>,
): ReturnType<typeof parseDate> {
  if (ev.dateFrom !== 'published' || !ev.date) return date;
  if (ev.code.startsWith('19') || ev.code.startsWith('20')) return null;
  return parseDate(ev.date.slice(0, 4));
}

function storeEvents(ctx: StoreCtx, d: DocCtx, ex: Extraction): number {
  if (ex.events.length === 0) return 0;
  const firstId = ((ctx.st.get('SELECT max(id) AS m FROM events').get() as { m: number | null }).m ?? 0) + 1;
  const pending: PendingEvent[] = ex.events.map((ev, index) => {
    const date = parseDate(ev.date);
    const prec: Precision = date ? date.prec : 0;
    const source = [...new Set(ev.source)];
    const target = [...new Set(ev.target)].filter((t) => !source.includes(t));
    return {
      index,
      id: firstId + index,
      ev,
      packed: packCode(ev.code),
      src: source.map((a) => ctx.dict.actor(a)),
      tgt: target.map((a) => ctx.dict.actor(a)),
      match: {
        code: ev.code,
        source,
        target,
        date: matchDate(ev, date),
        place: ev.location ?? null,
        negated: ev.negated === true,
      },
      date,
      day: date ? date.lo : -1,
      prec,
      place: ev.location ? ctx.dict.actor(ev.location) : null,
      evStart: ev.evidence.start,
      evEnd: ev.evidence.end,
    };
  });
  const placed = placeEvents(ctx, d, pending);
  const ins = ctx.st.get(
    `INSERT INTO events (id, doc, code, gs, day, prec, place, actors, ev_start, ev_len, ev_text, conf, neg, rule, story, joined, qty)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const ea = ctx.st.get('INSERT OR IGNORE INTO ea (actor, day, event, role, code) VALUES (?, ?, ?, ?, ?)');
  const seen = ctx.st.get(
    'INSERT INTO codes_seen (code, n) VALUES (?, 1) ON CONFLICT (code) DO UPDATE SET n = n + 1',
  );
  let stories = 0;
  for (const p of pending) {
    const ev = p.ev;
    const evText = d.body.slice(p.evStart, p.evEnd) === ev.evidence.text ? null : ev.evidence.text;
    const story = placed.story[p.index] as number;
    const joined = placed.joined[p.index] ?? null;
    if (joined === null) stories++;
    ins.run(
      p.id,
      d.id,
      p.packed,
      Math.round(ev.goldstein * 10),
      p.day,
      p.prec,
      p.place,
      packActors(p.src, p.tgt),
      p.evStart,
      p.evEnd - p.evStart,
      evText,
      Math.round(ev.confidence * 100),
      p.match.negated ? 1 : 0,
      ctx.dict.rule(ev.rule),
      story,
      ctx.dict.rule(joined),
      packCounts(ev.quantities),
    );
    for (const a of p.src) ea.run(a, p.day, p.id, p.tgt.includes(a) ? 3 : 1, p.packed);
    for (const a of p.tgt) ea.run(a, p.day, p.id, 2, p.packed);
    seen.run(p.packed);
    if (!p.match.negated) addRollups(ctx, d, p, Number(rootOf(ev.code)), Math.round(ev.goldstein * 10));
  }
  ctx.st
    .get('UPDATE documents SET first_event = ?, n_events = ? WHERE id = ?')
    .run(firstId, pending.length, d.id);
  bump(ctx, { stories });
  return pending.length;
}
