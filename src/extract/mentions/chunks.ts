// Capitalised name chunks: runs of capitalised tokens, joined by "of", "for", "and", "the",
// "de", a possessive or a hyphen when a capitalised word follows ("Cabinet Office of Japan",
// "Prime Minister's Office", "School of Oriental and African Studies").
import type { Token } from '../../nlp/analyze.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../../nlp/calendar-words.js';

export interface Chunk {
  t0: number;
  t1: number;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'al', 'bin', 'von', 'van', 'der', 'on']);
const NOT_NAME_POS = new Set([
  'PRON',
  'DET',
  'ADP',
  'CCONJ',
  'SCONJ',
  'AUX',
  'PART',
  'PUNCT',
  'SYM',
  'SPACE',
  'NUM',
  'INTJ',
]);

/** Days and months: never part of a name ("Oct. 3" gives the key "oct"). */
export const DATE_WORDS = new Set([...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS]);
const WEEKDAY_SET = new Set<string>(WEEKDAYS);

export function isNameToken(t: Token | undefined): boolean {
  if (!t?.upper || !/\p{L}/u.test(t.text)) return false;
  // "I" and sentence-initial function words are not names.
  if (t.text === 'I') return false;
  return !NOT_NAME_POS.has(t.pos) || t.pos === 'NUM';
}

/** "ASEAN-related summits", "Saudi-led coalition": a compound's second word is no part of the name. */
export const COMPOUND_SUFFIX =
  /^(related|led|backed|based|brokered|born|owned|run|made|style|era|aligned|allied|sponsored|funded|controlled|held|occupied|friendly|linked|leaning|wide|level|type|class|bound|built|designed|supplied|armed|hosted|mediated)$/;

/** A name token, or a capitalised part glued to a hyphen whatever its tag ("General Park An-su"). */
export function isNamePart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (isNameToken(t)) return true;
  return (
    !!t?.upper &&
    /^[-‐‑]$/.test(tokens[i + 1]?.text ?? '') &&
    tokens[i + 1]?.start === t.end &&
    tokens[i + 2]?.start === tokens[i + 1]?.end
  );
}

export function findChunks(tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i])) {
      i++;
      continue;
    }
    // "On Friday Barbara Leaf met …": a weekday before a name is no part of it.
    if (WEEKDAY_SET.has(tokens[i]?.key ?? '') && isNameToken(tokens[i + 1])) {
      out.push({ t0: i, t1: i + 1 });
      i++;
      continue;
    }
    const t0 = i;
    let t1 = i + 1;
    for (;;) {
      const next = tokens[t1];
      if (!next || next.sent !== tokens[t0]?.sent) break;
      if (isNamePart(tokens, t1) && !hasLineBreakBefore(tokens, t1)) {
        t1++;
        continue;
      }
      // "Suk-yeol", "Jae-in": a hyphen joins a lower-case part to the name.
      const after = tokens[t1 + 1];
      if (
        /^[-‐‑]$/.test(next.text) &&
        after &&
        next.start === tokens[t1 - 1]?.end &&
        after.start === next.end &&
        /^\p{L}/u.test(after.text) &&
        !COMPOUND_SUFFIX.test(after.text)
      ) {
        t1 += 2;
        continue;
      }
      const joins = CONNECTORS.has(next.text) || /^['’]s$/.test(next.text) || /^[-‐‑–]$/.test(next.text);
      // "the East Sea on Thursday": a connector never joins a day or a month to a name.
      if (joins && isNameToken(after) && after?.sent === next.sent && !DATE_WORDS.has(after?.key ?? '')) {
        t1 += 2;
        continue;
      }
      break;
    }
    out.push({ t0, t1 });
    i = t1;
  }
  return out;
}

function hasLineBreakBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const cur = tokens[i];
  if (!prev || !cur) return false;
  return prev.pos === 'SPACE' && prev.text.includes('\n');
}
