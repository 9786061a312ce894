// Filling an empty store for the explorer: the reference facts, then every readable article
// under the seed paths.
import type { Kb } from '../data/kb-types.js';
import type { ReferenceData, Store } from '../store/index.js';
import { extractPaths } from './extract.js';

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

/** Stores every article under `paths`; returns how many were added. */
export function seedStore(store: Store, kb: Kb, paths: string[], log?: (line: string) => void): number {
  store.loadReference(referenceData(kb));
  let added = 0;
  for (const { doc, extraction } of extractPaths(paths, {
    kb,
    onIssue: (e) => log?.(`entente: ${e.toLine()}`),
  })) {
    if (store.ingestDocument(doc, extraction).status !== 'unchanged') added++;
  }
  return added;
}
