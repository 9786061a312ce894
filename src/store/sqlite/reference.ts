// Reference facts from the knowledge base: actor names and affiliations, and the dated
// memberships and offices that as-of questions are answered from. Reloading replaces them.
import { createHash } from 'node:crypto';
import { parseDate } from '../../stories/index.js';
import type { ReferenceData } from '../store.js';
import type { StoreCtx } from './context.js';

export function referenceHash(ref: ReferenceData): string {
  const h = createHash('sha256');
  for (const e of ref.entities)
    h.update(`${e.id}\t${e.name}\t${e.affiliation ?? ''}\t${(e.aliases ?? []).join('|')}\n`);
  for (const m of ref.memberships) h.update(`${m.member}\t${m.org}\t${m.type}\t${m.start}\t${m.end}\n`);
  for (const o of ref.offices) h.update(`${o.person}\t${o.of}\t${o.role}\t${o.start}\t${o.end}\n`);
  return h.digest('hex').slice(0, 16);
}

export function loadReference(ctx: StoreCtx, ref: ReferenceData): { entities: number; intervals: number } {
  let entities = 0;
  let intervals = 0;
  try {
    ctx.db.transaction(() => {
      const upd = ctx.st.get('UPDATE actors SET name = ?, type = ?, from_kb = 1 WHERE id = ?');
      const name = ctx.st.get('INSERT OR IGNORE INTO actor_names (actor, name) VALUES (?, ?)');
      for (const e of ref.entities) {
        const id = ctx.dict.actor(e.id, e.name);
        upd.run(e.name, e.type, id);
        name.run(id, e.name);
        for (const a of e.aliases ?? []) name.run(id, a);
        if (e.affiliation && (e.type === 'person' || e.type === 'org'))
          ctx.dict.addAffiliation(e.id, e.affiliation);
        entities++;
      }
      ctx.st.get('DELETE FROM relations WHERE doc IS NULL').run();
      const ins = ctx.st.get(
        `INSERT INTO relations (type, subject, object, role, start, "end", start_day, end_day, negated, former, doc)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, NULL)`,
      );
      const add = (
        type: string,
        s: string,
        o: string,
        role: string | null,
        start: string | null,
        end: string | null,
      ) => {
        ins.run(
          type,
          ctx.dict.actor(s),
          ctx.dict.actor(o),
          role,
          start,
          end,
          parseDate(start)?.lo ?? null,
          parseDate(end)?.hi ?? null,
        );
        intervals++;
      };
      for (const m of ref.memberships) add(m.type, m.member, m.org, null, m.start, m.end);
      for (const o of ref.offices) add('holds_office', o.person, o.of, o.role, o.start, o.end);
      ctx.st
        .get(
          "INSERT INTO meta (key, value) VALUES ('kb_loaded', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .run(Date.now());
    })();
  } catch (e) {
    ctx.dict.reset();
    throw e;
  }
  return { entities, intervals };
}
