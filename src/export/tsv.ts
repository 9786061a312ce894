// Events as a GDELT-style tab-separated table: one header line, one line per stored event.
// Fields with a tab, line break or double quote are quoted RFC 4180 style ("a ""b"""), so any
// CSV reader set to a tab delimiter reads it. Several actors in one role are joined with ";".
//
// Columns:
//   EventID          store id of the event
//   Day              YYYYMMDD of the first day of the date (GDELT SQLDATE); empty when undated
//   Date             the date at its precision: YYYY-MM-DD, YYYY-MM or YYYY
//   EventCode        CAMEO code (3 or 4 digits, or the 2-digit root)
//   EventRootCode    CAMEO root
//   QuadClass        1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
//   GoldsteinScale   Goldstein value of the code
//   IsNegated        1 when the text denies the event happened
//   Actor1Code / Actor1Name / Actor1CountryCode   source entity ids, names, ISO alpha-3 states
//   Actor2Code / Actor2Name / Actor2CountryCode   target entity ids, names, ISO alpha-3 states
//   ActionGeo        place entity id
//   NumSources       distinct outlets reporting the event's story
//   StoryID          the story (merged event) it belongs to
//   DocumentID       the document that reports it
//   SourceURL        that document's URL
//   Confidence       the coder's confidence, 0–1
//   Evidence         the words that report it

import type { ExportEvent, Store } from '../store/index.js';
import { quadClass } from '../stories/index.js';

export const TSV_COLUMNS = [
  'EventID',
  'Day',
  'Date',
  'EventCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'IsNegated',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'ActionGeo',
  'NumSources',
  'StoryID',
  'DocumentID',
  'SourceURL',
  'Confidence',
  'Evidence',
] as const;

export function tsvField(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[\t\r\n"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** "2023-07" → "20230701": the first day of a date at any precision. */
function firstDay(date: string | null): string {
  return date ? `${date}-01-01`.slice(0, 10).replace(/-/g, '') : '';
}

function row(e: ExportEvent): string {
  const list = (xs: readonly (string | null)[]) => xs.map((x) => x ?? '').join(';');
  const values: (string | number | null)[] = [
    e.id,
    firstDay(e.date),
    e.date,
    e.code,
    e.root,
    quadClass(e.root),
    e.goldstein,
    e.negated ? 1 : 0,
    e.source.join(';'),
    list(e.sourceNames),
    list(e.sourceCountries),
    e.target.join(';'),
    list(e.targetNames),
    list(e.targetCountries),
    e.location,
    e.sources,
    e.story,
    e.doc,
    e.url,
    e.confidence,
    e.evidence.text,
  ];
  return values.map(tsvField).join('\t');
}

export function* tsvLines(store: Pick<Store, 'exportEvents'>): Generator<string> {
  yield `${TSV_COLUMNS.join('\t')}\n`;
  for (const e of store.exportEvents()) yield `${row(e)}\n`;
}
