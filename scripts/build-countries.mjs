#!/usr/bin/env node
// Builds data/kb/countries.tsv and data/kb/capitals.tsv from the world-countries package merged
// with the curated data/kb/country-additions.tsv. Run after upgrading world-countries or editing
// the additions: `node scripts/build-countries.mjs`. The output is committed so that loading the
// knowledge base never depends on this script.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const countries = require('world-countries/countries.json');
const wcVersion = require('world-countries/package.json').version;
const kbDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'kb');

// Same folding as normalizeAlias in src/data/kb.ts, so duplicates are judged as the loader sees them.
const norm = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/[-‐‑‒–—]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const slug = (s) =>
  norm(s)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

// Kosovo has no ISO code; world-countries says UNK, news data sets and the EU use XKX.
const ID_FIX = { UNK: 'XKX' };
// Alternative spellings that are English words, surnames or demonyms, and would link ordinary text.
const STOP = new Set([
  'island',
  'prathet',
  'thai',
  'mann',
  'mannin',
  'togolese',
  'mexicanos',
  'portuguesa',
  'the abode of peace',
  'lao',
]);
// Not sovereign but governing themselves in news usage: they keep capitals as metonyms.
const SELF_GOVERNING = new Set(['TWN', 'PSE', 'UNK', 'VAT', 'ESH']);
// A capital that is also the state's name (Singapore, Luxembourg, Djibouti...) adds nothing but
// a second entity for the same word; these are the few whose world-countries name differs. Victoria
// (Seychelles) is far more often a given name or the Australian state than that capital.
const CAPITAL_SKIP = new Set(['City of San Marino', 'City of Victoria', 'Victoria']);
const CAPITAL_NAME = { 'Washington D.C.': 'Washington', 'Ulan Bator': 'Ulaanbaatar', "Sana'a": 'Sanaa' };

function readAdditions() {
  const text = readFileSync(join(kbDir, 'country-additions.tsv'), 'utf8');
  const out = new Map();
  let header = null;
  text.split(/\r?\n/).forEach((line, n) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = cells;
      return;
    }
    if (cells.length !== header.length)
      throw new Error(
        `country-additions.tsv line ${n + 1}: expected ${header.length} columns, got ${cells.length}`,
      );
    const row = Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
    out.set(row.id, row);
  });
  return out;
}

const list = (cell) =>
  (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
// Latin script only (other scripts never occur in English news), and no IPA transcriptions.
const latin = (s) => /^[\p{Script=Latin}\p{M}\s.'’()\-,]+$/u.test(s) && !/[\u0250-\u02AF]/u.test(s);

/** Appends `extra` to `base` (an entry "-X" removes X), dropping duplicates by normalised form. */
function merge(base, extra) {
  const remove = new Set(extra.filter((x) => x.startsWith('-')).map((x) => norm(x.slice(1))));
  const out = [];
  const seen = new Set();
  for (const x of [...base, ...extra.filter((e) => !e.startsWith('-'))]) {
    const k = norm(x);
    if (!k || seen.has(k) || remove.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

const additions = readAdditions();
const rows = [];
for (const c of countries) {
  if (!c.cca3) continue;
  const code = ID_FIX[c.cca3] ?? c.cca3;
  const id = `country:${code}`;
  const add = additions.get(id) ?? {};
  const sovereign = c.independent === true || c.unMember === true || SELF_GOVERNING.has(c.cca3);
  const alt = (c.altSpellings ?? []).filter(
    (a) => !/^[A-Z]{2}$/.test(a) && !a.includes(',') && latin(a) && !STOP.has(norm(a)),
  );
  const name = add.name || c.name.common;
  const aliases = merge([name, c.name.common, c.name.official, ...alt], list(add.aliases));
  const aliasKeys = new Set(aliases.map(norm));
  const dem = c.demonyms?.eng ?? {};
  // "Antiguan, Barbudan" and "Kittitian or Nevisian" are two demonyms each.
  const baseDem = [dem.m, dem.f].filter(Boolean).flatMap((d) => d.split(/, | or /));
  const demonyms = merge(baseDem, list(add.demonyms)).filter((d) => !aliasKeys.has(norm(d)));
  const baseCap = sovereign
    ? (c.capital ?? []).filter((x) => !CAPITAL_SKIP.has(x)).map((x) => CAPITAL_NAME[x] ?? x)
    : [];
  const capitals = merge(baseCap, list(add.capitals)).filter((x) => !aliasKeys.has(norm(x)));
  rows.push({
    id,
    code,
    name,
    aliases,
    demonyms,
    capitals,
    sovereign,
    cityCapitals: baseCap.filter((x) => !aliasKeys.has(norm(x))),
  });
}
for (const id of additions.keys()) {
  if (!rows.some((r) => r.id === id))
    throw new Error(`country-additions.tsv: ${id} is not a world-countries state`);
}

// A demonym or alias shared by a territory and a sovereign state belongs to the state
// ("Indian" is India, not the British Indian Ocean Territory; "American" is not the Northern
// Mariana Islands). Two states sharing one is reported so that the additions settle it.
for (const field of ['aliases', 'demonyms']) {
  const owners = new Map();
  for (const r of rows) for (const x of r[field]) owners.set(norm(x), [...(owners.get(norm(x)) ?? []), r]);
  for (const [k, rs] of owners) {
    if (rs.length < 2) continue;
    const states = rs.filter((r) => r.sovereign);
    const keep = states.length > 0 ? states : rs.slice(0, 1);
    for (const r of rs) if (!keep.includes(r)) r[field] = r[field].filter((x) => norm(x) !== k);
    if (keep.length > 1)
      console.warn(`warning: ${field} "${k}" is shared by ${keep.map((r) => r.id).join(', ')}`);
  }
}

const cell = (xs) => xs.join('|');
const source = [
  '# Generated by scripts/build-countries.mjs; do not edit by hand (edit country-additions.tsv).',
  `# Source: world-countries@${wcVersion} (mledoze/countries, ODbL-1.0): cca3, name.common, name.official,`,
  '# altSpellings (words only, no 2-letter codes, Latin script), demonyms.eng, capital; merged with',
  '# data/kb/country-additions.tsv (curated from public record as of 2025-12).',
  '# capitals: capital cities and seats of government that stand for the state ("Tokyo said", "the Kremlin");',
  '# given for sovereign and self-governing states only, as a territory capital rarely speaks for anyone.',
  '# "Korea" alone is South Korea and "Congo" alone the DR Congo; country-additions.tsv says why.',
];
let out = `${source.join('\n')}\nid\tname\taliases\tdemonyms\tcapitals\n`;
for (const r of rows.sort((a, b) => a.id.localeCompare(b.id))) {
  out += `${[r.id, r.name, cell(r.aliases), cell(r.demonyms), cell(r.capitals)].join('\t')}\n`;
}
const outputs = [['countries.tsv', out]];

// The capital cities as places: the linker picks country (the government) or place (the city)
// by context. Places already curated in places.tsv override these rows by id.
const capitalRows = [];
const seen = new Set();
for (const r of rows) {
  if (!r.sovereign) continue;
  for (const cap of r.cityCapitals) {
    const id = `place:${slug(cap)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    capitalRows.push([id, cap, '', 'city', r.id]);
  }
}
let capOut = `${source[0]}\n`;
capOut += `# Source: world-countries@${wcVersion} (mledoze/countries, ODbL-1.0), field capital: the capital cities of\n`;
capOut +=
  '# sovereign and self-governing states, one row per city. Curated rows in places.tsv with the same id win.\n';
capOut += 'id\tname\taliases\tkind\tcountry\n';
for (const c of capitalRows.sort((a, b) => a[0].localeCompare(b[0]))) capOut += `${c.join('\t')}\n`;
outputs.push(['capitals.tsv', capOut]);

// --check: exit 1 when the committed files differ from what this script would write (used by tests).
if (process.argv.includes('--check')) {
  const stale = outputs.filter(([f, text]) => readFileSync(join(kbDir, f), 'utf8') !== text).map(([f]) => f);
  if (stale.length > 0) {
    console.error(`out of date: ${stale.join(', ')}; run node scripts/build-countries.mjs`);
    process.exit(1);
  }
} else {
  for (const [f, text] of outputs) writeFileSync(join(kbDir, f), text);
  console.log(`countries.tsv: ${rows.length} rows; capitals.tsv: ${capitalRows.length} rows`);
}
