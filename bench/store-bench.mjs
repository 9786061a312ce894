#!/usr/bin/env node
// Store benchmark (not a test): builds a store of N synthetic events over Zipf-distributed actors
// (20,000 actors, s = 1: the busiest takes part in ~10% of events) in articles published in
// time order over 2015–2025 (as a news stream arrives), a quarter of the events further reports
// of a recent event; then times every query the CLI and API offer (p50/p95 over drawn
// parameters), the ingest rate of new articles into the full store, and the bytes each event
// takes on disk. Run `npm run build` first.
//   node bench/store-bench.mjs [--events 1000000] [--db FILE] [--reuse] [--runs 200] [--ingest 1000]
//     [--no-queries] [--batch-ms N (default: entente ingest's)] [--ingest-offset K]
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BATCH_MS } from '../dist/app/ingest-paths.js';
import { openSqliteStore } from '../dist/store/index.js';
import { BulkLoader } from '../dist/store/sqlite/bulk-load.js';
import { natoReference } from '../dist/store/testing/gold.js';
import { actorId, CODES, rng, syntheticArticle, world, zipf } from '../dist/store/testing/synthetic.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const EVENTS = Number(opt('--events', '1000000'));
const RUNS = Number(opt('--runs', '200'));
const INGEST = Number(opt('--ingest', '1000'));
const BATCH = Number(opt('--batch-ms', String(BATCH_MS)));
// Articles from further along the stream (another stream when reusing a store).
const OFFSET = Number(opt('--ingest-offset', '0'));
const ACTORS = 20_000;
const PER_DOC = 20;
const label = EVENTS >= 1e6 ? `${EVENTS / 1e6}M` : `${EVENTS / 1e3}k`;
const dbFile = opt('--db', join(here, 'out', `store-${label}.db`));
const outFile = join(here, 'out', 'store-bench.json');
mkdirSync(join(here, 'out'), { recursive: true });

// A reused store was built from world 1's stream; new articles for it come from another stream,
// or they would repeat the stored ones (and be skipped as unchanged).
const reusing = args.includes('--reuse') && existsSync(dbFile);
const w = world(reusing ? 1000 + Number(opt('--ingest-offset', '0')) : 1, ACTORS);
/** Recent events other articles may report again: [event id, doc index, spec]. */
const ring = [];
const RING = 20_000;
const FIRST_DAY = 16_436; // 2015-01-01
const SPAN = 4_017; // to 2025-12-31
const docsNeeded = Math.ceil(EVENTS / PER_DOC);
/** Article i of the stream: published in order, a few days' jitter. */
const publishedOf = (i) => FIRST_DAY + Math.floor((i / docsNeeded) * SPAN) + Math.floor(w.random() * 3);
function article(i, joinShare) {
  const joins = [];
  const template = () => {
    if (ring.length < 100 || w.random() >= joinShare) {
      joins.push(null);
      return null;
    }
    const [id, doc, spec] = ring[Math.floor(w.random() * ring.length)];
    if (doc === i) {
      joins.push(null);
      return null;
    }
    joins.push(id);
    // Another outlet often gives the same day only as its month.
    const date = spec.date && spec.date.length === 10 && w.random() < 0.3 ? spec.date.slice(0, 7) : spec.date;
    return { ...spec, date };
  };
  const a = syntheticArticle(w, i, {
    seed: 1,
    actors: ACTORS,
    events: PER_DOC,
    quotes: 3,
    template,
    published: publishedOf(i),
  });
  return { ...a, joins };
}
function remember(i, first, specs) {
  specs.forEach((s, k) => {
    if (ring.length < RING) ring.push([first + k, i, s]);
    else ring[Math.floor(w.random() * RING)] = [first + k, i, s];
  });
}

let buildSeconds = null;
if (!reusing) {
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  const t0 = performance.now();
  const store = openSqliteStore(dbFile);
  store.loadReference(natoReference());
  const loader = new BulkLoader(store);
  for (let i = 0; i < docsNeeded; i++) {
    const a = article(i, 0.25);
    remember(i, loader.add(a), a.specs);
    if (i % 10_000 === 0 && i)
      process.stderr.write(
        `  built ${i * PER_DOC} events (${((performance.now() - t0) / 1000).toFixed(0)} s)\r`,
      );
  }
  loader.finish();
  store.close();
  buildSeconds = (performance.now() - t0) / 1000;
  process.stderr.write(`\nbuilt ${EVENTS} events in ${buildSeconds.toFixed(1)} s\n`);
} else {
  // Re-create the generator state (the ring of recent events) without writing.
  for (let i = 0; i < docsNeeded; i++) {
    const a = article(i, 0.25);
    remember(i, i * PER_DOC + 1, a.specs);
  }
}

const store = openSqliteStore(dbFile);
const db = store.db;
const stats0 = store.stats();

// Bytes per event, from SQLite's page accounting.
const pages = db
  .prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC')
  .all();
const EVENT_TABLES = new Set([
  'events',
  'events_day',
  'events_code',
  'events_place',
  'events_joined',
  'ea',
  'codes_seen',
  'stories',
  'stories_multi',
  'story_keys',
  'story_outlets',
  'rollup_actor',
  'rollup_pair',
  'rollup_pair_ab',
  'rollup_month',
  'rollup_year',
  'rollup_pair_year',
  'pair_totals',
  'rollup_outlet',
  'actors',
  'sqlite_autoindex_actors_1',
  'actor_affil',
]);
const eventBytes = pages.filter((p) => EVENT_TABLES.has(p.name)).reduce((s, p) => s + p.bytes, 0);
const fileBytes = statSync(dbFile).size;

// Query timings.
const r = rng(99);
const pickActor = zipf(ACTORS, 1, r);
const actor = () => actorId(pickActor());
const pick = (xs) => xs[Math.floor(r() * xs.length)];
const day0 = 16_436;
const iso = (d) => new Date(d * 86_400_000).toISOString().slice(0, 10);
const windowOf = (days) => {
  const d = day0 + Math.floor(r() * (4017 - days));
  return { since: iso(d), until: iso(d + days) };
};
const maxStory = db.prepare('SELECT max(id) AS m FROM stories').get().m;
const maxDoc = db.prepare('SELECT max(id) AS m FROM documents').get().m;
const docKey = db.prepare('SELECT key FROM documents WHERE id = ?');
const words = w.words;
const queries = {
  'events actor': () => store.events({ actor: actor(), limit: 100 }),
  'events actor 90 days': () => store.events({ actor: actor(), ...windowOf(90), limit: 100 }),
  'events actor with actor': () => store.events({ actor: actor(), with: actor(), limit: 100 }),
  'events actor code root': () => store.events({ actor: actor(), code: pick(CODES).slice(0, 2), limit: 100 }),
  'events code root': () => store.events({ code: pick(CODES).slice(0, 2), limit: 100 }),
  'events code 4 digits': () => store.events({ code: pick(['0332', '0334', '1032']), limit: 100 }),
  'events code + 30 days': () => store.events({ code: pick(CODES), ...windowOf(30), limit: 100 }),
  'events 30 days': () => store.events({ ...windowOf(30), limit: 100 }),
  'events place': () => store.events({ place: `place:city-${Math.floor(r() * 200)}`, limit: 100 }),
  'events latest': () => store.events({ limit: 100 }),
  'stories page': () => store.stories({ limit: 50, offset: Math.floor(r() * 1000) }),
  'stories multi-report': () => store.stories({ minReports: 2, limit: 50 }),
  'stories actor': () => store.stories({ actor: actor(), limit: 50 }),
  'story by id': () => store.story(`s${1 + Math.floor(r() * maxStory)}`),
  conflicts: () => store.conflicts({ limit: 50 }),
  'timeline actor': () => store.timeline(actor()),
  'timeline pair': () => store.timeline(actor(), actor()),
  'entity profile': () => store.entity(actor()),
  'quotes speaker': () => store.quotes({ speaker: actor(), limit: 50 }),
  'quotes latest': () => store.quotes({ limit: 50 }),
  'search common word': () => store.search('person'),
  'search word': () => store.search(pick(words)),
  'search rare word': () => store.search(`${pickActor() + 10_000}`),
  'search phrase': () => store.search(`"${pick(words)} ${pick(words)}"`),
  'members on date': () => store.membersOn('org:NATO', iso(day0 + Math.floor(r() * 4017))),
  'office holder': () =>
    store.officeHolder('country:JPN', 'prime-minister', iso(day0 + Math.floor(r() * 4017))),
  stats: () => store.stats(),
  'document by id': () => store.document(docKey.get(1 + Math.floor(r() * maxDoc)).key),
  // The API's network: the busiest actors of a window (300 by default, 1000 at most) and their edges.
  'network one month, 300 actors': () => store.network({ ...windowOf(30), actors: 300 }),
  'network one month, 1000 actors': () => store.network({ ...windowOf(30), actors: 1000 }),
  'network one year, 300 actors': () => store.network({ ...windowOf(365), actors: 300 }),
  'network all years, 300 actors': () => store.network({ actors: 300 }),
  'network one month, roots 04+05': () =>
    store.network({ ...windowOf(30), roots: ['04', '05'], actors: 300 }),
};
const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const results = {};
for (const [name, fn] of args.includes('--no-queries') ? [] : Object.entries(queries)) {
  for (let i = 0; i < 5; i++) fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  results[name] = {
    p50: +pct(times, 50).toFixed(3),
    p95: +pct(times, 95).toFixed(3),
    max: +times[times.length - 1].toFixed(3),
  };
}

// Ingest rate of the next articles of the stream into the full store, committed as `entente
// ingest` commits (a batch per BATCH_MS). The articles and their extractions are made before the
// clock starts: the store's share of the work is timed, not the generator's.
const upcoming = [];
for (let i = 0; i < INGEST; i++) {
  const a = article(docsNeeded + OFFSET + i, 0.25);
  upcoming.push(a);
  // Later articles report these events again too (a reused store starts with none to repeat).
  if (reusing) remember(docsNeeded + OFFSET + i, 0, a.specs);
}
const t1 = performance.now();
const cpu1 = process.cpuUsage();
let added = 0;
let batchStart = performance.now();
store.beginBatch();
for (const a of upcoming) {
  if (performance.now() - batchStart > BATCH) {
    store.commitBatch();
    store.beginBatch();
    batchStart = performance.now();
  }
  if (store.ingestDocument(a.doc, a.extraction).status === 'added') added++;
}
store.commitBatch();
const ingestSeconds = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(cpu1);
const ingestCpuSeconds = (cpu.user + cpu.system) / 1e6;
const stats1 = store.stats();
store.close();

const target = EVENTS >= 5e6 ? 50 : 10;
const summary = {
  events: stats0.events,
  documents: stats0.documents,
  stories: stats0.stories,
  buildSeconds,
  fileBytes,
  bytesPerEventFile: +(fileBytes / stats0.events).toFixed(1),
  bytesPerEventEventData: +(eventBytes / stats0.events).toFixed(1),
  ingest: {
    batchMs: BATCH,
    articles: INGEST,
    added,
    seconds: +ingestSeconds.toFixed(2),
    articlesPerSecond: +(INGEST / ingestSeconds).toFixed(1),
    articlesPerCpuSecond: +(INGEST / ingestCpuSeconds).toFixed(1),
    eventsAdded: stats1.events - stats0.events,
    conflictsFound: stats1.conflicts - stats0.conflicts,
  },
  p95TargetMs: target,
  queries: results,
  tables: Object.fromEntries(pages.slice(0, 25).map((p) => [p.name, p.bytes])),
  node: process.version,
  loadAverage: loadavg().map((x) => +x.toFixed(2)),
  date: new Date().toISOString(),
};

const rows = Object.entries(results).map(
  ([k, v]) =>
    `${k.padEnd(26)} ${String(v.p50).padStart(9)} ${String(v.p95).padStart(9)} ${String(v.max).padStart(9)}  ${v.p95 < target ? 'ok' : 'SLOW'}`,
);
console.log(
  `\nstore of ${stats0.events.toLocaleString()} events, ${stats0.documents.toLocaleString()} documents, ${stats0.stories.toLocaleString()} stories`,
);
console.log(`query (ms)                       p50       p95       max  (target p95 < ${target} ms)`);
console.log(rows.join('\n'));
console.log(
  `\ningest into the full store: ${summary.ingest.articlesPerSecond} articles/s wall, ${summary.ingest.articlesPerCpuSecond} per CPU-second (${INGEST} articles of ${PER_DOC} events, batches of ${BATCH} ms, one core)`,
);
console.log(
  `bytes per event: ${summary.bytesPerEventEventData} (events, their indexes, stories, rollups) · ${summary.bytesPerEventFile} (whole file, article texts and full-text index included)`,
);
console.log(
  `largest parts: ${pages
    .slice(0, 8)
    .map((p) => `${p.name} ${(p.bytes / 2 ** 20).toFixed(0)} MiB`)
    .join(', ')}`,
);

// An ingest-only run (--no-queries) prints its figures and keeps the recorded ones.
if (!args.includes('--no-queries')) {
  const all = existsSync(outFile) ? JSON.parse(readFileSync(outFile, 'utf8')) : {};
  all[label] = summary;
  writeFileSync(outFile, `${JSON.stringify(all, null, 2)}\n`);
  console.log(`written to ${outFile}`);
}
