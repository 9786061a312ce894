// Finds and links every name in a document: knowledge-base names, demonyms and capitals in
// the roles where they stand for a state, titles standing for their holder, surnames and
// typos of people already named, and new names typed by their head word.
import { slug } from '../../core/index.js';
import type { Token } from '../../nlp/analyze.js';
import type { AliasEntry, GazetteerMatch } from '../../nlp/gazetteer.js';
import type { Mention } from '../context.js';
import { officesOn, type Resources } from '../resources.js';
import { learnAffiliations } from './affiliation.js';
import { type Chunk, COMPOUND_SUFFIX, findChunks, isNamePart, isNameToken } from './chunks.js';
import { addLeftover } from './leftovers.js';
import { addNew, type LinkCtx as Ctx, nationalBodyOf, push, textOf } from './link-context.js';
import { addOrgAnaphors, addPlatformX, addTitleReferences } from './references.js';
import { addMinistryAnaphors, addStateBodies } from './state-bodies.js';
import { findTitles } from './titles.js';

const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'around',
  'across',
  'into',
  'visit',
  'visited',
  'visits',
  'visiting',
  'toward',
  'towards',
  'via',
  'through',
]);
// Nouns of a place's parts and people: "parts of Khartoum", "residents of Kyiv", "east of Minsk".
const PLACE_NOUN =
  /^(parts?|outskirts|centre|center|heart|edge|suburbs?|streets|districts?|neighbourhoods?|neighborhoods?|residents|people|mayor|north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)$/i;
const PLACE_ADJ = /^(northern|southern|eastern|western|central|downtown|greater)$/i;
const PREFIX_PLACE = /^(Mount|Lake|Cape|Fort)$/;
const GENERIC_BODY = /^(Senate|Congress|Parliament|National Assembly|Assembly|Cabinet|Supreme Court)$/;

/** The state named most so far is this one (ties count). */
function aboutState(ctx: Ctx, state: string | undefined): boolean {
  if (!state?.startsWith('country:')) return true;
  const n = new Map<string, number>();
  for (const x of ctx.out) {
    const c = x.type === 'country' ? x.id : x.affiliation;
    if (c?.startsWith('country:')) n.set(c, (n.get(c) ?? 0) + 1);
  }
  const top = Math.max(0, ...n.values());
  return top === 0 || (n.get(state) ?? 0) === top;
}

export function linkMentions(
  tokens: Token[],
  kbMatches: GazetteerMatch[],
  res: Resources,
  date: string | null,
): Mention[] {
  const n = tokens.length;
  const ctx: Ctx = {
    tokens,
    res,
    date,
    out: [],
    covered: new Uint8Array(n),
    roleHolders: new Map(),
    docPersons: new Set(),
    kbAt: new Array(n),
    kbCover: new Array(n),
    titleAt: new Array(n + 1),
    titleEnd: new Array(n + 1),
  };
  const titles = findTitles(tokens, res);
  for (const m of kbMatches) {
    ctx.kbAt[m.t0] = m;
    for (let k = m.t0; k < m.t1; k++) ctx.kbCover[k] = m;
  }
  for (const t of titles) {
    ctx.titleAt[t.t0] = t;
    ctx.titleEnd[t.t1] = t;
  }
  for (const m of kbMatches) for (const e of m.entries) if (e.type === 'person') ctx.docPersons.add(e.id);

  const chunks = findChunks(tokens);
  // Knowledge-base names left to the run of words they end (a surname that is also a company).
  const deferred = new Set<number>();
  const leftovers: Chunk[] = [];
  for (const c of chunks) {
    const head = headOf(ctx, c);
    if (head) {
      addNew(ctx, trimChunk(tokens, c), head, 'new:head');
      continue;
    }
    // Split the chunk into knowledge-base names, titles and what is left.
    let i = c.t0;
    let run = -1;
    const flush = (end: number) => {
      if (run >= 0 && end > run) leftovers.push({ t0: run, t1: end });
      run = -1;
    };
    while (i < c.t1) {
      const m0 = ctx.kbAt[i];
      // A name that runs on past the capitalised words ("UN's nuclear watchdog") takes the rest.
      if (m0 && m0.t1 > c.t1) {
        flush(i);
        break;
      }
      const t0 = ctx.titleAt[i];
      const m = m0 && m0.t1 <= c.t1 ? m0 : undefined;
      const t = t0 && t0.t1 <= c.t1 ? t0 : undefined;
      // "Attorney General Tarek William Saab": a one-word company or outlet name that ends a run of
      // unknown capitalised words is the end of a person's name, not the company.
      const surnameLike =
        m !== undefined &&
        run >= 0 &&
        m.t1 - m.t0 === 1 &&
        m.t1 === c.t1 &&
        m.entries.every(
          (e) => e.type === 'org' && /^(company|media)$/.test(ctx.res.kb.entities.get(e.id)?.kind ?? ''),
        );
      if (surnameLike && m) deferred.add(m.t0);
      if (m && (!t || m.t1 >= t.t1) && !surnameLike) {
        flush(i);
        addKb(ctx, m);
        i = m.t1;
      } else if (t) {
        flush(i);
        i = t.t1;
      } else {
        if (run < 0 && isNamePart(tokens, i)) run = i;
        // "Lee Jun-il": a hyphen and the lower-case part it joins stay in the name.
        const joined =
          run >= 0 &&
          /^[-‐‑]$/.test(tokens[i]?.text ?? '') &&
          tokens[i]?.start === tokens[i - 1]?.end &&
          tokens[i + 1]?.start === tokens[i]?.end &&
          !COMPOUND_SUFFIX.test(tokens[i + 1]?.text ?? '');
        if (joined) {
          i += 2;
          continue;
        }
        if (!isNamePart(tokens, i)) flush(i);
        i++;
      }
    }
    flush(c.t1);
  }
  // KB matches outside chunks (rare: lower-case place words) are still names.
  for (const m of kbMatches) if (!ctx.covered[m.t0] && !deferred.has(m.t0)) addKb(ctx, m);
  // People first named in full, then surnames and typos that point back to them.
  for (const run of leftovers) addLeftover(ctx, run);
  // A deferred name that no person took is the name it is.
  for (const m of kbMatches) if (deferred.has(m.t0) && !ctx.covered[m.t0]) addKb(ctx, m);
  addStateBodies(ctx);
  addMinistryAnaphors(ctx);
  addTitleReferences(ctx, titles);
  addOrgAnaphors(ctx);
  addPlatformX(ctx);
  ctx.out.sort((a, b) => a.start - b.start);
  learnAffiliations(tokens, ctx.out, ctx.titleAt, ctx.titleEnd);
  return ctx.out;
}

// A chunk is one new organisation, agreement or place when a head word ends it or is followed
// by "of": "Cabinet Office of Japan", "Vilnius Summit Communiqué", "Vilnius University".
function headOf(ctx: Ctx, c: Chunk): 'org' | 'agreement' | 'place' | null {
  const { tokens, res } = ctx;
  const whole = ctx.kbCover[c.t0];
  if (whole && whole.t1 >= c.t1) return null;
  const names = tokens.slice(c.t0, c.t1).filter((t) => isNameToken(t));
  if (names.length < 2) return null;
  // "Centre for Asian Strategy", "Institute of …": a head may also open the name before "for"/"of".
  for (let p = c.t0; p < c.t1; p++) {
    const t = tokens[p];
    if (!t) continue;
    const type = res.lex.nameHeads.get(t.text);
    if (!type) continue;
    const next = tokens[p + 1];
    const linked = !!next && ['of', 'for', 'on'].includes(next.text);
    // "Mount Hermon", "Lake Chad": a few place heads come first.
    if (p === c.t0 && type === 'place' && PREFIX_PLACE.test(t.text) && names.length >= 2) return type;
    if (p === c.t0 ? !linked || type === 'place' : p !== c.t1 - 1 && !linked) continue;
    // The head belongs to a known name ("North Atlantic Treaty Organization"): not new.
    const inner = ctx.kbCover[p];
    if (inner && inner.t0 >= c.t0 && inner.t1 === c.t1) return null;
    return type;
  }
  return null;
}

function trimChunk(tokens: Token[], c: Chunk): Chunk {
  let { t0, t1 } = c;
  while (t1 > t0 && !isNameToken(tokens[t1 - 1])) t1--;
  while (t0 < t1 && !isNameToken(tokens[t0])) t0++;
  return { t0, t1 };
}

function addKb(ctx: Ctx, m: GazetteerMatch): void {
  const { tokens } = ctx;
  const e = pickEntry(ctx, m);
  if (!e) return;
  // "the Senate", "Congress": one state's body by a word every state uses, only where the text is
  // about that state ("Hun Sen, now president of the Senate" is not the US Senate).
  if (e.type === 'org' && GENERIC_BODY.test(e.alias)) {
    const own = ctx.res.kb.entities.get(e.id)?.affiliation;
    // "the Philippine Senate", "Japan's parliament": another state's body of that name.
    const before = ctx.kbAt[m.t0 - 1] ?? ctx.kbCover[m.t0 - 2];
    const other = before?.entries.some((x) => x.type === 'country' && x.id !== own);
    if (other || !aboutState(ctx, own)) return;
  }
  const prev = tokens[m.t0 - 1];
  const prev2 = tokens[m.t0 - 2];
  const next = tokens[m.t1];
  if (e.kind === 'demonym') {
    // A nationality word is the state only when it qualifies an office, a state agent, or is
    // the plural for the government ("the North Koreans fired").
    const title = ctx.titleAt[m.t1]?.role ? ctx.titleAt[m.t1] : undefined;
    const agentAfter = (t: number) => ctx.res.lex.stateAgents.has(tokens[t]?.text.toLowerCase() ?? '');
    // "Indian and Pakistani troops": the first nationality shares the second one's noun.
    const shared =
      next &&
      /^(and|,)$/.test(next.text) &&
      ctx.kbAt[m.t1 + 1]?.entries.some((x) => x.kind === 'demonym') &&
      agentAfter(ctx.kbAt[m.t1 + 1]?.t1 ?? 0);
    // "Philippine supply boat", "Indian army patrol": one noun may stand between.
    const noun = next && !next.upper && next.pos === 'NOUN' ? tokens[m.t1 + 1] : undefined;
    const agent =
      (next && ctx.res.lex.stateAgents.has(next.text.toLowerCase())) ||
      (noun && ctx.res.lex.stateAgents.has(noun.text.toLowerCase())) ||
      shared;
    const plural = /s$/.test(tokens[m.t1 - 1]?.text ?? '') && prev?.key === 'the';
    if (!title && !agent && !plural) return;
    push(ctx, m.t0, m.t1, e.id, e.type, 'kb:demonym');
    return;
  }
  if (e.kind === 'capital') {
    const prevWord = (prev?.key === 'the' ? prev2 : prev)?.text.toLowerCase() ?? '';
    const nextWord = next?.text.toLowerCase() ?? '';
    // "from Hanoi" after a verb or adverb is where someone was; "pressure from Beijing" is the state.
    const fromPlace = prevWord === 'from' && /^(VERB|ADV|ADP)$/.test(tokens[m.t0 - 2]?.pos ?? '');
    // "the capital, Sanaa"; a dateline ("BAKU/YEREVAN, Aug 9").
    const apposed = prev?.text === ',' && /^capital$/i.test(prev2?.text ?? '');
    const dateline =
      (m.t0 === 0 || /\n/.test(prev?.text ?? '') || prev?.text === '/') &&
      tokens[m.t0]?.text === tokens[m.t0]?.text.toUpperCase() &&
      (nextWord === ',' || nextWord === '/');
    // "a state visit to Washington", "flew to Kyiv": where someone went.
    const travelTo =
      prevWord === 'to' &&
      /^(visit|visits|trip|trips|travel|travelled|traveled|flew|flight|journey|returned|headed)$/i.test(
        tokens[m.t0 - 2]?.text ?? '',
      );
    // "in Vilnius or Warsaw": the second of two places.
    const listed =
      /^(or|and)$/.test(prevWord) && ctx.out.some((x) => x.type === 'place' && x.t1 === m.t0 - 1);
    // "in parts of Khartoum", "south-east of Minsk", "southern Khartoum", "Khartoum time".
    const ofPlace = prevWord === 'of' && PLACE_NOUN.test(tokens[m.t0 - 2]?.text ?? '');
    const asPlace =
      LOCATIVE.has(prevWord) ||
      ofPlace ||
      PLACE_ADJ.test(prev?.text ?? '') ||
      travelTo ||
      listed ||
      fromPlace ||
      apposed ||
      dateline ||
      ['office', 'summit', 'embassy', 'declaration', 'airport', 'time'].includes(nextWord) ||
      (nextWord === ',' &&
        /^\p{Lu}/u.test(tokens[m.t1 + 1]?.text ?? '') &&
        !/^(and|but)$/i.test(tokens[m.t1 + 1]?.text ?? ''));
    const place = ctx.res.kb.entities.get(`place:${slug(textOf(tokens, m.t0, m.t1))}`);
    if (asPlace) {
      push(
        ctx,
        m.t0,
        m.t1,
        place?.id ?? `place:${slug(textOf(tokens, m.t0, m.t1))}`,
        'place',
        'kb:capital-place',
        { affiliation: e.id },
      );
      return;
    }
    push(ctx, m.t0, m.t1, e.id, e.type, 'kb:capital');
    return;
  }
  const title = ctx.titleEnd[m.t0] ?? (tokens[m.t0 - 1]?.text === ',' ? ctx.titleEnd[m.t0 - 1] : undefined);
  const extra: Partial<Mention> = {};
  if (e.type === 'person' && title && title.role) {
    extra.role = title.role;
    const holders = ctx.roleHolders.get(title.role) ?? [];
    if (!holders.includes(e.id)) holders.push(e.id);
    ctx.roleHolders.set(title.role, holders);
  }
  if (e.type === 'place') {
    const aff = ctx.res.kb.entities.get(e.id)?.affiliation;
    if (aff) extra.affiliation = aff;
  }
  push(ctx, m.t0, m.t1, nationalBodyOf(ctx, m) ?? e.id, e.type, 'kb:name', extra);
}

// Among several entries for one alias, prefer a name over a capital or demonym, then people
// who held office on the document's date.
function pickEntry(ctx: Ctx, m: GazetteerMatch): AliasEntry | undefined {
  const order = { name: 0, capital: 1, demonym: 2 } as const;
  const sorted = [...m.entries].sort((a, b) => order[a.kind] - order[b.kind]);
  const names = sorted.filter((e) => e.kind === 'name');
  if (names.length > 1) {
    const active = names.find((e) => e.type !== 'person' || officesOn(ctx.res, e.id, ctx.date).length > 0);
    if (active) return active;
  }
  // A city that is also a capital: the capital entry decides place vs government.
  const capital = sorted.find((e) => e.kind === 'capital');
  if (capital && names.every((e) => e.type === 'place')) return capital;
  return sorted[0];
}
