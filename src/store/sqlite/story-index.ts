// Stories kept up to date at ingest: each new report is compared with the stories that share
// its root and an actor (or what the actor acts for) around its date, merged by the strongest
// rule (complete linkage: it must match every member looked at), or starts a story of its own.
// The same comparison finds denials of reported events and reports that disagree on day or place.
import {
  assignReports,
  type BasePair,
  type Candidate,
  compareEvents,
  discrepancy,
  formatDate,
  intervalAt,
  type Match,
  type MatchEvent,
  MERGE_THRESHOLD,
  moreSpecific,
  type Precision,
  probePairs,
  rootOf,
  storyPairs,
} from '../../stories/index.js';
import { addConflict, type DocCtx, type PendingEvent, type StoreCtx } from './context.js';
import { packCode, unpackActors, unpackCode } from './encode.js';

/** Members compared per story: the most recent ones, so a long-running story stays cheap. */
const MEMBERS_CHECKED = 8;
/** Candidate stories per lookup key for day and month dates; year and undated stories, fewer. */
const CANDIDATES_PER_KEY = 20;
const CANDIDATES_COARSE = 8;

interface EventRow {
  id: number;
  doc: number;
  code: number;
  day: number;
  prec: Precision;
  place: number | null;
  actors: Uint8Array;
  neg: number;
  ev_start: number;
  ev_len: number;
}

/** A candidate story with its representative report (the one it shows). */
interface StoryRow {
  story: number;
  s_code: number;
  s_day: number;
  s_prec: Precision;
  s_place: number | null;
  n_reports: number;
  n_sources: number;
  rep: EventRow;
}

interface Member {
  id: number;
  doc: number;
  start: number;
  end: number;
  prec: Precision;
  match: MatchEvent;
}

export function toMatchEvent(
  ctx: StoreCtx,
  row: { code: number; day: number; prec: number; place: number | null; actors: Uint8Array; neg: number },
): MatchEvent {
  const { source, target } = unpackActors(row.actors);
  return {
    code: unpackCode(row.code),
    source: source.map((a) => ctx.dict.actorKey(a)),
    target: target.map((a) => ctx.dict.actorKey(a)),
    date: row.day < 0 || row.prec === 0 ? null : intervalAt(row.day, row.prec as 1 | 2 | 3),
    place: row.place === null ? null : ctx.dict.actorKey(row.place),
    negated: row.neg === 1,
  };
}

function member(ctx: StoreCtx, r: EventRow): Member {
  return {
    id: r.id,
    doc: r.doc,
    start: r.ev_start,
    end: r.ev_start + r.ev_len,
    prec: r.prec,
    match: toMatchEvent(ctx, r),
  };
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
  const stories = new Map<number, { row: StoryRow; members: Member[] | null }>();
  const candidates: Candidate[] = [];

  for (const e of events) {
    for (const row of candidateStories(ctx, e)) {
      let s = stories.get(row.story);
      if (!s) {
        s = { row, members: null };
        stories.set(row.story, s);
      }
      const rep = member(ctx, row.rep);
      const first = compareEvents(e.match, rep.match, affil);
      if (rep.match.negated !== e.match.negated) {
        if (first && first.score >= MERGE_THRESHOLD) contradiction(ctx, doc, e, rep, first);
        continue;
      }
      if (!first) {
        const d = discrepancy(e.match, rep.match);
        if (d) disagree(ctx, doc, e, rep, d);
        continue;
      }
      if (first.score < MERGE_THRESHOLD) continue;
      // Complete linkage over the story's recent reports (the representative alone when reported once).
      s.members ??= row.n_reports === 1 ? [rep] : loadMembers(ctx, row.story);
      let score = first.score;
      let best: Match = first;
      let ok = true;
      for (const m of s.members) {
        if (m.id === rep.id) continue;
        const r = compareEvents(e.match, m.match, affil);
        if (!r) {
          ok = false;
          break;
        }
        score = Math.min(score, r.score);
        if (r.score > best.score) best = r;
      }
      if (ok && score >= MERGE_THRESHOLD)
        candidates.push({ event: e.index, story: row.story, score, rule: best.rule });
    }
  }

  const chosen = assignReports(candidates);
  const story: number[] = [];
  const joined: (string | null)[] = [];
  for (const e of events) {
    const c = chosen.get(e.index);
    if (c) {
      join(ctx, doc, (stories.get(c.story) as { row: StoryRow }).row, e);
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

// Stories of the same root under a probe pair near the report's date, with a compatible code and
// a date that may meet it (the exact checks follow in compareEvents; a different place is kept
// for the disagreement check), each with its representative report. One window per precision
// of the story's first date.
const WINDOW = `
  SELECT * FROM (
    SELECT k.story, s.code AS s_code, s.day AS s_day, s.prec AS s_prec, s.place AS s_place, s.n_reports, s.n_sources,
           e.id, e.doc, e.code, e.day, e.prec, e.place, e.actors, e.neg, e.ev_start, e.ev_len
    FROM story_keys k JOIN stories s ON s.id = k.story JOIN events e ON e.id = s.rep
    WHERE k.root = $root AND k.a = $a AND k.b = $b AND k.prec = PREC AND k.day BETWEEN LO AND HI
      AND (s.code = $code OR s.code % 1000 IN (0, 11) OR $generic = 1
           OR ((s.code % 1000) / 11 = ($code % 1000) / 11 AND (s.code % 11 = 0 OR $code % 11 = 0)))
      AND ($dlo < 0 OR s.prec = 0 OR (s.day <= $dhi + 2
           AND s.day + CASE s.prec WHEN 3 THEN 0 WHEN 2 THEN 30 ELSE 365 END >= $dlo - 2))
    ORDER BY k.day DESC, k.story DESC LIMIT N)`;
const dated = [
  // two days either side: reports a day or two apart are checked for disagreeing
  ['3', '$dlo - 2', '$dhi + 2'],
  ['2', '$dlo - 31', '$dhi'],
  ['1', '$dlo - 366', '$dhi'],
  ['0', '-1', '-1'],
];
const windowSql = (prec: string, lo: string, hi: string) =>
  WINDOW.replace('PREC', prec)
    .replace('LO', lo)
    .replace('HI', hi)
    .replace('LIMIT N', `LIMIT ${Number(prec) >= 2 ? CANDIDATES_PER_KEY : CANDIDATES_COARSE}`);
const CANDIDATES_DATED = dated
  .map(([p, lo, hi]) => windowSql(p as string, lo as string, hi as string))
  .join('\nUNION ALL\n');
const CANDIDATES_UNDATED = ['3', '2', '1', '0'].map((p) => windowSql(p, '-1', '1e15')).join('\nUNION ALL\n');

type CandidateRow = Omit<StoryRow, 'rep'> & EventRow;

function candidateStories(ctx: StoreCtx, e: PendingEvent): StoryRow[] {
  const out = new Map<number, StoryRow>();
  const root = Number(rootOf(e.match.code));
  const q = ctx.st.get(e.date ? CANDIDATES_DATED : CANDIDATES_UNDATED);
  const generic = e.packed % 1000 === 0 || e.packed % 1000 === 11 ? 1 : 0;
  for (const pair of probePairs(e.match, (k) => ctx.dict.affiliations(k))) {
    const ids = pairIds(ctx, pair, false);
    if (!ids) continue;
    const rows = q.all({
      root,
      a: ids[0],
      b: ids[1],
      code: e.packed,
      generic,
      place: e.place,
      dlo: e.date ? e.date.lo : -1,
      dhi: e.date ? e.date.hi : -1,
    }) as CandidateRow[];
    for (const r of rows) {
      if (out.has(r.story)) continue;
      const { story, s_code, s_day, s_prec, s_place, n_reports, n_sources, ...rep } = r;
      out.set(story, { story, s_code, s_day, s_prec, s_place, n_reports, n_sources, rep });
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

export function fileStory(
  ctx: StoreCtx,
  e: { code: string; source: readonly string[]; target: readonly string[] },
  story: number,
  prec: number,
  day: number,
): void {
  const root = Number(rootOf(e.code));
  const ins = ctx.st.get(
    'INSERT OR IGNORE INTO story_keys (root, a, b, prec, day, story) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const pair of storyPairs(e, (k) => ctx.dict.affiliations(k))) {
    const ids = pairIds(ctx, pair, true) as [number, number];
    ins.run(root, ids[0], ids[1], prec, day, story);
  }
}

function loadMembers(ctx: StoreCtx, story: number): Member[] {
  const rows = ctx.st
    .get(
      `SELECT * FROM (SELECT id, doc, code, day, prec, place, actors, neg, ev_start, ev_len FROM events
         WHERE story = $story AND joined IS NOT NULL ORDER BY id DESC LIMIT ${MEMBERS_CHECKED - 1})
       UNION ALL SELECT id, doc, code, day, prec, place, actors, neg, ev_start, ev_len FROM events WHERE id = $story`,
    )
    .all({ story }) as EventRow[];
  return rows.map((r) => member(ctx, r));
}

function create(ctx: StoreCtx, e: PendingEvent): void {
  const id = e.id;
  ctx.st
    .get('INSERT INTO stories (id, rep, code, day, prec, place, neg) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, e.id, e.packed, e.day, e.prec, e.place, e.match.negated ? 1 : 0);
  fileStory(ctx, e.match, id, e.prec, e.day);
}

function join(ctx: StoreCtx, doc: DocCtx, s: StoryRow, e: PendingEvent): void {
  const code = moreSpecific(unpackCode(s.s_code), e.match.code);
  const finer = e.prec > s.s_prec;
  const rep = toMatchEvent(ctx, s.rep);
  const newRep = specificity(e.match, e.prec) > specificity(rep, s.rep.prec);
  if (s.n_reports === 1) {
    // A story's outlets are only listed once it has a second report.
    const first = ctx.st.get('SELECT outlet FROM documents WHERE id = ?').get(s.rep.doc) as {
      outlet: number;
    };
    ctx.st
      .get('INSERT OR IGNORE INTO story_outlets (story, outlet) VALUES (?, ?)')
      .run(s.story, first.outlet);
    ctx.st
      .get(
        "INSERT INTO meta (key, value) VALUES ('multi_stories', 1) ON CONFLICT (key) DO UPDATE SET value = value + 1",
      )
      .run();
  }
  const added = ctx.st
    .get('INSERT OR IGNORE INTO story_outlets (story, outlet) VALUES (?, ?)')
    .run(s.story, doc.outlet).changes;
  ctx.st
    .get(
      'UPDATE stories SET code = ?, day = ?, prec = ?, place = ?, rep = ?, n_reports = n_reports + 1, n_sources = ? WHERE id = ?',
    )
    .run(
      packCode(code),
      finer ? e.day : s.s_day,
      finer ? e.prec : s.s_prec,
      s.s_place ?? e.place,
      newRep ? e.id : s.rep.id,
      s.n_sources + added,
      s.story,
    );
}

function describe(m: MatchEvent): string {
  const who = (xs: readonly string[]) => xs.join(', ') || '—';
  const when = m.date ? formatDate(m.date.lo, m.date.prec) : 'undated';
  return `CAMEO ${m.code}: ${who(m.source)} → ${who(m.target)}, ${when}${m.place ? `, ${m.place}` : ''}`;
}

function contradiction(ctx: StoreCtx, doc: DocCtx, e: PendingEvent, m: Member, r: Match): void {
  const [first, second] = e.match.negated ? ['it did', 'it did not'] : ['it did not', 'it did'];
  addConflict(
    ctx,
    'contradiction',
    { doc: m.doc, start: m.start, end: m.end },
    { doc: doc.id, start: e.evStart, end: e.evEnd },
    `the first report says ${first} happen, the second that ${second} (${describe(m.match)}; matched by ${r.rule})`,
  );
}

function disagree(
  ctx: StoreCtx,
  doc: DocCtx,
  e: PendingEvent,
  m: Member,
  d: { kind: string; what: string },
): void {
  const a = m.match;
  const b = e.match;
  const detail =
    d.kind === 'inconsistent-date'
      ? `${formatDate(a.date?.lo ?? -1, 3)} in one report, ${formatDate(b.date?.lo ?? -1, 3)} in the other`
      : `${a.place} in one report, ${b.place} in the other`;
  addConflict(
    ctx,
    d.kind,
    { doc: m.doc, start: m.start, end: m.end },
    { doc: doc.id, start: e.evStart, end: e.evEnd },
    `the same ${d.what === 'day' ? 'action is dated' : 'action is placed'} ${detail} (CAMEO ${b.code}: ${b.source.join(', ')} → ${b.target.join(', ') || '—'})`,
  );
}
