// Documents back in the contract's shape, the event rows of the GDELT-style export, and the
// store's counts.
import { statSync } from 'node:fs';
import type { Entity, EntityType, Extraction, Relation } from '../../../core/index.js';
import { formatDate } from '../../../stories/index.js';
import type { ExportEvent, StoreStats } from '../../store.js';
import type { StoreCtx } from '../context.js';
import { unpackSpans } from '../encode.js';
import { eventsOfDocument, hydrateEvents } from './events.js';

interface DocRow {
  id: number;
  key: string;
  title: string | null;
  published: string | null;
  published_from: Extraction['document']['publishedFrom'] | null;
  url: string | null;
  source: string | null;
  author: string | null;
  body: string;
  dup_of: number | null;
  first_event: number;
  n_events: number;
}

function extractionOf(ctx: StoreCtx, d: DocRow): Extraction {
  const body = d.body;
  const entities: Entity[] = (
    ctx.st
      .get('SELECT actor, name, affil, linked_by, mentions FROM doc_entities WHERE doc = ?')
      .all(d.id) as {
      actor: number;
      name: string;
      affil: number | null;
      linked_by: string | null;
      mentions: Uint8Array;
    }[]
  ).map((r) => {
    const id = ctx.dict.actorKey(r.actor);
    const e: Entity = {
      id,
      type: id.slice(0, id.indexOf(':')) as EntityType,
      name: r.name,
      mentions: unpackSpans(r.mentions).map((s) => ({ ...s, text: body.slice(s.start, s.end) })),
    };
    if (r.affil !== null) e.affiliation = ctx.dict.actorKey(r.affil);
    if (r.linked_by) e.linkedBy = r.linked_by;
    return e;
  });
  const events = eventsOfDocument(ctx, d).map((e) => {
    const out: Extraction['events'][number] = {
      code: e.code,
      root: e.root,
      goldstein: e.goldstein,
      source: e.source,
      target: e.target,
      date: e.date,
      location: e.location,
      evidence: e.evidence,
      confidence: e.confidence,
      rule: e.rule,
    };
    if (e.negated) out.negated = true;
    return out;
  });
  const quotes = (
    ctx.st.get('SELECT speaker, start, len, rule FROM quotes WHERE doc = ? ORDER BY id').all(d.id) as {
      speaker: number | null;
      start: number;
      len: number;
      rule: number | null;
    }[]
  ).map((q) => {
    const out: Extraction['quotes'][number] = {
      speaker: q.speaker === null ? null : ctx.dict.actorKey(q.speaker),
      text: body.slice(q.start, q.start + q.len),
      start: q.start,
      end: q.start + q.len,
    };
    const rule = ctx.dict.ruleName(q.rule);
    if (rule) out.rule = rule;
    return out;
  });
  const relations: Relation[] = (
    ctx.st.get('SELECT * FROM relations WHERE doc = ? ORDER BY id').all(d.id) as {
      type: Relation['type'];
      subject: number;
      object: number;
      role: string | null;
      start: string | null;
      end: string | null;
      negated: number;
      former: number;
      ev_start: number | null;
      ev_end: number | null;
    }[]
  ).map((r) => {
    const out: Relation = {
      type: r.type,
      subject: ctx.dict.actorKey(r.subject),
      object: ctx.dict.actorKey(r.object),
      start: r.start,
      end: r.end,
      negated: r.negated === 1,
    };
    if (r.role) out.role = r.role;
    if (r.former) out.former = true;
    if (r.ev_start !== null && r.ev_end !== null)
      out.evidence = { start: r.ev_start, end: r.ev_end, text: body.slice(r.ev_start, r.ev_end) };
    return out;
  });
  return {
    document: {
      id: d.key,
      title: d.title,
      published: d.published,
      publishedFrom: d.published_from ?? 'unknown',
      url: d.url,
      source: d.source,
      author: d.author,
    },
    entities,
    events,
    quotes,
    relations,
  };
}

export function documentById(
  ctx: StoreCtx,
  key: string,
): { extraction: Extraction; text: string; duplicateOf: string | null } | null {
  const d = ctx.st.get('SELECT * FROM documents WHERE key = ?').get(key) as DocRow | undefined;
  if (!d) return null;
  const dup =
    d.dup_of === null
      ? null
      : (ctx.st.get('SELECT key FROM documents WHERE id = ?').get(d.dup_of) as { key: string }).key;
  return { extraction: extractionOf(ctx, d), text: d.body, duplicateOf: dup };
}

export function* allExtractions(ctx: StoreCtx): Iterable<Extraction> {
  // Pages by id rather than one long-running iterator, so other statements can run in between.
  let last = 0;
  for (;;) {
    const rows = ctx.st
      .get('SELECT * FROM documents WHERE id > ? AND dup_of IS NULL ORDER BY id LIMIT 100')
      .all(last) as DocRow[];
    if (rows.length === 0) return;
    for (const d of rows) yield extractionOf(ctx, d);
    last = (rows[rows.length - 1] as DocRow).id;
  }
}

function countryOf(ctx: StoreCtx, key: string): string | null {
  if (key.startsWith('country:')) return key.slice(8);
  const states = ctx.dict.affiliations(key).filter((a) => a.startsWith('country:'));
  return states[0]?.slice(8) ?? null;
}

export function* exportEvents(ctx: StoreCtx): Iterable<ExportEvent> {
  const names = new Map<string, string>();
  const nameOf = (key: string) => {
    let n = names.get(key);
    if (n === undefined) {
      n =
        (ctx.st.get('SELECT name FROM actors WHERE key = ?').get(key) as { name: string } | undefined)
          ?.name ?? key;
      names.set(key, n);
    }
    return n;
  };
  let last = 0;
  for (;;) {
    const ids = (
      ctx.st.get('SELECT id FROM events WHERE id > ? ORDER BY id LIMIT 1000').all(last) as { id: number }[]
    ).map((r) => r.id);
    if (ids.length === 0) return;
    const docMeta = ctx.st.get('SELECT url, published FROM documents WHERE key = ?');
    for (const e of hydrateEvents(ctx, ids)) {
      const m = docMeta.get(e.doc) as { url: string | null; published: string | null };
      yield {
        ...e,
        sourceNames: e.source.map(nameOf),
        sourceCountries: e.source.map((a) => countryOf(ctx, a)),
        targetNames: e.target.map(nameOf),
        targetCountries: e.target.map((a) => countryOf(ctx, a)),
        url: m.url,
        published: m.published,
      };
    }
    last = ids[ids.length - 1] as number;
  }
}

export function stats(ctx: StoreCtx, file: string | null): StoreStats {
  const meta = new Map(
    (ctx.st.get('SELECT key, value FROM meta').all() as { key: string; value: number }[]).map((r) => [
      r.key,
      r.value,
    ]),
  );
  const n = (k: string) => meta.get(k) ?? 0;
  const first = ctx.st.get('SELECT day, prec FROM events WHERE day >= 0 ORDER BY day LIMIT 1').get() as
    | { day: number }
    | undefined;
  const last = ctx.st.get('SELECT day FROM events ORDER BY day DESC LIMIT 1').get() as
    | { day: number }
    | undefined;
  const count = (sql: string) => (ctx.st.get(sql).get() as { n: number }).n;
  let bytes = 0;
  if (file) {
    for (const f of [file, `${file}-wal`]) {
      try {
        bytes += statSync(f).size;
      } catch {
        // no WAL file right now
      }
    }
  }
  return {
    documents: n('documents'),
    nearDuplicates: n('near_duplicates'),
    events: n('events'),
    stories: n('stories'),
    multiSourceStories: n('multi_stories'),
    conflicts: count('SELECT max(id) AS n FROM conflicts') ?? 0,
    quotes: n('quotes'),
    relations: n('relations'),
    actors: count('SELECT max(id) AS n FROM actors') ?? 0,
    outlets: count('SELECT max(id) AS n FROM outlets') ?? 0,
    firstDate: first ? formatDate(first.day, 3) : null,
    lastDate: last && last.day >= 0 ? formatDate(last.day, 3) : null,
    bytes,
  };
}
