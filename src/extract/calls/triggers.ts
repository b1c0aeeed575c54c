// Finds call trigger words in a sentence and throws out the look-alikes: "calls for restraint"
// (an appeal), "called him a liar", "call centre", "an exchange of fire".
import { CALL_TRIGGERS, type CallTrigger } from '../../lexicon/call-triggers.js';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../document/calendar.js';
import { MEDIUM_CUE_PATTERN } from './medium.js';

export interface TriggerMatch {
  start: number;
  end: number;
  trigger: CallTrigger;
  /** A second "with" phrase after a call's object (rule coordinated-with-phrase): no word of its own, the subject the first one's. */
  continues?: boolean;
  /** The rule that let a trigger word stand where its usual frame is missing (--explain). */
  admittedBy?: string;
}

const BY_PHRASE = new Map(CALL_TRIGGERS.map((t) => [t.phrase, t]));

const TRIGGER_RE = new RegExp(
  `\\b(?:${[...BY_PHRASE.keys()]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/ /g, '\\s+'))
    .join('|')})\\b`,
  'gi',
);

/** "call"/"calls" used for an appeal or a thing, not a conversation. */
const CALL_NOUN_NOT_AFTER =
  /^\s+(?:for|on|upon|by|to|centre|center|centres|centers|sign|option|letters?|a|an|the|it|him|her|them|this|that)\b/i;
/**
 * "during a call on Tuesday", "in a call on March 3": "on" before a day times the call (rule
 * call-noun-on-day); "renewed his call on Monday for a truce" stays an appeal.
 */
const CALL_ON_DAY_RE = new RegExp(
  `^\\s+on\\s+(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN}\\.?\\s+\\d{1,2}\\b)(?!\\S*(?:\\s+\\S+){0,2}\\s+for\\b)`,
);
/** "calls from X for Y" are appeals; "a call from X" is a call. */
const CALLS_FROM_RE = /^\s+from\b/i;
const CALL_NOUN_NOT_BEFORE = /(?:wake-up|close|roll|judgment|judgement|so-|curtain|last|casting|port of)\s*$/i;
/** "called for/on" are appeals; "called him a liar", "so-called", "was called" name rather than phone. */
const CALLED_NOT_AFTER = /^\s+(?:for|on|upon|off|up|out|it|him|her|them|me|us|this|that|into)\b/i;
const CALLED_NOT_BEFORE = /(?:so-|,\s*|\b(?:is|was|were|are|be|been|being)\s+|\b(?:a|an)\s+(?:\w+\s+){0,2})$/i;
/** "peace talks" name a process; they are a meeting only "with" or "between" someone. */
const PEACE_BEFORE_RE = /\bpeace\s+$/i;
const PARTY_AFTER_RE = /^\s+(?:with|between)\b/i;
/** "exchange" is a call only when it points back at one ("an earlier exchange on March 6"). */
const EXCHANGE_BEFORE = /\b(?:earlier|previous|last|latest|first|second|third|phone|telephone)\s+$/i;

/** "discussed the ceasefire with Y", "discussed Gaza by phone with Y": the party follows "with" in the clause. */
const DISCUSSED_WITH_RE = /^[^.;:,"“”]{0,60}?\bwith\b/i;
/**
 * "A and Israeli Prime Minister B discussed ...", a readout's words: two names joined by "and" right
 * before the verb are the parties (rule discussed-pair-subject); the last name ends in a lowercase letter.
 */
const NAMED_PAIR_BEFORE_RE = /[A-Z][\w'’.-]*\s+and\s+(?:(?:his|her)\s+(?:[A-Z][\w'’.-]*\s+)?counterpart\s+)?(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]*[a-z]\s+$/;

/** "the Six-Party Talks", "Summit County": a capitalized trigger inside a name (outside title-case headlines). */
const NAME_BEFORE_RE = /\bthe\s+(?:[A-Z][\w-]*\s+)+$/;
const NAME_AFTER_RE = /^\s+[A-Z]/;
/** Share of capitalized words from which a line reads as a title-case headline. */
const TITLE_CASE_SHARE = 0.6;

export function isTitleCase(line: string): boolean {
  const words = line.match(/[A-Za-z][\w'’-]*/g) ?? [];
  return words.length > 0 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= TITLE_CASE_SHARE;
}

function insideName(text: string, start: number, end: number): boolean {
  if (!/^[A-Z]/.test(text[start])) return false;
  return NAME_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start)) || NAME_AFTER_RE.test(text.slice(end, end + 3));
}

/** "told Y by phone", "addressed Y via video link": a medium cue within the next few words. */
const MEDIUM_CUE_AFTER_RE = new RegExp(`^[^.;:"“”]{0,60}?${MEDIUM_CUE_PATTERN}`, 'i');
/**
 * "received Jordan's King Abdullah", "hosted the visiting Saudi minister", "was received by Lee": a
 * guest is named right after the host verb; "received a call", "welcomed the decision", "hosted
 * talks" name a thing (the call or the talks are triggers of their own). "was received at the White House
 * by X": the venue may stand before the host.
 */
const GUEST_AFTER_RE = /^\s+(?:by\s+)?(?:the\s+)?(?:visiting\s+)?(?:[A-Z]|(?:his|her|their)\s+(?:\S+\s+)?counterparts?\b)|^\s+(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}by\s/;
/** "held a brief talk with": the singular noun is a conversation only with its party after it. */
const TALK_PARTY_AFTER_RE = /^\s+(?:\S+\s+){0,1}(?:with|between)\b/i;

/** "Speaking to Y by phone, X said": the participle is a call only where it opens the sentence (after a dateline's dash). */
const SENTENCE_OPENS_BEFORE_RE = /(?:^|[.!?]["”’]?\s+|\n\s*|\s[-–—]+\s*)$/;

/**
 * A veto: a named rule that throws out a trigger word used for something else. `rejects` sees
 * the 30 characters before and after the word.
 */
export interface TriggerVeto {
  id: string;
  phrases: readonly string[];
  rejects(before: string, after: string): boolean;
}

export const TRIGGER_VETOES: readonly TriggerVeto[] = [
  {
    id: 'call-noun-appeal-or-thing',
    phrases: ['call', 'calls'],
    rejects: (before, after) => (CALL_NOUN_NOT_AFTER.test(after) && !CALL_ON_DAY_RE.test(after)) || CALL_NOUN_NOT_BEFORE.test(before),
  },
  { id: 'calls-from-appeal', phrases: ['calls'], rejects: (_before, after) => CALLS_FROM_RE.test(after) },
  {
    id: 'called-naming-or-appeal',
    phrases: ['called'],
    rejects: (before, after) => CALLED_NOT_AFTER.test(after) || CALLED_NOT_BEFORE.test(before),
  },
  { id: 'exchange-not-of-views', phrases: ['exchange'], rejects: (before) => !EXCHANGE_BEFORE.test(before) },
  {
    id: 'peace-talks-process',
    phrases: ['talks', 'negotiations'],
    rejects: (before, after) => PEACE_BEFORE_RE.test(before) && !PARTY_AFTER_RE.test(after),
  },
  { id: 'talk-without-party', phrases: ['talk'], rejects: (_before, after) => !TALK_PARTY_AFTER_RE.test(after) },
  { id: 'host-verb-without-guest', phrases: ['hosted', 'received', 'welcomed'], rejects: (_before, after) => !GUEST_AFTER_RE.test(after) },
  {
    id: 'discussed-without-party',
    phrases: ['discussed'],
    // "discussed X by telephone" is a call as much as "discussed X with Y" (rule discussed-by-medium).
    rejects: (before, after) => !DISCUSSED_WITH_RE.test(after) && !MEDIUM_CUE_AFTER_RE.test(after) && !NAMED_PAIR_BEFORE_RE.test(before),
  },
  { id: 'speaking-not-fronted', phrases: ['speaking', 'talking'], rejects: (before) => !SENTENCE_OPENS_BEFORE_RE.test(before) },
  { id: 'speech-without-medium', phrases: ['told', 'addressed'], rejects: (_before, after) => !MEDIUM_CUE_AFTER_RE.test(after) },
];

/** How many characters before a trigger its vetoes read: enough for "A and Prime Minister B". */
const BEFORE_REACH = 60;

function rejected(text: string, start: number, end: number, phrase: string): boolean {
  const after = text.slice(end, end + 80);
  const before = text.slice(Math.max(0, start - BEFORE_REACH), start);
  return TRIGGER_VETOES.some((veto) => veto.phrases.includes(phrase) && veto.rejects(before, after));
}

/** "discussed X during a phone call", "... in their meeting": the call named after the topic. */
const CALL_PHRASE_AFTER_RE = /\b(?:during|in|at|over|on)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}$/i;

/** "discussed" with no "with" phrase: a call by its medium cue or by the named pair before it. */
function admission(text: string, start: number, end: number, phrase: string): { admittedBy?: string } {
  const after = text.slice(end, end + 80);
  if (phrase !== 'discussed' || DISCUSSED_WITH_RE.test(after)) return {};
  return { admittedBy: MEDIUM_CUE_AFTER_RE.test(after) ? 'discussed-by-medium' : 'discussed-pair-subject' };
}

/** Trigger words inside [from, to) of the text (one sentence), in order. */
export function findTriggers(text: string, from: number, to: number): TriggerMatch[] {
  const body = text.slice(from, to);
  const headline = isTitleCase(body);
  const found: TriggerMatch[] = [];
  TRIGGER_RE.lastIndex = 0;
  for (let m = TRIGGER_RE.exec(body); m; m = TRIGGER_RE.exec(body)) {
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
    const start = from + m.index;
    const end = start + m[0].length;
    if ((!headline && insideName(text, start, end)) || rejected(text, start, end, phrase)) continue;
    found.push({ start, end, trigger: BY_PHRASE.get(phrase)!, ...admission(text, start, end, phrase) });
  }
  // "In a phone call on Tuesday, A and B discussed ...", "... discussed X during a call": the call word
  // reports it ("discussed the negotiations" names a topic, no call).
  const reports = (t: TriggerMatch, by: TriggerMatch) =>
    !t.admittedBy && (t.start < by.start || CALL_PHRASE_AFTER_RE.test(text.slice(by.end, t.start)));
  return found.filter((t) => !t.admittedBy || !found.some((other) => reports(other, t)));
}
