// Events that answer an earlier one and name no recipient: a denial answers whoever accused the
// denier ("Minsk denied that any violation had taken place" after Poland's charge), weapons shot
// down are the attacker's ("Israeli air defences shot down almost all of them"). The recipient is
// the source of the latest earlier event the answer fits; none found, none given.
import type { Event } from '../../core/index.js';

// Roots of the charges a denial answers: accusations, demands, threats, protests, force.
const CHARGES = new Set(['11', '12', '13', '14', '15', '17', '18', '19', '20']);
const ATTACKS = new Set(['15', '18', '19', '20']);
const INTERCEPTS = new Set([
  'ev.fight.shoot-down',
  'ev.fight.shot-down-form',
  'ev.fight.down-weapons',
  'ev.fight.intercept',
]);

export function answerTargets(events: Event[], aff: Map<string, string>): void {
  const side = (ids: string[]) => new Set(ids.flatMap((id) => [id, aff.get(id) ?? id]));
  const meets = (a: Set<string>, ids: string[]) => ids.some((id) => a.has(id) || a.has(aff.get(id) ?? id));
  for (const [i, e] of events.entries()) {
    if (e.target.length > 0 || e.source.length === 0) continue;
    const own = side(e.source);
    const denial = e.code.startsWith('016');
    const intercept = INTERCEPTS.has(e.rule ?? '');
    if (!denial && !intercept) continue;
    // Only a charge or an attack aimed at the one answering: any other is a guess.
    for (let k = i - 1; k >= 0 && e.target.length === 0; k--) {
      const p = events[k];
      if (!p || p.negated || p.source.length === 0 || meets(own, p.source)) continue;
      if ((denial ? CHARGES : ATTACKS).has(p.root) && meets(own, p.target)) e.target = [...p.source];
    }
  }
}
