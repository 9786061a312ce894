// Cross-document checks on dated facts and on quotes, run as each document is stored.
import type { Entity, Quote, Relation } from '../../core/index.js';
import {
  claimsFromRelations,
  claimsFromText,
  type FactClaim,
  headHash,
  intersects,
  isoDay,
  MIN_QUOTE_WORDS,
  quoteWords,
  sameFact,
  sharesWords,
  windowHashes,
} from '../../stories/index.js';
import { addConflict, type DocCtx, type StoreCtx } from './context.js';

interface StoredClaim {
  doc: number;
  type: string;
  subject: number;
  object: number | null;
  role: string | null;
  field: 'start' | 'end';
  lo: number;
  hi: number;
  label: string;
  ev_start: number;
  ev_end: number;
}

/** The document's dated facts, one per fact and passage: the most precise where two say the same. */
function docClaims(doc: DocCtx, entities: readonly Entity[], relations: readonly Relation[]): FactClaim[] {
  const all = [
    ...claimsFromRelations(relations),
    ...claimsFromText(doc.body, entities, relations, doc.published),
  ];
  return all.filter(
    (c) =>
      !all.some(
        (o) =>
          o !== c &&
          sameFact(o, c) &&
          o.lo >= c.lo &&
          o.hi <= c.hi &&
          (o.hi - o.lo < c.hi - c.lo || all.indexOf(o) < all.indexOf(c)),
      ),
  );
}

function label(c: { label: string; lo: number; hi: number }): string {
  return /^\d{4}(-\d{2}){0,2}$/.test(c.label) ? c.label : `"${c.label}" (${isoDay(c.lo)}…${isoDay(c.hi)})`;
}

/** Known terms of an office from the knowledge base: two claims matching different terms do not conflict. */
function distinctTerms(ctx: StoreCtx, a: StoredClaim, b: StoredClaim): boolean {
  if (a.type !== 'holds_office') return false;
  const terms = ctx.st
    .get(
      "SELECT start_day, end_day FROM relations WHERE doc IS NULL AND type = 'holds_office' AND subject = ? AND object = ?",
    )
    .all(a.subject, a.object) as { start_day: number | null; end_day: number | null }[];
  if (terms.length < 2) return false;
  const point = (t: { start_day: number | null; end_day: number | null }) =>
    (a.field === 'start' ? t.start_day : t.end_day) ?? Number.NaN;
  const ia = terms.findIndex((t) => intersects({ lo: point(t), hi: point(t) }, a));
  const ib = terms.findIndex((t) => intersects({ lo: point(t), hi: point(t) }, b));
  return ia >= 0 && ib >= 0 && ia !== ib;
}

export function checkClaims(
  ctx: StoreCtx,
  doc: DocCtx,
  entities: readonly Entity[],
  relations: readonly Relation[],
): void {
  const ins = ctx.st.get(
    `INSERT INTO claims (doc, type, subject, object, role, field, lo, hi, label, ev_start, ev_end)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const prior = ctx.st.get('SELECT * FROM claims WHERE subject = ? AND type = ? AND field = ? AND doc <> ?');
  for (const c of docClaims(doc, entities, relations)) {
    const mine: StoredClaim = {
      doc: doc.id,
      type: c.type,
      subject: ctx.dict.actor(c.subject),
      object: c.object ? ctx.dict.actor(c.object) : null,
      role: c.role,
      field: c.field,
      lo: c.lo,
      hi: c.hi,
      label: c.label,
      ev_start: c.start,
      ev_end: c.end,
    };
    // One conflict per other document and fact: the most precise disagreeing pair.
    const worst = new Map<number, StoredClaim>();
    for (const o of prior.all(mine.subject, mine.type, mine.field, doc.id) as StoredClaim[]) {
      const same = o.object === mine.object && (!o.role || !mine.role || o.role === mine.role);
      if (!same || intersects(o, mine) || distinctTerms(ctx, o, mine)) continue;
      const seen = worst.get(o.doc);
      if (!seen || o.hi - o.lo < seen.hi - seen.lo) worst.set(o.doc, o);
    }
    for (const o of worst.values()) {
      const what =
        c.type === 'holds_office' ? `took office${c.role ? ` as ${c.role}` : ''}` : c.type.replace('_', ' ');
      addConflict(
        ctx,
        'inconsistent-date',
        { doc: o.doc, start: o.ev_start, end: o.ev_end },
        { doc: doc.id, start: c.start, end: c.end },
        `when ${c.subject} ${c.field === 'start' ? what : `ended (${what})`}: ${label(o)} in one report, ${label(c)} in the other`,
      );
    }
    ins.run(
      mine.doc,
      mine.type,
      mine.subject,
      mine.object,
      mine.role,
      mine.field,
      mine.lo,
      mine.hi,
      mine.label,
      mine.ev_start,
      mine.ev_end,
    );
  }
}

interface QuoteRow {
  id: number;
  doc: number;
  speaker: number | null;
  start: number;
  len: number;
}

/** Stores the document's quotes, noting words another document gives to a different speaker. */
export function storeQuotes(ctx: StoreCtx, doc: DocCtx, quotes: readonly Quote[]): void {
  const ins = ctx.st.get(
    'INSERT INTO quotes (doc, speaker, start, len, rule, head) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const fts = ctx.st.get('INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)');
  const byHead = ctx.st.get('SELECT id, doc, speaker, start, len FROM quotes WHERE head = ? LIMIT 20');
  const byText = ctx.st.get(
    'SELECT q.id, q.doc, q.speaker, q.start, q.len FROM quotes_fts f JOIN quotes q ON q.id = f.rowid WHERE quotes_fts MATCH ? LIMIT 20',
  );
  const bodyOf = ctx.st.get('SELECT body FROM documents WHERE id = ?');
  for (const q of quotes) {
    const words = quoteWords(q.text);
    const speaker = q.speaker ? ctx.dict.actor(q.speaker) : null;
    if (q.speaker && headHash(words) !== null) {
      const seen = new Map<number, QuoteRow>();
      for (const h of windowHashes(words)) for (const r of byHead.all(h) as QuoteRow[]) seen.set(r.id, r);
      // Longer stored quotes that may hold this one: those with its first words (checked whole below).
      for (const r of byText.all(`"${words.slice(0, MIN_QUOTE_WORDS).join(' ')}"`) as QuoteRow[])
        seen.set(r.id, r);
      for (const r of seen.values()) {
        if (r.doc === doc.id || r.speaker === null || r.speaker === speaker) continue;
        const other = ctx.dict.actorKey(r.speaker);
        const affil = (k: string) => ctx.dict.affiliations(k);
        if (affil(other).includes(q.speaker) || affil(q.speaker).includes(other)) continue;
        const body = (bodyOf.get(r.doc) as { body: string }).body;
        if (!sharesWords(quoteWords(body.slice(r.start, r.start + r.len)), words)) continue;
        addConflict(
          ctx,
          'misattribution',
          { doc: r.doc, start: r.start, end: r.start + r.len },
          { doc: doc.id, start: q.start, end: q.end },
          `the same words are given to ${other} in one report and to ${q.speaker} in the other`,
        );
      }
    }
    const id = Number(
      ins.run(doc.id, speaker, q.start, q.end - q.start, ctx.dict.rule(q.rule), headHash(words))
        .lastInsertRowid,
    );
    fts.run(id, q.text);
  }
}
