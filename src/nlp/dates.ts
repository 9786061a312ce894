// Date expressions with the precision the text supports (day, month or year), resolved against
// a reference date. chrono-node does the parsing; a few phrases it leaves alone ("last year",
// "in early 2023", "the summer of 2022") are read here.
import * as chrono from 'chrono-node';
import { WEEKDAYS } from './calendar-words.js';
import { parseSparse } from './chrono-sparse.js';

export type Precision = 'day' | 'month' | 'year';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  precision: Precision;
  /** The text itself names the year ("July 12, 2023", "in 2021"). */
  explicitYear: boolean;
  /** Relative to the reference date ("last year", "on Tuesday"). */
  relative: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatDate(y: number, m: number | null, d: number | null): string {
  if (m === null) return String(y);
  if (d === null) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Parses "2023-07-12" / "2023-07" / "2023" into a Date at noon UTC (the start of the period). */
export function parseIso(value: string): Date | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1, 12));
}

/** "The next day", "two days later": counted from the day the text last named. */
export const COUNTED_ON =
  /\b(next|following)\s+(day|morning|week)\b|\b(a|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?)\s+(later|after|earlier|before)\b|\bthe\s+day\s+(before|after)\b/i;

const BARE_WEEKDAY = new RegExp(
  `^(?:on\\s+|late\\s+|early\\s+)?(${WEEKDAYS.join('|')})(?:\\s+(?:morning|afternoon|evening|night))?$`,
  'i',
);
const RELATIVE_YEAR = /\b(last|this|next|previous|past)\s+year(?:['’]s)?\b/gi;
const RELATIVE_MONTH = /\b(?:(earlier|later)\s+)?(last|this|next)\s+month\b/gi;
const BARE_YEAR =
  /\b(?:(early|mid|late|the\s+(?:spring|summer|autumn|fall|winter)\s+of|spring|summer|autumn|fall|winter|end\s+of)\s*-?\s*)?((?:19|20)\d{2})\b/gi;

/**
 * Reads a date found without a reference date against one: explicit years stay, relative
 * phrases are parsed again (they are short), a month and day take the year that puts them
 * nearest the reference.
 */
export function resolveDate(d: DateMention, ref: Date): DateMention {
  if (d.explicitYear) return d;
  if (d.relative) {
    // A weekday alone ("on Friday") in a report is the last such day up to the reference date:
    // news tells what happened. chrono takes the nearest one, which may be days ahead. Future
    // actions ("will meet on Friday") are read forward by the event stage.
    const weekday = WEEKDAYS.indexOf((BARE_WEEKDAY.exec(d.text)?.[1] ?? '').toLowerCase());
    if (weekday >= 0 && d.precision === 'day') {
      const back = (ref.getUTCDay() - weekday + 7) % 7;
      const day = new Date(ref.getTime() - back * 86_400_000);
      return { ...d, value: formatDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()) };
    }
    // "last July", "in July" read as relative: the July behind the reference ("next July" ahead).
    if (d.precision === 'month' && !/\b(this)\b/i.test(d.text)) {
      const lean = /\b(next|coming)\b/i.test(d.text) ? 'forward' : 'past';
      return { ...d, value: yearFor(d.value, ref, lean).slice(0, 7) };
    }
    const again = chrono.parse(d.text, { instant: ref, timezone: 'UTC' })[0];
    if (!again) return d;
    const c = again.start;
    const v = c.date();
    const value =
      d.precision === 'day'
        ? formatDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate())
        : d.precision === 'month'
          ? formatDate(v.getUTCFullYear(), v.getUTCMonth() + 1, null)
          : String(v.getUTCFullYear());
    return { ...d, value };
  }
  return { ...d, value: yearFor(d.value, ref, 'past') };
}

/**
 * The year for a month or day written without one ("in May", "on 20 November"), read against a
 * reference date. Reports tell what happened: a date behind the reference wins unless one ahead is
 * less than half as far ('past'); for a planned action, the first one on or after it ('forward').
 */
export function yearFor(value: string, ref: Date, lean: 'past' | 'forward'): string {
  const y = ref.getUTCFullYear();
  const rest = value.slice(4);
  let best = `${y}${rest}`;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const cand of [y - 1, y, y + 1]) {
    const v = `${cand}${rest}`;
    const t = parseIso(v);
    if (!t) continue;
    const ahead = t.getTime() - ref.getTime();
    // A month counts from its first day: "in November" read in November is this one.
    const sameMonth = rest.length <= 3 && v.slice(0, 7) === ref.toISOString().slice(0, 7);
    const cost =
      lean === 'forward'
        ? ahead >= 0 || sameMonth
          ? ahead
          : Number.POSITIVE_INFINITY
        : ahead <= 0 || sameMonth
          ? -ahead
          : ahead * 2;
    if (cost < bestCost) [best, bestCost] = [v, cost];
  }
  return best;
}

export function findDates(text: string, ref: Date | null, opts: { forward?: boolean } = {}): DateMention[] {
  const out: DateMention[] = [];
  const refDate = ref ?? new Date(Date.UTC(2000, 0, 1, 12));
  for (let r of parseSparse(
    text,
    { instant: refDate, timezone: 'UTC' },
    { forwardDate: opts.forward ?? false },
  )) {
    // "on 8 December, 11 days after": the count that opens the next phrase is no year.
    const count = /,\s*\d{1,2}$/.exec(r.text);
    if (count && /^\s*(days?|weeks?|months?|years?|hours?)\b/i.test(text.slice(r.index + r.text.length))) {
      const again = chrono.parse(
        r.text.slice(0, count.index),
        { instant: refDate, timezone: 'UTC' },
        { forwardDate: opts.forward ?? false },
      )[0];
      if (!again) continue;
      r = { index: r.index + again.index, text: again.text, start: again.start, end: again.end ?? null };
    }
    const c = r.start;
    const year = c.get('year');
    if (year === null || year === undefined) continue;
    // "for a second term", "within minutes": a span of clock time is no calendar date.
    if (
      /^(for|within|in)\s+(a|an|one|\d+|a\s+few|several)\s+(seconds?|minutes?|mins?|secs?|hours?|hrs?)\b/i.test(
        r.text,
      )
    )
      continue;
    const hasDay = c.isCertain('day') || c.isCertain('weekday');
    const hasMonth = c.isCertain('month') || hasDay;
    // "last September": chrono may leave the "last" outside its match.
    const lead = text.slice(Math.max(0, r.index - 9), r.index);
    const relWord =
      /\b(today|yesterday|tomorrow|ago|last|next|this|earlier|later|previous|past|overnight|tonight|morning|afternoon|evening|night|now|after|before|seconds?|minutes?|days?|weeks?|hours?|months?|years?|decades?)\b/i.test(
        r.text,
      ) || /\b(last|next|this|past|coming)\s+$/i.test(lead);
    const explicitYear = c.isCertain('year') && !relWord;
    // Times of day alone ("at 3 pm") are no dates.
    if (!hasMonth && !explicitYear && !c.isCertain('weekday')) continue;
    const relative = relWord || c.isCertain('weekday');
    let precision: Precision = hasDay ? 'day' : hasMonth ? 'month' : 'year';
    // "in the last few weeks", "days ago": a vague span names no day.
    if (/\b(few|several|couple|recent|past)\b/i.test(r.text) && precision === 'day') precision = 'month';
    // A span of days ("July 11-12") names no single day.
    if (r.end && r.end.get('day') !== c.get('day')) precision = 'month';
    const d = c.date();
    const value =
      precision === 'day'
        ? formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
        : precision === 'month'
          ? formatDate(year, c.get('month') ?? 1, null)
          : String(year);
    // chrono may take the comma after a weekday ("on Monday,"): the date is the words alone.
    const words = r.text.replace(/[\s,;:]+$/, '');
    out.push({
      start: r.index,
      end: r.index + words.length,
      text: words,
      value,
      precision,
      explicitYear,
      relative,
    });
  }
  const taken = (s: number, e: number) => out.some((d) => d.start < e && s < d.end);
  for (const m of text.matchAll(BARE_YEAR)) {
    const s = m.index ?? 0;
    const yearText = m[2] ?? '';
    const ys = s + m[0].length - yearText.length;
    if (taken(ys, ys + 4)) continue;
    // "2,000 troops" and "2023-07" are handled elsewhere; a year is four digits standing alone.
    const before = text[ys - 1] ?? ' ';
    const after = text[ys + 4] ?? ' ';
    if (/[\d,.$£€-]/.test(before) || /[\d%-]/.test(after)) continue;
    // A year inside a name: "the 2014 Japan-NATO Programme", "a 2027 Action Plan".
    if (
      /^\s+\p{Lu}/u.test(text.slice(ys + 4, ys + 6)) &&
      /\b(the|a|an|its|their)\s+$/i.test(text.slice(Math.max(0, ys - 6), ys))
    )
      continue;
    out.push({
      start: s,
      end: ys + 4,
      text: text.slice(s, ys + 4),
      value: yearText,
      precision: 'year',
      explicitYear: true,
      relative: false,
    });
  }
  if (ref) out.push(...relativeDates(text, ref, taken));
  return out.sort((a, b) => a.start - b.start);
}

/** "last year", "this month" … read against the reference date (chrono leaves them alone). */
export function relativeDates(
  text: string,
  ref: Date,
  taken: (s: number, e: number) => boolean = () => false,
): DateMention[] {
  const out: DateMention[] = [];
  {
    const y = ref.getUTCFullYear();
    for (const m of text.matchAll(RELATIVE_YEAR)) {
      const s = m.index ?? 0;
      if (taken(s, s + m[0].length)) continue;
      const w = (m[1] ?? '').toLowerCase();
      const year = w === 'this' ? y : w === 'next' ? y + 1 : y - 1;
      out.push({
        start: s,
        end: s + m[0].length,
        text: m[0],
        value: String(year),
        precision: 'year',
        explicitYear: false,
        relative: true,
      });
    }
    for (const m of text.matchAll(RELATIVE_MONTH)) {
      const s = m.index ?? 0;
      if (taken(s, s + m[0].length)) continue;
      const w = (m[2] ?? '').toLowerCase();
      const delta = w === 'this' ? 0 : w === 'next' ? 1 : -1;
      const d = new Date(Date.UTC(y, ref.getUTCMonth() + delta, 1, 12));
      out.push({
        start: s,
        end: s + m[0].length,
        text: m[0],
        value: formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, null),
        precision: 'month',
        explicitYear: false,
        relative: true,
      });
    }
  }
  return out;
}
