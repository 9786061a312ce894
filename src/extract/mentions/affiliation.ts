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
    // A title right before the name, or before it and a comma.
    const before = titleEnd[m.t0] ?? (tokens[m.t0 - 1]?.text === ',' ? titleEnd[m.t0 - 1] : undefined);
    if (before?.role) {
      const holder = holderBefore(tokens, endAt, before.t0);
      if (holder) {
        m.affiliation = holder.id;
        if (!m.role) m.role = before.role;
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
