// Finds and links every name in a document: knowledge-base names, demonyms and capitals in
// the roles where they stand for a state, titles standing for their holder, surnames and
// typos of people already named, and new names typed by their head word.
import { distance } from 'fastest-levenshtein';
import { slug } from '../../core/index.js';
import type { Token } from '../../nlp/analyze.js';
import type { AliasEntry, GazetteerMatch } from '../../nlp/gazetteer.js';
import { aliasKeys } from '../../nlp/keys.js';
import type { Mention } from '../context.js';
import { officesOn, type Resources } from '../resources.js';
import { learnAffiliations, looseTitle } from './affiliation.js';
import { type Chunk, DATE_WORDS, findChunks, isNameToken } from './chunks.js';
import { type LinkCtx as Ctx, push, textOf } from './link-context.js';
import { addOrgAnaphors, addPlatformX, addTitleReferences } from './references.js';
import { addMinistryAnaphors, addStateBodies } from './state-bodies.js';
import { findTitles } from './titles.js';

// Prepositions before a place's name ("in Rukla", "near Sunan").
const PLACE_PREP = new Set(['in', 'near', 'outside', 'from']);
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
const REPORTING = new Set([
  'said',
  'says',
  'told',
  'wrote',
  'added',
  'noted',
  'stated',
  'argued',
  'explained',
  'commented',
]);
// Nouns of a place's parts and people: "parts of Khartoum", "residents of Kyiv", "east of Minsk".
const PLACE_NOUN =
  /^(parts?|outskirts|centre|center|heart|edge|suburbs?|streets|districts?|neighbourhoods?|neighborhoods?|residents|people|mayor|north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)$/i;
const PLACE_ADJ = /^(northern|southern|eastern|western|central|downtown|greater)$/i;
const COUNTERPART = /^(counterpart|minister|spokesman|spokeswoman|spokesperson|envoy|ambassador|deputy)$/i;
// Acronyms that are no body's name.
const NOT_BODIES = new Set([
  'COVID',
  'GDP',
  'CEO',
  'LNG',
  'VIP',
  'HIV',
  'AIDS',
  'UTC',
  'GMT',
  'BST',
  'PDF',
  'DNA',
]);
const PLACE_KIND =
  /^(town|city|village|port|region|province|district|capital|camp|base|island|area|county|state|enclave|crossing)$/i;
const BY_WORDS = new Set(['by', 'author', 'byline', 'photo', 'writer', 'reporter']);
const ROLE_WORDS =
  /^(advisor|adviser|correspondent|editor|professor|ambassador|director|fellow|analyst|reporter|researcher|chairman|chairwoman|ceo|founder|lecturer|spokesperson|spokesman|spokeswoman|minister|secretary|envoy|commander|chief|head|president)$/i;
const ROLE_AHEAD =
  /\b(advisor|adviser|correspondent|editor|professor|ambassador|director|fellow|analyst|reporter|researcher|chair|lecturer|spokesperson|spokesman|spokeswoman|minister|secretary|envoy|commander|chief|head|president|founder|author)\b/i;

function tokensText(tokens: Token[], a: number, b: number): string {
  return tokens
    .slice(a, b)
    .map((t) => t.text)
    .join(' ');
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
      if (m && (!t || m.t1 >= t.t1)) {
        flush(i);
        addKb(ctx, m);
        i = m.t1;
      } else if (t) {
        flush(i);
        i = t.t1;
      } else {
        if (run < 0 && isNameToken(tokens[i])) run = i;
        // "Lee Jun-il": a hyphen and the lower-case part it joins stay in the name.
        const joined =
          run >= 0 &&
          /^[-‐‑]$/.test(tokens[i]?.text ?? '') &&
          tokens[i]?.start === tokens[i - 1]?.end &&
          tokens[i + 1]?.start === tokens[i]?.end;
        if (joined) {
          i += 2;
          continue;
        }
        if (!isNameToken(tokens[i])) flush(i);
        i++;
      }
    }
    flush(c.t1);
  }
  // KB matches outside chunks (rare: lower-case place words) are still names.
  for (const m of kbMatches) if (!ctx.covered[m.t0]) addKb(ctx, m);
  // People first named in full, then surnames and typos that point back to them.
  for (const run of leftovers) addLeftover(ctx, run);
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
    if (p === c.t0 ? !linked || type !== 'org' : p !== c.t1 - 1 && !linked) continue;
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

function addNew(ctx: Ctx, c: Chunk, type: 'org' | 'agreement' | 'place' | 'person', via: string): void {
  const a = ctx.tokens[c.t0];
  const b = ctx.tokens[c.t1 - 1];
  if (!a || !b) return;
  const name = textOf(ctx.tokens, c.t0, c.t1);
  const body = type === 'org' ? nationalBodyOf(ctx, c) : undefined;
  if (body) {
    push(ctx, c.t0, c.t1, body, 'org', 'kb:national-body');
    return;
  }
  push(ctx, c.t0, c.t1, `${type}:${slug(name)}`, type, via, { name });
}

function addKb(ctx: Ctx, m: GazetteerMatch): void {
  const { tokens } = ctx;
  const e = pickEntry(ctx, m);
  if (!e) return;
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
    ctx.roleHolders.set(title.role, e.id);
  }
  if (e.type === 'place') {
    const aff = ctx.res.kb.entities.get(e.id)?.affiliation;
    if (aff) extra.affiliation = aff;
  }
  push(ctx, m.t0, m.t1, nationalBodyOf(ctx, m) ?? e.id, e.type, 'kb:name', extra);
}

/**
 * For a bare generic name several states' bodies share, the body of the state the text names most
 * (among the mentions found so far); a tie goes to the state named last before it.
 */
function nationalBodyOf(ctx: Ctx, m: { t0: number; t1: number }): string | undefined {
  const bodies = ctx.res.nationalBodies.get(aliasKeys(textOf(ctx.tokens, m.t0, m.t1)).join(' '));
  if (!bodies) return undefined;
  const count = new Map<string, { n: number; last: number }>();
  for (const prev of ctx.out) {
    const country = prev.type === 'country' ? prev.id : prev.affiliation;
    if (!country || !bodies.some((b) => b.country === country)) continue;
    const c = count.get(country) ?? { n: 0, last: -1 };
    c.n++;
    if (prev.t0 < m.t0) c.last = Math.max(c.last, prev.t0);
    count.set(country, c);
  }
  let best: string | undefined;
  let top = { n: 0, last: -1 };
  for (const [country, c] of count) {
    if (c.n > top.n || (c.n === top.n && c.last > top.last)) [best, top] = [country, c];
  }
  return bodies.find((b) => b.country === best)?.id;
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

function addLeftover(ctx: Ctx, whole: Chunk): void {
  const { tokens } = ctx;
  // "Trade Minister Don Farrell": an office no list knows, then the name.
  const role = lastRoleWord(tokens, whole);
  const run = role >= 0 && whole.t1 - role > 2 ? { t0: role + 1, t1: whole.t1 } : whole;
  const len = run.t1 - run.t0;
  const title = ctx.titleEnd[run.t0];
  const prev = tokens[run.t0 - 1];
  const next = tokens[run.t1];
  const next2 = tokens[run.t1 + 1];
  // "in Wilmington, Delaware", "near Rukla": a name no list knows, where a place stands, is one.
  const placed =
    (prev?.text === ',' || prev?.key === 'and') &&
    ctx.out.some((m) => m.type === 'place' && m.t1 === run.t0 - 1);
  const runTokens = tokens.slice(run.t0, run.t1);
  const placeLike =
    !title &&
    (PLACE_PREP.has(prev?.key ?? '') || placed) &&
    runTokens.every((t) => t.pos === 'PROPN' && !DATE_WORDS.has(t.key)) &&
    // "in Parliament", "at the Court": a body's head word is no place.
    !runTokens.some((t) => {
      const head = ctx.res.lex.nameHeads.get(t.text);
      return head !== undefined && head !== 'place';
    }) &&
    !/^['’]s$/.test(next?.text ?? '') &&
    !REPORTING.has(next?.text ?? '') &&
    // "and Deniz Arslan in Istanbul": someone somewhere, not a place.
    next?.key !== 'in' &&
    // "in Vilnius and Jane Doe left": a name that acts is no place.
    next?.pos !== 'VERB' &&
    next?.pos !== 'AUX' &&
    // "in European security": a word qualifying a noun is no place of its own.
    !(next?.pos === 'NOUN' && !next.upper);
  if (len === 1) {
    const t = tokens[run.t0];
    if (t?.pos !== 'PROPN') return;
    // "UN", "AP": an acronym is no surname ("Un" of Kim Jong Un).
    if (t.text.length <= 4 && t.text === t.text.toUpperCase() && !/^[A-Z]{3,}$/.test(t.text)) return;
    if (/^[A-Z]{3,}$/.test(t.text)) {
      // "the FARDC", "the FDLR, a militia": an acronym no list knows, used as a name, is a body.
      if (prev?.key === 'the' && !NOT_BODIES.has(t.text))
        push(ctx, run.t0, run.t1, `org:${t.text}`, 'org', 'new:acronym', { name: t.text });
      return;
    }
    // "Sake, the last town on the road", "at Kamanyola in South Kivu": a place no list knows.
    if (
      placeApposed(tokens, run.t1) ||
      (prev?.key === 'at' && next?.key === 'in' && placeAt(ctx, run.t1 + 1))
    ) {
      addNew(ctx, run, 'place', 'new:place-apposed');
      return;
    }
    const id = resolveSurname(ctx, t.key, title?.role ?? null) ?? fuzzyPerson(ctx, t.key);
    if (id) push(ctx, run.t0, run.t1, id, 'person', title ? 'kb:surname-title' : 'kb:surname');
    else if (placeLike) addNew(ctx, run, 'place', 'new:locative');
    return;
  }
  // Two words after "from" are as often a sender ("a call from Jane Doe"): only "in", "near".
  if (
    placeLike &&
    prev?.key !== 'from' &&
    !resolveSurname(ctx, runTokens[runTokens.length - 1]?.key ?? '', null)
  ) {
    addNew(ctx, run, 'place', 'new:locative');
    return;
  }
  // Two or more capitalised words that no list knows: a person when the context says so.
  const names = tokens.slice(run.t0, run.t1);
  // After a title, wink's tag for a name word may be any ("Don" read as a verb).
  const titled = title !== undefined || run !== whole;
  if (
    names.some(
      (t) => t.key !== '' && t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ' && !(titled && t.upper),
    )
  )
    return;
  if (len > 4) return;
  const last = names[names.length - 1];
  const surnameHit = last ? resolveSurname(ctx, last.key, title?.role ?? null) : null;
  const personCue =
    title !== undefined ||
    // "Venezuela's defense minister, Vladimir Padrino López,"
    (prev?.text === ',' && (ctx.titleEnd[run.t0 - 1]?.role || statesOffice(tokens, run.t0 - 1))) ||
    (prev && BY_WORDS.has(prev.key)) ||
    // "his Solomon Islands counterpart Jeremiah Manele", "Trade Minister Don Farrell".
    (prev && !prev.upper && COUNTERPART.test(prev.text)) ||
    run !== whole ||
    (prev?.text === ':' && tokens[run.t0 - 2] && BY_WORDS.has(tokens[run.t0 - 2]?.key ?? '')) ||
    (next && REPORTING.has(next.text)) ||
    (next?.text === ',' &&
      next2 &&
      (/^(the|a|an|who|former)$/.test(next2.text) ||
        ctx.titleAt[run.t1 + 1] !== undefined ||
        ROLE_WORDS.test(next2.text) ||
        // "Hiroyuki Namazu, Japan's top nuclear envoy": a state's someone.
        (ctx.kbAt[run.t1 + 1] !== undefined &&
          /^['’]s$/.test(tokens[ctx.kbAt[run.t1 + 1]?.t1 ?? 0]?.text ?? '')))) ||
    // A byline line: "Helen Ashworth in Helsinki and Deniz Arslan in Istanbul".
    (next?.key === 'in' && len >= 2 && bylineIn(ctx, run.t0)) ||
    // "by Andrea Ruiz and Miguel Santos": the second of two people.
    (prev?.key === 'and' && ctx.out.some((m) => m.type === 'person' && m.t1 === run.t0 - 1)) ||
    // "Duncan Bartlett is the Diplomatic Correspondent for …"
    (next &&
      /^(is|was)$/.test(next.text) &&
      next2 &&
      /^(the|a|an)$/.test(next2.text) &&
      ROLE_WORDS.test(tokens[run.t1 + 2]?.text ?? '') === false &&
      names.length >= 2 &&
      ROLE_AHEAD.test(tokensText(tokens, run.t1 + 2, run.t1 + 7)));
  if (surnameHit && ctx.docPersons.has(surnameHit)) {
    push(ctx, run.t0, run.t1, surnameHit, 'person', 'kb:surname');
    return;
  }
  if (!personCue) return;
  const name = textOf(tokens, run.t0, run.t1);
  const m = push(ctx, run.t0, run.t1, `person:${slug(name)}`, 'person', 'new:person', { name });
  if (title?.role) m.role = title.role;
  ctx.docPersons.add(m.id);
}

/** "Ukraine's agriculture minister, Mykola Solskyi": a state's office no list knows, ending at `end`. */
function statesOffice(tokens: Token[], end: number): boolean {
  const t = looseTitle(tokens, end);
  return t !== undefined && /^['’]s$/.test(tokens[t.t0 - 1]?.text ?? '');
}

// The run starts its line, or follows "and" after a person who starts the line with "in …", or
// after "Reporting by Jane Doe in Sydney and …".
function bylineIn(ctx: Ctx, t0: number): boolean {
  const { tokens } = ctx;
  const prev = tokens[t0 - 1];
  if (!prev || /\n/.test(prev.text)) return true;
  if (prev.key !== 'and') return false;
  let k = t0 - 1;
  while (k > 0 && !/\n/.test(tokens[k - 1]?.text ?? '')) k--;
  if (ctx.out.some((m) => m.type === 'person' && m.t0 === k && tokens[m.t1]?.key === 'in')) return true;
  const city = ctx.out.find((m) => m.t1 === t0 - 1 && tokens[m.t0 - 1]?.key === 'in');
  const person = city && ctx.out.find((m) => m.type === 'person' && m.t1 === city.t0 - 1);
  return !!person && BY_WORDS.has(tokens[person.t0 - 1]?.key ?? '');
}

// Role words inside a run of capitalised words ("Trade Minister", "Deputy Spokesman").
function lastRoleWord(tokens: Token[], run: Chunk): number {
  for (let k = run.t1 - 2; k > run.t0; k--) if (ROLE_WORDS.test(tokens[k]?.text ?? '')) return k;
  return -1;
}

function placeApposed(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  for (let k = end + 1; k < end + 5; k++) {
    const t = tokens[k];
    if (!t || t.text === ',' || t.upper) return false;
    if (PLACE_KIND.test(t.text)) return /^(the|a|an)$/i.test(tokens[end + 1]?.text ?? '');
  }
  return false;
}

function placeAt(ctx: Ctx, t0: number): boolean {
  const next = ctx.kbAt[t0];
  return (
    next?.entries.some((e) => e.type === 'place') === true ||
    (ctx.tokens[t0]?.upper === true && ctx.tokens[t0]?.pos === 'PROPN')
  );
}

function resolveSurname(ctx: Ctx, key: string, role: string | null): string | null {
  const cands = ctx.res.surnames.get(key) ?? [];
  // A new person named earlier in this document ("Duncan Bartlett" ... "Bartlett").
  for (const p of ctx.docPersons) if (!cands.includes(p) && p.endsWith(`-${key}`)) return p;
  // "Cheng Lei" … "Cheng": a name written family name first, as Chinese names are.
  for (const p of ctx.docPersons)
    if (!cands.includes(p) && p.startsWith(`person:${key}-`) && p.split('-').length === 2) return p;
  if (cands.length === 0) return null;
  const inDoc = cands.filter((c) => ctx.docPersons.has(c));
  if (inDoc.length === 1) return inDoc[0] ?? null;
  const pool = inDoc.length > 1 ? inDoc : cands;
  if (role) {
    const holding = pool.filter((c) => officesOn(ctx.res, c, ctx.date).some((o) => o.role === role));
    if (holding.length === 1) return holding[0] ?? null;
  }
  const active = pool.filter((c) => officesOn(ctx.res, c, ctx.date).length > 0);
  if (active.length === 1 && (role || inDoc.length > 0 || ctx.date)) return active[0] ?? null;
  if (pool.length === 1 && role) return pool[0] ?? null;
  return null;
}

// "Stoltenbeg", "Stotenberg": one edit away from a person this document already names.
function fuzzyPerson(ctx: Ctx, key: string): string | null {
  if (key.length < 5) return null;
  let best: string | null = null;
  for (const p of ctx.docPersons) {
    const surname = p.slice(p.lastIndexOf('-') + 1);
    const max = surname.length >= 9 ? 2 : 1;
    if (Math.abs(surname.length - key.length) > max) continue;
    if (distance(surname, key) <= max) {
      if (best && best !== p) return null;
      best = p;
    }
  }
  return best;
}

// "the Secretary General continued", "the prime minister": the holder of that office, as this
// document names them, else as the knowledge base has it on the document's date.
