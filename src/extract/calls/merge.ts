// One record per call, not per mention: the headline, the lead and later paragraphs that speak
// of the same parties with a compatible date and medium fold into one event. A mention dated
// differently ("an earlier exchange on March 6") or held differently (a phone call vs a meeting)
// is its own event.
import type { Actor, Call, Cameo, Medium, Span } from '../../schema.js';
import { tagRules } from '../provenance.js';
import { isState } from './objects.js';

export interface CallEvent {
  participants: Actor[];
  medium: Medium;
  cameo: Cameo;
  date: Call['date'];
  initiator: Actor | null;
  topics: string[];
  evidence: Span;
  /** The trigger and frame rules behind every report merged into the event (--explain). */
  rules: string[];
  /** First reported as an earlier call ("since a summit in November"). */
  earlier?: boolean;
  /** The story's day, for a call its lead reports undated in the past tense (see leadCallDay). */
  leadDay?: Call['date'];
}

export interface CallFacts extends CallEvent {
  /** Points back at an earlier call than the one being reported: merged into an undated event only if that was one too. */
  earlier: boolean;
}

/** People by surname, so "Mohammad bin Salman" and "Mohammed bin Salman" are one party; others by name. */
function partyKey(actor: Actor): string {
  const name = actor.name.toLowerCase();
  return actor.type === 'person' ? name.slice(name.lastIndexOf(' ') + 1) : name;
}

/** The same party, or a state (whatever type its actor has) standing for its leader ("Kenya and Ethiopia leaders meet"). */
function standsFor(x: Actor, y: Actor): boolean {
  if (partyKey(x) === partyKey(y)) return true;
  return (isState(x) && y.country === x.name) || (isState(y) && x.country === y.name);
}

function sameParties(a: readonly Actor[], b: readonly Actor[]): boolean {
  if (a.length !== b.length) return false;
  const used = new Set<number>();
  return b.every((x) => {
    const i = a.findIndex((y, j) => !used.has(j) && standsFor(x, y));
    return i >= 0 && used.add(i) !== undefined;
  });
}

const peopleCount = (parties: readonly Actor[]) => parties.filter((p) => p.type === 'person').length;

export function compatible(event: CallEvent, facts: CallFacts): boolean {
  if (!sameParties(event.participants, facts.participants)) return false;
  if (event.medium !== 'unspecified' && facts.medium !== 'unspecified' && event.medium !== facts.medium) return false;
  if (event.date && facts.date) return event.date.value === facts.date.value;
  return !facts.earlier || !!event.earlier;
}

/** Folds the facts of one mention into the events found so far; returns the event it landed in. */
export function mergeInto(events: CallEvent[], facts: CallFacts): CallEvent {
  const same = events.find((e) => compatible(e, facts));
  if (!same) {
    const event: CallEvent = { ...facts };
    events.push(event);
    return event;
  }
  absorb(same, facts);
  return same;
}

/** Adds what a further mention tells about a known event. */
export function absorb(same: CallEvent, facts: CallFacts): void {
  // Named people replace the states that stood for them.
  if (peopleCount(facts.participants) > peopleCount(same.participants)) same.participants = facts.participants;
  same.date ??= facts.date;
  same.leadDay ??= facts.leadDay;
  if (same.medium === 'unspecified') same.medium = facts.medium;
  // A later report may say more than "consulted" (040): that it was a visit, a summit, a negotiation.
  if (same.cameo === '040') same.cameo = facts.cameo;
  if (same.medium === 'phone' || same.medium === 'video') same.cameo = '041';
  same.initiator ??= facts.initiator;
  for (const topic of facts.topics) if (!same.topics.includes(topic)) same.topics.push(topic);
  tagRules(same, ...facts.rules, 'merge-reports');
}
