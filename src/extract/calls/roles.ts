// Role rules that read beyond the trigger's own subject and object: an office appositive is no
// party ("X, Minister of Foreign Affairs of Y, ..."); "at the request of Y" names the other party
// of a call told with one; "X congratulated Y during a phone call" takes its parties from the
// main clause.
import type { TextSpan } from '../../document/types.js';
import { mentionsWithin, type PlacedMention } from '../mentions.js';
import { distinct } from './objects.js';

/** What lies between a person and a mention inside his office appositive: ", Prime Minister of (the) ...". */
const OFFICE_APPOSITIVE_GAP_RE = /^,\s+(?:the\s+)?[A-Z][^,;:()"“”]{0,60}?\bof\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}$/;

const APPOSITIVE_REACH = 80;
const OFFICE_GOES_ON_RE = /^\s+of\b/;

/** Mentions of `mentions` that only name the office of a person just before them (rule subject-office-appositive). */
export function withoutOfficeAppositives(text: string, placed: readonly PlacedMention[], mentions: PlacedMention[]): PlacedMention[] {
  return mentions.filter((m) => {
    const person = mentionsWithin(placed, m.start - APPOSITIVE_REACH, m.start).filter((p) => p.actor.type === 'person').pop();
    // A person there is a word of the office's name only when the name goes on ("Affairs of Y").
    const officeWord = m.actor.type !== 'person' || OFFICE_GOES_ON_RE.test(text.slice(m.end, m.end + 4));
    return !person || !officeWord || !OFFICE_APPOSITIVE_GAP_RE.test(text.slice(person.end, m.start));
  });
}

/** "held talks at the request of Y", "on the invitation of Y": Y asked for the call, so Y took part. */
const REQUEST_OF_RE = /\b(?:at|on|upon)\s+the\s+(?:request|invitation|initiative|behest)\s+of\s+(?:the\s+)?/i;
const REQUEST_REACH = 60;

/** The party a request phrase after the trigger names (rule party-from-request). */
export function requestingParty(text: string, placed: readonly PlacedMention[], from: number, to: number): PlacedMention | null {
  const m = REQUEST_OF_RE.exec(text.slice(from, to));
  if (!m) return null;
  const start = from + m.index + m[0].length;
  return mentionsWithin(placed, start, Math.min(to, start + REQUEST_REACH)).find((p) => p.actor.type !== 'place') ?? null;
}

/** "... during an Aug 20 phone conversation": an indefinite call named as the time of the main clause. */
const TRAILING_ADJUNCT_BEFORE_RE = /\b(?:during|in|over)\s+(?:a|an)\s+(?:\S+\s+){0,3}$/i;
/** Where the main clause of a reported sentence starts: after "said", "told", "that" or a colon. */
const REPORT_OPENER_RE = /\b(?:said|says|told|tells|that)\b|[:;“”"]/g;
const POSSESSIVE_AFTER_RE = /^['’]s\b/;
/** "on the detention of", "about his case": a preposition opening a topic (lower-case noun phrase). */
const TOPIC_GAP_RE = /\b(?:on|over|about|regarding|concerning)\s+(?:(?:the|a|an|his|her|their)\s+)?[a-z]/;

/**
 * "Li congratulated Khan ... during an Aug 20 phone conversation": the two people of the main
 * clause are the parties (rule parties-of-main-clause); null unless it names exactly two.
 */
export function mainClauseParties(
  text: string,
  placed: readonly PlacedMention[],
  sentence: TextSpan,
  trigger: TextSpan,
): { parties: PlacedMention[]; topicCut: boolean } | null {
  if (!TRAILING_ADJUNCT_BEFORE_RE.test(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start))) return null;
  let start = sentence.start;
  REPORT_OPENER_RE.lastIndex = 0;
  const body = text.slice(sentence.start, trigger.start);
  for (let m = REPORT_OPENER_RE.exec(body); m; m = REPORT_OPENER_RE.exec(body)) start = sentence.start + m.index + m[0].length;
  const people = distinct(
    mentionsWithin(placed, start, trigger.start).filter(
      (p) => p.actor.type === 'person' && !POSSESSIVE_AFTER_RE.test(text.slice(p.end, p.end + 3)),
    ),
  );
  // "pressed Y on the detention of Z": a person past a preposition is what they spoke of (rule topic-person-not-party).
  const topic = people.findIndex((p, i) => i > 0 && TOPIC_GAP_RE.test(text.slice(people[i - 1].end, p.start)));
  const parties = topic > 0 ? people.slice(0, topic) : people;
  return parties.length === 2 ? { parties, topicCut: topic > 0 } : null;
}

/** "their first summit": the trigger owned by "their". */
const THEIR_BEFORE_RE = /\btheir\s+(?:[\w-]+\s+){0,2}$/i;
/** What joins the two people of a pair: "A and (Chinese President) B". */
const PAIR_JOIN_RE = /^\s+and\s+(?:[\w.'’-]+\s+){0,4}$/;
/** How far before "their" the second person of the pair may be named. */
const PAIR_REACH = 80;

/**
 * "an agreement between A and B during their first summit": "their" is the two people joined by
 * "and" just before it (rule their-named-pair); null when no such pair is named.
 */
export function theirNamedPair(text: string, placed: readonly PlacedMention[], sentence: TextSpan, trigger: TextSpan): PlacedMention[] | null {
  const before = text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start);
  if (!THEIR_BEFORE_RE.test(before)) return null;
  const people = distinct(
    mentionsWithin(placed, Math.max(sentence.start, trigger.start - PAIR_REACH * 2), trigger.start).filter((p) => p.actor.type === 'person'),
  );
  const [first, second] = people.slice(-2);
  if (!second || trigger.start - second.end > PAIR_REACH) return null;
  return PAIR_JOIN_RE.test(text.slice(first.end, second.start)) ? [first, second] : null;
}

/** "..., the latter dialed Y": the subject is one of the two people named before it. */
const LATTER_FORMER_RE = /\bthe\s+(latter|former)\s+(?:\w+\s+)?$/i;

/**
 * "After A's call with B, the latter dialed C": "the latter" is the person named last before it
 * in the sentence, "the former" the one named before him (rule subject-latter-former).
 */
export function latterOrFormer(text: string, placed: readonly PlacedMention[], sentence: TextSpan, from: number, to: number): PlacedMention | null {
  const m = LATTER_FORMER_RE.exec(text.slice(from, to));
  if (!m) return null;
  const people = distinct(
    mentionsWithin(placed, sentence.start, from + m.index)
      .filter((p) => p.actor.type === 'person')
      .reverse(),
  );
  return (m[1].toLowerCase() === 'latter' ? people[0] : people[1]) ?? null;
}

/** "In a phone call on Tuesday, ...": the sentence opens on an indefinite call that names no party. */
const FRONTED_BARE_RE = /^\s*(?:in|during)\s+(?:a|an)\s+(?:\S+\s+){0,2}$/i;
/**
 * What may stand between the fronted phrase's comma and the first of the pair: his title ("Chancellor", "the Russian
 * President", "U.S. Secretary of State"), whose inner words may be in lower case ("of", "for").
 */
const TITLE_GAP_RE = /^,\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,5}$/;
/** How far after the comma the second of the pair may be named. */
const FRONTED_PAIR_REACH = 120;

/**
 * "In a phone call on Monday, A told (Chinese Premier) B that ...", "A assured his counterpart B":
 * the main clause's subject spoke to its object (rule addressee-after-fronted-call); "praised efforts by
 * B" names no addressee.
 */
const SPEAKER_TO_ADDRESSEE_RE =
  /^\s+(?:\w+ly\s+)?(?:told|\w+ed)\s+(?:(?:his|her)\s+(?:[\w-]+\s+)?counterpart,?\s+|(?:the\s+)?)(?:[A-Z][\w.'’-]*\s+){0,4}$/;

/**
 * "In a phone call on Tuesday, A and (Egyptian President) B discussed ...": the two people joined
 * by "and" that open the main clause are the parties (rule pair-after-fronted-call).
 */
export function frontedCallPair(
  text: string,
  placed: readonly PlacedMention[],
  sentence: TextSpan,
  from: number,
  trigger: TextSpan,
): { parties: PlacedMention[]; rule: string } | null {
  if (!FRONTED_BARE_RE.test(text.slice(from, trigger.start))) return null;
  const comma = text.indexOf(',', trigger.end);
  if (comma < 0 || comma >= sentence.end) return null;
  const [first, second] = distinct(
    mentionsWithin(placed, comma, Math.min(sentence.end, comma + FRONTED_PAIR_REACH)).filter((p) => p.actor.type === 'person'),
  );
  if (!second || !TITLE_GAP_RE.test(text.slice(comma, first.start))) return null;
  const gap = text.slice(first.end, second.start);
  if (PAIR_JOIN_RE.test(gap)) return { parties: [first, second], rule: 'pair-after-fronted-call' };
  return SPEAKER_TO_ADDRESSEE_RE.test(gap) ? { parties: [first, second], rule: 'addressee-after-fronted-call' } : null;
}

/** "for three-way talks", "a trilateral meeting", "a joint meeting" (not "a joint statement"): the guests listed met the host together. */
const JOINT_RE = /\b(?:trilateral|quadrilateral|three-way|four-way|three-nation|four-nation|joint\s+(?:meeting|talks|session)|all\s+(?:three|four))\b/i;

/** An object list is one meeting of all its parties, not one call each (rule joint-meeting). */
export function jointMeeting(text: string, sentence: TextSpan): boolean {
  return JOINT_RE.test(text.slice(sentence.start, sentence.end));
}

/** "X said on Thursday that in a call with Y he had ...": a call fronted inside what X reports. */
const REPORTED_FRONTED_RE =
  /\b(?:said|says|added|recalled|revealed|disclosed|told\s+(?:\S+\s+){1,3}?)\b[^,;:"“”]{0,40}?\bthat\s+(?:in|during)\s+(?:a|an|his|her|the|their)\s+(?:\S+\s+){0,2}$/i;
/** The pronoun that makes the reporter the one on the call: "... he had urged", "... she told him". */
const PRONOUN_SUBJECT_AFTER_RE = /^[^.;:"“”]{0,100}?\b(?:he|she)\s+(?:had|has|was|would|\w+ed|told|said)\b/i;

/** The reporter of a fronted call whose main clause is told with "he"/"she" (rule speaker-of-reported-call). */
export function reportedCallSpeaker(text: string, placed: readonly PlacedMention[], sentence: TextSpan, from: number, trigger: TextSpan): PlacedMention | null {
  const m = REPORTED_FRONTED_RE.exec(text.slice(from, trigger.start));
  if (!m || !PRONOUN_SUBJECT_AFTER_RE.test(text.slice(trigger.end, sentence.end))) return null;
  return mentionsWithin(placed, from, from + m.index).filter((p) => p.actor.type !== 'place').pop() ?? null;
}
