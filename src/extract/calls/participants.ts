// Who took part in the call a trigger reports: the clause subject before the trigger and the
// object after "with"/"to"/"between" (or straight after "met", "called"). An object list gives one
// call per listed party ("called the leaders of A, B and C"); a subject list is one joint call.
import type { TextSpan } from '../../document/types.js';
import { mentionsWithin, parties, personBefore, type PlacedMention } from './actor-lookup.js';
import { clauseOpener, objectEnd, type Opener } from './clause.js';
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
  /** "separate talks": each named party met the host on its own. */
  separate: boolean;
  /** Where the clause's object phrase ends (the trigger's end when there is none). */
  end: number;
}

const TRANSITIVE = new Set(['called', 'met', 'meet', 'meets', 'visited', 'phoned', 'telephoned']);
const PREPOSITION_RE = /\b(with|to|between)\b/i;
const PREPOSITION_GAP_STOP_RE =
  /[,;:"“”()]|\b(?:said|that|which|who|after|as|when|while|following|according|because|but|and|amid)\b/i;
const LEADERS_OF_RE = /^\s*(?:the\s+)?(?:leaders?|heads?\s+of\s+state|presidents?|prime\s+ministers?)\s+of\s+/i;
const GROUP_ANAPHOR_RE =
  /\b(?:the\s+two|both)(?:\s+\w+)?\s+(?:leaders|presidents|ministers|sides|men|heads|premiers|chancellors|diplomats|officials)\b|\bthe\s+pair\b|\b(?:they|their|them)\b/i;
const PRONOUN_RE = /\b(?:he|she|his|her)\b/gi;
const DEFINITE_BEFORE_RE = /\b(?:the|this|that|their|its)\s+(?:\w+\s+){0,2}$/i;
const EARLIER_BEFORE_RE = /\b(?:earlier|previous|prior|last)\s+(?:\w+\s+)?$/i;
const SEPARATE_BEFORE_RE = /\bseparate\s+(?:\w+\s+)?$/i;

function distinct(mentions: PlacedMention[]): PlacedMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.actor.id) ? false : (seen.add(m.actor.id), true)));
}

/** Start of the object phrase after the trigger, and whether it is a "between A and B" phrase. */
function objectStart(text: string, match: TriggerMatch, sentence: TextSpan): { start: number; between: boolean } | null {
  const window = text.slice(match.end, Math.min(sentence.end, match.end + 80));
  const prep = PREPOSITION_RE.exec(window);
  if (prep && !PREPOSITION_GAP_STOP_RE.test(window.slice(0, prep.index))) {
    const start = match.end + prep.index + prep[0].length;
    return { start, between: prep[1].toLowerCase() === 'between' };
  }
  if (match.trigger.form === 'verb' && TRANSITIVE.has(match.trigger.phrase)) {
    const leaders = LEADERS_OF_RE.exec(window);
    return { start: match.end + (leaders ? leaders[0].length : 0), between: false };
  }
  return null;
}

/** The person a "he"/"his" in [from, to) stands for: the nearest person named before it. */
function pronounReferent(text: string, placed: readonly PlacedMention[], from: number, to: number): PlacedMention | null {
  PRONOUN_RE.lastIndex = 0;
  const m = PRONOUN_RE.exec(text.slice(from, to));
  return m ? personBefore(placed, from + m.index) : null;
}

export function resolveMention(
  text: string,
  placed: readonly PlacedMention[],
  sentence: TextSpan,
  match: TriggerMatch,
): CallMention {
  let opener = clauseOpener(text, sentence, match.start);
  const object = objectStart(text, match, sentence);
  const end = object ? objectEnd(text, object.start, sentence.end) : match.end;
  const objects = object ? distinct(parties(mentionsWithin(placed, object.start, end))) : [];
  const before = text.slice(Math.max(sentence.start, match.start - 40), match.start);

  let subjects = distinct(parties(mentionsWithin(placed, opener.start, match.start)));
  // "ministers including A and B, who visited C": the relative clause's subject is the phrase before "who".
  if (subjects.length === 0 && (opener.word === 'who' || opener.word === ';')) {
    const outer = clauseOpener(text, sentence, opener.wordStart);
    subjects = distinct(parties(mentionsWithin(placed, outer.start, opener.wordStart)));
    if (subjects.length > 0) opener = outer;
  }
  const subjectText = text.slice(opener.start, match.start);
  let backReference = false;
  if (subjects.length === 0) {
    if (GROUP_ANAPHOR_RE.test(subjectText) || (object?.between && GROUP_ANAPHOR_RE.test(text.slice(object.start, end)))) {
      backReference = true;
    } else {
      const referent = pronounReferent(text, placed, opener.start, match.start);
      if (referent) subjects = [referent];
      else if (objects.length === 0 && match.trigger.form === 'noun' && DEFINITE_BEFORE_RE.test(before)) backReference = true;
    }
  }
  subjects = subjects.filter((s) => !objects.some((o) => o.actor.id === s.actor.id));

  let groups: PlacedMention[][];
  if (object?.between) groups = [objects];
  else if (objects.length > 1) groups = objects.map((o) => [...subjects, o]);
  else groups = [[...subjects, ...objects]];

  return {
    trigger: match,
    sentence,
    opener,
    groups: groups.map(distinct),
    backReference,
    earlier: EARLIER_BEFORE_RE.test(before),
    openHost: subjects.length === 1 && object && objects.length === 0 ? subjects[0] : null,
    separate: SEPARATE_BEFORE_RE.test(before),
    end,
  };
}
