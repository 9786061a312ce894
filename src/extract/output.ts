// Turns the stages' working state into the contract's Extraction: one entity per id with its
// mentions, people's and national bodies' affiliations, stable ordering so the same input gives the same bytes.
import type { Entity, Extraction } from '../core/index.js';
import type { DocContext } from './context.js';

export function toExtraction(ctx: DocContext): Extraction {
  const byId = new Map<string, Entity>();
  for (const m of ctx.mentions ?? []) {
    let e = byId.get(m.id);
    if (!e) {
      const kb = ctx.res.kb.entities.get(m.id);
      e = {
        id: m.id,
        type: m.type,
        name: kb?.name ?? m.name ?? ctx.body.slice(m.start, m.end),
        mentions: [],
        linkedBy: m.via,
      };
      // A person acts for a state or organisation; a national body (a ministry, a parliament, an
      // army) belongs to its state.
      const aff = kb?.affiliation ?? m.affiliation;
      if (aff && (m.type === 'person' || (m.type === 'org' && aff.startsWith('country:'))))
        e.affiliation = aff;
      byId.set(m.id, e);
    }
    // How the entity was linked: by a name where one is given, not by "the bloc" pointing back.
    if (e.linkedBy === 'anaphor' && m.via !== 'anaphor') e.linkedBy = m.via;
    // Fullest form for new names.
    if (!ctx.res.kb.entities.has(m.id) && m.name && m.name.length > e.name.length) e.name = m.name;
    e.mentions.push({ start: m.start, end: m.end, text: ctx.body.slice(m.start, m.end) });
  }
  const published = ctx.published ?? { date: null, from: 'unknown' as const };
  return {
    document: {
      id: ctx.doc.id,
      title: ctx.title ?? null,
      published: published.date,
      publishedFrom: published.date ? published.from : 'unknown',
      ...(ctx.doc.url ? { url: ctx.doc.url } : {}),
      ...(ctx.doc.source ? { source: ctx.doc.source } : {}),
      ...(ctx.doc.author ? { author: ctx.doc.author } : {}),
    },
    entities: [...byId.values()],
    events: ctx.events ?? [],
    quotes: ctx.quotes ?? [],
    relations: ctx.relations ?? [],
  };
}
