// Versioned schema: each entry runs once, in order, inside one transaction, and its number is
// recorded in schema_version. Never edit a released migration; add the next one.
//
// Compactness (the store holds millions of events): actors, outlets and rule names are integer
// ids from dictionary tables; dates are day numbers (days since 1970-01-01) with a precision;
// CAMEO codes are packed integers (see codes.ts); evidence, quotes and mentions are offsets into
// the stored document text, never copies of it.

import { monthIndex } from '../../stories/index.js';
import type { Db } from './db-types.js';
import { unpackActors } from './encode.js';
import { rebuildMonths, refreshSlices, refreshYears } from './network-slices.js';
import { RollupTally } from './rollup-tally.js';

/** SQL, or a step that also needs code (counting rows again). */
export type Migration = string | ((db: Db) => void);

export const MIGRATIONS: readonly Migration[] = [
  // 1: documents, actors, events, stories, conflicts, relations, quotes, rollups, full text.
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;

  CREATE TABLE outlets (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
  CREATE TABLE rules (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);

  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    hash BLOB NOT NULL,
    title TEXT, published TEXT, published_from TEXT, url TEXT, source TEXT, author TEXT,
    origin TEXT, format TEXT,
    outlet INTEGER NOT NULL,
    body TEXT NOT NULL,
    -- 1 when the body has characters outside the BMP, so SQL substr() cannot stand in for JS slicing.
    astral INTEGER NOT NULL DEFAULT 0,
    dup_of INTEGER,
    first_event INTEGER NOT NULL DEFAULT 0,
    n_events INTEGER NOT NULL DEFAULT 0,
    ingested_at INTEGER NOT NULL
  );
  CREATE INDEX documents_hash ON documents(hash);
  -- Locality-sensitive hashing bands of the MinHash signature: near-duplicate candidates.
  CREATE TABLE lsh (band INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (band, doc)) WITHOUT ROWID;

  CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    -- The affiliation the knowledge base gives, else the first one a document gave.
    affil INTEGER,
    from_kb INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE actor_names (actor INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (actor, name)) WITHOUT ROWID;
  CREATE TABLE actor_affil (actor INTEGER NOT NULL, affil INTEGER NOT NULL, PRIMARY KEY (actor, affil)) WITHOUT ROWID;
  -- Entities as each document named them; mentions packed as varint (start delta, length) pairs.
  CREATE TABLE doc_entities (
    doc INTEGER NOT NULL, actor INTEGER NOT NULL, name TEXT NOT NULL, affil INTEGER, linked_by TEXT,
    mentions BLOB NOT NULL, PRIMARY KEY (doc, actor)
  ) WITHOUT ROWID;

  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL,
    code INTEGER NOT NULL,
    gs INTEGER NOT NULL,            -- Goldstein x 10
    day INTEGER NOT NULL,           -- first day of the date; -1 when undated
    prec INTEGER NOT NULL,          -- 0 undated, 1 year, 2 month, 3 day
    place INTEGER,
    actors BLOB NOT NULL,           -- varints: number of sources, sources, targets
    ev_start INTEGER NOT NULL,
    ev_len INTEGER NOT NULL,
    ev_text TEXT,                   -- only when the evidence text is not the body at its offsets
    conf INTEGER NOT NULL,          -- confidence x 100
    neg INTEGER NOT NULL DEFAULT 0,
    rule INTEGER,
    story INTEGER NOT NULL,         -- the story's id is the id of its first report
    joined INTEGER                  -- rule that joined it to its story; NULL for the first report
  );
  CREATE INDEX events_day ON events(day);
  CREATE INDEX events_code ON events(code, day);
  CREATE INDEX events_place ON events(place, day) WHERE place IS NOT NULL;
  -- Later reports of a story (its first report is the event with the story's id).
  CREATE INDEX events_joined ON events(story) WHERE joined IS NOT NULL;
  -- Event participants, by actor and date: actor timelines and filters without touching events.
  CREATE TABLE ea (
    actor INTEGER NOT NULL, day INTEGER NOT NULL, event INTEGER NOT NULL,
    role INTEGER NOT NULL,          -- 1 source, 2 target, 3 both
    code INTEGER NOT NULL,
    PRIMARY KEY (actor, day, event)
  ) WITHOUT ROWID;
  CREATE TABLE codes_seen (code INTEGER PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;

  CREATE TABLE stories (
    id INTEGER PRIMARY KEY,         -- = the id of its first report
    rep INTEGER NOT NULL,           -- the report whose actors the story shows
    code INTEGER NOT NULL,
    day INTEGER NOT NULL,           -- the most precise member date
    prec INTEGER NOT NULL,
    place INTEGER,
    neg INTEGER NOT NULL DEFAULT 0,
    n_reports INTEGER NOT NULL DEFAULT 1,
    n_sources INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX stories_multi ON stories(id) WHERE n_reports > 1;
  -- Lookup of candidate stories by root, pair of actor bases (see stories/match.ts; b = 0 for no
  -- target) and the first report's date, carrying that first report (code, polarity, place,
  -- actors as in events) so that most candidates are rejected without reading anything else.
  CREATE TABLE story_keys (
    root INTEGER NOT NULL, a INTEGER NOT NULL, b INTEGER NOT NULL, prec INTEGER NOT NULL, day INTEGER NOT NULL,
    story INTEGER NOT NULL,
    code INTEGER NOT NULL, neg INTEGER NOT NULL, place INTEGER, actors BLOB NOT NULL,
    PRIMARY KEY (root, a, b, prec, day, story)
  ) WITHOUT ROWID;
  -- Outlets of stories with more than one report (a single report has its document's outlet).
  CREATE TABLE story_outlets (story INTEGER NOT NULL, outlet INTEGER NOT NULL, PRIMARY KEY (story, outlet)) WITHOUT ROWID;

  CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    a_doc INTEGER NOT NULL, a_start INTEGER NOT NULL, a_end INTEGER NOT NULL,
    b_doc INTEGER NOT NULL, b_start INTEGER NOT NULL, b_end INTEGER NOT NULL,
    note TEXT NOT NULL,
    UNIQUE (kind, a_doc, a_start, b_doc, b_start)
  );

  CREATE TABLE relations (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    subject INTEGER NOT NULL,
    object INTEGER NOT NULL,
    role TEXT,
    start TEXT, "end" TEXT,
    start_day INTEGER,             -- first day of start, NULL when open
    end_day INTEGER,               -- last day of end, NULL when open
    negated INTEGER NOT NULL DEFAULT 0,
    former INTEGER NOT NULL DEFAULT 0,
    doc INTEGER,                   -- NULL: from the knowledge base
    ev_start INTEGER, ev_end INTEGER
  );
  CREATE INDEX relations_object ON relations(object, type, role, doc);
  CREATE INDEX relations_subject ON relations(subject, type);
  CREATE INDEX relations_doc ON relations(doc) WHERE doc IS NOT NULL;
  -- Dated facts (office and membership starts and ends) for cross-document date checks.
  CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL,
    type TEXT NOT NULL, subject INTEGER NOT NULL, object INTEGER, role TEXT, field TEXT NOT NULL,
    lo INTEGER NOT NULL, hi INTEGER NOT NULL, label TEXT NOT NULL,
    ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL
  );
  CREATE INDEX claims_subject ON claims(subject, type, field);

  CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL,
    speaker INTEGER,
    start INTEGER NOT NULL,
    len INTEGER NOT NULL,
    rule INTEGER,
    head INTEGER                    -- hash of the first words, for finding the same words elsewhere
  );
  CREATE INDEX quotes_speaker ON quotes(speaker, id);
  CREATE INDEX quotes_doc ON quotes(doc);
  CREATE INDEX quotes_head ON quotes(head) WHERE head IS NOT NULL;

  -- Rollups kept at ingest: profiles and histograms read these, never a busy actor's events.
  CREATE TABLE rollup_actor (
    actor INTEGER NOT NULL, month INTEGER NOT NULL, root INTEGER NOT NULL, n INTEGER NOT NULL, gs INTEGER NOT NULL,
    PRIMARY KEY (actor, month, root)
  ) WITHOUT ROWID;
  -- Month first: a network over a date range is one contiguous scan; a pair's timeline goes
  -- through the (a, b, month) index, whose entries never change once written.
  CREATE TABLE rollup_pair (
    month INTEGER NOT NULL, a INTEGER NOT NULL, b INTEGER NOT NULL, n INTEGER NOT NULL, gs INTEGER NOT NULL,
    PRIMARY KEY (month, a, b)
  ) WITHOUT ROWID;
  CREATE INDEX rollup_pair_ab ON rollup_pair(a, b, month);
  -- Both directions of every pair, so that an actor's partners are one range.
  CREATE TABLE pair_totals (
    x INTEGER NOT NULL, y INTEGER NOT NULL, n INTEGER NOT NULL, gs INTEGER NOT NULL, PRIMARY KEY (x, y)
  ) WITHOUT ROWID;
  CREATE TABLE rollup_outlet (actor INTEGER NOT NULL, outlet INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (actor, outlet)) WITHOUT ROWID;

  CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
  -- Quote text lives in the document body; the index keeps only the terms.
  CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='', tokenize='unicode61 remove_diacritics 2');
  `,
  // 2: counts, and rollups by CAMEO root for the network.
  migrateCountsAndRootNetwork,
  // 3: yearly rollups (all roots), so that a network over years reads a year's rows, not twelve months'.
  `
  CREATE TABLE rollup_year (
    year INTEGER NOT NULL, actor INTEGER NOT NULL, n INTEGER NOT NULL, gs INTEGER NOT NULL,
    PRIMARY KEY (year, actor)
  ) WITHOUT ROWID;
  INSERT INTO rollup_year (year, actor, n, gs)
    SELECT CASE WHEN month < 0 THEN -1 ELSE month / 12 END AS y, actor, sum(n), sum(gs)
    FROM rollup_month GROUP BY y, actor ORDER BY y, actor;
  CREATE TABLE rollup_pair_year (
    year INTEGER NOT NULL, a INTEGER NOT NULL, b INTEGER NOT NULL, n INTEGER NOT NULL, gs INTEGER NOT NULL,
    PRIMARY KEY (year, a, b)
  ) WITHOUT ROWID;
  INSERT INTO rollup_pair_year (year, a, b, n, gs)
    SELECT CASE WHEN month < 0 THEN -1 ELSE month / 12 END AS y, a, b, sum(n), sum(gs)
    FROM rollup_pair GROUP BY y, a, b ORDER BY y, a, b;
  `,
  // 4: the network's monthly slices (network-slices.ts) replace the rollups by month and by year
  // that only the network read.
  (db) => {
    db.exec(
      'CREATE TABLE network_month (month INTEGER PRIMARY KEY, actors BLOB NOT NULL, pairs BLOB NOT NULL)',
    );
    rebuildMonths(db);
    db.exec('DROP TABLE rollup_month; DROP TABLE rollup_year; DROP TABLE rollup_pair_year;');
  },
  // 5: yearly slices, the months of a year summed (network-slices.ts), for networks over years.
  (db) => {
    db.exec(
      'CREATE TABLE network_year (year INTEGER PRIMARY KEY, actors BLOB NOT NULL, pairs BLOB NOT NULL)',
    );
    refreshYears(db);
  },
  // 6: the whole store's network slice (network-slices.ts), for a network over all time.
  (db) => {
    db.exec(
      'CREATE TABLE network_all (id INTEGER PRIMARY KEY CHECK (id = 0), actors BLOB NOT NULL, pairs BLOB NOT NULL)',
    );
    refreshSlices(db);
  },
];

/**
 * The exact counts an event's clause gives ("2 missile;40 drone"), for inconsistent-number
 * conflicts (NULL for the many events without one). The pair rollup gains the CAMEO root, so a
 * network of some roots reads rollups too; a month-first actor rollup (all roots) finds a window's
 * busiest actors without reading their pairs. Pairs are counted again from the events.
 */
function migrateCountsAndRootNetwork(db: Db): void {
  db.exec(`
    ALTER TABLE events ADD COLUMN qty TEXT;
    DROP TABLE rollup_pair;
    CREATE TABLE rollup_pair (
      month INTEGER NOT NULL, root INTEGER NOT NULL, a INTEGER NOT NULL, b INTEGER NOT NULL,
      n INTEGER NOT NULL, gs INTEGER NOT NULL,
      PRIMARY KEY (month, root, a, b)
    ) WITHOUT ROWID;
    CREATE INDEX rollup_pair_ab ON rollup_pair(a, b, month);
    CREATE TABLE rollup_month (
      month INTEGER NOT NULL, actor INTEGER NOT NULL, n INTEGER NOT NULL, gs INTEGER NOT NULL,
      PRIMARY KEY (month, actor)
    ) WITHOUT ROWID;
    INSERT INTO rollup_month (month, actor, n, gs)
      SELECT month, actor, sum(n), sum(gs) FROM rollup_actor GROUP BY month, actor ORDER BY month, actor;
  `);
  const tally = new RollupTally();
  for (const r of db.prepare('SELECT day, code, gs, actors FROM events WHERE neg = 0').iterate() as Iterable<{
    day: number;
    code: number;
    gs: number;
    actors: Uint8Array;
  }>) {
    const { source, target } = unpackActors(r.actors);
    tally.addPairs(source, target, monthIndex(r.day), Math.floor(r.code / 1000), r.gs);
  }
  tally.writePairs(db);
}
