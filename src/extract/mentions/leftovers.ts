// Capitalised words no list knows, left over once the knowledge-base names and titles are linked:
// people named in full (with the cue that makes them people), then surnames and one-edit typos of
// people already named; places after "in" or apposed to a kind of place; acronyms used as names.
import { distance } from 'fastest-levenshtein';
import { slug } from '../../core/index.js';
import type { Token } from '../../nlp/analyze.js';
import { officesOn } from '../resources.js';
import { looseTitle } from './affiliation.js';
import { type Chunk, DATE_WORDS } from './chunks.js';
import { addNew, type LinkCtx as Ctx, push, textOf } from './link-context.js';

// Common nouns that name a body's kind next to its name.
const BODY_KIND =
  /^(party|coalition|movement|alliance|platform|militia|militias|network|broadcaster|newspaper|channel)$/;

// Prepositions before a place's name ("in Rukla", "near Sunan").
const PLACE_PREP = new Set(['in', 'near', 'outside', 'from']);
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

/** A comma-closed aside from token `comma` on, then a reporting verb ("…, a lawmaker, said"). */
function saidAfterAside(tokens: Token[], comma: number): boolean {
  for (let k = comma + 1; k < comma + 12; k++) {
    const t = tokens[k];
    if (!t || /^[.;:!?"“”]$/.test(t.text)) return false;
    if (t.text === ',') return REPORTING.has(tokens[k + 1]?.text ?? '');
  }
  return false;
}

function tokensText(tokens: Token[], a: number, b: number): string {
  return tokens
    .slice(a, b)
    .map((t) => t.text)
    .join(' ');
}

export function addLeftover(ctx: Ctx, whole: Chunk): void {
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
  // "the Syriza party", "the Unitary Platform coalition", "the rights group Foro Penal": a
  // body named by a common noun of its kind right after or before it.
  if (
    !title &&
    tokens.slice(run.t0, run.t1).every((t) => t.upper || t.key === '') &&
    ((next && !next.upper && BODY_KIND.test(next.text)) || (prev && !prev.upper && BODY_KIND.test(prev.text)))
  ) {
    // "the opposition party Popular Will": the name runs on over capitalised words wink tags otherwise.
    let t1 = run.t1;
    if (prev && BODY_KIND.test(prev.text))
      while (tokens[t1]?.upper && !ctx.covered[t1] && tokens[t1]?.sent === tokens[run.t0]?.sent) t1++;
    addNew(ctx, { t0: run.t0, t1 }, 'org', 'new:body-kind');
    return;
  }
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
    const id =
      resolveSurname(ctx, t.key, title?.role ?? null) ??
      givenAfterHonorific(ctx, run.t0) ??
      fuzzyPerson(ctx, t.key);
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
      (/^(the|a|an|one|who|former|elected|appointed|named|newly|re-elected)$/.test(next2.text) ||
        // "Hassan Fadlallah, one of its members of parliament, said": an apposition, then speech.
        saidAfterAside(tokens, run.t1 + 1) ||
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

// "Prince Faisal", "Sheikh Tamim": Gulf royals go by honorific and given name, not by surname.
const HONORIFIC = /^(prince|sheikh|sheik|emir|king|sultan|queen|princess)$/i;

function givenAfterHonorific(ctx: Ctx, t0: number): string | null {
  const key = ctx.tokens[t0]?.key ?? '';
  if (!HONORIFIC.test(ctx.tokens[t0 - 1]?.text ?? '') || key.length < 3) return null;
  const hits = [...ctx.docPersons].filter((p) => p.startsWith(`person:${key}-`));
  return hits.length === 1 ? (hits[0] ?? null) : null;
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
