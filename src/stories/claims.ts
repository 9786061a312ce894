// Dated facts that two documents can disagree on: when a person took or left an office, when a
// state joined or left an organisation. They come from the extraction's relations (with their
// evidence) and from a reading of "X became president in the summer of 2022" / "X, who was
// inaugurated on May 10" in the text, whose dates are finer than the contract can carry.
import type { Entity, Relation, RelationType } from '../core/index.js';
import { slug } from '../core/index.js';
import { readDatePhrase } from './date-phrases.js';
import { parseDate } from './dates.js';

export interface FactClaim {
  type: RelationType;
  subject: string;
  object: string | null;
  role: string | null;
  field: 'start' | 'end';
  lo: number;
  hi: number;
  /** The date as the document gives it: "2022-05-10", "in the summer of 2022". */
  label: string;
  start: number;
  end: number;
}

// A date the passage itself states: a year, a month or a season. Relations whose dates come
// from elsewhere (a reference list filling in a term of office) are no claim of the article.
const STATES_A_DATE =
  /\b(?:1[89]|20)\d{2}\b|\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter)\b/i;

export function claimsFromRelations(relations: readonly Relation[]): FactClaim[] {
  const out: FactClaim[] = [];
  for (const r of relations) {
    if (r.negated || !r.evidence || !STATES_A_DATE.test(r.evidence.text)) continue;
    for (const field of ['start', 'end'] as const) {
      const d = parseDate(r[field]);
      if (!d) continue;
      out.push({
        type: r.type,
        subject: r.subject,
        object: r.object,
        role: r.role ?? null,
        field,
        lo: d.lo,
        hi: d.hi,
        label: r[field] as string,
        start: r.evidence.start,
        end: r.evidence.end,
      });
    }
  }
  return out;
}

// Verbs of taking office; "elected" is left out on purpose: an election is not an inauguration.
const TOOK_OFFICE =
  /^(?:\s*,\s*who(?:\s+was|\s+has\s+been|\s+had\s+been)?)?\s+(became|took\s+office|assumed\s+office|took\s+power|came\s+to\s+power|took\s+over|(?:was\s+)?(?:inaugurated|sworn\s+in|installed|appointed))\b(.{0,40}?)\s+(?=(?:in|on|during|since)\s)/i;
const NOT_A_ROLE = /\b(?:to|first|only|last|a|an|member|part|one|clear|more|less)\b|[^a-z\s-]/i;

function roleOf(gap: string): string | null | undefined {
  const words = gap.trim().replace(/^(?:as\s+)?(?:the\s+)?(?:new\s+)?/i, '');
  if (!words) return null;
  const head = words.split(/\s+of\s+/i)[0] ?? '';
  if (NOT_A_ROLE.test(head) || head.split(/\s+/).length > 4) return undefined;
  return slug(head);
}

/** Office starts stated in the text next to a person's name. */
export function claimsFromText(
  body: string,
  entities: readonly Entity[],
  relations: readonly Relation[],
  published: string | null,
): FactClaim[] {
  const out: FactClaim[] = [];
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const offices = relations.filter((r) => r.type === 'holds_office' && r.subject === e.id && !r.negated);
    for (const m of e.mentions) {
      const tail = body.slice(m.end, m.end + 200).split(/[.!?;]\s/)[0] ?? '';
      const took = TOOK_OFFICE.exec(tail);
      if (!took) continue;
      const role = roleOf(took[2] ?? '');
      if (role === undefined) continue;
      const date = readDatePhrase(tail.slice(took[0].length), published);
      if (!date) continue;
      const office =
        offices.find((r) => role && r.role === role) ??
        (offices.filter((r) => !r.former).length === 1 ? offices.find((r) => !r.former) : undefined);
      const object = office?.object ?? e.affiliation ?? null;
      if (!object) continue;
      out.push({
        type: 'holds_office',
        subject: e.id,
        object,
        role: role ?? office?.role ?? null,
        field: 'start',
        lo: date.lo,
        hi: date.hi,
        label: date.text,
        start: m.start,
        end: m.end + took[0].length + date.text.length,
      });
    }
  }
  return out;
}

/** Whether two claims are about the same fact (same subject, relation, object, role where both give one). */
export function sameFact(a: FactClaim, b: FactClaim): boolean {
  return (
    a.type === b.type &&
    a.subject === b.subject &&
    a.field === b.field &&
    a.object === b.object &&
    (!a.role || !b.role || a.role === b.role)
  );
}
