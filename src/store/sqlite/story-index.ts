// Stories kept up to date at ingest: each new report is compared with the stories filed under
// the same root and pair of actor bases around its date, merged by the strongest rule (complete
// linkage: it must match every member looked at), or starts a story of its own. The same
// comparison finds denials of reported events and reports that disagree on day or place.
//
// story_keys carries each story's first report (code, actors, date, place, polarity), so the
// candidates are read and mostly rejected from that one index; only those that match the first
// report cost a look at the story and its other reports.
import {
  assignReports,
  type BasePair,
  type Candidate,
  compareEvents,
  discrepancy,
  type Match,
  type MatchEvent,
  MERGE_THRESHOLD,
  moreSpecific,
  type Precision,
  probePairs,
  rootOf,
  storyPairs,
} from '../../stories/index.js';
import type { DocCtx, PendingEvent, StoreCtx } from './context.js';
import { packActors, packCode, unpackCode } from './encode.js';
import { type EventRow, MEMBER_COLUMNS, toMatchEvent } from './event-rows.js';
import { conflict } from './story-conflicts.js';
import { checkCounts } from './story-counts.js';

/** Members compared per story: the most recent ones, so a long-running story stays cheap. */
const MEMBERS_CHECKED = 8;
/** Candidate stories per probe pair for day and month dates; year and undated stories, fewer. */
const CANDIDATES_FINE = 12;
const CANDIDATES_COARSE = 6;

interface StoryRow {
  id: number;
  rep: number;
  code: number;
  day: number;
  prec: Precision;
  place: number | null;
  n_reports: number;
  n_sources: number;
}

interface Member {
  id: number;
  prec: Precision;
  match: MatchEvent;
}

interface Story {
  row: StoryRow;
  members: Member[];
}

/** Which report a story shows: the most precise date, then named people, then the finest code. */
function specificity(m: MatchEvent, prec: Precision): number {
  const persons = [...m.source, ...m.target].filter((a) => a.startsWith('person:')).length;
  return prec * 100 + persons * 10 + m.code.length;
}

/** The story of each report (a new story takes the id of its first report) and the rule that joined it. */
export function placeEvents(
  ctx: StoreCtx,
  doc: DocCtx,
  events: PendingEvent[],
): { story: number[]; joined: (string | null)[] } {
  const affil = (k: string) => ctx.dict.affiliations(k);
  const stories = new Map<number, Story>();
  const candidates: Candidate[] = [];

  for (const e of events) {
    for (const seed of candidateSeeds(ctx, e)) {
      const first = compareEvents(e.match, seed.match, affil);
      if (seed.match.negated !== e.match.negated) {
        if (first && first.score >= MERGE_THRESHOLD)
          conflict(ctx, doc, e, seed.id, 'contradiction', first.rule);
        continue;
      }
      if (!first) {
        const d = discrepancy(e.match, seed.match);
        if (d) conflict(ctx, doc, e, seed.id, d.kind, d.what);
        continue;
      }
      if (first.score < MERGE_THRESHOLD) continue;
      let s = stories.get(seed.id);
      if (!s) {
        s = loadStory(ctx, seed);
        stories.set(seed.id, s);
      }
      // Complete linkage over the story's recent reports.
      let score = first.score;
      let best: Match = first;
      let ok = true;
      for (const m of s.members) {
        if (m.id === seed.id) continue;
        const r = compareEvents(e.match, m.match, affil);
        if (!r) {
          ok = false;
          break;
        }
        score = Math.min(score, r.score);
        if (r.score > best.score) best = r;
      }
      if (ok && score >= MERGE_THRESHOLD)
        candidates.push({ event: e.index, story: seed.id, score, rule: best.rule });
    }
  }

  const chosen = assignReports(candidates);
  const story: number[] = [];
  const joined: (string | null)[] = [];
  for (const e of events) {
    const c = chosen.get(e.index);
    if (c) {
      checkCounts(ctx, doc, c.story, e);
      join(ctx, doc, stories.get(c.story) as Story, e);
      story.push(c.story);
      joined.push(c.rule);
    } else {
      create(ctx, e);
      story.push(e.id);
      joined.push(null);
    }
  }
  return { story, joined };
}

// Stories of the same root under a probe pair near the report's date whose first report has a
// compatible code and a date that may meet it (the exact checks follow in compareEvents). One
// window per precision of the first report's date; a day either side more for day dates, which
// are also checked for disagreeing.
const WINDOW = `
  SELECT * FROM (
    SELECT story, code, day, prec, place, neg, actors FROM story_keys
    WHERE root = $root AND a = $a AND b = $b AND prec = PREC AND day BETWEEN LO AND HI
      AND (code = $code OR code % 1000 IN (0, 11) OR $generic = 1
           OR ((code % 1000) / 11 = ($code % 1000) / 11 AND (code % 11 = 0 OR $code % 11 = 0)))
    ORDER BY day DESC, story DESC LIMIT N)`;
const windowSql = (prec: number, lo: string, hi: string) =>
  WINDOW.replace('PREC', String(prec))
    .replace('LO', lo)
    .replace('HI', hi)
    .replace('LIMIT N', `LIMIT ${prec >= 2 ? CANDIDATES_FINE : CANDIDATES_COARSE}`);
const CANDIDATES_DATED = [
  windowSql(3, '$lo - 2', '$hi + 2'),
  windowSql(2, '$lo - 31', '$hi'),
  windowSql(1, '$lo - 366', '$hi'),
  windowSql(0, '-1', '-1'),
].join('\nUNION ALL\n');
const CANDIDATES_UNDATED = [3, 2, 1, 0].map((p) => windowSql(p, '-1', '1e15')).join('\nUNION ALL\n');

interface SeedRow {
  story: number;
  code: number;
  day: number;
  prec: Precision;
  place: number | null;
  neg: number;
  actors: Uint8Array;
}

function candidateSeeds(ctx: StoreCtx, e: PendingEvent): { id: number; match: MatchEvent }[] {
  const out = new Map<number, { id: number; match: MatchEvent }>();
  const root = Number(rootOf(e.match.code));
  // The date the comparison uses: a date the extractor only took from the publication date is none.
  const date = e.match.date;
  const q = ctx.st.get(date ? CANDIDATES_DATED : CANDIDATES_UNDATED);
  const generic = e.packed % 1000 === 0 || e.packed % 1000 === 11 ? 1 : 0;
  for (const pair of probePairs(e.match, (k) => ctx.dict.affiliations(k))) {
    const ids = pairIds(ctx, pair, false);
    if (!ids) continue;
    const args = {
      root,
      a: ids[0],
      b: ids[1],
      code: e.packed,
      generic,
      lo: date?.lo ?? -1,
      hi: date?.hi ?? -1,
    };
    for (const r of q.all(args) as SeedRow[]) {
      if (!out.has(r.story)) out.set(r.story, { id: r.story, match: toMatchEvent(ctx, r) });
    }
  }
  return [...out.values()];
}

/** A base pair as actor ids (0 for no target), or null when an actor is not stored yet. */
function pairIds(ctx: StoreCtx, [x, y]: BasePair, create: boolean): [number, number] | null {
  const id = (k: string) => (create ? ctx.dict.actor(k) : ctx.dict.findActor(k));
  const a = id(x);
  const b = y === null ? 0 : id(y);
  if (a === undefined || b === undefined) return null;
  return a <= b ? [a, b] : [b, a];
}

/** Files a new story under its base pairs, with its first report. */
export function fileStory(
  ctx: StoreCtx,
  e: MatchEvent,
  ids: { story: number; src: number[]; tgt: number[]; place: number | null },
  prec: number,
  day: number,
): void {
  const root = Number(rootOf(e.code));
  const ins = ctx.st.get(
    `INSERT OR IGNORE INTO story_keys (root, a, b, prec, day, story, code, neg, place, actors)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const actors = packActors(ids.src, ids.tgt);
  for (const pair of storyPairs(e, (k) => ctx.dict.affiliations(k))) {
    const [a, b] = pairIds(ctx, pair, true) as [number, number];
    ins.run(root, a, b, prec, day, ids.story, packCode(e.code), e.negated ? 1 : 0, ids.place, actors);
  }
}

function loadStory(ctx: StoreCtx, seed: { id: number; match: MatchEvent }): Story {
  const row = ctx.st.get('SELECT * FROM stories WHERE id = ?').get(seed.id) as StoryRow;
  const members: Member[] = [];
  if (row.n_reports > 1) {
    const rows = ctx.st
      .get(
        `SELECT ${MEMBER_COLUMNS} FROM events WHERE story = ? AND joined IS NOT NULL ORDER BY id DESC LIMIT ${MEMBERS_CHECKED - 1}`,
      )
      .all(seed.id) as EventRow[];
    for (const r of rows) members.push({ id: r.id, prec: r.prec, match: toMatchEvent(ctx, r) });
  }
  return { row, members };
}

function create(ctx: StoreCtx, e: PendingEvent): void {
  ctx.st
    .get('INSERT INTO stories (id, rep, code, day, prec, place, neg) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(e.id, e.id, e.packed, e.day, e.prec, e.place, e.match.negated ? 1 : 0);
  fileStory(ctx, e.match, { story: e.id, src: e.src, tgt: e.tgt, place: e.place }, e.prec, e.day);
}

function join(ctx: StoreCtx, doc: DocCtx, s: Story, e: PendingEvent): void {
  const row = s.row;
  const code = moreSpecific(unpackCode(row.code), e.match.code);
  const finer = e.prec > row.prec;
  const rep = ctx.st.get(`SELECT ${MEMBER_COLUMNS} FROM events WHERE id = ?`).get(row.rep) as EventRow;
  const newRep = specificity(e.match, e.prec) > specificity(toMatchEvent(ctx, rep), rep.prec);
  if (row.n_reports === 1) {
    // A story's outlets are only listed once it has a second report.
    const first = ctx.st.get('SELECT outlet FROM documents WHERE id = ?').get(rep.doc) as { outlet: number };
    ctx.st.get('INSERT OR IGNORE INTO story_outlets (story, outlet) VALUES (?, ?)').run(row.id, first.outlet);
    ctx.st
      .get(
        "INSERT INTO meta (key, value) VALUES ('multi_stories', 1) ON CONFLICT (key) DO UPDATE SET value = value + 1",
      )
      .run();
  }
  const added = ctx.st
    .get('INSERT OR IGNORE INTO story_outlets (story, outlet) VALUES (?, ?)')
    .run(row.id, doc.outlet).changes;
  ctx.st
    .get(
      'UPDATE stories SET code = ?, day = ?, prec = ?, place = ?, rep = ?, n_reports = n_reports + 1, n_sources = ? WHERE id = ?',
    )
    .run(
      packCode(code),
      finer ? e.day : row.day,
      finer ? e.prec : row.prec,
      row.place ?? e.place,
      newRep ? e.id : row.rep,
      row.n_sources + added,
      row.id,
    );
}
