// Who took part in the call a trigger reports: the clause subject before the trigger and the
// object after "with"/"to"/"between" (or straight after "met", "called"). An object list gives one
// call per listed party ("called the leaders of A, B and C"); a subject list is one joint call.
import type { TextSpan } from '../../document/types.js';
import { mentionsWithin, parties, pronounReferent, type PlacedMention } from '../mentions.js';
import { attendeesEnd, clauseOpener, objectEnd, type Opener } from './clause.js';
import { stateDelegations } from './delegations.js';
import { frontedSubject, SEPARATE_BEFORE_RE } from './fronted.js';
import { demonymOffices, distinct, LEADERS_OF_RE, listEnd, objectParties, objectStart } from './objects.js';
import { frontedCallPair, jointMeeting, latterOrFormer, mainClauseParties, reportedCallSpeaker, requestingParty, theirNamedPair, withoutOfficeAppositives } from './roles.js';
import { namesOwner, withoutPersonOwners } from './owners.js';
import type { TriggerMatch } from './triggers.js';

export interface CallMention {
  trigger: TriggerMatch;
  sentence: TextSpan;
  opener: Opener;
  /** One entry per call the mention reports, each a list of party mentions in text order. */
  groups: PlacedMention[][];
  /** "the call", "the two leaders", "their talks": the parties are those of the call last reported. */
  backReference: boolean;
  /** "an earlier exchange", "their previous call": a call before the one being reported. */
  earlier: boolean;
  /** A subject with an object phrase naming nobody ("held talks with several leaders"). */
  openHost: PlacedMention | null;
  /** Who placed the call, when the words say: "X called Y", "a call from X". */
  caller: PlacedMention | null;
  /** "separate talks": each named party met the host on its own. */
  separate: boolean;
  /** "the talks were attended by A, B and C": the parties named join a call already reported. */
  attendees: boolean;
  /** Where the clause's object phrase ends (the trigger's end when there is none). */
  end: number;
  /** The role rules that found the parties (--explain). */
  roles: string[];
  /** The parties the clause's subject names, for a verb coordinated after it ("visited Kyiv and met Y"). */
  subjects: PlacedMention[];
}

const CALLING_VERBS = new Set(['called', 'dialed', 'dialled', 'phoned', 'rang', 'telephoned', 'visited']);
const SPEAKING_VERBS = new Set(['speaking', 'speaks', 'spoke', 'spoken', 'talked', 'talking']);
/** With no one to speak with, "A and B spoke" is a call only when told how or when ("spoke by phone on Monday"). */
const CONVERSATION_AFTER_RE =
  /^\s+(?:by|over|via|on\s+the\s+(?:phone|telephone)|on\s+\w+day|late|earlier|again|twice|for\s+(?:about|nearly|almost|more|an?|\d))\b/i;
const GROUP_ANAPHOR_RE =
  /\b(?:the\s+two|both)(?:\s+\w+)?\s+(?:leaders|presidents|ministers|sides|men|heads|premiers|chancellors|diplomats|officials)\b|\bthe\s+pair\b|\b(?:they|their|them)\b/i;
/** "The ministers last met in Doha": a plural office with no count points back at the parties just reported, unless "of" names whose. */
const PLURAL_OFFICE_ANAPHOR_RE = /^\s*the\s+(?:\w+\s+)?(?:leaders|presidents|ministers|premiers|chancellors)\s+(?!of\b)/i;
const PRONOUN_RE = /\b(?:he|she|his|her)\b/gi;
const DEFINITE_BEFORE_RE = /\b(?:the|this|that|their|its)\s+(?:\w+\s+){0,2}$/i;
/** "an earlier exchange", "the previous round of consultations", "following a meeting on May 2". */
const EARLIER_BEFORE_RE =
  /\b(?:earlier|previous|prior|last)\s+(?:\w+\s+){0,2}$|\b(?:following|after|since)\s+(?:a|an|their|his|her)\s+(?:\w+\s+){0,2}$/i;
/**
 * What may follow the object of "met"/"called" when it is the party itself: punctuation, a
 * preposition or time word, another name, or the people it stands for ("addressed the EU leaders").
 * "called U.S. soldiers ...", "called Y a liar" fail.
 */
const BARE_OBJECT_FOLLOW_RE =
  /^(?:\s*$|\s*[,.;:)]|\s+(?:and|on|to|in|at|for|from|about|over|by|via|late|early|last|this|yesterday|today|twice|again|after|before|during|while|shortly|as|separately|together|here|there)\b|\s+[A-Z]|\s+(?:leaders|officials|ministers|counterparts|delegates|envoys|heads)\b)/;
/** "at a post-Games meeting": a venue, not a call between named parties. */
const VENUE_BEFORE_RE = /\bat\s+(?:a|an|the|this|its|their)\s+(?:\S+\s+){0,3}$/i;
/** "during the call", "after their talks": the trigger is a time adjunct pointing at a known call. */
const ADJUNCT_BEFORE_RE = /\b(?:during|in|after|before|throughout|following|since)\s+(?:the|their|this|that|its)\s+(?:\w+\s+){0,2}$/i;
/** A state or body named after a preposition ("visits to Mexico") is not the clause's subject. */
const PREPOSITION_BEFORE_RE = /\b(?:to|in|at|from|into|of|for|on|against|with|by|across|toward|towards)\s+(?:the\s+)?$/i;
const POSSESSIVE_RE = /^['’]s\b/;
const OWNED_TRIGGER_RE = /^['’]s?\s+(?:\S+\s+){0,2}$/;
/** "visited Kyiv on Saturday and met", "and later held": a verb coordinated with the one before, no subject of its own. */
const COORDINATED_GAP_RE = /^[^,;:]{0,40}?,?\s*\band\s+(?:then\s+|later\s+|also\s+)?(?:\w+\s+){0,2}$/i;
/** "X spoke with Y, after a call with Z": a time adjunct's call with no subject of its own, its noun right after the opener. */
const TIME_ADJUNCT_OPENERS = new Set(['after', 'before', 'following', 'since']);
const ADJUNCT_NOUN_GAP_RE = /^\s*(?:(?:a|an|his|her)\s+)?(?:[a-z-]+\s+){0,2}$/;
/** "A and B have spoken to their Indian counterparts": each spoke to his own. */
const EACH_COUNTERPART_RE = /^\s*their\s+\w+\s+counterparts\b/;

/** Subjects are named before the trigger and not as a prepositional object; people always count. */
function subjectParties(
  text: string,
  placed: readonly PlacedMention[],
  from: number,
  to: number,
  nounTrigger: boolean,
  roles: string[],
): PlacedMention[] {
  const all = mentionsWithin(placed, from, to);
  const unoffice = withoutOfficeAppositives(text, placed, all);
  if (unoffice.length < all.length) roles.push('subject-office-appositive');
  // "the president's son met X": the owner is not the party, unless the trigger is what he owns ("Y's call with X").
  const named = parties(
    unoffice.filter((m) => {
      const after = text.slice(m.end, to);
      const owner = POSSESSIVE_RE.test(after) || namesOwner(text, m);
      return !owner || (nounTrigger && OWNED_TRIGGER_RE.test(after));
    }),
  );
  if (named.some((m) => m.actor.type === 'person')) return named;
  const first = named[0];
  return first && PREPOSITION_BEFORE_RE.test(text.slice(Math.max(from, first.start - 12), first.start)) ? [] : named;
}

/** The person a "he"/"his" in [from, to) stands for. */
function pronounIn(
  text: string,
  placed: readonly PlacedMention[],
  sentences: readonly TextSpan[],
  from: number,
  to: number,
): PlacedMention | null {
  PRONOUN_RE.lastIndex = 0;
  const m = PRONOUN_RE.exec(text.slice(from, to));
  return m ? pronounReferent(placed, sentences, from + m.index) : null;
}

/**
 * `floor`: where the previous trigger of the sentence ended; the subject of this one is not
 * looked for before it. `shared`: the subject of that trigger's clause.
 */
export function resolveMention(
  text: string,
  placed: readonly PlacedMention[],
  sentences: readonly TextSpan[],
  sentence: TextSpan,
  match: TriggerMatch,
  floor: number,
  shared: readonly PlacedMention[] = [],
): CallMention {
  let opener = clauseOpener(text, sentence, match.start);
  if (opener.start < floor) opener = { start: floor, word: null, wordStart: floor };
  const object = objectStart(text, match, sentence);
  const objectLimit = object?.attendees ? attendeesEnd(text, object.start, sentence.end) : object ? objectEnd(text, object.start, sentence.end) : 0;
  const end = object ? listEnd(text, object.start, objectLimit) : match.end;
  const objectRole = object ? objectParties(text, placed, object.start, end) : null;
  const roles = object ? [object.rule, objectRole!.rule] : [];
  const unoffice = withoutOfficeAppositives(text, placed, objectRole?.parties ?? []);
  if (unoffice.length < (objectRole?.parties.length ?? 0)) roles.push('object-office-appositive');
  // "spoke to Y's mother": the one spoken with is the one owned.
  const objects = withoutPersonOwners(text, unoffice);
  if (objects.length < unoffice.length) roles.push('object-owner-not-party');
  const before = text.slice(Math.max(sentence.start, match.start - 40), match.start);
  const noun = match.trigger.form === 'noun';
  const adjunct = noun && ADJUNCT_BEFORE_RE.test(before);

  let subjects = match.continues ? [...shared] : adjunct ? [] : distinct(subjectParties(text, placed, opener.start, match.start, noun, roles));
  if (match.continues) roles.push('coordinated-with-phrase');
  else if (subjects.length > 0) roles.push('subject-clause');
  // "X visited Kyiv on Saturday and met Y": the second verb's subject is the first's.
  else if (!adjunct && shared.length > 0 && COORDINATED_GAP_RE.test(text.slice(opener.start, match.start))) {
    subjects = [...shared];
    roles.push('subject-of-coordinated-verb');
  } else if (noun && shared.length > 0 && objects.length > 0 && TIME_ADJUNCT_OPENERS.has(opener.word ?? '') && ADJUNCT_NOUN_GAP_RE.test(text.slice(opener.start, match.start))) {
    subjects = [...shared];
    roles.push('subject-of-time-adjunct');
  }
  if (subjects.length === 0 && !adjunct) {
    subjects = distinct(stateDelegations(text, placed, opener.start, match.start));
    if (subjects.length > 0) roles.push('subject-state-delegations');
  }
  // "Turkish foreign minister on Saturday spoke with ...": the office stands for its holder or state.
  if (subjects.length === 0 && !adjunct) {
    subjects = demonymOffices(text, placed, opener.start, match.start).slice(-1);
    if (subjects.length > 0) roles.push('subject-demonym-office');
  }
  // "X congratulated Y ... during an Aug 20 phone conversation": the main clause's two people.
  // More than two "subjects" when one is only spoken of ("pressed Y on the detention of Z").
  const main = object || subjects.length === 2 ? null : mainClauseParties(text, placed, sentence, match);
  if (main && (subjects.length < 2 || main.topicCut)) {
    subjects = main.parties;
    roles.push('parties-of-main-clause', ...(main.topicCut ? ['topic-person-not-party'] : []));
  }
  // "ministers including A and B, who visited C": the relative clause's subject is the phrase
  // before "who"; so is it for "The minister, who had rebuffed ..., spoke to C".
  const closedRelative = opener.word === 'who' && text.slice(opener.start, match.start).includes(',');
  if (!adjunct && (closedRelative || (subjects.length === 0 && (opener.word === 'who' || opener.word === ';')))) {
    const outer = clauseOpener(text, sentence, opener.wordStart);
    const outerSubjects = distinct(subjectParties(text, placed, Math.max(outer.start, floor), opener.wordStart, false, roles));
    if (outerSubjects.length > 0 || closedRelative) {
      subjects = outerSubjects;
      opener = outer;
      roles.push('subject-relative-antecedent');
    }
  }
  // "In a phone call with Y, X said ...": the fronted phrase's subject is the main clause's.
  const fronting = subjects.length === 0 ? frontedSubject(text, placed, sentence, text.slice(Math.max(sentence.start, floor), match.start), before, objects, match) : null;
  if (fronting) {
    if (!fronting.separate) objects.splice(0, objects.length, objects[0]);
    subjects = [fronting.main];
    roles.push('subject-after-fronted-call');
  }
  const speaker = subjects.length === 0 && objects.length > 0 ? reportedCallSpeaker(text, placed, sentence, Math.max(sentence.start, floor), match) : null;
  if (speaker) {
    subjects = [speaker];
    roles.push('speaker-of-reported-call');
  }
  // "X will join ..., after meeting Y": the gerund's subject is the main clause's.
  if (subjects.length === 0 && objects.length > 0 && object?.rule === 'object-bare-gerund') {
    subjects = distinct(subjectParties(text, placed, sentence.start, opener.wordStart, false, roles));
    if (subjects.length > 0) roles.push('subject-of-main-clause');
  }
  const subjectText = text.slice(opener.start, match.start);
  const earlier = EARLIER_BEFORE_RE.test(before);
  // "the first meeting between the presidents of A and B": the call already reported.
  const leadersBetween = !!object?.between && LEADERS_OF_RE.test(text.slice(object.start, end));
  let backReference = (adjunct && objects.length === 0) || leadersBetween;
  // "between A and B during their first summit": the pair just named, not the call last reported.
  const pair = subjects.length === 0 && objects.length === 0 && noun ? theirNamedPair(text, placed, sentence, match) : null;
  if (pair) {
    subjects = pair;
    backReference = false;
    roles.push('their-named-pair');
  }
  // "In a phone call on Tuesday, A and B discussed ...": the main clause names the pair.
  const frontedPair = subjects.length === 0 && objects.length === 0 && noun ? frontedCallPair(text, placed, sentence, Math.max(sentence.start, floor), match) : null;
  if (frontedPair) {
    subjects = frontedPair.parties;
    roles.push(frontedPair.rule);
  }
  if (subjects.length === 0 && !backReference) {
    if (GROUP_ANAPHOR_RE.test(subjectText) || (object?.between && GROUP_ANAPHOR_RE.test(text.slice(object.start, end)))) {
      backReference = true;
    } else if (objects.length === 0 && PLURAL_OFFICE_ANAPHOR_RE.test(subjectText)) {
      backReference = true;
      roles.push('plural-office-anaphor');
    } else {
      const named = latterOrFormer(text, placed, sentence, opener.start, match.start);
      const referent = named ?? pronounIn(text, placed, sentences, opener.start, match.start);
      if (named) {
        subjects = [named];
        roles.push('subject-latter-former');
      } else if (referent) {
        subjects = [referent];
        roles.push('subject-pronoun');
      }
      else if (objects.length === 0 && match.trigger.form === 'noun' && (earlier || DEFINITE_BEFORE_RE.test(before)))
        backReference = true;
    }
  }
  subjects = subjects.filter((s) => !objects.some((o) => o.actor.id === s.actor.id));

  let groups: PlacedMention[][];
  // "spoke to their counterparts", "called Y a liar": the object names no party, or names instead of calling.
  const noCounterpart =
    !!object && !object.between && objects.length === 0 && (!object.bare || CALLING_VERBS.has(match.trigger.phrase));
  // "spoke at a press conference", "spoke as well": speaking, not a conversation.
  const speech =
    !object && SPEAKING_VERBS.has(match.trigger.phrase) && !CONVERSATION_AFTER_RE.test(text.slice(match.end, match.end + 30));
  const naming =
    !!object?.bare &&
    objects.length > 0 &&
    !BARE_OBJECT_FOLLOW_RE.test(text.slice(objects[0].end, objects[0].end + 20));
  const venue = noun && !object && VENUE_BEFORE_RE.test(before);
  if (leadersBetween || noCounterpart || naming || venue || speech) groups = [[]];
  else if (fronting) groups = objects.length > 1 ? objects.map((o) => [o, ...subjects]) : [[...objects, ...subjects]];
  else if (object?.between) groups = [objects];
  else if (object?.attendees) groups = [[...subjects, ...objects]];
  else if (objects.length > 1 && jointMeeting(text, sentence)) {
    groups = [[...subjects, ...objects]];
    roles.push('joint-meeting');
  } else if (objects.length > 1) groups = objects.map((o) => [...subjects, o]);
  else if (objects.length === 1 && subjects.length > 1 && object && EACH_COUNTERPART_RE.test(text.slice(object.start, end)))
    groups = subjects.map((s) => [s, objects[0]]);
  else groups = [[...subjects, ...objects]];
  // "held a telephone conversation at the request of Y": Y is the other party.
  const requester = groups.length === 1 && distinct(groups[0]).length === 1 ? requestingParty(text, placed, match.end, sentence.end) : null;
  if (requester && requester.actor.id !== groups[0][0].actor.id) {
    groups = [[...groups[0], requester]];
    roles.push('party-from-request');
  }

  return {
    trigger: match,
    sentence,
    opener,
    groups: groups.map(distinct),
    backReference,
    earlier,
    caller: object?.from ? (objects[0] ?? null) : CALLING_VERBS.has(match.trigger.phrase) ? (subjects[0] ?? null) : null,
    openHost: subjects.length === 1 && object && objects.length === 0 ? subjects[0] : null,
    separate: SEPARATE_BEFORE_RE.test(before),
    attendees: !!object?.attendees && subjects.length === 0,
    end,
    roles,
    subjects,
  };
}
