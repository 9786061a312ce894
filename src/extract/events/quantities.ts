// Numbers an event's clause gives: "fired two ballistic missiles", "sent 2,000 troops", "pledged
// $1.5 billion". Each is a value and the noun it counts (its lemma), so that two reports of one
// action can be seen to disagree on how many. Years, dates, ordinals and percentages are not
// counts; "about", "more than", "at least" make a count inexact.
import { type Quantity, span } from '../../core/index.js';
import type { Token } from '../../nlp/analyze.js';

export const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const CURRENCIES: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy' };
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'usd',
  euro: 'eur',
  pound: 'gbp',
  yen: 'jpy',
  won: 'krw',
  yuan: 'cny',
  rouble: 'rub',
  ruble: 'rub',
};
const HEDGES = new Set([
  'about',
  'around',
  'approximately',
  'roughly',
  'nearly',
  'almost',
  'some',
  'over',
  'more',
  'less',
  'fewer',
  'least',
  'most',
  'up',
  'estimated',
  'several',
  'dozens',
  'hundreds',
  'thousands',
  'upwards',
]);
// "the three leaders" names who acted, not how many of something.
const NOT_COUNTED = new Set([
  'percent',
  'per',
  '%',
  'year',
  'time',
  'times',
  'am',
  'pm',
  'of',
  'leader',
  'envoy',
  'minister',
  'side',
  'government',
]);
// Words that may stand between a number and the noun it counts ("two ballistic missiles").
const BETWEEN = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB']);
const CLAUSE_END = new Set([';', '.', '?', '!']);

function numberAt(tokens: Token[], i: number): { value: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  let value: number | undefined;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(t.text)) value = Number(t.text.replace(/,/g, ''));
  else value = WORD_NUMBERS[t.key];
  if (value === undefined || !Number.isFinite(value)) return null;
  let end = i + 1;
  const scale = SCALES[tokens[end]?.key ?? ''];
  if (scale) {
    value *= scale;
    end++;
  }
  return { value, end };
}

/** Quantities in tokens [t0, t1), stopping at the clause's end; `isDate` marks date tokens. */
export function quantitiesIn(
  body: string,
  tokens: Token[],
  t0: number,
  t1: number,
  isDate: (offset: number) => boolean,
): Quantity[] {
  const out: Quantity[] = [];
  for (let i = t0; i < t1; i++) {
    const t = tokens[i];
    if (!t || CLAUSE_END.has(t.text)) break;
    const n = numberAt(tokens, i);
    if (!n || isDate(t.start)) continue;
    const prev = tokens[i - 1];
    // A year standing alone, a name's number ("Resolution 2231"), an ordinal ("31st") are no counts.
    if (/^(1[89]|20)\d\d$/.test(t.text) && !SCALES[tokens[i + 1]?.key ?? '']) continue;
    if (prev?.upper && prev.pos === 'PROPN' && /^\d/.test(t.text)) continue;
    let start = i;
    let unit: string | undefined;
    const currency = prev ? CURRENCIES[prev.text] : undefined;
    if (currency) {
      unit = currency;
      start = i - 1;
    }
    let end = n.end;
    if (!unit) {
      // The counted noun: the first noun within three words, past adjectives and hyphenated
      // modifiers ("10 short-range ballistic missiles").
      let words = 0;
      for (let k = n.end; k < t1 && words < 4; k++) {
        const w = tokens[k];
        if (!w) break;
        if (w.key === '' || w.text === '-') continue;
        words++;
        if (NOT_COUNTED.has(w.key) || NOT_COUNTED.has(w.lemma)) break;
        const hyphenated = tokens[k + 1]?.text === '-' || tokens[k - 1]?.text === '-';
        if ((w.pos === 'NOUN' || (w.pos === 'PROPN' && !w.upper)) && !hyphenated) {
          // "two ballistic missile launchers": the last noun of the run is the thing counted.
          let last = k;
          while (tokens[last + 1]?.pos === 'NOUN' && last + 1 < t1) last++;
          const head = tokens[last];
          unit = head ? (CURRENCY_WORDS[head.lemma] ?? head.lemma) : undefined;
          end = last + 1;
          break;
        }
        if (!BETWEEN.has(w.pos)) break;
      }
    }
    if (!unit) continue;
    const h1 = tokens[start - 1]?.key ?? '';
    const h2 = tokens[start - 2]?.key ?? '';
    const exact = !HEDGES.has(h1) && !(h1 === 'than' && HEDGES.has(h2)) && !(h1 === 'to' && h2 === 'up');
    const a = tokens[start];
    const b = tokens[end - 1];
    if (!a || !b) continue;
    out.push({ ...span(body, a.start, b.end), value: n.value, unit, exact });
    i = end - 1;
  }
  return out;
}
