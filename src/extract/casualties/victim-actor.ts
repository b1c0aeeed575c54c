// The actor a named victim refers to. Stands in until the actor extractor exports `actorAt`.
import type { Actor } from '../../schema.js';

/** The actor with a mention overlapping [start, end), preferring persons. */
export function actorAt(actors: readonly Actor[], start: number, end: number): Actor | null {
  let best: Actor | null = null;
  for (const actor of actors) {
    if (!actor.mentions.some((m) => m.start < end && start < m.end)) continue;
    if (actor.type === 'person') return actor;
    best ??= actor;
  }
  return best;
}
