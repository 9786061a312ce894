// The knowledge base's reference facts (entities, memberships, offices) in the shape the store
// loads them.
import type { Kb } from '../data/kb-types.js';
import type { ReferenceData } from '../store/index.js';

export function referenceData(kb: Kb): ReferenceData {
  return {
    entities: [...kb.entities.values()].map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      ...(e.affiliation ? { affiliation: e.affiliation } : {}),
    })),
    memberships: kb.memberships.flatMap((m) =>
      m.type === 'allied_with'
        ? []
        : [{ member: m.member, org: m.org, type: m.type, start: m.start, end: m.end }],
    ),
    offices: kb.offices.map((o) => ({
      person: o.person,
      of: o.of,
      role: o.role,
      start: o.start,
      end: o.end,
    })),
  };
}
