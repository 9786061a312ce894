// Integer ids for actors, outlets and rule names, cached in memory. The caches only ever hold
// committed rows: a failed ingest transaction calls reset().
import { idType } from '../../core/index.js';
import type { Statements } from './db.js';

export class Dictionary {
  private actorIds = new Map<string, number>();
  private actorKeys = new Map<number, string>();
  private affils = new Map<string, string[]>();
  private outlets = new Map<string, number>();
  private ruleIds = new Map<string, number>();
  private ruleNames = new Map<number, string>();

  constructor(private readonly st: Statements) {}

  reset(): void {
    this.actorIds.clear();
    this.actorKeys.clear();
    this.affils.clear();
    this.outlets.clear();
    this.ruleIds.clear();
    this.ruleNames.clear();
  }

  /** The id of a known actor, or undefined. */
  findActor(key: string): number | undefined {
    let id = this.actorIds.get(key);
    if (id === undefined) {
      const row = this.st.get('SELECT id FROM actors WHERE key = ?').get(key) as { id: number } | undefined;
      if (!row) return undefined;
      id = row.id;
      this.remember(key, id);
    }
    return id;
  }

  actor(key: string, name?: string): number {
    const known = this.findActor(key);
    if (known !== undefined) return known;
    const type = idType(key) || 'unknown';
    const id = Number(
      this.st.get('INSERT INTO actors (key, type, name) VALUES (?, ?, ?)').run(key, type, name ?? key)
        .lastInsertRowid,
    );
    this.remember(key, id);
    return id;
  }

  actorKey(id: number): string {
    let key = this.actorKeys.get(id);
    if (key === undefined) {
      const row = this.st.get('SELECT key FROM actors WHERE id = ?').get(id) as { key: string } | undefined;
      key = row?.key ?? `unknown:${id}`;
      this.remember(key, id);
    }
    return key;
  }

  private remember(key: string, id: number): void {
    this.actorIds.set(key, id);
    this.actorKeys.set(id, key);
  }

  /** What a person or organisation acts for, by id key; states and places act for nobody. */
  affiliations(key: string): string[] {
    const type = idType(key);
    if (type !== 'person' && type !== 'org') return [];
    let list = this.affils.get(key);
    if (!list) {
      const id = this.findActor(key);
      list =
        id === undefined
          ? []
          : (
              this.st
                .get('SELECT a.key FROM actor_affil f JOIN actors a ON a.id = f.affil WHERE f.actor = ?')
                .all(id) as { key: string }[]
            ).map((r) => r.key);
      this.affils.set(key, list);
    }
    return list;
  }

  addAffiliation(actorKey: string, affilKey: string): void {
    if (actorKey === affilKey) return;
    const a = this.actor(actorKey);
    const b = this.actor(affilKey);
    const r = this.st.get('INSERT OR IGNORE INTO actor_affil (actor, affil) VALUES (?, ?)').run(a, b);
    if (r.changes) {
      this.affils.delete(actorKey);
      this.st.get('UPDATE actors SET affil = ? WHERE id = ? AND affil IS NULL').run(b, a);
    }
  }

  outlet(name: string): number {
    let id = this.outlets.get(name);
    if (id === undefined) {
      const row = this.st.get('SELECT id FROM outlets WHERE name = ?').get(name) as
        | { id: number }
        | undefined;
      id = row
        ? row.id
        : Number(this.st.get('INSERT INTO outlets (name) VALUES (?)').run(name).lastInsertRowid);
      this.outlets.set(name, id);
    }
    return id;
  }

  rule(name: string | null | undefined): number | null {
    if (!name) return null;
    let id = this.ruleIds.get(name);
    if (id === undefined) {
      const row = this.st.get('SELECT id FROM rules WHERE name = ?').get(name) as { id: number } | undefined;
      id = row
        ? row.id
        : Number(this.st.get('INSERT INTO rules (name) VALUES (?)').run(name).lastInsertRowid);
      this.ruleIds.set(name, id);
      this.ruleNames.set(id, name);
    }
    return id;
  }

  ruleName(id: number | null): string {
    if (id === null) return '';
    let name = this.ruleNames.get(id);
    if (name === undefined) {
      const row = this.st.get('SELECT name FROM rules WHERE id = ?').get(id) as { name: string } | undefined;
      name = row?.name ?? '';
      this.ruleNames.set(id, name);
    }
    return name;
  }
}
