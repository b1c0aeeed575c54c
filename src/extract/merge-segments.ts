// The findings of a long document's segments as one document's: offsets moved back to the whole
// text, an actor named in several segments made one actor (ids renumbered, references remapped),
// a casualty figure or a call repeated in a later segment kept once.
import { tagRules } from './provenance.js';
import type { Actor, Appeal, Call, Casualty, DateMention, Warning } from '../schema.js';
import { ORGANIZATION_BY_NAME } from './actors/lexicon-index.js';

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
/** Kind and name; an organization by its name in the word lists ("FBI" is "Federal Bureau of Investigation"). */
function identityKey(a: Actor, words: string[]): string {
  const name = words.join(' ');
  const known = a.type === 'organization' ? ORGANIZATION_BY_NAME.get(name)?.name.toLowerCase() : undefined;
  return `${isGeo(a) ? 'geo' : a.type}:${known ?? name}`;
}

/**
 * The actors of earlier segments, found by name (a long document has tens of thousands): the same
 * name and kind (organizations by their name in the word lists), a country or place of the same
 * name, or for people, by the actor extractor's rules, a bare surname of someone named in full
 * ("Talbot" after "Vesna Talbot") or a bare first word of a name written family name first.
 */
class ActorIndex {
  readonly actors: Actor[] = [];
  private readonly position = new Map<Actor, number>();
  private readonly byIdentity = new Map<string, Actor>();
  /** People by "first:", "last:" and (one-word names) "only:" plus a name word. */
  private readonly personByWord = new Map<string, Actor>();

  add(actor: Actor): void {
    this.position.set(actor, this.actors.length);
    this.actors.push(actor);
    this.index(actor);
  }

  /** Files the actor under its current name; called again when a longer name replaces it. */
  index(actor: Actor): void {
    const words = wordsOf(actor.name);
    this.byIdentity.set(identityKey(actor, words), actor);
    if (actor.type !== 'person' || words.length === 0) return;
    this.personByWord.set(`first:${words[0]}`, actor);
    this.personByWord.set(`last:${words[words.length - 1]}`, actor);
    if (words.length === 1) this.personByWord.set(`only:${words[0]}`, actor);
  }

  find(actor: Actor): Actor | undefined {
    const words = wordsOf(actor.name);
    const same = this.byIdentity.get(identityKey(actor, words));
    if (same || actor.type !== 'person' || words.length === 0) return same;
    const [a, b] =
      words.length === 1
        ? [`last:${words[0]}`, `first:${words[0]}`]
        : [`only:${words[words.length - 1]}`, `only:${words[0]}`];
    return this.later(this.personByWord.get(a), this.personByWord.get(b));
  }

  private later(a: Actor | undefined, b: Actor | undefined): Actor | undefined {
    if (!a || !b) return a ?? b;
    return this.position.get(a)! >= this.position.get(b)! ? a : b;
  }
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
  tagRules(target, ...(actor.rules ?? []));
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

/** Whether one of the first `count` figures (those of earlier segments) is this one. */
function repeatsEarlier(figures: readonly Casualty[], count: number, casualty: Casualty): boolean {
  for (let i = 0; i < count; i++) if (sameFigure(figures[i], casualty)) return true;
  return false;
}

/** The same call told again in a later segment: the same parties (ids mapped to the merged actors), no medium or date that differs. */
function sameCall(a: Call, b: Call): boolean {
  if (a.participants.length !== b.participants.length || !b.participants.every((id) => a.participants.includes(id))) return false;
  if (a.medium !== 'unspecified' && b.medium !== 'unspecified' && a.medium !== b.medium) return false;
  return a.date === null || b.date === null || a.date.value === b.date.value;
}

/** Folds a call repeated in a later segment into the earlier record, as the call extractor folds reports within one. */
function absorbCall(target: Call, call: Call): void {
  target.date ??= call.date;
  if (target.medium === 'unspecified') target.medium = call.medium;
  target.initiator ??= call.initiator;
  for (const topic of call.topics) if (!target.topics.includes(topic)) target.topics.push(topic);
  tagRules(target, ...(call.rules ?? []), 'merge-segments');
}

export function mergeSegments(segments: readonly SegmentFindings[]): Findings {
  const actors = new ActorIndex();
  const merged: Findings = { actors: actors.actors, calls: [], appeals: [], dates: [], casualties: [], warnings: [] };
  const seenWarnings = new Set<string>();
  for (const segment of segments) {
    const { offset } = segment;
    const shift = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: span.start + offset, end: span.end + offset });
    const idOf = new Map<string, string>();
    for (const actor of segment.actors) {
      const mentions = actor.mentions.map(shift);
      const target = actors.find(actor);
      if (target) {
        absorb(target, { ...actor, mentions });
        actors.index(target);
        idOf.set(actor.id, target.id);
      } else {
        const id = `A${actors.actors.length + 1}`;
        actors.add({ ...actor, id, mentions });
        idOf.set(actor.id, id);
      }
    }
    const remap = (id: string): string => idOf.get(id) ?? id;
    const earlierCalls = merged.calls.length;
    for (const call of segment.calls) {
      const moved = { ...call, participants: call.participants.map(remap), initiator: call.initiator === null ? null : remap(call.initiator), evidence: shift(call.evidence) };
      const same = merged.calls.slice(0, earlierCalls).find((c) => sameCall(c, moved));
      if (same) absorbCall(same, moved);
      else merged.calls.push({ ...moved, id: `C${merged.calls.length + 1}`, topics: [...moved.topics] });
    }
    for (const appeal of segment.appeals) merged.appeals.push({ ...appeal, actor: remap(appeal.actor), evidence: shift(appeal.evidence) });
    for (const date of segment.dates) merged.dates.push(shift(date));
    const earlier = merged.casualties.length;
    for (const casualty of segment.casualties) {
      if (repeatsEarlier(merged.casualties, earlier, casualty)) continue;
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
