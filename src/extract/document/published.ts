// The publication date: from metadata, else a dateline, else inferred from the latest date the
// text reports (year-less dates read in the latest year the text names).

import { WEEKDAYS } from '../../nlp/calendar-words.js';
import { COUNTED_ON, type DateMention, findDates, relativeDates, resolveDate } from '../../nlp/dates.js';
import type { Stage } from '../context.js';
import {
  dayAfterTakingOffice,
  kbHorizon,
  namedOffices,
  officeCounter,
  onlyYearOfOffices,
  yearOfOffices,
} from './published-offices.js';

export const publishedStage: Stage = {
  name: 'published',
  requires: ['analysis', 'names'],
  assigns: ['published', 'dates'],
  run(ctx) {
    const meta = ctx.doc.published;
    // One chrono pass: dates are found without a reference, then read against the publication date.
    const raw = findDates(ctx.body, null);
    let published: { date: string | null; from: 'metadata' | 'text' | 'inferred' | 'unknown' };
    if (meta && /^\d{4}(-\d{2}(-\d{2})?)?/.test(meta)) {
      published = { date: meta.slice(0, 10), from: 'metadata' };
    } else {
      const people = namedOffices(ctx.names ?? [], ctx.res);
      const inOffice = officeCounter(people);
      published = inferPublished(ctx.body, raw, inOffice, kbHorizon(ctx.res));
      if (published.from === 'unknown') {
        // No date at all: "days after X took office" counts from the day the office began; else
        // the one year in which most of the people named held office.
        const after = ctx.analysis
          ? dayAfterTakingOffice(ctx.body, ctx.analysis.tokens, ctx.names ?? [], ctx.res)
          : null;
        const y = after ? null : onlyYearOfOffices(people, kbHorizon(ctx.res));
        if (after) published = { date: after, from: 'inferred' };
        else if (y) published = { date: `${y}${latestYearless(ctx.body, raw)}`, from: 'inferred' };
      } else if (published.from === 'inferred' && published.date) {
        const year = Number(published.date.slice(0, 4));
        const later = yearOfOffices(inOffice, year);
        // A month or day from a year-less date ("on Dec. 1") moves with the year; one the text
        // gave with its own year does not belong to the later one.
        const rest = published.date.slice(4);
        const yearless = raw.some(
          (d) => !d.explicitYear && !d.relative && d.value.slice(4, 7) === rest.slice(0, 3),
        );
        if (later !== year) published = { date: `${later}${yearless ? rest : ''}`, from: 'inferred' };
      }
    }
    ctx.published = published;
    const ref = published.date
      ? new Date(`${published.date.padEnd(10, '-01').slice(0, 10)}T12:00:00Z`)
      : null;
    const yearOnly = published.date !== null && published.date.length === 4;
    // A "Published 12 January 2024" line is when the page went up, not a day the story is about.
    const reported = raw.filter((d) => !publishedLine(ctx.body, d));
    const dates = ref ? withRelative(ctx.body, reported, ref) : reported.filter((d) => d.explicitYear);
    // Known only to the year, the publication date cannot place "last month" or "on Tuesday"
    // more finely than its year ("last year" still moves it).
    // A month or day without its year ("in October") is one of that year.
    const year = published.date ?? '';
    // Known only to the month, it cannot tell which Wednesday "on Wednesday" was: that month.
    const monthOnly = published.date !== null && published.date.length === 7;
    ctx.dates = monthOnly
      ? dates.map((d) =>
          d.relative && d.precision === 'day' && !COUNTED_ON.test(d.text)
            ? { ...d, value: year, precision: 'month' as const }
            : d,
        )
      : yearOnly
        ? dates.map((d) =>
            d.relative && d.precision !== 'year'
              ? { ...d, value: year, precision: 'year' as const }
              : !d.explicitYear && !d.relative && d.precision !== 'year'
                ? { ...d, value: `${year}${d.value.slice(4)}` }
                : d,
          )
        : dates;
  },
};

/**
 * The latest month and day ("-04-22", "-05") the text gives without a year, outside a
 * "Published" line: read in the report's year, the earliest the report can be; '' when none.
 */
function latestYearless(body: string, dates: DateMention[]): string {
  let latest = '';
  for (const d of dates) {
    if (d.explicitYear || d.relative || d.precision === 'year' || publishedLine(body, d)) continue;
    const rest = d.value.slice(4);
    if (rest > latest) latest = rest;
  }
  return latest;
}

/** Resolved dates plus the relative phrases ("last year") that only a reference date reveals. */
function withRelative(body: string, raw: DateMention[], ref: Date): DateMention[] {
  const resolved: DateMention[] = [];
  for (const d of raw) {
    // "On October 21 … The next day … Two days later": counted from the day the text just named.
    const anchor = COUNTED_ON.test(d.text)
      ? [...resolved]
          .reverse()
          .find((a) => !a.relative && a.precision === 'day' && a.end <= d.start && d.start - a.end < 600)
      : undefined;
    resolved.push(anchor ? resolveDate(d, new Date(`${anchor.value}T12:00:00Z`)) : resolveDate(d, ref));
  }
  const extra = relativeDates(body, ref, (s, e) => resolved.some((r) => r.start < e && s < r.end));
  return [...resolved, ...extra].sort((a, b) => a.start - b.start);
}

/** Years the text names as a thing's year while calling the same kind of thing "this year's". */
function yearsSetApart(body: string): Set<number> {
  const out = new Set<number>();
  if (!/this year['’]s/i.test(body)) return out;
  const heads = [...body.matchAll(/\bthis year['’]s\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+)/giu)].map((m) =>
    (m[2] ?? '').toLowerCase(),
  );
  for (const head of heads) {
    for (const m of body.matchAll(/\b((?:19|20)\d{2})\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+)/gu)) {
      if ((m[3] ?? '').toLowerCase() === head) out.add(Number(m[1]));
    }
  }
  return out;
}

export function inferPublished(
  body: string,
  found?: DateMention[],
  inOffice: (when: string) => number = () => 0,
  horizon = 0,
): { date: string | null; from: 'text' | 'inferred' | 'unknown' } {
  const dates = found ?? findDates(body, null);
  // A dateline: a full date standing alone on one of the first lines, or after "Published".
  const head = body.slice(0, 600);
  let yearless: DateMention | null = null;
  for (const d of dates) {
    if (d.start < head.length && d.precision === 'day' && !d.explicitYear && !d.relative && !yearless) {
      if (isWireDateline(body, d)) yearless = d;
      continue;
    }
    if (d.start >= head.length || d.precision !== 'day' || !d.explicitYear) continue;
    const lineStart = body.lastIndexOf('\n', d.start) + 1;
    const lineEnd = body.indexOf('\n', d.end);
    const line = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd).trim();
    const rest = line
      .replace(d.text, '')
      .replace(/^(published|updated|posted|date)[:\s]*/i, '')
      .trim();
    if (rest.length <= 3 || /^(published|updated|posted)/i.test(line)) return { date: d.value, from: 'text' };
    // A wire dateline: "DOHA, January 15, 2025 (Reuters) - …", "Kyiv, March 3, 2024 — …".
    if (isWireDateline(body, d)) return { date: d.value, from: 'text' };
  }
  const futureYear = (d: DateMention) => {
    if (
      /\b(by|until|through|before|for)\s+(the\s+)?((end|start|beginning|middle)\s+of\s+)?$/i.test(
        body.slice(Math.max(0, d.start - 20), d.start),
      )
    )
      return true;
    // "is due to host the next summit in 2025", "pledged to launch a mission in 2025".
    const clause =
      body
        .slice(Math.max(0, d.start - 80), d.start)
        .split(/[.;!?]\s/)
        .pop() ?? '';
    return /\b(will|due to|is to|are to|set to|plans? to|planned|pledged to|promised to|aims? to|expected to|scheduled|next)\b/i.test(
      clause,
    );
  };
  // "by the end of February 2025": a deadline is no date the report has reached.
  const full = dates.filter((d) => d.explicitYear && d.precision !== 'year' && !futureYear(d));
  // "SEOUL, May 30 (Yonhap) --": the wire gives the day without its year, which comes after every
  // dated event and every past year the report names.
  if (yearless) {
    const latest =
      [
        ...full.map((d) => d.value),
        ...dates
          .filter((d) => d.explicitYear && d.precision === 'year' && !futureYear(d))
          .map((d) => d.value),
      ]
        .sort()
        .at(-1) ?? '';
    const md = yearless.value.slice(4);
    if (latest) {
      let y = Number(latest.slice(0, 4));
      while (`${y}${md}` < latest) y++;
      return { date: `${datelineYear(body, yearless, y, y + 10, inOffice)}${md}`, from: 'text' };
    }
    // No year named at all: the people named in office that day, within the knowledge base's last decade.
    if (horizon) {
      const y = datelineYear(body, yearless, horizon - 10, horizon + 1, inOffice);
      if (inOffice(`${y}${md}`) >= 2) return { date: `${y}${md}`, from: 'text' };
    }
  }
  // "the 2023 NATO leaders summit" … "this year's NATO leaders summit": this year is not 2023.
  const notThisYear = yearsSetApart(body);
  let base = Math.max(...full.map((d) => Number(d.value.slice(0, 4))), 0);
  if (base && notThisYear.has(base)) return { date: String(base + 1), from: 'inferred' };
  // "how the border thawed in 2024" after "since June 2020": a later year named alone counts too.
  const bare = dates
    .filter(
      (d) => d.explicitYear && d.precision === 'year' && !futureYear(d) && !notThisYear.has(Number(d.value)),
    )
    .map((d) => Number(d.value));
  if (base && Math.max(...bare, 0) > base) base = Math.max(...bare);
  if (!base) {
    // No full date: "July 11-12 this year" next to named past years means a later year.
    const past = dates
      .filter((d) => d.explicitYear && d.precision === 'year' && !futureYear(d))
      .map((d) => Number(d.value));
    if (past.length === 0) return { date: null, from: 'unknown' };
    base = Math.max(...past) + (/\bthis year\b/i.test(body) ? 1 : 0);
  }
  // "on Tuesday 27 February": a weekday with its day fixes the year, the first from the base on.
  base = weekdayYear(body, dates, base);
  // "earlier this month, on 3 May": the month the report was written in.
  const thisMonth = dates.find(
    (d) =>
      !d.explicitYear &&
      !d.relative &&
      d.precision !== 'year' &&
      /\bthis month\b/i.test(body.slice(Math.max(0, d.start - 25), d.end + 25)),
  );
  if (thisMonth) return { date: `${base}${thisMonth.value.slice(4, 7)}`, from: 'inferred' };
  // Year-less dates read in the base year; the latest of all is the earliest the text can be.
  let best: string | null = null;
  for (const d of dates) {
    if (d.precision === 'year' || d.relative) continue;
    let v = d.value;
    if (!d.explicitYear) v = `${base}${v.slice(4)}`;
    else if (Number(v.slice(0, 4)) !== base) continue;
    if (!best || v > best) best = v;
  }
  if (!best) return { date: String(base), from: 'inferred' };
  return { date: best, from: 'inferred' };
}

/**
 * The first year from `base` (ten at most) in which a year-less day the text gives with its weekday
 * ("Tuesday 27 February") falls on that weekday; `base` when none does or none is given.
 */
function weekdayYear(body: string, dates: DateMention[], base: number): number {
  if (!base) return base;
  for (const d of dates) {
    if (d.explicitYear || d.precision !== 'day' || !/\d/.test(d.text)) continue;
    const text = body.slice(d.start, d.end).toLowerCase();
    const weekday = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}\\b`).test(text));
    if (weekday < 0) continue;
    const md = d.value.slice(4);
    for (let y = base; y <= base + 10; y++)
      if (new Date(`${y}${md}T12:00:00Z`).getUTCDay() === weekday) return y;
  }
  return base;
}

/**
 * The year of a year-less dateline, from the earliest the report allows to ten after it (or over the
 * knowledge base's last decade when the report names no year): the one with
 * the most people named in office on that day, then the one whose day (or the day before) is the
 * weekday the lead gives ("MANILA, July 8 (Reuters) - … signed on Monday"), then the earliest.
 */
function datelineYear(
  body: string,
  d: DateMention,
  from: number,
  to: number,
  inOffice: (when: string) => number,
): number {
  const md = d.value.slice(4);
  const lead = body.slice(d.end, d.end + 500).toLowerCase();
  const named = WEEKDAYS.map((w) => lead.search(new RegExp(`\\b${w}\\b`)));
  const first = Math.min(...named.filter((i) => i >= 0));
  const weekday = Number.isFinite(first) ? named.indexOf(first) : -1;
  let best = from;
  let topOffice = -1;
  let topDay = -1;
  for (let y = from; y <= to; y++) {
    const day = new Date(`${y}${md}T12:00:00Z`).getUTCDay();
    const wk = weekday < 0 ? 0 : day === weekday ? 2 : (day + 6) % 7 === weekday ? 1 : 0;
    const office = inOffice(`${y}${md}`);
    if (office > topOffice || (office === topOffice && wk > topDay))
      [best, topOffice, topDay] = [y, office, wk];
  }
  return best;
}

function publishedLine(body: string, d: DateMention): boolean {
  if (d.start > 600) return false;
  const lineStart = body.lastIndexOf('\n', d.start) + 1;
  return /^\s*(published|updated|posted|first published)\b/i.test(body.slice(lineStart, d.start));
}

/** A wire dateline: "DOHA, January 15, 2025 (Reuters) - …", "Kyiv, March 3, 2024 — …", "SEOUL, May 30 (Yonhap) --". */
function isWireDateline(body: string, d: DateMention): boolean {
  const lineStart = body.lastIndexOf('\n', d.start) + 1;
  const before = body.slice(lineStart, d.start);
  const after = body.slice(d.end, d.end + 40);
  return /^[\p{Lu}][\p{L} .'’/-]{1,40},\s*$/u.test(before) && /^\s*(\([^)]{1,40}\))?\s*[-–—:]/.test(after);
}
