// Date phrases read as intervals, for checking facts across documents. The contract's dates stop
// at year, month or day; "the summer of 2022" or "in early May" say more than "2022" or "2022-05",
// and that is exactly what shows two reports of one fact disagreeing.
import { dayNumber } from './dates.js';

export interface PhraseDate {
  lo: number;
  hi: number;
  /** The words as written, e.g. "in the summer of 2022". */
  text: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const PART = '(?:(early|mid|late)[-\\s]+)?';
const YEAR = '((?:19|20)\\d{2})';

// Northern-hemisphere seasons; winter runs from December into the next year.
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 14],
};

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray, ref: Ref | null) => [number, number] | null }[] = [
  {
    re: new RegExp(
      `^(?:in|during|since|over)\\s+(?:the\\s+)?${PART}(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?${YEAR})?\\b`,
      'i',
    ),
    read: (m, ref) => {
      const [from, to] = SEASONS[(m[2] ?? '').toLowerCase()] ?? [0, 0];
      const y = m[3] ? Number(m[3]) : latestYear(from, ref);
      return y === null ? null : [dayNumber(y, from, 1), dayNumber(y, to + 1, 0)];
    },
  },
  {
    re: new RegExp(
      `^on\\s+(?:[a-z]+day,?\\s+)?${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?\\b`,
      'i',
    ),
    read: (m, ref) => day(m[1], m[2], m[3], ref),
  },
  {
    re: new RegExp(
      `^on\\s+(?:[a-z]+day,?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?(?:,?\\s+${YEAR})?\\b`,
      'i',
    ),
    read: (m, ref) => day(m[2], m[1], m[3], ref),
  },
  {
    re: new RegExp(`^(?:in|during|since)\\s+${PART}${MONTH}\\.?(?:,?\\s+(?:of\\s+)?${YEAR})?\\b`, 'i'),
    read: (m, ref) => {
      const mo = monthOf(m[2]);
      const y = m[3] ? Number(m[3]) : latestYear(mo, ref);
      if (y === null) return null;
      const last = dayNumber(y, mo + 1, 0) - dayNumber(y, mo, 1) + 1;
      const [a, b] = part(m[1], last);
      return [dayNumber(y, mo, a), dayNumber(y, mo, b)];
    },
  },
  {
    re: new RegExp(`^(?:in|during|since)\\s+${PART}${YEAR}\\b`, 'i'),
    read: (m) => {
      const y = Number(m[2]);
      const p = (m[1] ?? '').toLowerCase();
      const [a, b] = p === 'early' ? [1, 4] : p === 'mid' ? [5, 8] : p === 'late' ? [9, 12] : [1, 12];
      return [dayNumber(y, a, 1), dayNumber(y, b + 1, 0)];
    },
  },
];

interface Ref {
  year: number;
  month: number;
}

function monthOf(word: string | undefined): number {
  return MONTHS[(word ?? '').toLowerCase().slice(0, 3)] ?? 1;
}

/** A past date without a year: the latest year in which that month is not after the reference. */
function latestYear(month: number, ref: Ref | null): number | null {
  if (!ref) return null;
  return month <= ref.month ? ref.year : ref.year - 1;
}

function day(
  monthWord: string | undefined,
  dayText: string | undefined,
  yearText: string | undefined,
  ref: Ref | null,
): [number, number] | null {
  const mo = monthOf(monthWord);
  const d = Number(dayText);
  if (!(d >= 1 && d <= 31)) return null;
  const y = yearText ? Number(yearText) : latestYear(mo, ref);
  if (y === null) return null;
  const n = dayNumber(y, mo, d);
  return [n, n];
}

function part(p: string | undefined, last: number): [number, number] {
  const w = (p ?? '').toLowerCase();
  return w === 'early' ? [1, 10] : w === 'mid' ? [11, 20] : w === 'late' ? [21, last] : [1, last];
}

/** Reads a date phrase at the start of `text`; `published` ("2022-07", "2022-07-03") resolves a missing year. */
export function readDatePhrase(text: string, published: string | null): PhraseDate | null {
  const pm = published ? /^(\d{4})(?:-(\d{2}))?/.exec(published) : null;
  const ref: Ref | null = pm ? { year: Number(pm[1]), month: pm[2] ? Number(pm[2]) : 12 } : null;
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const r = p.read(m, ref);
    if (r) return { lo: r[0], hi: r[1], text: m[0] };
  }
  return null;
}
