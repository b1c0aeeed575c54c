import type { Actor } from '../../schema.js';

/** The actor with a mention overlapping [start, end), for extractors that point at actors. */
export function actorAt(actors: Actor[], start: number, end: number): Actor | null {
  for (const actor of actors) {
    for (const m of actor.mentions) if (m.start < end && start < m.end) return actor;
  }
  return null;
}
