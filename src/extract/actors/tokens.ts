// The document's words with offsets, read once from the shared compromise parse.
import { CREDIT_WORDS } from '../../lexicon/name-cues.js';
import type { ExtractContext } from '../context.js';
import { bylineRanges } from './bylines.js';

export interface Token {
  /** The word as written, possessive kept ("Iran's"). */
  text: string;
  /** Lower case, possessive and trailing apostrophe cut ("iran"). */
  key: string;
  start: number;
  /** End of the word without a possessive ending. */
  end: number;
  pre: string;
  post: string;
  tags: Set<string>;
  possessive: boolean;
  sentence: number;
  /** First word of its sentence (or after an opening quote): capitals there prove nothing. */
  initial: boolean;
  /** In page furniture, the header, or the dateline: never part of an actor. */
  blocked: boolean;
  /** In a line written in capitals (a headline or slug). */
  shouted: boolean;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

const CREDITS = new Set(CREDIT_WORDS);
const DOTTED_RE = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const POSSESSIVE_RE = /(?:['’]s|(?<=s)['’])$/i;

/** Words a line needs before its capitals alone can rule it out, and the share of capitalised words past which it is not prose. */
const RUNAWAY_LINE_WORDS = 200;
const RUNAWAY_CAPITALISED = 0.9;

/**
 * Long lines nearly all in capitalised words and not a comma-separated list (a keyword dump, text
 * set in capitals): capitals there say nothing about names, and their words never make actors.
 */
function runawayCapitalLines(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end - start > RUNAWAY_LINE_WORDS * 2) {
      const words = text.slice(start, end).match(/\S+/g) ?? [];
      const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
      const listed = words.filter((w) => /[,;]$/.test(w)).length;
      if (words.length > RUNAWAY_LINE_WORDS && capitalised / words.length >= RUNAWAY_CAPITALISED && listed * 8 < words.length) lines.push({ start, end });
    }
    start = end + 1;
  }
  return lines;
}

function blockedRanges(ctx: ExtractContext): Array<{ start: number; end: number }> {
  const { doc } = ctx;
  const ranges = [{ start: 0, end: doc.contentStart }, ...doc.furniture, ...runawayCapitalLines(doc.text), ...bylineRanges(doc.text)];
  if (doc.datelineSpan) ranges.push(doc.datelineSpan);
  return ranges;
}

/** A headline in title case ("Congress Certifies Results, Paving Way For Trump"): most words capitalised. */
function titleCase(line: string): boolean {
  // Lists of names ("Given, Breen, Staunton.") end with a full stop and results tables carry scores.
  if (/\.\s*$|\d/.test(line)) return false;
  const words = line.match(/[A-Za-z][a-z']*/g);
  if (!words || words.length < 4 || words.length > 20) return false;
  const long = words.filter((w) => w.length > 3);
  return long.length >= 3 && long.filter((w) => /^[A-Z]/.test(w)).length / long.length >= 0.8;
}

/** Lines where most letters are capitals or most words capitalised: headlines and slugs ("SOCCER - JAPAN WIN"). */
function shoutedLines(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let upper = 0;
    let letters = 0;
    for (let i = start; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch >= 65 && ch <= 90) upper++, letters++;
      else if (ch >= 97 && ch <= 122) letters++;
    }
    if ((letters >= 4 && upper / letters > 0.8) || titleCase(text.slice(start, end))) lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

export function readTokens(ctx: ExtractContext): Token[] {
  const view = ctx.nlp();
  view.compute('offset');
  const blocked = blockedRanges(ctx);
  const shouted = shoutedLines(ctx.doc.text);
  const inBlocked = (at: number): boolean => blocked.some((r) => at >= r.start && at < r.end);
  // Tokens come in text order, so one cursor walks the shouted lines.
  let line = 0;
  const inShouted = (at: number): boolean => {
    while (line < shouted.length && shouted[line].end <= at) line++;
    return line < shouted.length && shouted[line].start <= at;
  };
  const tokens: Token[] = [];
  const sentences = (view as unknown as { docs: Term[][] }).docs;
  let credit = false;
  sentences.forEach((terms, sentence) => {
    let initial = true;
    for (const term of terms) {
      // "Minister's Office": the tagger reads "'s" as "is" and adds an unwritten word, which would cut the name.
      if (term.text === '' && tokens.length) tokens[tokens.length - 1].post += term.pre + term.post;
      if (!term.offset || term.text === '') continue;
      const start = term.offset.start;
      const possessive = POSSESSIVE_RE.test(term.text);
      let word = possessive ? term.text.replace(POSSESSIVE_RE, '') : term.text;
      // The tagger leaves the last dot of "U.S." in the punctuation before ")" or ",".
      if (DOTTED_RE.test(word) && term.post.startsWith('.')) word += '.';
      tokens.push({
        text: term.text,
        key: word.toLowerCase(),
        start,
        end: start + word.length,
        pre: term.pre,
        post: term.post,
        tags: term.tags,
        possessive,
        sentence,
        initial: initial || /["“‘(]/.test(term.pre),
        blocked: credit || inBlocked(start),
        shouted: inShouted(start),
      });
      initial = /[:\n]/.test(term.post);
      // "Reporting by A and B; Editing by C": bylines run to the end of the line.
      const previous = tokens[tokens.length - 2];
      if (word.toLowerCase() === 'by' && previous && CREDITS.has(previous.key)) credit = true;
      if (/[\n)]/.test(term.post)) credit = false;
    }
  });
  return tokens;
}
