// Everything the stages look things up in, built once per knowledge base and shared by every
// document: the name gazetteer, title forms, surname index, office intervals, lexicons, CAMEO.
import { type CameoCode, loadCameo } from '../data/cameo.js';
import { type EventPatterns, loadEventPatterns, loadQuoteActs } from '../data/event-patterns.js';
import { dateWithin } from '../data/kb.js';
import type { Kb, KbEntity, KbMembership, KbOffice } from '../data/kb-types.js';
import { type Lexicons, loadLexicons } from '../data/lexicons.js';
import { Gazetteer } from '../nlp/gazetteer.js';
import { aliasKeys } from '../nlp/keys.js';
import { type NationalBodies, nationalBodies } from './mentions/national-bodies.js';

export interface TitleForm {
  keys: string[];
  role: string;
}

export interface Resources {
  kb: Kb;
  gazetteer: Gazetteer;
  lex: Lexicons;
  /** Title forms, longest first ("chief cabinet secretary" before "secretary"). */
  titles: TitleForm[];
  /** Role → the lower-case forms that name it ("defense secretary" names two roles). */
  roleForms: Map<string, Set<string>>;
  /** Lower-case form → the roles it names, in the knowledge base's order. */
  formRoles: Map<string, string[]>;
  /** Family-name key → person ids (both name orders for East Asian names). */
  surnames: Map<string, string[]>;
  officesByPerson: Map<string, KbOffice[]>;
  /** "member|org" → the knowledge base's memberships, partnerships and alliances between them. */
  membershipsByPair: Map<string, KbMembership[]>;
  patterns: EventPatterns;
  /** Speech acts a quotation performs by its words (data/lexicon/quote-acts.tsv). */
  quoteActs: EventPatterns;
  cameo: Map<string, CameoCode>;
  /** Generic names of bodies several states have ("joint chiefs of staff"). */
  nationalBodies: NationalBodies;
}

const cache = new WeakMap<Kb, Resources>();

// Family name first in these states' names as news prints them (Yoon Suk Yeol, Xi Jinping).
const FAMILY_FIRST = new Set([
  'country:KOR',
  'country:PRK',
  'country:CHN',
  'country:TWN',
  'country:VNM',
  'country:HKG',
  'country:KHM',
]);

export function prepare(kb: Kb): Resources {
  const hit = cache.get(kb);
  if (hit) return hit;
  const titles: TitleForm[] = [];
  for (const t of kb.titles) for (const f of t.forms) titles.push({ keys: aliasKeys(f), role: t.role });
  titles.sort((a, b) => b.keys.length - a.keys.length);
  const roleForms = new Map<string, Set<string>>();
  const formRoles = new Map<string, string[]>();
  for (const t of kb.titles) {
    const forms = roleForms.get(t.role) ?? new Set<string>();
    for (const f of t.forms) {
      const form = f.toLowerCase();
      forms.add(form);
      const roles = formRoles.get(form) ?? [];
      if (!roles.includes(t.role)) roles.push(t.role);
      formRoles.set(form, roles);
    }
    roleForms.set(t.role, forms);
  }
  const surnames = new Map<string, string[]>();
  const addSurname = (key: string | undefined, id: string) => {
    if (!key || key.length < 2) return;
    const list = surnames.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    surnames.set(key, list);
  };
  for (const e of kb.entities.values()) {
    if (e.type !== 'person') continue;
    for (const name of [e.name, ...e.aliases]) {
      const keys = aliasKeys(name);
      if (keys.length < 2) continue;
      // "Chiu Kuo-cheng", "Yoon Suk Yeol": the family name comes first, the last word is given.
      if (isFamilyFirst(e)) addSurname(keys[0], e.id);
      else addSurname(keys[keys.length - 1], e.id);
    }
  }
  const officesByPerson = new Map<string, KbOffice[]>();
  for (const o of kb.offices) {
    const list = officesByPerson.get(o.person) ?? [];
    list.push(o);
    officesByPerson.set(o.person, list);
  }
  const membershipsByPair = new Map<string, KbMembership[]>();
  for (const m of kb.memberships) {
    const key = `${m.member}|${m.org}`;
    const list = membershipsByPair.get(key) ?? [];
    list.push(m);
    membershipsByPair.set(key, list);
  }
  const res: Resources = {
    membershipsByPair,
    kb,
    gazetteer: new Gazetteer(kb),
    lex: loadLexicons(),
    titles,
    roleForms,
    formRoles,
    surnames,
    officesByPerson,
    patterns: loadEventPatterns(),
    quoteActs: loadQuoteActs(),
    cameo: loadCameo(),
    nationalBodies: nationalBodies(kb),
  };
  cache.set(kb, res);
  return res;
}

function isFamilyFirst(e: KbEntity): boolean {
  return e.affiliation !== undefined && FAMILY_FIRST.has(e.affiliation);
}

/** The offices a person held on a date (all of them when the date is unknown). */
export function officesOn(res: Resources, person: string, date: string | null): KbOffice[] {
  return (res.officesByPerson.get(person) ?? []).filter((o) => dateWithin(date, o.start, o.end));
}

/** Who held `role` (of a state or organisation, if given) on a date. */
export function holdersOf(res: Resources, role: string, of: string | null, date: string | null): string[] {
  return res.kb.offices
    .filter((o) => o.role === role && (!of || o.of === of) && dateWithin(date, o.start, o.end))
    .map((o) => o.person);
}
