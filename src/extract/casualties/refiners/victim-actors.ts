// A named victim points at the actor the actor extractor made of that name.
import type { Actor } from '../../../schema.js';
import { actorAt } from '../../actors/index.js';
import type { Finding } from '../types.js';

export function linkVictimActors(findings: Finding[], actors: Actor[]): void {
  for (const f of findings) {
    if (!f.name || f.nameStart === undefined) continue;
    // look only past a possessive, so "Iran’s Supreme Leader Ali Khamenei" finds the person, not the country
    const own = Math.max(f.name.lastIndexOf('’s '), f.name.lastIndexOf("'s "));
    const from = own < 0 ? f.nameStart : f.nameStart + own + 3;
    const actor = actorAt(actors, from, f.nameStart + f.name.length);
    if (actor) f.actor = actor.id;
  }
}
