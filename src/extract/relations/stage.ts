// Lasting relations the text states: memberships and partnerships (a cue word in the sentence,
// dates from the knowledge base where it knows them), alliances, and offices ("Prime Minister X",
// "X is the Diplomatic Correspondent for Y").
import type { Relation, RelationType } from '../../core/index.js';
import { slug, span } from '../../core/index.js';
import { dateWithin } from '../../data/kb.js';
import type { Token } from '../../nlp/analyze.js';
import type { DocContext, Mention, Stage } from '../context.js';
import { officesOn } from '../resources.js';

const MEMBER_CUE =
  /^(member|members|membership|join|joined|joins|joining|accession|accede|includes|include|including|comprising|comprises|consisting|consists|brings|bringing|grouping|pact|known)$/i;
const PARTNER_CUE = /^(partner|partners|partnership|partnerships)$/i;
const ALLY_CUE = /^(alliance|allies|ally|allied)$/i;
const NEG =
  /^(not|never|no|n't|cannot|expected|hopes|seek|seeks|applicant|candidate|aspiring|whether|might|should)$/i;

export const relationsStage: Stage = {
  name: 'relations',
  requires: ['analysis', 'mentions', 'published'],
  assigns: ['relations'],
  run(ctx) {
    const a = ctx.analysis;
    if (!a) return;
    const out = new Map<string, Relation>();
    const add = (r: Relation) => {
      const key = `${r.type}|${r.subject}|${r.object}|${r.negated}`;
      if (!out.has(key)) out.set(key, r);
    };
    const mentions = ctx.mentions ?? [];
    for (const s of a.sentences) {
      const ms = mentions.filter((m) => m.t0 >= s.t0 && m.t1 <= s.t1);
      if (ms.length < 2) continue;
      const toks = a.tokens.slice(s.t0, s.t1);
      const memberCue = toks.findIndex((t) => MEMBER_CUE.test(t.text));
      const partnerCue = toks.findIndex((t) => PARTNER_CUE.test(t.text));
      const allyCue = toks.findIndex((t) => ALLY_CUE.test(t.text));
      if (memberCue < 0 && partnerCue < 0 && allyCue < 0) continue;
      const ev = span(
        ctx.body,
        s.t0 < a.tokens.length ? (a.tokens[s.t0]?.start ?? 0) : 0,
        a.tokens[s.t1 - 1]?.end ?? 0,
      );
      const orgs = ms.filter((m) => m.type === 'org');
      const states = ms.filter((m) => m.type === 'country' || m.type === 'org');
      for (const o of orgs) {
        for (const x of states) {
          if (x.id === o.id) continue;
          const rel = membership(ctx, a.tokens, s.t0, x, o, memberCue >= 0, partnerCue >= 0);
          if (rel) add({ ...rel, evidence: ev });
        }
      }
      if (allyCue >= 0) {
        const countries = ms.filter((m) => m.type === 'country');
        for (let i = 0; i < countries.length; i++) {
          for (let j = i + 1; j < countries.length; j++) {
            const x = countries[i];
            const y = countries[j];
            if (!x || !y || x.id === y.id) continue;
            const kb = [
              ...(ctx.res.membershipsByPair.get(`${x.id}|${y.id}`) ?? []),
              ...(ctx.res.membershipsByPair.get(`${y.id}|${x.id}`) ?? []),
            ].find((m) => m.type === 'allied_with');
            const hyphenated = ctx.body.slice(x.end, y.start).match(/^\s*[-–]\s*$/) !== null;
            const apposed = allyApposition(ctx.body, x, y);
            if (kb || hyphenated || apposed)
              add({
                type: 'allied_with',
                subject: x.id,
                object: y.id,
                start: kb?.start ?? null,
                end: kb?.end ?? null,
                negated: false,
                evidence: ev,
                rule: kb ? 'kb:alliance+cue' : apposed ? 'text:ally-apposition' : 'text:x-y-alliance',
              });
          }
        }
      }
    }
    for (const r of countedMembers(ctx, mentions)) add(r);
    for (const r of offices(ctx, mentions)) add(r);
    ctx.relations = [...out.values()];
  },
};

const COUNTED_MEMBERS =
  /\b(both|the\s+(two|three|four|five))\s+(states|countries|nations|governments)\b[^.;]{0,40}?\b(are|were|remain|all)\b[^.;]{0,25}?\bmembers?\s+of\s+(the\s+)?/gi;
const COUNT: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5 };

/** "Both states are members of the AU", "The three countries, all founding members of the bloc". */
function countedMembers(ctx: DocContext, mentions: Mention[]): Relation[] {
  const out: Relation[] = [];
  const date = ctx.published?.date ?? null;
  const found: { at: number; n: number; org: Mention }[] = [];
  for (const m of ctx.body.matchAll(COUNTED_MEMBERS)) {
    const at = m.index ?? 0;
    const n = COUNT[(m[2] ?? m[1] ?? '').toLowerCase()] ?? 0;
    // "members of the 15-nation bloc": the body's name may come after a counted modifier.
    const from = at + m[0].length;
    const org = mentions.find((x) => x.type === 'org' && x.start >= from && x.start <= from + 12);
    if (org && n) found.push({ at, n, org });
  }
  // "the two Nato allies", "both EU members".
  for (const org of mentions) {
    if (org.type !== 'org') continue;
    const before = /\b(both|the\s+(two|three|four|five))\s+$/i.exec(
      ctx.body.slice(Math.max(0, org.start - 12), org.start),
    );
    if (!before || !/^\s+(allies|members|member\s+states)\b/i.test(ctx.body.slice(org.end, org.end + 16)))
      continue;
    const n = COUNT[(before[2] ?? before[1] ?? '').toLowerCase()] ?? 0;
    if (n) found.push({ at: org.start - before[0].length, n, org });
  }
  for (const { at, n, org } of found) {
    const states: Mention[] = [];
    for (let i = mentions.length - 1; i >= 0 && states.length < n; i--) {
      const x = mentions[i];
      if (!x || x.end > at || at - x.end > 1500 || x.type !== 'country' || states.some((y) => y.id === x.id))
        continue;
      states.push(x);
    }
    if (states.length !== n) continue;
    for (const x of states.reverse()) {
      const kb = (ctx.res.membershipsByPair.get(`${x.id}|${org.id}`) ?? []).find(
        (r) => r.type === 'member_of' && dateWithin(date, r.start, r.end),
      );
      out.push({
        type: 'member_of',
        subject: x.id,
        object: org.id,
        start: kb?.start ?? null,
        end: kb?.end ?? null,
        negated: false,
        evidence: span(ctx.body, at, org.end),
        rule: 'text:counted-members',
      });
    }
  }
  return out;
}

/**
 * "China, Pakistan's closest ally", "Pakistan's closest ally, China", "Serbia or its ally Russia":
 * the text says the two are allies (x is named before y).
 */
function allyApposition(body: string, x: Mention, y: Mention): boolean {
  const between = body.slice(x.end, y.start);
  const after = body.slice(y.end, y.end + 40);
  return (
    (/^\s*,\s*$/.test(between) && /^['’]s(\s+[a-z]+){0,2}\s+ally\b/.test(after)) ||
    /^['’]s(\s+[a-z]+){0,2}\s+ally,?\s*$/.test(between) ||
    /^\s*(,\s*)?(and|or)\s+its(\s+[a-z]+)?\s+ally\s*$/.test(between)
  );
}

// A new clause between a state and the membership word says it of someone else
// ("…Serbia or its ally Russia, and it is not a member of the United Nations").
const NEW_CLAUSE = /,\s*(and|but)\s+(it|he|she|they)\b|;/i;

function membership(
  ctx: DocContext,
  tokens: Token[],
  s0: number,
  x: Mention,
  o: Mention,
  memberCue: boolean,
  partnerCue: boolean,
): Relation | null {
  const date = ctx.published?.date ?? null;
  const kb = (ctx.res.membershipsByPair.get(`${x.id}|${o.id}`) ?? []).filter((m) => m.type !== 'allied_with');
  const member = kb.find((m) => m.type === 'member_of' && dateWithin(date, m.start, m.end));
  const partner = kb.find((m) => m.type === 'partner_of' && dateWithin(date, m.start, m.end));
  // The cue must stand between or right beside the two names, not anywhere in the sentence.
  const lo = Math.max(s0, Math.min(x.t0, o.t0) - 4);
  const hi = Math.max(x.t1, o.t1) + 4;
  const near = tokens.slice(lo, hi);
  const negated = near.some((t) => NEG.test(t.text));
  const first = x.start < o.start ? x : o;
  const second = first === x ? o : x;
  if (NEW_CLAUSE.test(ctx.body.slice(first.end, second.start))) return null;
  // "most EU states": an organisation used as a modifier says nothing of its own memberships.
  const nextWord = tokens[x.t1];
  if (x.type === 'org' && !member && !partner && nextWord && nextWord.pos === 'NOUN' && !nextWord.upper)
    return null;
  const memberNear = memberCue && near.some((t) => MEMBER_CUE.test(t.text));
  const partnerNear = partnerCue && near.some((t) => PARTNER_CUE.test(t.text));
  const orgKind = ctx.res.kb.entities.get(o.id)?.kind ?? '';
  const groupLike = /alliance|intergovernmental|group|un-body|bloc|union/.test(orgKind);
  let type: RelationType | null = null;
  let rule = '';
  let current = member ?? partner;
  if (memberNear && negated && !member) {
    type = 'member_of';
    rule = 'text:not-member';
    current = undefined;
  } else if (member && memberNear) {
    type = 'member_of';
    rule = 'kb:member_of+cue';
  } else if (partner && partnerNear) {
    type = 'partner_of';
    rule = 'kb:partner_of+cue';
  } else if (partnerNear && groupLike && !member && x.type !== 'org') {
    type = 'partner_of';
    rule = 'text:partner';
    current = undefined;
  }
  if (!type) return null;
  const neg = rule === 'text:not-member';
  return {
    type,
    subject: x.id,
    object: o.id,
    start: current?.start ?? null,
    end: current?.end ?? null,
    negated: neg,
    rule,
  };
}

// Offices: a title before the name, or the office the knowledge base gives the person on the date.
function roleAfter(ctx: DocContext, m: Mention): string | undefined {
  const after = ctx.body.slice(m.end, m.end + 60);
  const hit =
    /^,\s+(?:the\s+)?(?:[\p{L}.’'-]+(?:\s+[\p{L}.’'-]+)?['’]s\s+|[\p{Lu}][\p{L}.-]+\s+)?([\p{L} -]+?)(?:,|\s+(?:of|for)\b)/u.exec(
      after,
    );
  if (!hit) return undefined;
  const words = (hit[1] ?? '').toLowerCase().trim();
  return ctx.res.formRoles.get(words)?.[0];
}

/**
 * "defence ministers Lloyd Austin, Minoru Kihara and Shin Won-sik", "their foreign ministers,
 * Ararat Mirzoyan and Jeyhun Bayramov": a plural title before a list of names gives each the office.
 */
function listedRole(ctx: DocContext, mentions: Mention[], m: Mention): string | undefined {
  // Walk back over the names and separators of the list.
  let start = m.start;
  for (;;) {
    const gap = ctx.body.slice(Math.max(0, start - 6), start);
    const sep = /(,\s*(and\s+)?|\s+and\s+)$/.exec(gap);
    if (!sep) break;
    const prev = mentions.find((x) => x.type === 'person' && x.end === start - sep[0].length);
    if (!prev) break;
    start = prev.start;
  }
  const before = /(?:([a-z]+)\s+)?(ministers|secretaries|presidents|chiefs|advisers|envoys)\s*,?\s*$/i.exec(
    ctx.body.slice(Math.max(0, start - 40), start),
  );
  if (!before) return undefined;
  const head = (before[2] ?? '').toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  const singular = `${before[1] ? `${before[1].toLowerCase()} ` : ''}${head}`;
  const roles = ctx.res.formRoles.get(singular) ?? [];
  const held = officesOn(ctx.res, m.id, ctx.published?.date ?? null).find((o) =>
    roles.some((r) => r === o.role || sharesForm(ctx, r, o.role)),
  );
  return held?.role;
}

// "Defense Secretary" names a US secretary of defense or another state's defence minister: the
// office the person holds decides which.
function sharesForm(ctx: DocContext, a: string, b: string): boolean {
  const fa = ctx.res.roleForms.get(a);
  return !!fa && [...(ctx.res.roleForms.get(b) ?? [])].some((f) => fa.has(f));
}

function offices(ctx: DocContext, mentions: Mention[]): Relation[] {
  const out: Relation[] = [];
  const date = ctx.published?.date ?? null;
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || seen.has(m.id)) continue;
    // Offices the text names: a title before the name ("former President Moon") or after it
    // ("Volodymyr Zelenskyy, Ukraine's president,"); the dates come from the knowledge base.
    const role = m.role ?? roleAfter(ctx, m) ?? listedRole(ctx, mentions, m);
    if (!role) continue;
    // "former President Moon", "then-President Obama", "the then US House Speaker, Nancy Pelosi".
    const lead = ctx.body.slice(Math.max(0, m.start - 40), m.start);
    const former = /\b(former|then-?)\s*(\S+\s+){0,3}(,\s*)?$/i.test(lead);
    const all = ctx.res.officesByPerson.get(m.id) ?? [];
    const held = former
      ? all.filter((o) => o.role === role && o.end && (!date || o.end.slice(0, date.length) <= date))
      : officesOn(ctx.res, m.id, date).filter((o) => o.role === role || sharesForm(ctx, role, o.role));
    // "President Mohamed Bazoum" after his ouster: the text's title names the office the knowledge
    // base ended, the last of that role.
    const byRole = held[held.length - 1] ?? (former ? undefined : all.filter((o) => o.role === role).pop());
    if (byRole) {
      seen.add(m.id);
      out.push({
        type: 'holds_office',
        subject: m.id,
        object: byRole.of,
        role: byRole.role,
        start: byRole.start,
        end: byRole.end,
        negated: false,
        ...(former ? { former: true } : {}),
        evidence: span(ctx.body, m.start, m.end),
        rule: 'title+kb:office',
      });
    } else if (m.role && m.affiliation) {
      seen.add(m.id);
      // "Cambodia's leader Hun Manet": a title that names no office of theirs; the office they
      // hold for that state on the date is the one meant.
      const ofState = officesOn(ctx.res, m.id, date).find((o) => o.of === m.affiliation);
      if (ofState) {
        out.push({
          type: 'holds_office',
          subject: m.id,
          object: ofState.of,
          role: ofState.role,
          start: ofState.start,
          end: ofState.end,
          negated: false,
          evidence: span(ctx.body, m.start, m.end),
          rule: 'title+kb:office-of-state',
        });
        continue;
      }
      out.push({
        type: 'holds_office',
        subject: m.id,
        object: m.affiliation,
        role: m.role,
        start: null,
        end: null,
        negated: false,
        evidence: span(ctx.body, m.start, m.end),
        rule: 'title',
      });
    }
  }
  // "X is the Diplomatic Correspondent for Y", "X, Advisor, Y".
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const after = ctx.body.slice(m.end, m.end + 160);
    // "is a senior fellow in the Asia programme at the Meridian Institute": case aside, a programme between.
    const re =
      /^(?:\s+is\s+(?:the|an?)\s+|,\s+)((?:[A-Za-z][\w-]*\s+){0,3}?(?:correspondent|editor|advisor|adviser|associate|fellow|professor|director|analyst|researcher|reporter|columnist|chair|lecturer|chairman|chairwoman|chairperson|head|chief|president|secretary[ -]general|spokesperson|spokesman|spokeswoman|commander|leader|envoy|ambassador))(?:\s+(?:in|on)\s+(?:the\s+)?[\w -]{1,40}?(?:programme|program|department|studies))?\s*(?:for|at|of|,)\s*(?:the\s+)?/i;
    const hit = re.exec(after);
    if (!hit) continue;
    const orgStart = m.end + hit[0].length;
    // "Bola Tinubu, the current chairman of ECOWAS": an organisation, or a state's office.
    const org = mentions.find((x) => x.start === orgStart && (x.type === 'org' || x.type === 'country'));
    if (org)
      out.push({
        type: 'holds_office',
        subject: m.id,
        object: org.id,
        role: slug((hit[1] ?? '').replace(/^((the|a|an|current|then|acting)\s+)+/i, '')),
        start: null,
        end: null,
        negated: false,
        evidence: span(ctx.body, m.start, org.end),
        rule: 'text:role-for-org',
      });
    // "… and a Research Associate at the SOAS China Institute"
    const more =
      /\band\s+an?\s+((?:[A-Z][\w-]*\s+){0,3}?(?:Correspondent|Editor|Advisor|Adviser|Associate|Fellow|Professor|Director|Analyst|Researcher))\s+(?:for|at|of)\s+(?:the\s+)?/.exec(
        ctx.body.slice(org?.end ?? orgStart, (org?.end ?? orgStart) + 120),
      );
    if (more && org) {
      const s2 = org.end + more.index + more[0].length;
      const org2 = mentions.find((x) => x.start === s2 && x.type === 'org');
      if (org2)
        out.push({
          type: 'holds_office',
          subject: m.id,
          object: org2.id,
          role: slug(more[1] ?? ''),
          start: null,
          end: null,
          negated: false,
          evidence: span(ctx.body, m.start, org2.end),
          rule: 'text:role-for-org',
        });
    }
  }
  return out;
}
