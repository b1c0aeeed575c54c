// The tense of the clause around a mention, from the nearest tense-marking word or phrase before it in its sentence
// (HeidelTime's news strategy, with word lists instead of a part-of-speech tagger).
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../document/calendar.js';
import type { TextSpan } from '../../document/types.js';
import { IRREGULAR_PAST_VERBS, NOT_PAST_ED_WORDS } from '../../lexicon/past-tense-verbs.js';
import { SCHEDULED_PRESENT_VERBS } from '../../lexicon/scheduling-verbs.js';
import type { Tense } from './types.js';

const PAST = new Set(IRREGULAR_PAST_VERBS);
const NOT_PAST = new Set(NOT_PAST_ED_WORDS);
/** Words that put a clause in the future; "'ll" is read as the word "ll". */
const FUTURE = new Set(['effective', 'will', 'shall', 'll', 'would', 'upcoming', 'scheduled', 'slated', 'tomorrow', 'next']);
/** The present of a timetable looks ahead: "the leaders meet Friday". */
const SCHEDULED = new Set(SCHEDULED_PRESENT_VERBS);
/** Words that only look back: "since March 2" lies before the reference. */
const PAST_CUES = new Set(['since', 'ago']);
/** Present-tense auxiliaries: a clause governed by one has no past or future direction. */
const PRESENT = new Set(['is', 'are', 'am', 'says', 'say']);
/**
 * Phrases that look ahead whatever the tense of their verb ("planned to leave", "as soon as", "takes effect"), and
 * the present of what is awaited ("a verdict is due Thursday", "he is expected in Berlin on Friday", "the vote is set
 * for Monday", "the funeral takes place Saturday").
 */
const FUTURE_PHRASE_RE =
  /\b(?:going|set|scheduled|expected|planned|planning|plans?|intends?|intended|hopes?|hoped|aims?|agree[sd]?|promised|pledged|vowed|is|are|was|were)\s+to\b|\bas\s+soon\s+as\b|\btakes?\s+effect\b|\b(?:is|are)\s+(?:due|expected)\b|\b(?:is|are|has\s+been|have\s+been)\s+set\s+for\b|\btakes\s+place\b/gi;
/** A deferral's "until": what was put off goes to a later day ("postponed until Tuesday", "extended the deadline until Friday"). */
const DEFERRAL_UNTIL_RE =
  /\b(?:postpone[sd]?|postponing|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|adjourn(?:s|ed|ing)?|extend(?:s|ed|ing)?|put\s+off|pushed\s+back)\b(?:\s+(?!until\b)[\w']+){0,6}\s+until\b/gi;
/**
 * A deferral "to" a named day or month goes ahead too ("the trial was pushed back to September", "the hearing was
 * rescheduled to July 26", "adjourned the case to Thursday"). Only right before the name, which is case-sensitive
 * here ("delayed to march"); "extended to" stays out: "the shootings extended to Sunday evening" tells what happened.
 */
const DEFERRAL_TO_RE = new RegExp(
  `\\b(?:postpone[sd]?|postponing|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|adjourn(?:s|ed|ing)?|reschedul(?:e|es|ed|ing)|moved|put\\s+off|pushed\\s+back)\\b(?:\\s+(?!to\\b)[\\w']+){0,6}\\s+to(?=\\s+(?:next\\s+)?(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN})\\b)`,
  'g',
);

/**
 * An election told in the present looks ahead ("voters go to the polls on Sunday", "Britons head to the polls
 * Thursday"); "go" and "head" alone are too general for the timetable list. Not after "to" or "did", where the
 * governing verb tells the tense ("failed to go to the polls").
 */
const TO_THE_POLLS_RE = /(?<!\b(?:to|did|didn't)\s)\b(?:go|head)\s+to\s+the\s+polls\b/gi;

/**
 * What is expected or forecast now lies ahead: "the retailer expects sales to rise in the second quarter", "analysts
 * predict a cut in May". Present forms only ("expected" tells of a past expectation), not "as expect".
 */
const EXPECTATION_RE = /(?<!\b(?:as|than)\s)\b(?:expects?|predicts?|anticipates?|foresees?|forecasts)\b/gi;

/** A present state with an end point looks ahead to it: "the crossing is closed until Monday", "schools are shut till Friday". */
const PRESENT_STATE_UNTIL_RE = /\b(?:is|are)\s+(?:\w+\s+){0,2}?(?:until|till)\b/gi;

/**
 * What is planned lies ahead even without "to" ("protesters planned a march on Saturday", "a vigil is planned for
 * Monday", "planning on", "the opposition plans a rally in October"); not "as planned" or "hastily planned", and not
 * a name ("Planned Parenthood"). "plans" only as a verb with its object ("vacation plans for the trip" is a noun).
 */
const PLANNED_RE = /(?<!\b(?:as|\w+ly)\s+)\b(?:plann(?:ed|ing)|plans(?=\s+(?:a|an|the|new|more|another|its|his|her|their)\s))\b/g;

/**
 * A modal of possibility or duty before a verb looks ahead ("lawmakers may vote Friday", "the talks might resume
 * Thursday"), the verb and all. Not its past ("may have"), a denial, a passive ("should be located"), nor the month
 * ("May"): case-sensitive for that reason. "could" stays out: it is as often the past of "can" ("could see smoke
 * on Monday").
 */
const MODAL_AHEAD_RE = /\b(?:[Mm]ight|[Ss]hould|can|may)\s+(?!not\b|have\b|be\b)[a-z]+\b/g;

/**
 * A day named as what a present copula is looks ahead: "the funeral is Saturday", "his next court date is on Monday",
 * "today is Tuesday". A day gone by takes "was"; only a weekday right after the copula, so "the deadline is March 1"
 * (often a past date restated) stays as the rest of the clause reads it.
 */
const COPULA_WEEKDAY_RE = new RegExp(`\\b(?:is|are)\\s+(?:on\\s+)?(?=${WEEKDAY_PATTERN}\\b)`, 'g');

const WORD_RE = /[A-Za-z']+/g;
/**
 * A participle after "be" ("will be named", "to be paid") takes its tense from the word before "be"; after
 * "remain"/"stay" it is a state whose tense is the copula's ("schools will remain closed until Friday").
 */
const AFTER_BE_RE = /\b(?:be(?:ing)?|remain|remains|stay|stays)\s+$/i;
/**
 * After "to", a modal or "do" a verb is in its base form, which for "hit", "cut", "put", "set" is spelled as their
 * past: "the storm will hit the coast on Friday", "plans to cut subsidies in May" tell of no past.
 */
const BASE_FORM_AFTER_RE = /\b(?:to|will|would|shall|can|could|may|might|must|should|ll|do|does|did|don't|doesn't|didn't)\s+$/i;
/** An -ed word after a determiner is an adjective, no verb ("a still unspecified date", "the proposed merger"). */
const AFTER_DETERMINER_RE = /\b(?:a|an|the|its|his|her|their|our|this|these|those)\s+(?:(?:still|\w+ly)\s+)?$/i;
/** A timetable verb right after "be" or "have" is a noun or a participle ("were \"play fighting\"", "has faced"). */
const AFTER_AUXILIARY_RE = /\b(?:am|is|are|was|were|be|been|being|has|have|had)\s+["“]?$/i;

interface Marker {
  at: number;
  tense: Tense;
}

function tenseOfWord(word: string): Tense | 'present' | null {
  const lower = word.toLowerCase();
  if (FUTURE.has(lower) || SCHEDULED.has(lower)) return 'future';
  if (PRESENT.has(lower)) return 'present';
  if (PAST.has(lower) || PAST_CUES.has(lower)) return 'past';
  // Capitalised -ed words mid-sentence are names ("United"), not verbs.
  if (lower.length > 4 && lower.endsWith('ed') && !NOT_PAST.has(lower) && word[0] === lower[0]) return 'past';
  return null;
}

function findMarkers(text: string, span: TextSpan): Marker[] {
  const body = text.slice(span.start, span.end).replace(/’/g, "'");
  const found: Marker[] = [];
  const phraseSpans: [number, number][] = [];
  for (const re of [FUTURE_PHRASE_RE, EXPECTATION_RE, DEFERRAL_UNTIL_RE, DEFERRAL_TO_RE, PRESENT_STATE_UNTIL_RE, PLANNED_RE, MODAL_AHEAD_RE, TO_THE_POLLS_RE, COPULA_WEEKDAY_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      phraseSpans.push([m.index, m.index + m[0].length]);
      found.push({ at: span.start + m.index + m[0].length, tense: 'future' });
    }
  }
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(body); m; m = WORD_RE.exec(body)) {
    if (phraseSpans.some(([from, to]) => m!.index >= from && m!.index < to)) continue;
    // "next to the embassy" is a place, not a time ahead.
    if (/^next$/i.test(m[0]) && /^\s+to\b/.test(body.slice(m.index + 4, m.index + 8))) continue;
    const tense = tenseOfWord(m[0].replace(/^'+/, ''));
    if (tense === 'past' && AFTER_BE_RE.test(body.slice(Math.max(0, m.index - 9), m.index))) continue;
    if (tense === 'past' && BASE_FORM_AFTER_RE.test(body.slice(Math.max(0, m.index - 9), m.index))) continue;
    const scheduled = SCHEDULED.has(m[0].toLowerCase());
    const nounLike = (tense === 'past' && /ed$/i.test(m[0])) || scheduled;
    if (nounLike && AFTER_DETERMINER_RE.test(body.slice(Math.max(0, m.index - 30), m.index))) continue;
    // An infinitive ("had been due to expire") takes its tense from the verb that governs it.
    if (scheduled && /\bto\s+$/i.test(body.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (scheduled && AFTER_AUXILIARY_RE.test(body.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (tense) found.push({ at: span.start + m.index, tense: tense === 'present' ? 'none' : tense });
  }
  return found;
}

/** tenseAt(offset) for one document, reading each sentence once. */
export function createTenseReader(text: string, sentences: readonly TextSpan[]): (offset: number) => Tense {
  const cache = new Map<number, Marker[]>();

  function sentenceAt(offset: number): TextSpan {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    // Outside every sentence (headlines, furniture): a window of its own.
    return { start: Math.max(0, offset - 150), end: Math.min(text.length, offset + 150) };
  }

  return (offset) => {
    const sentence = sentenceAt(offset);
    let markers = cache.get(sentence.start);
    if (!markers) {
      markers = findMarkers(text, sentence);
      cache.set(sentence.start, markers);
    }
    // HeidelTime's "last tense": the nearest marker before the mention, else the nearest after it.
    let before: Marker | null = null;
    let after: Marker | null = null;
    for (const marker of markers) {
      if (marker.at <= offset && (!before || marker.at > before.at)) before = marker;
      if (marker.at > offset && (!after || marker.at < after.at)) after = marker;
    }
    return (before ?? after)?.tense ?? 'none';
  };
}
