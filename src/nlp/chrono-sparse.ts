// chrono runs some forty patterns over all the text it is given, which makes it the costliest step
// after tagging. Most sentences of an article hold no date at all, so only the sentences with a
// word chrono could start a date from (a digit, a month or weekday, a time unit, "today" …) are
// parsed, each run of such sentences in one call. No date crosses a sentence end, so the results
// are the ones chrono gives on the whole text (a test holds them equal).
import * as chrono from 'chrono-node';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './calendar-words.js';

// Every word an English chrono date can be built from, apart from digits.
const TRIGGER = new RegExp(
  `\\d|\\b(?:${[
    ...MONTHS,
    ...MONTH_ABBREVIATIONS,
    ...WEEKDAYS,
    ...WEEKDAY_ABBREVIATIONS,
    'secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|wks?|fortnights?|months?|mos?',
    'quarters?|qtrs?|years?|yrs?|decades?',
    'now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night|midnight|midday|noon|morning|afternoon|evening',
  ].join('|')})\\b`,
  'i',
);

// A sentence ends at . ! or ? (and a closing quote or bracket) before a capital or an opening
// quote, or at a line break. "Jan. 5" and "U.S. forces" stay whole or split harmlessly.
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})|\n+/gu;

export interface ChronoHit {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
  end: chrono.ParsedComponents | null;
}

export function parseSparse(
  text: string,
  ref: chrono.ParsingReference,
  opts: chrono.ParsingOption,
): ChronoHit[] {
  const out: ChronoHit[] = [];
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart < 0) return;
    for (const r of chrono.parse(text.slice(runStart, runEnd), ref, opts))
      out.push({ index: r.index + runStart, text: r.text, start: r.start, end: r.end ?? null });
    runStart = -1;
  };
  let from = 0;
  const sentence = (s: number, e: number) => {
    if (TRIGGER.test(text.slice(s, e))) {
      if (runStart < 0) runStart = s;
      runEnd = e;
    } else flush();
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    sentence(from, end);
    from = end;
  }
  if (from < text.length) sentence(from, text.length);
  flush();
  return out;
}
