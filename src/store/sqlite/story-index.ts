// Stories kept up to date at ingest: each new report is compared with the stories that share
// its root and an actor (or what the actor acts for) around its date, merged by the strongest
// rule (complete linkage: it must match every member looked at), or starts a story of its own.
// The same comparison finds denials of reported events and reports that disagree on day or place.
import {
  assignReports,
  type Candidate,
  compareEvents,
  discrepancy,
  formatDate,
  intervalAt,
  intersects,
  MERGE_THRESHOLD,
  type Match,
  type MatchEvent,
  matchKeys,
  moreSpecific,
  probeKeys,
  type Precision,
  rootOf,
  codeAgreement,
} from '../../stories/index.js';
import { addConflict, type DocCtx, type PendingEvent, type StoreCtx } from './context.js';
import { packCode, unpackActors, unpackCode } from './encode.js';

/** Members compared per story: the most recent ones, so a long-running story stays cheap. */
const MEMBERS_CHECKED = 8;
/** Candidate stories per lookup key and date precision. */
const CANDIDATES_PER_KEY = 20;

interface StoryRow {
  id: number;
  rep: number;
  code: number;
  day: number;
  prec: Precision;
  place: number | null;
  neg: number;
  n_reports: number;
  n_sources: number;
}

interface Member {
  id: number;
  doc: number;
  start: number;
  end: number;
  match: MatchEvent;
  rep: RepInfo;
}

interface RepInfo {
  prec: Precision;
  persons: number;
  codeLen: number;
}

export function toMatchEvent(ctx: StoreCtx, row: { code: number; day: number; prec: number; place: number | null; actors: Uint8Array; neg: number }): MatchEvent {
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

function specificity(r: RepInfo): number {
  return r.prec * 100 + r.persons * 10 + r.codeLen;
}

function repInfo(m: MatchEvent, prec: Precision): RepInfo {
  const persons = [...m.source, ...m.target].filter((a) => a.startsWith('person:')).length;
  return { prec, persons, codeLen: m.code.length };
}

export function placeEvents(ctx: StoreCtx, doc: DocCtx, events: PendingEvent[], nextStoryId: number): { story: number[]; joined: (string | null)[] } {
  const affil = (k: string) => ctx.dict.affiliations(k);
  const stories = new Map<number, StoryRow>();
  const members = new Map<number, Member[]>();
  const candidates: Candidate[] = [];

  for (const e of events) {
    for (const sid of candidateStories(ctx, e)) {
      let s = stories.get(sid);
      if (!s) {
        s = ctx.st.get('SELECT * FROM stories WHERE id = ?').get(sid) as StoryRow;
        stories.set(sid, s);
      }
      if (!storyMayMatch(s, e)) continue;
      let ms = members.get(sid);
      if (!ms) {
        ms = loadMembers(ctx, sid);
        members.set(sid, ms);
      }
      const matches = ms.map((m) => ({ m, r: compareEvents(e.match, m.match, affil) }));
      if ((s.neg === 1) !== e.match.negated) {
        const best = bestOf(matches);
        if (best && best.r.score >= MERGE_THRESHOLD) contradiction(ctx, doc, e, best.m, best.r);
        continue;
      }
      if (matches.every((x) => x.r !== null)) {
        const scores = matches.map((x) => (x.r as Match).score);
        const best = bestOf(matches);
        const score = Math.min(...scores);
        if (best && score >= MERGE_THRESHOLD) candidates.push({ event: e.index, story: sid, score, rule: best.r.rule });
      } else {
        for (const { m, r } of matches) {
          if (r) continue;
          const d = discrepancy(e.match, m.match);
          if (d) disagree(ctx, doc, e, m, d);
        }
      }
    }
  }

  const chosen = assignReports(candidates);
  const story: number[] = [];
  const joined: (string | null)[] = [];
  let next = nextStoryId;
  for (const e of events) {
    const c = chosen.get(e.index);
    if (c) {
      join(ctx, doc, stories.get(c.story) as StoryRow, members.get(c.story) ?? [], e);
      story.push(c.story);
      joined.push(c.rule);
    } else {
      create(ctx, e, next);
      story.push(next++);
      joined.push(null);
    }
  }
  return { story, joined };
}

function bestOf(matches: { m: Member; r: Match | null }[]): { m: Member; r: Match } | null {
  let best: { m: Member; r: Match } | null = null;
  for (const x of matches) if (x.r && (!best || x.r.score > best.r.score)) best = { m: x.m, r: x.r };
  return best;
}

// Stories of the same root under a probe key near the report's date, with a compatible code and
// place and a date that may meet it (the exact checks follow in compareEvents).
const CANDIDATES = `
  SELECT k.story FROM story_keys k JOIN stories s ON s.id = k.story
  WHERE k.root = $root AND k.key = $key AND k.prec = $prec AND k.day BETWEEN $lo AND $hi
    AND (s.code = $code OR s.code % 1000 IN (0, 11) OR $generic = 1
         OR ((s.code % 1000) / 11 = ($code % 1000) / 11 AND (s.code % 11 = 0 OR $code % 11 = 0)))
    AND (s.place IS NULL OR $place IS NULL OR s.place = $place)
    AND ($dlo < 0 OR s.prec = 0 OR (s.day <= $dhi + 2
         AND s.day + CASE s.prec WHEN 3 THEN 0 WHEN 2 THEN 30 ELSE 365 END >= $dlo - 2))
  ORDER BY k.day DESC, k.story DESC LIMIT ${CANDIDATES_PER_KEY}`;

function candidateStories(ctx: StoreCtx, e: PendingEvent): Set<number> {
  const out = new Set<number>();
  const root = Number(rootOf(e.match.code));
  const probe = probeKeys(e.match, (k) => ctx.dict.affiliations(k));
  const q = ctx.st.get(CANDIDATES);
  const generic = e.packed % 1000 === 0 || e.packed % 1000 === 11 ? 1 : 0;
  const windows: [Precision, number, number][] = e.date
    ? [
        // two days either side: reports a day or two apart are checked for disagreeing
        [3, e.date.lo - 2, e.date.hi + 2],
        [2, e.date.lo - 31, e.date.hi],
        [1, e.date.lo - 366, e.date.hi],
        [0, -1, -1],
      ]
    : [3, 2, 1, 0].map((p) => [p as Precision, -1, Number.MAX_SAFE_INTEGER]);
  for (const key of probe) {
    const id = ctx.dict.findActor(key);
    if (id === undefined) continue;
    for (const [prec, lo, hi] of windows) {
      const rows = q.all({
        root, key: id, prec, lo, hi, code: e.packed, generic, place: e.place,
        dlo: e.date ? e.date.lo : -1, dhi: e.date ? e.date.hi : -1,
      }) as { story: number }[];
      for (const r of rows) out.add(r.story);
    }
  }
  return out;
}

function storyMayMatch(s: StoryRow, e: PendingEvent): boolean {
  if (codeAgreement(unpackCode(s.code), e.match.code) === 0) return false;
  // Reports a day or two apart in the same place are still looked at (disagreeing dates).
  if (e.date && s.prec > 0 && !intersects({ lo: s.day - 2, hi: intervalAt(s.day, s.prec as 1 | 2 | 3).hi + 2 }, e.date)) return false;
  return true;
}

function loadMembers(ctx: StoreCtx, story: number): Member[] {
  const rows = ctx.st
    .get(
      `SELECT id, doc, code, day, prec, place, actors, neg, ev_start, ev_len FROM events
       WHERE story = ? ORDER BY id DESC LIMIT ${MEMBERS_CHECKED}`,
    )
    .all(story) as { id: number; doc: number; code: number; day: number; prec: Precision; place: number | null; actors: Uint8Array; neg: number; ev_start: number; ev_len: number }[];
  return rows.map((r) => {
    const match = toMatchEvent(ctx, r);
    return { id: r.id, doc: r.doc, start: r.ev_start, end: r.ev_start + r.ev_len, match, rep: repInfo(match, r.prec) };
  });
}

function create(ctx: StoreCtx, e: PendingEvent, id: number): void {
  ctx.st
    .get('INSERT INTO stories (id, rep, code, day, prec, place, neg) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, e.id, e.packed, e.day, e.prec, e.place, e.match.negated ? 1 : 0);
  const root = Number(rootOf(e.match.code));
  const ins = ctx.st.get('INSERT OR IGNORE INTO story_keys (root, key, prec, day, story) VALUES (?, ?, ?, ?, ?)');
  for (const key of matchKeys(e.match, (k) => ctx.dict.affiliations(k))) ins.run(root, ctx.dict.actor(key), e.prec, e.day, id);
}

function join(ctx: StoreCtx, doc: DocCtx, s: StoryRow, ms: Member[], e: PendingEvent): void {
  const code = moreSpecific(unpackCode(s.code), e.match.code);
  const finer = e.prec > s.prec;
  const rep = ms.find((m) => m.id === s.rep);
  const newRep = !rep || specificity(repInfo(e.match, e.prec)) > specificity(rep.rep);
  if (s.n_reports === 1) {
    // A story's outlets are only listed once it has a second report.
    const first = ctx.st.get('SELECT d.outlet FROM events e JOIN documents d ON d.id = e.doc WHERE e.id = ?').get(s.rep) as { outlet: number };
    ctx.st.get('INSERT OR IGNORE INTO story_outlets (story, outlet) VALUES (?, ?)').run(s.id, first.outlet);
  }
  const added = ctx.st.get('INSERT OR IGNORE INTO story_outlets (story, outlet) VALUES (?, ?)').run(s.id, doc.outlet).changes;
  const sources = s.n_sources + added;
  ctx.st
    .get('UPDATE stories SET code = ?, day = ?, prec = ?, place = ?, rep = ?, n_reports = n_reports + 1, n_sources = ? WHERE id = ?')
    .run(packCode(code), finer ? e.day : s.day, finer ? e.prec : s.prec, s.place ?? e.place, newRep ? e.id : s.rep, sources, s.id);
  if (s.n_reports === 1) {
    ctx.st.get("INSERT INTO meta (key, value) VALUES ('multi_stories', 1) ON CONFLICT (key) DO UPDATE SET value = value + 1").run();
  }
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

function disagree(ctx: StoreCtx, doc: DocCtx, e: PendingEvent, m: Member, d: { kind: string; what: string }): void {
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
