// Whom a person acts for, learnt from the words around the name, for people the knowledge base
// does not know: "Guyanese President Irfaan Ali", "U.S. Ambassador MaryKay Carlson",
// "Venezuela's defense minister, Vladimir Padrino López", "Mohammed Abdulsalam, the Houthis' chief
// negotiator", "Roosevelt Skerrit, chairman of the Caribbean Community".
import type { Token } from '../../nlp/analyze.js';
import type { Mention } from '../context.js';
import type { TitleMatch } from './titles.js';

const POSSESSIVE = /^['’]s?$/;

/** The state or organisation named right before a title: "Guyanese President", "Venezuela's defense minister". */
function holderBefore(tokens: Token[], at: Map<number, Mention>, t0: number): Mention | undefined {
  let k = t0;
  if (POSSESSIVE.test(tokens[k - 1]?.text ?? '')) k--;
  const m = at.get(k);
  return m && (m.type === 'country' || m.type === 'org') ? m : undefined;
}

const RANK_PREFIX = /^(Rear|Vice|Lieutenant|Lt|Major|Maj|Brigadier|Air|Fleet|Deputy)\.?$/;
const ROLE_HEAD =
  /^(minister|secretary|spokesman|spokeswoman|spokesperson|adviser|advisor|chief|ambassador|envoy|commander|director|head|chairman|chair|president|governor|negotiator|general)$/i;

/** One to three lower-case words ending in an office word, ending before token `end`. */
export function looseTitle(tokens: Token[], end: number): { t0: number; role: string } | undefined {
  const head = tokens[end - 1];
  if (!head || head.upper || !ROLE_HEAD.test(head.text)) return undefined;
  let t0 = end - 1;
  while (t0 > end - 3 && /^(NOUN|ADJ)$/.test(tokens[t0 - 1]?.pos ?? '') && !tokens[t0 - 1]?.upper) t0--;
  const words = tokens
    .slice(t0, end)
    .map((t) => t.key)
    .join('-');
  return { t0, role: words };
}

export function learnAffiliations(
  tokens: Token[],
  mentions: Mention[],
  titleAt: (TitleMatch | undefined)[],
  titleEnd: (TitleMatch | undefined)[],
): void {
  // Mentions by their end token (for "before") and start token (for "after").
  const endAt = new Map<number, Mention>();
  const startAt = new Map<number, Mention>();
  for (const m of mentions) {
    endAt.set(m.t1, m);
    startAt.set(m.t0, m);
  }
  for (const m of mentions) {
    if (m.type !== 'person' || m.affiliation) continue;
    // A title right before the name, or before it and a comma; ranks and honorifics between
    // ("ISPR's director general, Lieutenant General Ahmed Sharif Chaudhry") are stepped over.
    let at = m.t0;
    for (let rank = titleEnd[at]; rank && rank.role === ''; rank = titleEnd[at]) {
      at = rank.t0;
      while (RANK_PREFIX.test(tokens[at - 1]?.text ?? '')) at--;
    }
    const comma = tokens[at - 1]?.text === ',';
    const before = titleEnd[at] ?? (comma ? titleEnd[at - 1] : undefined);
    // A title no list knows: "Ukraine's agriculture minister, Mykola Solskyi".
    const loose = before?.role ? undefined : looseTitle(tokens, comma ? at - 1 : at);
    const title = before?.role ? { t0: before.t0, role: before.role } : loose;
    if (title) {
      const holder = holderBefore(tokens, endAt, title.t0);
      if (holder) {
        m.affiliation = holder.id;
        if (!m.role) m.role = title.role;
        continue;
      }
    }
    // An apposition after the name: ", [the|a] Holder's title" or ", [the|a] title of|at|for [the] Holder".
    if (tokens[m.t1]?.text !== ',') continue;
    let k = m.t1 + 1;
    if (/^(the|a|an)$/i.test(tokens[k]?.text ?? '')) k++;
    const lead = startAt.get(k);
    if (lead && (lead.type === 'country' || lead.type === 'org')) {
      let j = lead.t1;
      if (POSSESSIVE.test(tokens[j]?.text ?? '')) j++;
      // Up to two words before the title ("chief negotiator", "top nuclear envoy").
      for (let s = j; s <= j + 2; s++) {
        const t = titleAt[s];
        if (t?.role) {
          m.affiliation = lead.id;
          if (!m.role) m.role = t.role;
          break;
        }
      }
      if (m.affiliation) continue;
      if (POSSESSIVE.test(tokens[lead.t1]?.text ?? '') && /^(NOUN|ADJ)$/.test(tokens[j]?.pos ?? '')) {
        m.affiliation = lead.id;
        continue;
      }
    }
    const t = titleAt[k];
    if (t?.role && /^(of|at|for)$/.test(tokens[t.t1]?.text ?? '')) {
      let j = t.t1 + 1;
      if (tokens[j]?.key === 'the') j++;
      const org = startAt.get(j);
      if (org && (org.type === 'country' || org.type === 'org')) {
        m.affiliation = org.id;
        if (!m.role) m.role = t.role;
      }
    }
  }
}
