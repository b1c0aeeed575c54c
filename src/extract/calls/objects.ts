// The object role of a call trigger: the parties after "with"/"to"/"between"/"from", or straight
// after a transitive verb ("met X", "called X"). Which parties the phrase names is decided by
// named role rules, tried in order: people; "his Indian counterpart"; "the leaders of A, B and
// C"; an unnamed office-holder by country ("the Canadian prime minister"); the bodies named.
import type { TextSpan } from '../../document/types.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_NAMES } from '../../lexicon/country-index.js';
import type { Actor } from '../../schema.js';
import { parseNumber } from '../../text/numbers.js';
import { mentionsWithin, parties, type PlacedMention } from '../mentions.js';
import type { TriggerMatch } from './triggers.js';
import { standInState } from './unnamed-states.js';

const PREPOSITION_RE = /\b(with|to|between|from)\b/i;
/** "paid a courtesy call on Y": the one call whose party follows "on"; "received a courtesy call from Y" (rule courtesy-call-from). */
const CALL_ON_RE = /\b(on|upon|with|from)\b/i;
const CALL_ON_TRIGGERS = new Set(['courtesy call']);
/** "a call from X": only a call comes from someone. */
const FROM_TRIGGERS = new Set(['call', 'calls', 'courtesy call', 'phone call', 'phone calls', 'telephone call', 'telephone calls']);
/** Verbs whose object is the other party with no preposition: "met X", "called X", "told X by phone". */
export const TRANSITIVE = new Set([
  'addressed', 'called', 'dialed', 'dialled', 'hosted', 'met', 'meet', 'meets', 'visited', 'phoned', 'rang', 'received', 'telephoned', 'told', 'welcomed',
]);
const GERUNDS = new Set(['meeting']);
/** "was received by X", "was received at the White House by X" (rule object-passive-host). */
const PASSIVE_HOST_RE = /^(?:\s+(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}?)?\s*by\s+/;
const PASSIVE_BEFORE_RE = /\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$/i;
/** Words a gerund follows as a verb, not as a noun: "after meeting X", "while meeting X". */
export const GERUND_BEFORE_RE = /\b(?:after|before|while|since|when|by)\s+$/i;
/** "spoke to Y" names a party; "held talks to discuss" starts a purpose clause. */
const NOUN_PHRASE_START_RE = /^\s+(?:[A-Z]|(?:the|his|her|their|its|a|an|both|all|several|some|two|three)\b)/;
const PREPOSITION_GAP_STOP_RE =
  /[,;:"“”()]|\b(?:said|that|which|who|after|as|when|while|following|according|because|but|and|amid)\b/i;
/** "the leaders of A, B and C", "the foreign ministers of A and B": office-holders named by their states. */
const LEADERS = String.raw`(?:leaders?|heads?\s+of\s+(?:state|government)|presidents?|prime\s+ministers?|(?:foreign|defen[cs]e|finance|interior)\s+ministers?|foreign\s+secretaries)`;
export const LEADERS_OF_RE = new RegExp(String.raw`^\s*(?:the\s+)?${LEADERS}\s+of\s+`, 'i');
const LEADERS_OF_BEFORE_RE = new RegExp(String.raw`\b${LEADERS}\s+of\s+$`, 'i');
/** "his Indian counterpart", "their Indian counterparts": the other party is that state. */
const COUNTERPART_RE = /^\s*(?:his|her|their|its)\s+([A-Z][a-z]+|U\.S\.|US|U\.K\.|UK)\s+counterparts?\b/;
/** "the leaders of the three countries": the states listed just before. */
const COUNTED_STATES_RE = /^\s*(?:the\s+)?(\w+)\s+(?:countries|nations|states)\b/i;
/** "Canadian Prime Minister and ...", "the Russian foreign minister": an office named by country, no name after it. */
const OFFICE_WORDS = ['prime minister', 'foreign minister', 'defence minister', 'defense minister', 'president', 'premier', 'chancellor', 'king', 'queen', 'emir', 'leader', 'counterpart'];
/** An office word in either case, each word's first letter free: "Prime Minister", "prime minister". */
const officePattern = (words: string) => words.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`).replace(/ /g, '\\s+');
/** "Canadian Prime Minister and ...", "the Russian foreign minister": an office named by country, no name after it. */
const DEMONYM_OFFICE_RE = new RegExp(
  `\\b([A-Z][a-z]+)\\s+(${OFFICE_WORDS.map(officePattern).join('|')})s?\\b(?![ \\t]+(?:[A-Z]|of\\b))`,
  'g',
);


export interface ObjectPhrase {
  start: number;
  /** The role rule that found the phrase: object-with, object-between, object-from, object-call-on, object-bare. */
  rule: string;
  between: boolean;
  from: boolean;
  bare: boolean;
  /** "the talks were attended by A, B and C": more people at a call already reported. */
  attendees: boolean;
}

/** "his Turkish and Iranian counterparts, A and B": the offices' holders named in apposition. */
const COUNTERPARTS_NAMED_RE = /\bcounterparts,$/;
const NAME_NEXT_RE = /^\s+[A-Z]/;

/**
 * "with A, B and C, the ministry said": a list ends at the first comma after its "and"; past
 * "counterparts," the names that follow are the list, one call with each.
 */
export function listEnd(text: string, from: number, to: number): number {
  const body = text.slice(from, to);
  const and = /\band\b[^,]*,/g;
  for (let m = and.exec(body); m; m = and.exec(body)) {
    const after = m.index + m[0].length;
    if (COUNTERPARTS_NAMED_RE.test(m[0]) && NAME_NEXT_RE.test(body.slice(after))) continue;
    return from + after - 1;
  }
  return to;
}

export function distinct(mentions: PlacedMention[]): PlacedMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.actor.id) ? false : (seen.add(m.actor.id), true)));
}

/** "the call was joined by", "the talks were also attended by": the agent phrase lists attendees. */
const ATTENDED_BY_RE = /^\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:also|later|then|\w+ly)\s+)?(?:attended|joined)\s+by\s+/i;

/** The object phrase a role rule found; what kind it is follows from the rule. */
function objectPhrase(start: number, rule: string): ObjectPhrase {
  return {
    start,
    rule,
    between: rule === 'object-between',
    from: rule === 'object-from',
    bare: rule === 'object-bare' || rule === 'object-bare-gerund',
    attendees: rule === 'object-attended-by',
  };
}

/**
 * "met a delegation led by X", "met with a Chinese team headed by X": the one who leads the group is
 * the party named (GUIDELINES: persons when named), not the body it comes from.
 */
const DELEGATION_LED_BY_RE = /^\s*(?:a|an|the)\s+(?:[\w.'’-]+\s+){0,4}?(?:delegation|team|group|mission)\b[^,;:()"“”]{0,80}?\b(?:led|headed)\s+by\s+/i;

/** Object phrases a group may open: "met a delegation ...", "talks with a team ...". */
const LED_GROUP_RULES = new Set(['object-with', 'object-bare']);

/** Start of the object phrase after the trigger; past "a delegation led by" (rule object-delegation-led-by). */
export function objectStart(text: string, match: TriggerMatch, sentence: TextSpan): ObjectPhrase | null {
  const found = objectPhraseAfter(text, match, sentence);
  const led = found && LED_GROUP_RULES.has(found.rule) ? DELEGATION_LED_BY_RE.exec(text.slice(found.start, sentence.end)) : null;
  return led ? objectPhrase(found!.start + led[0].length, 'object-delegation-led-by') : found;
}

function objectPhraseAfter(text: string, match: TriggerMatch, sentence: TextSpan): ObjectPhrase | null {
  const window = text.slice(match.end, Math.min(sentence.end, match.end + 80));
  const attended = match.trigger.form === 'noun' ? ATTENDED_BY_RE.exec(window) : null;
  if (attended) {
    return objectPhrase(match.end + attended[0].length, 'object-attended-by');
  }
  // A host's guest follows the verb ("welcomed Y to the palace"); "Y was received by X": the host follows "by".
  if (match.trigger.frame.id === 'host-verb') {
    const passive = PASSIVE_HOST_RE.exec(window);
    if (!passive) return objectPhrase(match.end, 'object-bare');
    const passiveVerb = PASSIVE_BEFORE_RE.test(text.slice(Math.max(0, match.start - 12), match.start));
    return passiveVerb ? objectPhrase(match.end + passive[0].length, 'object-passive-host') : null;
  }
  const prep = (CALL_ON_TRIGGERS.has(match.trigger.phrase) ? CALL_ON_RE : PREPOSITION_RE).exec(window);
  const word = prep?.[1].toLowerCase();
  const usable =
    prep &&
    (word !== 'from' || FROM_TRIGGERS.has(match.trigger.phrase)) &&
    (word !== 'to' || NOUN_PHRASE_START_RE.test(window.slice(prep.index + prep[0].length)));
  if (prep && usable && !PREPOSITION_GAP_STOP_RE.test(window.slice(0, prep.index))) {
    const start = match.end + prep.index + prep[0].length;
    const rule = word === 'between' ? 'object-between' : word === 'from' ? 'object-from' : word === 'with' || word === 'to' ? 'object-with' : 'object-call-on';
    return objectPhrase(start, rule);
  }
  // "after meeting Trump on Wednesday": the gerund takes its party straight after it.
  const gerund = GERUNDS.has(match.trigger.phrase) && GERUND_BEFORE_RE.test(text.slice(Math.max(0, match.start - 12), match.start));
  if (gerund && /^\s+[A-Z]/.test(window)) return objectPhrase(match.end, 'object-bare-gerund');
  if (match.trigger.form === 'verb' && TRANSITIVE.has(match.trigger.phrase)) {
    const leaders = LEADERS_OF_RE.exec(window);
    return objectPhrase(match.end + (leaders ? leaders[0].length : 0), 'object-bare');
  }
  return null;
}

export function isState(actor: Actor): boolean {
  return actor.type === 'country' || COUNTRY_NAMES.has(actor.name);
}

/** The actor standing for a country: one by that name, of any type ("Israel" may be known as a place). */
export function countryActor(placed: readonly PlacedMention[], country: string): Actor | undefined {
  return placed.find((p) => p.actor.name === country)?.actor;
}

/** "the Turkish foreign minister": the one person of that state the story names with that office, else the state. */
function officeActor(placed: readonly PlacedMention[], country: string, office: string): Actor | undefined {
  const holders = new Map<string, Actor>();
  for (const { actor } of placed) {
    const title = actor.title?.toLowerCase();
    const holds = !!title && (office.includes(title) || title.includes(office));
    if (actor.type === 'person' && actor.country === country && holds) holders.set(actor.id, actor);
  }
  return holders.size === 1 ? [...holders.values()][0] : countryActor(placed, country);
}

/** The last `count` distinct states named before `pos`, in text order. */
function statesBefore(placed: readonly PlacedMention[], pos: number, count: number): PlacedMention[] {
  const found: PlacedMention[] = [];
  for (let i = placed.length - 1; i >= 0 && found.length < count; i--) {
    const m = placed[i];
    if (m.end <= pos && isState(m.actor) && !found.some((f) => f.actor.id === m.actor.id)) found.unshift(m);
  }
  return found.length === count ? found : [];
}

/** ", Xi Jinping": the office's holder named in apposition. */
const APPOSITIVE_NAME_RE = /^,\s+[A-Z]/;

/** "the Canadian prime minister" in [from, to): the office's state, where no name follows the office. */
export function demonymOffices(text: string, placed: readonly PlacedMention[], from: number, to: number): PlacedMention[] {
  const found: PlacedMention[] = [];
  const body = text.slice(from, to);
  DEMONYM_OFFICE_RE.lastIndex = 0;
  for (let m = DEMONYM_OFFICE_RE.exec(body); m; m = DEMONYM_OFFICE_RE.exec(body)) {
    const country = COUNTRY_BY_DEMONYM.get(m[1].toLowerCase());
    const start = from + m.index;
    const known = country ? officeActor(placed, country, m[2].toLowerCase().replace(/\s+/g, ' ')) : undefined;
    // One office-holder left unnamed ("Canadian Prime Minister and ..."), not one named after a comma.
    const unnamed = !!country && !known && !m[0].endsWith('s') && !APPOSITIVE_NAME_RE.test(body.slice(m.index + m[0].length));
    const actor = unnamed ? standInState(country, start, start + m[1].length, m[1]) : known;
    // A mention of a person inside the phrase ("U.S. President Trump" read as one) is that person.
    if (actor && !mentionsWithin(placed, start, start + m[0].length).some((p) => p.actor.type === 'person')) {
      found.push({ start, end: start + m[0].length, actor });
    }
  }
  return found;
}

export interface ObjectRule {
  id: string;
  /** The parties the object phrase [from, to) names, or null when the rule does not apply. */
  extract(text: string, placed: readonly PlacedMention[], from: number, to: number): PlacedMention[] | null;
}

const withUnnamed = (named: PlacedMention[], unnamed: PlacedMention[]) =>
  [...named, ...unnamed].sort((a, b) => a.start - b.start);

export const OBJECT_RULES: readonly ObjectRule[] = [
  {
    id: 'object-people',
    extract(text, placed, from, to) {
      const people = mentionsWithin(placed, from, to).filter((m) => m.actor.type === 'person');
      return people.length > 0 ? withUnnamed(people, demonymOffices(text, placed, from, to)) : null;
    },
  },
  {
    id: 'counterpart-state',
    extract(text, placed, from) {
      const m = COUNTERPART_RE.exec(text.slice(from, from + 60));
      const country = m ? COUNTRY_BY_DEMONYM.get(m[1].toLowerCase()) : undefined;
      if (!country) return null;
      // A state the story names nowhere else stands in for the unnamed counterpart (unnamed-office-state).
      const demonymAt = from + m!.index + m![0].indexOf(m![1]);
      const actor = countryActor(placed, country) ?? standInState(country, demonymAt, demonymAt + m![1].length, m![1]);
      return [{ start: from, end: from + m![0].length, actor }];
    },
  },
  {
    id: 'leaders-of-states',
    extract(text, placed, from, to) {
      if (!LEADERS_OF_RE.test(text.slice(from, to)) && !LEADERS_OF_BEFORE_RE.test(text.slice(Math.max(0, from - 30), from))) return null;
      const named = mentionsWithin(placed, from, to);
      const counted = COUNTED_STATES_RE.exec(text.slice(from, to).replace(LEADERS_OF_RE, ''));
      const count = counted ? parseNumber(counted[1]) : null;
      if (count !== null && count > 1) return statesBefore(placed, from, count);
      return named.filter((m) => isState(m.actor));
    },
  },
  {
    id: 'demonym-office',
    extract(text, placed, from, to) {
      const unnamed = demonymOffices(text, placed, from, to);
      return unnamed.length > 0 ? withUnnamed(parties(mentionsWithin(placed, from, to)), unnamed) : null;
    },
  },
  { id: 'object-named', extract: (_text, placed, from, to) => parties(mentionsWithin(placed, from, to)) },
];

/** The parties of the object phrase [from, to) and the rule that found them. */
export function objectParties(text: string, placed: readonly PlacedMention[], from: number, to: number): { parties: PlacedMention[]; rule: string } {
  for (const rule of OBJECT_RULES) {
    const found = rule.extract(text, placed, from, to);
    if (found) return { parties: distinct(found), rule: rule.id };
  }
  return { parties: [], rule: 'object-named' };
}
