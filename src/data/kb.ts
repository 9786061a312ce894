// Loads the reference knowledge base: data/kb/*.tsv shipped with the package, then the files of
// the same names in each extra directory (`--kb DIR`), whose rows add to or replace the shipped
// ones. Reference facts only; see data/README.md for the files and their columns.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EntenteError, type EntityType, foldDiacritics } from '../core/index.js';
import type { Kb, KbEntity, KbMembership, KbOffice, KbTitle } from './kb-types.js';
import { dataDir } from './paths.js';
import { listCell, readTsvLines, type TsvRow } from './tsv.js';

/**
 * The key every alias index uses: diacritics folded, lower case, curly quotes as ', hyphens and
 * dashes as spaces ("Yoon Suk-yeol" = "yoon suk yeol"), runs of spaces as one. Dots stay, so
 * "U.S." is "u.s." and does not meet the pronoun "us".
 */
export function normalizeAlias(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/[-‐‑‒–—]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface EntityFile {
  file: string;
  type: EntityType;
  columns: string[];
}

// Load order matters only for the place files: curated places.tsv rows replace generated capitals.
const ENTITY_FILES: EntityFile[] = [
  { file: 'countries.tsv', type: 'country', columns: ['id', 'name', 'aliases', 'demonyms', 'capitals'] },
  { file: 'organisations.tsv', type: 'org', columns: ['id', 'name', 'aliases', 'kind', 'country'] },
  { file: 'people.tsv', type: 'person', columns: ['id', 'name', 'aliases', 'affiliation', 'gender'] },
  { file: 'capitals.tsv', type: 'place', columns: ['id', 'name', 'aliases', 'kind', 'country'] },
  { file: 'places.tsv', type: 'place', columns: ['id', 'name', 'aliases', 'kind', 'country'] },
  { file: 'agreements.tsv', type: 'agreement', columns: ['id', 'name', 'aliases', 'kind', 'date'] },
];
// The shipped directory must have these; an extra directory may have any subset of all files.
const REQUIRED = new Set([
  'countries.tsv',
  'organisations.tsv',
  'people.tsv',
  'places.tsv',
  'offices.tsv',
  'memberships.tsv',
  'titles.tsv',
]);
const MEMBERSHIP_TYPES = new Set(['member_of', 'partner_of', 'allied_with']);
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Loads the shipped knowledge base plus each extra directory's files, in order. */
export function loadKb(extraDirs: string[] = []): Kb {
  const entities = new Map<string, KbEntity>();
  const memberships: KbMembership[] = [];
  const offices: KbOffice[] = [];
  const titles = new Map<string, KbTitle>();
  const ambiguous = new Set<string>();
  const files: string[] = [];
  // Row keys → index, so a later row for the same membership or office replaces it in O(1).
  const membershipAt = new Map<string, number>();
  const officeAt = new Map<string, number>();
  const dirs = [dataDir('kb'), ...extraDirs];
  dirs.forEach((dir, d) => {
    if (d > 0 && !existsSync(dir)) throw new EntenteError('BAD_KB', 'no such knowledge-base directory', dir);
    const rowsOf = (name: string, columns: string[]): { line: number; row: TsvRow; file: string }[] => {
      const file = join(dir, name);
      if (!existsSync(file)) {
        if (d === 0 && REQUIRED.has(name))
          throw new EntenteError('BAD_KB', 'missing knowledge-base file', file);
        return [];
      }
      files.push(file);
      const rows = readTsvLines(file);
      const first = rows[0];
      if (first) {
        for (const c of columns)
          if (!(c in first.row)) throw new EntenteError('BAD_KB', `missing column "${c}"`, file);
      }
      return rows.map((r) => ({ ...r, file }));
    };
    for (const spec of ENTITY_FILES) {
      for (const { line, row, file } of rowsOf(spec.file, spec.columns)) {
        const e = entityFrom(spec.type, row, file, line);
        entities.set(e.id, e);
      }
    }
    for (const { line, row, file } of rowsOf('memberships.tsv', [
      'member',
      'org',
      'type',
      'start',
      'end',
      'note',
    ])) {
      const type = row.type ?? '';
      if (!MEMBERSHIP_TYPES.has(type))
        throw new EntenteError('BAD_KB', `line ${line}: unknown type "${type}"`, file);
      const m: KbMembership = {
        member: required(row, 'member', file, line),
        org: required(row, 'org', file, line),
        type: type as KbMembership['type'],
        start: dateCell(row.start, file, line),
        end: dateCell(row.end, file, line),
      };
      if (row.note) m.note = row.note;
      // A later row for the same membership (same start) replaces it, e.g. to give its end.
      const key = `${m.member}\t${m.org}\t${m.type}\t${m.start}`;
      const at = membershipAt.get(key);
      if (at !== undefined) memberships[at] = m;
      else membershipAt.set(key, memberships.push(m) - 1);
    }
    for (const { line, row, file } of rowsOf('offices.tsv', ['person', 'of', 'role', 'start', 'end'])) {
      const o: KbOffice = {
        person: required(row, 'person', file, line),
        of: required(row, 'of', file, line),
        role: required(row, 'role', file, line),
        start: dateCell(row.start, file, line),
        end: dateCell(row.end, file, line),
      };
      const key = `${o.person}\t${o.of}\t${o.role}\t${o.start}`;
      const at = officeAt.get(key);
      if (at !== undefined) offices[at] = o;
      else officeAt.set(key, offices.push(o) - 1);
    }
    for (const { line, row, file } of rowsOf('titles.tsv', ['role', 'forms'])) {
      const role = required(row, 'role', file, line);
      const t = titles.get(role) ?? { role, forms: [] };
      for (const f of listCell(row.forms)) if (!t.forms.includes(f)) t.forms.push(f);
      titles.set(role, t);
    }
    for (const { row } of rowsOf('ambiguous.tsv', ['alias', 'ids', 'note'])) {
      if (row.alias) ambiguous.add(normalizeAlias(row.alias));
    }
  });
  return {
    entities,
    memberships,
    offices,
    titles: [...titles.values()],
    ambiguous,
    files,
    ...indexes(entities),
  };
}

function entityFrom(type: EntityType, row: TsvRow, file: string, line: number): KbEntity {
  const id = required(row, 'id', file, line);
  if (!id.startsWith(`${type}:`))
    throw new EntenteError('BAD_KB', `line ${line}: id "${id}" should start with "${type}:"`, file);
  const name = required(row, 'name', file, line);
  const e: KbEntity = {
    id,
    type,
    name,
    aliases: dedupe([name, ...listCell(row.aliases)]),
    demonyms: listCell(row.demonyms),
    capitals: listCell(row.capitals),
  };
  // Persons act for `affiliation`; places lie in and national bodies belong to `country`.
  const affiliation = row.affiliation || row.country;
  if (affiliation) e.affiliation = affiliation;
  if (row.kind) e.kind = row.kind;
  if (row.date) e.date = dateCell(row.date, file, line) ?? undefined;
  if (type === 'person') {
    const g = row.gender ?? '';
    if (g === 'm' || g === 'f') e.gender = g;
    else if (g) throw new EntenteError('BAD_KB', `line ${line}: gender must be m, f or empty`, file);
  }
  return e;
}

function indexes(entities: Map<string, KbEntity>): Pick<Kb, 'aliasIndex' | 'demonymIndex' | 'capitalIndex'> {
  const aliasIndex = new Map<string, string[]>();
  const demonymIndex = new Map<string, string>();
  const capitalIndex = new Map<string, string>();
  const addAlias = (alias: string, id: string) => {
    const k = normalizeAlias(alias);
    if (!k) return;
    const ids = aliasIndex.get(k);
    if (!ids) aliasIndex.set(k, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  for (const e of entities.values()) {
    for (const a of e.aliases) addAlias(a, e.id);
    // News writes East Asian names in either order ("Kishida Fumio"); the reverse of any
    // two-word name is harmless for the others, so every person gets it.
    if (e.type === 'person') {
      const parts = e.name.split(/\s+/).filter(Boolean);
      if (parts.length === 2) addAlias(`${parts[1]} ${parts[0]}`, e.id);
    }
    // First writer wins: countries.tsv is built so that no demonym or capital has two states.
    for (const d of e.demonyms)
      if (!demonymIndex.has(normalizeAlias(d))) demonymIndex.set(normalizeAlias(d), e.id);
    for (const c of e.capitals)
      if (!capitalIndex.has(normalizeAlias(c))) capitalIndex.set(normalizeAlias(c), e.id);
  }
  return { aliasIndex, demonymIndex, capitalIndex };
}

/** Whether an ISO date (any precision) falls in [start, end], compared at the coarser precision. */
export function dateWithin(date: string | null, start: string | null, end: string | null): boolean {
  if (!date) return true;
  if (start && date.slice(0, start.length) < start.slice(0, date.length)) return false;
  if (end && date.slice(0, end.length) > end.slice(0, date.length)) return false;
  return true;
}

/** The members (or partners, or allies) of `org` on `date`, from the knowledge base. */
export function membersOn(
  kb: Kb,
  org: string,
  date: string | null,
  type: KbMembership['type'] = 'member_of',
): string[] {
  return [
    ...new Set(
      kb.memberships
        .filter((m) => m.org === org && m.type === type && dateWithin(date, m.start, m.end))
        .map((m) => m.member),
    ),
  ];
}

/** Who held `role` of `of` on `date`. */
export function holdersOn(kb: Kb, role: string, of: string, date: string | null): string[] {
  return [
    ...new Set(
      kb.offices
        .filter((o) => o.role === role && o.of === of && dateWithin(date, o.start, o.end))
        .map((o) => o.person),
    ),
  ];
}

function required(row: TsvRow, col: string, file: string, line: number): string {
  const v = row[col];
  if (!v) throw new EntenteError('BAD_KB', `line ${line}: empty "${col}"`, file);
  return v;
}

function dateCell(v: string | undefined, file: string, line: number): string | null {
  if (!v) return null;
  if (!ISO_DATE.test(v))
    throw new EntenteError(
      'BAD_KB',
      `line ${line}: "${v}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`,
      file,
    );
  return v;
}

// Case stays: "NATO" (matched by case) and "Nato" (as some papers write it) are two forms.
function dedupe(xs: string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = normalizeAlias(x) + (x === x.toUpperCase() ? '|caps' : '');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
