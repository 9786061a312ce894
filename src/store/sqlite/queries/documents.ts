// Documents back in the contract's shape, the event rows of the GDELT-style export, the actor
// network, and the store's counts.
import { statSync } from 'node:fs';
import type { Entity, EntityType, Extraction, Relation } from '../../../core/index.js';
import { filterBounds, formatDate, monthIndex } from '../../../stories/index.js';
import type { ActorEdge, ActorNode, ExportEvent, NetworkOptions, StoreStats } from '../../store.js';
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

/**
 * Months [lo, hi] (month indexes, -1 the undated) as the whole years they hold and the months
 * left at either end.
 */
export function splitYears(
  lo: number,
  hi: number,
): { years: [number, number] | null; months: [number, number][] } {
  const months: [number, number][] = [];
  let from = lo;
  if (from < 0) {
    if (hi >= -1) months.push([-1, -1]);
    from = 0;
  }
  if (hi < from) return { years: null, months };
  const y0 = Math.ceil(from / 12);
  const y1 = Math.floor((hi + 1) / 12) - 1;
  if (y0 > y1) return { years: null, months: [...months, [from, hi]] };
  if (from <= 12 * y0 - 1) months.push([from, 12 * y0 - 1]);
  if (12 * (y1 + 1) <= hi) months.push([12 * (y1 + 1), hi]);
  return { years: [y0, y1], months };
}

/**
 * The actor network over a date range, from the yearly and monthly rollups: nodes are actors, edges the
 * asserted events between two of them. `roots` keeps only events of those CAMEO roots; `actors`
 * keeps the busiest actors of the window (by their own event count) and the edges among them,
 * chosen in SQL so that a month of a large store never crosses into JavaScript whole.
 */
export function network(
  ctx: StoreCtx,
  opts: NetworkOptions = {},
): { nodes: ActorNode[]; edges: ActorEdge[] } {
  const lo = opts.since ? monthIndex(filterBounds(opts.since).lo) : -1;
  const hi = opts.until ? monthIndex(filterBounds(opts.until).hi) : 1e9;
  const roots = (opts.roots ?? []).map(Number).filter((r) => Number.isInteger(r) && r >= 1 && r <= 20);
  const weights = new Map<number, number>();
  // All roots: whole years from the yearly rollups, the months at either end from the monthly
  // ones. Some roots: the monthly pairs of those roots (a few percent of all events).
  const parts = roots.length ? { years: null, months: [[lo, hi] as [number, number]] } : splitYears(lo, hi);
  if (!parts.years && parts.months.length === 0) return { nodes: [], edges: [] };
  const rootSql = roots.length ? ` AND root IN (${roots.join(',')})` : '';
  // One SELECT per part of the window (and per column list), joined by UNION ALL.
  const branches = (
    tables: { year?: string; month: string },
    cols: string[],
    filter = '',
    perBranch: unknown[] = [],
  ) => {
    const sql: string[] = [];
    const params: unknown[] = [];
    for (const c of cols) {
      if (parts.years && tables.year) {
        sql.push(`SELECT ${c} FROM ${tables.year} WHERE year BETWEEN ? AND ?${filter}`);
        params.push(...parts.years, ...perBranch);
      }
      for (const m of parts.months) {
        sql.push(`SELECT ${c} FROM ${tables.month} WHERE month BETWEEN ? AND ?${rootSql}${filter}`);
        params.push(...m, ...perBranch);
      }
    }
    return { sql: sql.join(' UNION ALL '), params };
  };
  let pairFilter = '';
  let pairParams: unknown[] = [];
  if (opts.actors !== undefined) {
    const n = Math.max(1, Math.trunc(opts.actors));
    // The window's busiest actors by their own events: the actor rollups for all roots, the
    // pairs of the chosen roots otherwise.
    const q = roots.length
      ? branches({ month: 'rollup_pair' }, ['a AS x, n', 'b AS x, n'])
      : branches({ year: 'rollup_year', month: 'rollup_month' }, ['actor AS x, n']);
    const busiest = ctx.st
      .get(`SELECT x, sum(n) AS n FROM (${q.sql}) GROUP BY x ORDER BY n DESC, x LIMIT ?`)
      .raw()
      .all(...q.params, n) as [number, number][];
    for (const [a, c] of busiest) weights.set(a, c);
    const ids = JSON.stringify([...weights.keys()]);
    // Unary + keeps SQLite on the date range: probing the (a, b) index for every pair of
    // chosen actors costs a million lookups for a thousand actors.
    pairFilter = ' AND +a IN (SELECT value FROM json_each(?)) AND +b IN (SELECT value FROM json_each(?))';
    pairParams = [ids, ids];
  }
  const e = branches(
    { year: 'rollup_pair_year', month: 'rollup_pair' },
    ['a, b, n, gs'],
    pairFilter,
    pairParams,
  );
  const rows = ctx.st
    .get(`SELECT a, b, sum(n) AS n, sum(gs) AS gs FROM (${e.sql}) GROUP BY a, b`)
    .raw()
    .all(...e.params) as [number, number, number, number][];
  if (opts.actors === undefined) {
    for (const [a, b, n] of rows) {
      weights.set(a, (weights.get(a) ?? 0) + n);
      weights.set(b, (weights.get(b) ?? 0) + n);
    }
  }
  const actors = ctx.st
    .get(
      `SELECT a.id, a.key, a.name, a.type, f.key AS affil FROM actors a LEFT JOIN actors f ON f.id = a.affil
       WHERE a.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...weights.keys()])) as {
    id: number;
    key: string;
    name: string;
    type: string;
    affil: string | null;
  }[];
  const byId = new Map<number, ActorNode>();
  for (const a of actors) {
    const country = a.key.startsWith('country:')
      ? a.key.slice(8)
      : a.affil?.startsWith('country:')
        ? a.affil.slice(8)
        : null;
    byId.set(a.id, { id: a.key, name: a.name, type: a.type, country, events: weights.get(a.id) ?? 0 });
  }
  const key = (id: number) => byId.get(id)?.id ?? ctx.dict.actorKey(id);
  const edges: ActorEdge[] = rows.map(([a, b, n, gs]) => ({
    a: key(a),
    b: key(b),
    events: n,
    goldstein: gs / 10,
  }));
  return { nodes: [...byId.values()], edges };
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
