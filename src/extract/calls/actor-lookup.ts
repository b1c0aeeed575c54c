// Actor mentions placed on the text, for asking "which actors are named between these offsets".
// TODO(lead): swap `actorAt` for the one src/extract/actors/index.ts will export.
import type { Actor } from '../../schema.js';

export interface PlacedMention {
  start: number;
  end: number;
  actor: Actor;
}

/** Every mention of every actor, sorted by position; overlapping mentions keep the longest. */
export function placeMentions(actors: readonly Actor[]): PlacedMention[] {
  const placed: PlacedMention[] = [];
  for (const actor of actors) for (const m of actor.mentions) placed.push({ start: m.start, end: m.end, actor });
  placed.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PlacedMention[] = [];
  for (const m of placed) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/** The actor with a mention inside [start, end), if any. */
export function actorAt(actors: readonly Actor[], start: number, end: number): Actor | null {
  for (const actor of actors) {
    if (actor.mentions.some((m) => m.start >= start && m.end <= end)) return actor;
  }
  return null;
}

/** Mentions that lie wholly inside [start, end), in text order. */
export function mentionsWithin(placed: readonly PlacedMention[], start: number, end: number): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (const m of placed) {
    if (m.start >= end) break;
    if (m.start >= start && m.end <= end) out.push(m);
  }
  return out;
}

/** The nearest person mention ending at or before `pos`. */
export function personBefore(placed: readonly PlacedMention[], pos: number): PlacedMention | null {
  let found: PlacedMention | null = null;
  for (const m of placed) {
    if (m.end > pos) break;
    if (m.actor.type === 'person') found = m;
  }
  return found;
}

/** Parties of a communication: people when the span names any, else the organizations and states. */
export function parties(mentions: readonly PlacedMention[]): PlacedMention[] {
  const acting = mentions.filter((m) => m.actor.type !== 'place');
  const people = acting.filter((m) => m.actor.type === 'person');
  return people.length > 0 ? people : acting;
}
