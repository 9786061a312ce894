// Publication dates as YYYY-MM-DD. The calendar date is taken as written (no shift to UTC): a
// story dated 13 July in Tokyo stays 13 July. Explicit patterns only, since Date.parse accepts
// almost anything ("foo 1" is a date to V8).
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function month(name: string): number | undefined {
  const i = MONTHS.indexOf(name.toLowerCase().slice(0, 3));
  return i < 0 ? undefined : i + 1;
}

function iso(y: number, m: number | undefined, d: number): string | null {
  if (m === undefined || m < 1 || m > 12 || y < 1000 || y > 9999 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  // RFC 822 / 2822 ("Thu, 13 Jul 2023 10:00:00 +0900") and "13 July 2023".
  m = /^(?:[A-Za-z]{3,}\.?,?\s+)?(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})\b/.exec(s);
  if (m) return iso(Number(m[3]), month(m[2] ?? ''), Number(m[1]));
  // "July 13, 2023", "Thursday, July 13th 2023".
  m = /^(?:[A-Za-z]{3,},?\s+)?([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) return iso(Number(m[3]), month(m[1] ?? ''), Number(m[2]));
  return null;
}
