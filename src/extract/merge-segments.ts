// The findings of a long document's segments as one document's: offsets moved back to the whole
// text, an actor named in several segments made one actor (ids renumbered, references remapped),
// a casualty figure repeated in a later segment kept once.
import type { Actor, Appeal, Call, Casualty, DateMention, Warning } from '../schema.js';

/** What the extractors found in one document, before the record drops the kinds not asked for. */
export interface Findings {
  actors: Actor[];
  calls: Call[];
  appeals: Appeal[];
  dates: DateMention[];
  casualties: Casualty[];
  warnings: Warning[];
}

export interface SegmentFindings extends Findings {
  /** Where the segment starts in the whole text. */
  offset: number;
}

const wordsOf = (name: string): string[] => name.toLowerCase().split(/\s+/).filter(Boolean);
const isGeo = (a: Actor): boolean => a.type === 'country' || a.type === 'place';

/**
 * The actor of earlier segments that `actor` names again: the same name and kind; a country or place
 * of the same name; for people, also a bare surname of someone named in full ("Smith" after "Anna Smith").
 */
function sameActor(merged: readonly Actor[], actor: Actor): Actor | undefined {
  const words = wordsOf(actor.name);
  const name = words.join(' ');
  for (let i = merged.length - 1; i >= 0; i--) {
    const other = merged[i];
    const otherWords = wordsOf(other.name);
    if (otherWords.join(' ') === name && (other.type === actor.type || (isGeo(other) && isGeo(actor)))) return other;
    if (
      actor.type === 'person' &&
      other.type === 'person' &&
      (words.length === 1 || otherWords.length === 1) &&
      words[words.length - 1] === otherWords[otherWords.length - 1]
    ) {
      return other;
    }
  }
  return undefined;
}

/** Adds a later segment's actor to the one it names again, as the actor extractor merges mentions. */
function absorb(target: Actor, actor: Actor): void {
  if ((actor.type === 'person' || actor.type === 'organization') && wordsOf(actor.name).length > wordsOf(target.name).length) {
    target.name = actor.name;
  }
  if (actor.type === 'country') target.type = 'country';
  target.title ??= actor.title;
  target.country ??= actor.country;
  target.mentions.push(...actor.mentions);
}

/** Same rule as the actor extractor: every distinct mention text other than the name, in text order. */
function aliasesOf(actor: Actor): string[] {
  return [...new Set(actor.mentions.map((m) => m.text))].filter((t) => t !== actor.name);
}

/** The same figure told again (a summary paragraph repeating the toll): same kind, count and words or victims. */
function sameFigure(a: Casualty, b: Casualty): boolean {
  if (a.kind !== b.kind || a.count !== b.count || a.min !== b.min || a.max !== b.max) return false;
  return a.text.toLowerCase() === b.text.toLowerCase() || (a.count !== null && (a.victims ?? '').toLowerCase() === (b.victims ?? '').toLowerCase());
}

export function mergeSegments(segments: readonly SegmentFindings[]): Findings {
  const merged: Findings = { actors: [], calls: [], appeals: [], dates: [], casualties: [], warnings: [] };
  const seenWarnings = new Set<string>();
  for (const segment of segments) {
    const { offset } = segment;
    const shift = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: span.start + offset, end: span.end + offset });
    const idOf = new Map<string, string>();
    for (const actor of segment.actors) {
      const mentions = actor.mentions.map(shift);
      const target = sameActor(merged.actors, actor);
      if (target) {
        absorb(target, { ...actor, mentions });
        idOf.set(actor.id, target.id);
      } else {
        const id = `A${merged.actors.length + 1}`;
        merged.actors.push({ ...actor, id, mentions });
        idOf.set(actor.id, id);
      }
    }
    const remap = (id: string): string => idOf.get(id) ?? id;
    for (const call of segment.calls) {
      merged.calls.push({
        ...call,
        id: `C${merged.calls.length + 1}`,
        participants: call.participants.map(remap),
        initiator: call.initiator === null ? null : remap(call.initiator),
        evidence: shift(call.evidence),
      });
    }
    for (const appeal of segment.appeals) merged.appeals.push({ ...appeal, actor: remap(appeal.actor), evidence: shift(appeal.evidence) });
    for (const date of segment.dates) merged.dates.push(shift(date));
    const earlier = merged.casualties.length;
    for (const casualty of segment.casualties) {
      if (merged.casualties.slice(0, earlier).some((c) => sameFigure(c, casualty))) continue;
      const moved = shift(casualty);
      if (moved.actor !== undefined) moved.actor = remap(moved.actor);
      merged.casualties.push(moved);
    }
    for (const warning of segment.warnings) {
      const moved = warning.start === undefined || warning.end === undefined ? warning : shift(warning as Warning & { start: number; end: number });
      const key = JSON.stringify(moved);
      if (!seenWarnings.has(key)) merged.warnings.push(moved);
      seenWarnings.add(key);
    }
  }
  for (const actor of merged.actors) actor.aliases = aliasesOf(actor);
  return merged;
}
