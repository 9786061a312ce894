// Dates at their precision as closed intervals of day numbers (days since 1970-01-01, UTC).
// Calendar intervals nest (a day lies in one month, a month in one year), so two dates are
// compatible exactly when their intervals meet, and the meet is the more precise of the two.

/** 0 undated, 1 year, 2 month, 3 day. */
export type Precision = 0 | 1 | 2 | 3;

export interface DateInterval {
  lo: number;
  hi: number;
  prec: 1 | 2 | 3;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "2023-07-12" | "2023-07" | "2023" → interval; anything else (or null) → null. */
export function parseDate(value: string | null | undefined): DateInterval | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return { lo: dayNumber(y, 1, 1), hi: dayNumber(y, 12, 31), prec: 1 };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (!m[3]) return { lo: dayNumber(y, mo, 1), hi: dayNumber(y, mo, daysInMonth(y, mo)), prec: 2 };
  const d = Number(m[3]);
  if (d < 1 || d > daysInMonth(y, mo)) return null;
  const day = dayNumber(y, mo, d);
  return { lo: day, hi: day, prec: 3 };
}

/** Interval of a date's first day at a precision, e.g. the month that contains `day`. */
export function intervalAt(day: number, prec: 1 | 2 | 3): DateInterval {
  const t = new Date(day * MS_PER_DAY);
  const y = t.getUTCFullYear();
  const mo = t.getUTCMonth() + 1;
  if (prec === 1) return { lo: dayNumber(y, 1, 1), hi: dayNumber(y, 12, 31), prec };
  if (prec === 2) return { lo: dayNumber(y, mo, 1), hi: dayNumber(y, mo, daysInMonth(y, mo)), prec };
  return { lo: day, hi: day, prec };
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The contract's date string for a day at a precision: "2023-07-12", "2023-07" or "2023". */
export function formatDate(day: number, prec: Precision): string | null {
  if (prec === 0 || day < 0) return null;
  const iso = isoDay(day);
  return prec === 3 ? iso : prec === 2 ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** Months since year 0, for monthly rollups; -1 for undated. */
export function monthIndex(day: number): number {
  if (day < 0) return -1;
  const t = new Date(day * MS_PER_DAY);
  return t.getUTCFullYear() * 12 + t.getUTCMonth();
}

export function formatMonth(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

export function intersects(a: { lo: number; hi: number }, b: { lo: number; hi: number }): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Inclusive bounds of a filter date: "2023-07" as `since` starts on 1 July, as `until` ends on 31 July. */
export function filterBounds(value: string): DateInterval {
  const d = parseDate(value);
  if (!d) throw new RangeError(`not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${value}`);
  return d;
}
