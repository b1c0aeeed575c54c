// Clause limits inside a sentence, found with word lists rather than a parse: the subject of a
// reported call or appeal sits between the nearest clause opener and the trigger; its object runs
// from the preposition to the next phrase opener.
import type { TextSpan } from '../../document/types.js';

/** Words and marks that open a new clause, looking back from a trigger ("as well as" joins instead; a clock time's colon opens nothing). */
const OPENER_RE =
  /\b(?:as well as|such as)\b|\b(?:said|says|say|told|tells|announced|added|noted|reported|stated|that|which|who|whom|when|while|after|before|as|because|since|following|according to|but|amid|if|where|whereas)\b|[;()“”"]|(?<!\d):(?!\d)|``|''|\s[–—]\s/gi;

/**
 * Words that end an object phrase ("with X in Beijing", "with X to discuss", "with X, the ministry
 * said"); not the last syllable of a hyphenated name ("Moon Jae-in").
 */
const OBJECT_END_RE =
  /,(?=\s+[^,;]{0,60}?\b(?:said|says|added|announced|reported)\b)|(?<!-)\b(?:to|about|on|over|for|in|at|after|as|during|following|according|said|says|who|which|that|when|while|amid|since|by|from|via|regarding|concerning|ahead|before|until|but|besides|amid|where)\b|[;()“”"]|(?<!\d):(?!\d)|,\s+(?=[a-z])|\s[–—]\s/g;

/** Words that end the stretch a call's date may be taken from. */
const DATE_END_RE = /\band\s+(?:then\s+)?(?=(?:on|later|earlier)\s|(?:he|she|they)\s)|\b(?:after|before|following|since|as|when|while|amid|ahead of|until|but|which|who)\b|[;“”"]/g;

export interface Opener {
  /** Where the clause starts (after the opener). */
  start: number;
  /** The opener itself, lowercased ("said", "who", ";"), or null at the sentence start. */
  word: string | null;
  wordStart: number;
}

/** "Human Rights Watch (HRW) called on": an acronym in brackets after a name opens no clause. */
export const BRACKETED_ACRONYM = String.raw`\([A-Z][A-Z0-9.&-]{1,11}\)`;
const ACRONYM_OPEN_RE = new RegExp(`^${BRACKETED_ACRONYM}`);
const ACRONYM_CLOSE_RE = new RegExp(`${BRACKETED_ACRONYM}$`);

function bracketsAcronym(body: string, at: number, mark: string): boolean {
  return mark === '(' ? ACRONYM_OPEN_RE.test(body.slice(at)) : mark === ')' && ACRONYM_CLOSE_RE.test(body.slice(0, at + 1));
}

/**
 * "had a \"very good\" call with", "a 'productive' meeting": a few words in quotation marks after a
 * lowercase word are a writer's or a speaker's epithet inside the clause, not a quotation opening one
 * (rule scare-quotes); they are blanked before openers are looked for (same length, so offsets hold).
 */
const SCARE_QUOTE_RE = /(?<=\b[a-z]+\s+)["“]([A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,3})["”]/g;

function withoutScareQuotes(body: string): string {
  return body.replace(SCARE_QUOTE_RE, (_m, words: string) => ` ${words} `);
}

/** The clause opener nearest before `pos` within the sentence. */
export function clauseOpener(text: string, sentence: TextSpan, pos: number): Opener {
  const body = withoutScareQuotes(text.slice(sentence.start, pos));
  let best: Opener = { start: sentence.start, word: null, wordStart: sentence.start };
  OPENER_RE.lastIndex = 0;
  for (let m = OPENER_RE.exec(body); m; m = OPENER_RE.exec(body)) {
    const word = m[0].toLowerCase();
    // "The WHO called on": the World Health Organization's acronym, not the relative pronoun.
    if (word === 'as well as' || word === 'such as' || m[0] === 'WHO' || bracketsAcronym(body, m.index, word)) continue;
    best = { start: sentence.start + m.index + m[0].length, word: word.trim(), wordStart: sentence.start + m.index };
  }
  return best;
}

function firstMatch(re: RegExp, text: string, from: number, limit: number): number {
  const body = text.slice(from, limit);
  re.lastIndex = 0;
  const m = re.exec(body);
  return m ? from + m.index : limit;
}

/** Where an object phrase starting at `from` ends. */
export function objectEnd(text: string, from: number, limit: number): number {
  return firstMatch(OBJECT_END_RE, text, from, limit);
}

/** What ends a list of attendees, which may hold a relative clause ("A, who chaired the meeting, B and C"). */
const ATTENDEES_END_RE = /,(?=\s+[^,;]{0,60}?\b(?:said|says|told|tells|added|announced|reported)\b)|[;()“”"]|(?<!\d):(?!\d)|\s[–—]\s/g;

/** Where a list of attendees starting at `from` ends. */
export function attendeesEnd(text: string, from: number, limit: number): number {
  return firstMatch(ATTENDEES_END_RE, text, from, limit);
}

/** Where the stretch that may hold a call's date ends. */
export function dateStretchEnd(text: string, from: number, limit: number): number {
  return firstMatch(DATE_END_RE, text, from, limit);
}
