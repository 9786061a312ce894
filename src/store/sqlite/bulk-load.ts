// Loading many articles at once (benchmarks, imports of ready-made event data): the same rows as
// ingestDocument writes, but with secondary indexes dropped during the load, key-ordered tables
// filled by one sorted insert at the end, rollups summed in memory, and the story of each event
// given by the caller instead of searched for. No near-duplicate, conflict or claim checks.
import type { Extraction, SourceDocument } from '../../core/index.js';
import { monthIndex, parseDate, rootOf } from '../../stories/index.js';
import { contentHash } from '../content-hash.js';
import { bandKeys, shingles, signature } from '../minhash.js';
import { outletOf } from '../outlet.js';
import { packActors, packCode, packCounts, packSpans } from './encode.js';
import { rebuildSlices } from './network-slices.js';
import { RollupTally } from './rollup-tally.js';
import type { SqliteStore } from './sqlite-store.js';
import { fileStory } from './story-index.js';

export interface BulkArticle {
  doc: SourceDocument;
  extraction: Extraction;
  /** Per event: the id of an earlier event whose story it joins, or null for a story of its own. */
  joins?: (number | null)[];
}

const SECONDARY = [
  'events_day',
  'events_code',
  'events_place',
  'events_joined',
  'quotes_speaker',
  'quotes_head',
  'relations_object',
  'relations_subject',
  'relations_doc',
  'quotes_doc',
  'documents_hash',
  'rollup_pair_ab',
  'stories_multi',
  'claims_subject',
];

export class BulkLoader {
  private readonly indexSql = new Map<string, string>();
  private nextEvent: number;
  private readonly storyOf = new Map<number, number>();
  private readonly codes = new Map<number, number>();
  private readonly rollups = new RollupTally();
  private readonly counts = {
    documents: 0,
    events: 0,
    stories: 0,
    multi_stories: 0,
    quotes: 0,
    relations: 0,
  };
  private pending = 0;

  constructor(
    private readonly store: SqliteStore,
    private readonly batch = 2000,
  ) {
    const db = store.db;
    for (const name of SECONDARY) {
      const row = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?").get(name) as
        | { sql: string }
        | undefined;
      if (row) {
        this.indexSql.set(name, row.sql);
        db.exec(`DROP INDEX ${name}`);
      }
    }
    db.exec(`CREATE TABLE IF NOT EXISTS ea_load (actor INTEGER, day INTEGER, event INTEGER, role INTEGER, code INTEGER);

             CREATE TABLE IF NOT EXISTS lsh_load (band INTEGER, doc INTEGER);`);
    this.nextEvent =
      ((db.prepare('SELECT max(id) AS m FROM events').get() as { m: number | null }).m ?? 0) + 1;
    db.exec('BEGIN');
  }

  /** Stores one article; returns the id of its first event (the others follow in order). */
  add(a: BulkArticle): number {
    const { st, dict } = this.store.ctx;
    const { doc, extraction: ex } = a;
    const outlet = dict.outlet(outletOf(doc));
    const docId = Number(
      st
        .get(
          `INSERT INTO documents (key, hash, title, published, published_from, url, source, author, origin, format, outlet, body, astral, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
        )
        .run(
          doc.id,
          contentHash(doc.body),
          doc.title,
          doc.published,
          ex.document.publishedFrom,
          doc.url,
          doc.source,
          doc.author,
          doc.origin,
          doc.format,
          outlet,
          doc.body,
          Date.now(),
        ).lastInsertRowid,
    );
    st.get('INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)').run(
      docId,
      doc.title ?? '',
      doc.body,
    );
    const lsh = st.get('INSERT INTO lsh_load (band, doc) VALUES (?, ?)');
    for (const b of bandKeys(signature(shingles(doc.body)))) lsh.run(b, docId);
    const ent = st.get(
      'INSERT OR REPLACE INTO doc_entities (doc, actor, name, affil, linked_by, mentions) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const name = st.get('INSERT OR IGNORE INTO actor_names (actor, name) VALUES (?, ?)');
    for (const e of ex.entities) {
      const id = dict.actor(e.id, e.name);
      name.run(id, e.name);
      if (e.affiliation) dict.addAffiliation(e.id, e.affiliation);
      ent.run(
        docId,
        id,
        e.name,
        e.affiliation ? dict.actor(e.affiliation) : null,
        null,
        packSpans(e.mentions),
      );
    }
    const rel = st.get(
      `INSERT INTO relations (type, subject, object, role, start, "end", start_day, end_day, negated, former, doc, ev_start, ev_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
    );
    for (const r of ex.relations) {
      rel.run(
        r.type,
        dict.actor(r.subject),
        dict.actor(r.object),
        r.role ?? null,
        r.start,
        r.end,
        parseDate(r.start)?.lo ?? null,
        parseDate(r.end)?.hi ?? null,
        r.negated ? 1 : 0,
        docId,
        r.evidence?.start ?? null,
        r.evidence?.end ?? null,
      );
    }
    const first = this.nextEvent;
    const insEvent = st.get(
      `INSERT INTO events (id, doc, code, gs, day, prec, place, actors, ev_start, ev_len, conf, neg, rule, story, joined, qty)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insStory = st.get(
      'INSERT INTO stories (id, rep, code, day, prec, place, neg) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const joinStory = st.get(
      'UPDATE stories SET n_reports = n_reports + 1, n_sources = n_sources + ? WHERE id = ?',
    );
    const seedOutlet = st.get(
      'SELECT d.outlet FROM stories s JOIN events e ON e.id = s.rep JOIN documents d ON d.id = e.doc WHERE s.id = ?',
    );
    const storyOutlet = st.get('INSERT OR IGNORE INTO story_outlets (story, outlet) VALUES (?, ?)');
    const ea = st.get('INSERT INTO ea_load (actor, day, event, role, code) VALUES (?, ?, ?, ?, ?)');
    const joinRule = dict.rule('bulk');
    ex.events.forEach((ev, i) => {
      const id = this.nextEvent++;
      const date = parseDate(ev.date);
      const day = date ? date.lo : -1;
      const prec = date ? date.prec : 0;
      const code = packCode(ev.code);
      const root = Number(rootOf(ev.code));
      const gs = Math.round(ev.goldstein * 10);
      const src = [...new Set(ev.source)].map((x) => dict.actor(x));
      const tgt = [...new Set(ev.target)].map((x) => dict.actor(x)).filter((x) => !src.includes(x));
      const place = ev.location ? dict.actor(ev.location) : null;
      const join = a.joins?.[i] ?? null;
      let story = join === null ? undefined : this.storyOf.get(join);
      if (story === undefined) {
        story = id;
        insStory.run(story, id, code, day, prec, place, ev.negated ? 1 : 0);
        fileStory(
          this.store.ctx,
          {
            code: ev.code,
            source: ev.source,
            target: ev.target,
            date,
            place: ev.location ?? null,
            negated: ev.negated === true,
          },
          { story, src, tgt, place },
          prec,
          day,
        );
        this.counts.stories++;
      } else {
        const seed = (seedOutlet.get(story) as { outlet: number }).outlet;
        const had = storyOutlet.run(story, seed).changes > 0;
        if (had) this.counts.multi_stories++;
        joinStory.run(storyOutlet.run(story, outlet).changes, story);
      }
      this.storyOf.set(id, story);
      insEvent.run(
        id,
        docId,
        code,
        gs,
        day,
        prec,
        place,
        packActors(src, tgt),
        ev.evidence.start,
        ev.evidence.end - ev.evidence.start,
        Math.round(ev.confidence * 100),
        ev.negated ? 1 : 0,
        dict.rule(ev.rule),
        story,
        join === null ? null : joinRule,
        packCounts(ev.quantities),
      );
      for (const x of src) ea.run(x, day, id, tgt.includes(x) ? 3 : 1, code);
      for (const x of tgt) ea.run(x, day, id, 2, code);
      this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
      if (!ev.negated) this.rollups.add(src, tgt, monthIndex(day), root, gs, outlet);
    });
    if (ex.events.length)
      st.get('UPDATE documents SET first_event = ?, n_events = ? WHERE id = ?').run(
        first,
        ex.events.length,
        docId,
      );
    const q = st.get(
      'INSERT INTO quotes (doc, speaker, start, len, rule, head) VALUES (?, ?, ?, ?, ?, NULL)',
    );
    const fts = st.get('INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)');
    for (const x of ex.quotes) {
      const qid = Number(
        q.run(docId, x.speaker ? dict.actor(x.speaker) : null, x.start, x.end - x.start, null)
          .lastInsertRowid,
      );
      fts.run(qid, x.text);
    }
    this.counts.documents++;
    this.counts.events += ex.events.length;
    this.counts.quotes += ex.quotes.length;
    this.counts.relations += ex.relations.length;
    if (++this.pending >= this.batch) {
      this.store.db.exec('COMMIT; BEGIN');
      this.pending = 0;
    }
    return first;
  }

  /** Sorted inserts of the key-ordered tables and rollups, then the indexes again. */
  finish(): void {
    const db = this.store.db;
    db.exec(`INSERT OR IGNORE INTO ea SELECT actor, day, event, role, code FROM ea_load ORDER BY actor, day, event;
             INSERT OR IGNORE INTO lsh SELECT band, doc FROM lsh_load ORDER BY band, doc;
             DROP TABLE ea_load; DROP TABLE lsh_load;`);
    this.rollups.write(db);
    rebuildSlices(db);
    const codes = db.prepare(
      'INSERT INTO codes_seen (code, n) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET n = n + excluded.n',
    );
    for (const [c, n] of this.codes) codes.run(c, n);
    const meta = db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = value + excluded.value',
    );
    for (const [k, v] of Object.entries(this.counts)) meta.run(k, v);
    db.exec('COMMIT');
    for (const sql of this.indexSql.values()) db.exec(sql);
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
}
