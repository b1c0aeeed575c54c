// Figures that count something other than people harmed, whatever casualty word stands near them:
// game scores, votes, forces sent somewhere. (Money, ages, years, dates and addresses are masked
// before any figure is read: masks.ts; weapons and other things are nouns after the figure: victim-nouns.ts.)
import type { Quantity, SentenceScan } from './types.js';

export interface NotCountRule {
  name: string;
  /** True when the figure is not a count of people harmed. */
  matches(sentence: SentenceScan, quantity: Quantity): boolean;
}

const SPORT_WORDS = '(?:win|won|wins|victory|defeat|defeated|loss|lost|beat|beating|drew|draw|lead|led|scored|score|final|halftime|half-time)';
// "a 3-1 win", "beat them 24-17", "one shot off the lead", "two strokes behind", "Woods shot 67"
const SCORE_AFTER_RE = new RegExp(
  `^(?:\\s*[-–]\\s*\\d{1,3}\\b(?!\\s*(?:years?|months?|weeks?|days?)\\b)(?=[^.;]{0,30}\\b${SPORT_WORDS}\\b)|\\s+(?:shots?|strokes?)\\s+(?:off|behind|ahead|back|clear|better|under|over)\\b|\\s*[-–]\\s*\\d{1,3}\\s+${SPORT_WORDS}\\b)`,
  'i',
);
const SCORE_BEFORE_RE = new RegExp(`\\b(?:${SPORT_WORDS}(?:\\s+\\w+)?|carded)\\s+(?:an?\\s+)?$`, 'i');
const SCORE_SHAPE_RE = /^\s*[-–]\s*\d{1,3}\b|^\s+(?:under|over)\s+par\b/i;

// "voted 52-48", "by a vote of 9 to 3", "a 52-48 vote", "12 votes", "seven in favour", "three abstentions"; not a toll that
// "has passed 100"
const VOTE_BEFORE_RE = /\b(?:voted|vote\s+of|votes?\s+were|margin\s+of|(?<!\bhas\s)passed|approved|rejected|defeated)\s+(?:by\s+)?(?:an?\s+)?$/i;
const VOTE_AFTER_RE = /^(?:\s*(?:[-–]|to)\s*\d{1,3}\s+(?:vote|margin|decision|majority)\b|\s+(?:votes?|ballots?|abstentions?|in\s+favou?r|against|yes|no|ayes|nays)\b)/i;

// "deployed 5,000 troops", "sent another 300 police", "stationing about 2,000 soldiers"
const DEPLOYED_BEFORE_RE =
  /\b(?:deploy(?:s|ed|ing)?|sen[dt]s?|sending|dispatch(?:es|ed|ing)?|station(?:s|ed|ing)?|mobili[sz](?:e|es|ed|ing)|recruit(?:s|ed|ing)?|withdr[ae]w(?:s|ing|n)?)\s+(?:(?:another|an\s+additional|a\s+further|some|about|around|nearly|more\s+than|at\s+least|up\s+to|its|their)\s+)*$/i;
const FORCES_AFTER_RE = /^\s+(?:[a-z]+\s+)?(?:troops|soldiers|police|policemen|officers|personnel|marines|forces|reservists|agents|peacekeepers|sailors|fighters|guards|paratroopers|commandos)\b/i;

// "six members of one family", "children from two households": the figure counts the groups the people belong to
const MEMBERS_OF_BEFORE_RE = /\b(?:members|relatives|people|children|residents|survivors)\s+(?:of|from)\s+$/i;
const GROUP_AFTER_RE = /^\s+(?:[a-z]+\s+)?(?:famil(?:y|ies)|households?|clans?|tribes?)\b/i;

// "kills 40,000 Americans a year", "Each year, about 3,000 people drown": a rate over a period is a statistic, not the
// story's figure; "a day after the strike", "a year ago", "in a week of fighting" are no rates
const RATE_AFTER_RE =
  /^(?:(?!\band\b)[^,.;:!?]){0,50}?(?<!\b(?:in|for|within|over|than|after|of|about|nearly|almost|past|last|once|twice|only|just)\s)\b(?:(?:a|each|every|per)\s+(?:year|day|week|month)|annually|yearly)\b(?!\s+(?:ago|after|earlier|later|before|since|into|of|and|in\s+which|when))/i;
const RATE_BEFORE_RE = /\b(?:[Ee]ach|[Ee]very)\s+(?:year|day|week|month)\s*,\s*(?:[^,.;:!?]{0,40})$|\b[Aa]nnually\s*,\s*$/;

// "Gun violence killed 48,000 Americans in 2022, according to federal data", "the city's 44 homicides so far in 2015": a
// figure of a whole year told as a statistic (a tally noun, or data cited) is not the story's; "87 people were killed
// at a club fire in 1990" (an earlier incident) and "has killed 400 since 2017" (the story's war) stay
const YEAR_AFTER_RE = /^(?:(?!\bsince\b)[^,.;:!?]){0,60}?\b(?:(?:in|during|for)\s+(?:all\s+of\s+)?(?:19|20)\d\d|so\s+far\s+this\s+year|(?:last|this)\s+year)\b/i;
const TALLY_AFTER_RE = /^\s+(?:homicides|murders)\b/i;
const DATA_SOURCE_RE = /\b(?:data|statistics|database|records\s+show|figures\s+show|latest\s+year|study|survey|census|Centers\s+for\s+Disease\s+Control|CDC)\b/i;

/** The sentence's text (dates masked) or its raw words (`'raw'`) just before and just after the figure. */
type Reading = 'text' | 'raw';
const before = (s: SentenceScan, q: Quantity, chars: number, from: Reading = 'text') => s[from].slice(Math.max(0, q.start - s.start - chars), q.start - s.start);
const after = (s: SentenceScan, q: Quantity, chars: number, from: Reading = 'text') => s[from].slice(q.end - s.start, q.end - s.start + chars);

export const NOT_COUNT_RULES: readonly NotCountRule[] = [
  {
    name: 'score',
    matches: (s, q) => {
      const next = after(s, q, 48);
      return SCORE_AFTER_RE.test(next) || (SCORE_BEFORE_RE.test(before(s, q, 24)) && SCORE_SHAPE_RE.test(next));
    },
  },
  { name: 'vote', matches: (s, q) => VOTE_BEFORE_RE.test(before(s, q, 24)) || VOTE_AFTER_RE.test(after(s, q, 24)) },
  { name: 'groups-of-members', matches: (s, q) => MEMBERS_OF_BEFORE_RE.test(before(s, q, 24)) && GROUP_AFTER_RE.test(after(s, q, 32)) },
  // read in the raw sentence: the date rules mask "a year" and "each year" as durations and sets
  { name: 'yearly-rate', matches: (s, q) => RATE_AFTER_RE.test(after(s, q, 80, 'raw')) || RATE_BEFORE_RE.test(before(s, q, 80, 'raw')) },
  {
    name: 'year-statistic',
    matches: (s, q) => YEAR_AFTER_RE.test(after(s, q, 90, 'raw')) && (TALLY_AFTER_RE.test(after(s, q, 12)) || DATA_SOURCE_RE.test(s.raw)),
  },
  { name: 'forces-sent', matches: (s, q) => DEPLOYED_BEFORE_RE.test(before(s, q, 60)) && FORCES_AFTER_RE.test(after(s, q, 40)) },
];

/** Is the figure plainly not a count of people harmed? */
export function isNotACount(sentence: SentenceScan, quantity: Quantity): boolean {
  return NOT_COUNT_RULES.some((rule) => rule.matches(sentence, quantity));
}
