// Pattern pieces shared by the parsers, compiled from the word lists once at module load.
import { NUMBER_PATTERN, parseNumber } from '../../text/numbers.js';
import { DAY_PARTS } from '../../lexicon/day-parts.js';
import { TIME_UNITS, UNIT_MULTIPLIERS } from '../../lexicon/time-units.js';
import type { Unit } from './normalize.js';
import { alternation } from '../../text/alternation.js';

export { alternation };


/** A part of the day after a day word ("Tuesday night", "this morning"). No capture groups. */
export const DAY_PART = `(?:${alternation(Object.keys(DAY_PARTS).filter((p) => p !== 'tonight' && p !== 'overnight'))})`;

/** Vague amounts: "a few days" is PXD. */
const VAGUE_AMOUNTS = ['a few', 'a couple of', 'a couple', 'couple of', 'several', 'few', 'many', 'some', 'a number of'];

/** An amount before a unit word: a number, "a"/"an", or a vague amount. No capture groups. */
export const AMOUNT = `(?:${alternation(VAGUE_AMOUNTS)}|${NUMBER_PATTERN}|an?)`;

/** A unit word (singular or plural). No capture groups. */
export const UNIT = `(?:${alternation(Object.keys(TIME_UNITS))})`;

/**
 * Approximation and bound words that TimeML keeps inside the extent ("nearly two years", "at least 30 days").
 * "about" stays out: TimeBank and TempEval-3 never annotate it (0 of 1,822 train timexes; 6 left outside).
 * "over" only as "more than" before a single unit ("over an hour"); in "over three years" it is the preposition.
 */
export const QUANTIFIER = `(?:around|nearly|almost|roughly|approximately|some|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|under|no\\s+more\\s+than|over(?=\\s+an?\\s+${UNIT}\\b))`;

export interface Quantity {
  /** null when vague ("several", "a few"). */
  amount: number | null;
  unit: Unit;
}

/** Reads "two years", "a few days", "18 months", "a fortnight" as an amount of units. */
export function readQuantity(amountText: string, unitText: string): Quantity | null {
  const unitWord = unitText.toLowerCase();
  const unit = TIME_UNITS[unitWord];
  if (!unit) return null;
  const words = amountText.trim().toLowerCase().replace(/\s+/g, ' ');
  const multiplier = UNIT_MULTIPLIERS[unitWord] ?? 1;
  if (words === 'a' || words === 'an') return { amount: multiplier, unit };
  if (words === 'a couple' || words === 'a couple of' || words === 'couple of') return { amount: 2 * multiplier, unit };
  if (VAGUE_AMOUNTS.includes(words)) return { amount: null, unit };
  const amount = parseNumber(words);
  return amount === null ? null : { amount: amount * multiplier, unit };
}

/** Builds a global, case-insensitive pattern; every parser's pattern is made once, here. */
export function pattern(source: string, flags = 'gi'): RegExp {
  return new RegExp(source, flags);
}

/** Financial copy compares a quarter with the same quarter of the year before: "a year earlier" then means that quarter. */
const QUARTER_CONTEXT_RE = /\bquarter/i;
const QUARTER_CONTEXT_CHARS = 400;

export function inQuarterContext(text: string, at: number): boolean {
  return QUARTER_CONTEXT_RE.test(text.slice(Math.max(0, at - QUARTER_CONTEXT_CHARS), at));
}

/** A length just before "an hour"/"per second" makes a speed, which TimeML does not mark ("70 miles an hour", "120 km per hour"). */
const SPEED_BEFORE_RE = /\b(?:miles|kilometers|kilometres|km|meters|metres|feet|yards|knots)\s*$/i;

export function isSpeed(text: string, at: number): boolean {
  return SPEED_BEFORE_RE.test(text.slice(Math.max(0, at - 12), at));
}

export function isCapitalized(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/** Words between an article and the amount that TimeML keeps in a duration's extent ("the past two months"). */
const DURATION_MODIFIER = '(?:past|last|next|first|final|coming|previous|following|latest|remaining|additional|further|initial|recent|year-earlier|year-ago)';
/** After these, "last" is the verb ("could last a few days"), not a modifier. */
const VERB_BEFORE_LAST = 'could|would|will|may|might|can|should|must|to|not|did|does|do';
const UNIT_ADJECTIVE = '(?:more|additional|full|straight|consecutive|trading|business|calendar|long)';

/**
 * An amount of time: "two years", "the past two months", "at least 30 days", "a three-year period",
 * "8-month-old". Named groups: quantifier, article, modifier, amount, unit.
 */
export const DURATION_CORE =
  `(?:(?<quantifier>${QUANTIFIER})\\s+(?!the\\s))?(?:(?<article>the|a|an)\\s+)?(?:(?<!\\b(?:${VERB_BEFORE_LAST})\\s)(?<modifier>${DURATION_MODIFIER})\\s+)?` +
  `(?<amount>${AMOUNT})(?:\\s+or\\s+so)?[\\s-]+(?:${UNIT_ADJECTIVE}\\s+)?(?<unit>${UNIT})\\b(?!-(?!old\\b|long\\b))`;
