// Calls that did not happen, each a named veto: planned or announced ("will hold talks", "agreed
// to meet", "a meeting ... would take place", "preparing for talks"), asked for ("called for a
// meeting", "insists on negotiations"), hoped for, denied ("denied that they had spoken"), or a
// press interview or a word with a reporter; or only talked about ("discussed ... a summit"); or a
// standing role ("who coordinates the talks"); or a call for help to the emergency services.
import type { TextSpan } from '../../document/types.js';
import { NEWS_OUTLETS } from '../../lexicon/news-outlets.js';
import { alternation } from '../../text/alternation.js';
import { MEDIUM_CUE_PATTERN } from './medium.js';
import { isTitleCase } from './triggers.js';

const MODAL_BEFORE_RE =
  /\b(?:will|would|shall|'ll|may(?!\s+\d)|might|could|can|should|must|ready\s+for|possibility\s+of|prospects?\s+(?:of|for)|hopes?\s+(?:of|for)|proposed|requested|sought|pending|resume|resuming|interest\s+in|willing\s+to|open\s+to|plans?|planned|planning|prepar(?:e|es|ed|ing)\s+for|upcoming|next|possible|potential|future|forthcoming|scheduled|expected|no|not|never|n't)\s+(?:\w+\s+){0,2}$/i;
/** "agreed to meet", "to hold talks": lowercase ("To" opens the name "To Lam"), save in a title-case headline. */
const TO_BEFORE_RE = /\bto\s+(?:\w+\s+){0,2}$/;
const HEADLINE_TO_BEFORE_RE = new RegExp(TO_BEFORE_RE.source, 'i');
/** "called for an emergency Security Council meeting", "insists on direct negotiations": asked for, not held. */
const REQUESTED_BEFORE_RE =
  /\b(?:(?:called|calls|call|pressed|pushed|appealed|asked)\s+for|insist(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?)\s+(?:\S+\s+){0,4}$/i;
/** "convening a special shareholders' meeting": a session of a body, not a meeting between parties. */
const CONVENED_BEFORE_RE = /(?:\b(?:convene|convenes|convened|convening|host|hosts|hosted|hosting|organize|organized|organizing|organise|organised|organising)\s+(?:\S+\s+){0,3}|\w+s['’]\s+)$/i;
/** "left Tuesday for consultations with ...": a trip's purpose, not a meeting held. */
const TRIP_PURPOSE_BEFORE_RE =
  /\b(?:left|leave|leaves|leaving|travel(?:s|ed|led|ing|ling)?|flew|flies|fly|headed|heads|went|going|goes)\s+(?:\S+\s+){0,3}for\s+(?:\S+\s+){0,2}$/i;
/** "would visit Bonn for talks with": a strong future reaches further back than "to". */
const FUTURE_MODAL_BEFORE_RE = /\b(?:will|would|shall|'ll|going\s+to)\s+(?:\S+\s+){0,5}$/i;
const FUTURE_AFTER_RE =
  /^[^.;]{0,80}?\b(?:will|would|may|might|could|is\s+to|are\s+to|is\s+expected\s+to|is\s+scheduled\s+to|is\s+set\s+to)\s+(?:take\s+place|be\s+held|happen)\b/i;
/** "a call between X and Y was being arranged", "talks ... are planned for May": not held yet (a full stop in `after` is an abbreviation's). */
const BEING_ARRANGED_AFTER_RE =
  /^[^;,]{0,80}?\b(?:is|are|was|were)\s+(?:being\s+(?:arranged|prepared|planned|organi[sz]ed|worked\s+out)|(?:now\s+)?(?:planned|scheduled)\s+for|in\s+the\s+works)\b/i;
/** "spoke with Y on March 3, the day before the summit", "ahead of the talks": an event named only to time another. */
const TIME_ANCHOR_BEFORE_RE =
  /\b(?:(?:the|a|one|two|three|four|five|\d+)\s+(?:days?|weeks?|hours?)\s+before|ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to)\s+(?:the|this|next|their|a|an)\s+(?:[\w’'-]+\s+){0,2}$/i;
const DENIED_RE = /\b(?:denied|denies|deny|dismissed|rejected)\b/i;
/** "said he hopes the two sides will resolve it through meetings": wished for, not held. */
const HOPED_RE = /\b(?:hopes?|hoped|hoping)\s+(?:that\s+)?/i;
/** "discussed bilateral ties and a summit in Sochi": a meeting that is the topic, not the event. */
const TOPIC_BEFORE_RE = /\b(?:discuss(?:es|ed|ing)?|about)\s+(?:[^.;:]{0,80}?(?:,|\band)\s+)?(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}$/i;
/** "Ashton, who coordinates the nuclear talks,": a person's standing role, not a meeting held. */
const STANDING_ROLE_RE = /\bwho\s+(?:coordinates|leads|oversees|heads|handles|chairs|runs|mediates|represents\s+\S+\s+in)\s+(?:\S+\s+){0,3}$/i;
/** "spoke with KVUE in an interview": press interviews are not calls. */
const INTERVIEW_RE = /\binterview(?:s|ed)?\b/i;
/** A station's call letters ("WKRT", "WWL-TV"), a numbered channel ("Channel 7", "News 4", "10TV"), a newspaper's name. */
const PRESS_NAME = String.raw`(?:[KW][A-Z]{3}\b|[A-Z]{3,4}-TV\b|\d+TV\b|(?:Channel|News)\s+\d+\b|(?:[A-Z][\w.-]*\s+){1,3}(?:Post|Times|Herald|Tribune|Journal|Gazette|Chronicle|Enquirer|Courier|Inquirer|Observer|Examiner)\b)`;
/** An outlet of the lexicon as the one spoken to, not a word of a name ("Dawn Reyes", "Telegram founder X"). */
const OUTLET = String.raw`(?:${alternation(NEWS_OUTLETS)})(?=['’]s\b|\s*[,.;:]|\s+(?:on|in|by|after|before|about|that|last|this|earlier)\b)`;
const PRESS_WORD = String.raw`(?:[Rr]eporters?|[Cc]orrespondents?|[Jj]ournalists?|[Aa]nchors?|[Cc]olumnists?)\b`;
/** "spoke with WKRT reporter Y", "talked to Channel 7's Y", "spoke by phone to Reuters": the other side is the press. */
const PRESS_OBJECT_RE = new RegExp(String.raw`^\s+(?:${MEDIUM_CUE_PATTERN}\s+)?(?:with|to)\s+(?:the\s+)?(?:${PRESS_NAME}|${OUTLET}|(?:[\w'’.-]+\s+){0,3}?${PRESS_WORD})`);
/** "correspondent Y talks to X", "WKRT and The Denver Post spoke with X": the press asks. */
const PRESS_SUBJECT_RE = new RegExp(
  String.raw`(?:\b${PRESS_WORD}\s+(?:[A-Z][\w.'’-]*\s+){1,3}|(?:^|\s)(?:[Tt]he\s+)?${PRESS_NAME}(?:\s+and\s+(?:[Tt]he\s+)?${PRESS_NAME})?\s+)$`,
);
/** "called 911", "told dispatchers", "an emergency call": a call for help. */
const EMERGENCY_RE = /\b(?:911|999)\b|\bdispatchers?\b|\bemergency\s+(?:call|line|number|services|operators?|communications|dispatch)/i;
/** Police on either end of a telephone call: "received a call from Y", "called police". */
const POLICE_RE = /\b(?:police|sheriff|deputies|troopers)\b/i;
const PHONE_TRIGGER_RE = /\b(?:call|called|calls|calling|phoned|dialed|dialled|rang)\b/i;

/** What a veto sees around a trigger: up to 60 characters of its clause before it, the sentence before it, its clause, what follows. */
export interface TriggerSurroundings {
  before: string;
  sentenceBefore: string;
  clause: string;
  after: string;
  /** The sentence is a title-case headline ("Biden To Meet Xi"). */
  headline: boolean;
  /** The trigger's own words. */
  trigger: string;
}

export interface UnrealVeto {
  id: string;
  rejects(around: TriggerSurroundings): boolean;
}

export const UNREAL_VETOES: readonly UnrealVeto[] = [
  {
    id: 'planned-or-modal',
    rejects: ({ before, headline }) =>
      MODAL_BEFORE_RE.test(before) || (headline ? HEADLINE_TO_BEFORE_RE : TO_BEFORE_RE).test(before) || FUTURE_MODAL_BEFORE_RE.test(before),
  },
  { id: 'requested', rejects: ({ before }) => REQUESTED_BEFORE_RE.test(before) },
  { id: 'convened-session', rejects: ({ before }) => CONVENED_BEFORE_RE.test(before) },
  { id: 'trip-purpose', rejects: ({ before }) => TRIP_PURPOSE_BEFORE_RE.test(before) },
  { id: 'denied', rejects: ({ sentenceBefore }) => DENIED_RE.test(sentenceBefore) },
  { id: 'hoped-for', rejects: ({ sentenceBefore }) => HOPED_RE.test(sentenceBefore) },
  { id: 'discussed-topic', rejects: ({ sentenceBefore }) => TOPIC_BEFORE_RE.test(sentenceBefore) },
  { id: 'standing-role', rejects: ({ sentenceBefore }) => STANDING_ROLE_RE.test(sentenceBefore) },
  { id: 'press-interview', rejects: ({ clause }) => INTERVIEW_RE.test(clause) },
  { id: 'press-party', rejects: ({ before, after }) => PRESS_OBJECT_RE.test(after) || PRESS_SUBJECT_RE.test(before) },
  {
    id: 'emergency-call',
    rejects: ({ clause, trigger }) => EMERGENCY_RE.test(clause) || (PHONE_TRIGGER_RE.test(trigger) && POLICE_RE.test(clause)),
  },
  { id: 'future-after', rejects: ({ after }) => FUTURE_AFTER_RE.test(after) },
  { id: 'being-arranged', rejects: ({ after }) => BEING_ARRANGED_AFTER_RE.test(after) },
  { id: 'time-anchor-event', rejects: ({ sentenceBefore }) => TIME_ANCHOR_BEFORE_RE.test(sentenceBefore) },
];

/** The id of the veto that throws the trigger out, or null when the call happened. */
export function unrealVeto(text: string, sentence: TextSpan, clauseStart: number, trigger: TextSpan): string | null {
  const around: TriggerSurroundings = {
    before: text.slice(Math.max(Math.min(clauseStart, trigger.start), trigger.start - 60), trigger.start),
    sentenceBefore: text.slice(sentence.start, trigger.start),
    clause: text.slice(Math.min(clauseStart, trigger.start), sentence.end),
    after: text.slice(trigger.end, sentence.end),
    headline: isTitleCase(text.slice(sentence.start, sentence.end)),
    trigger: text.slice(trigger.start, trigger.end),
  };
  return UNREAL_VETOES.find((veto) => veto.rejects(around))?.id ?? null;
}
