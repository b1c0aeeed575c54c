import type { TimexType } from '../../schema.js';
import type { Anchor } from '../../document/types.js';
import type { RelativeShift } from '../context.js';

/** The tense of the clause around a mention: decides whether "Tuesday" or "March 6" lies before or after the reference. */
export type Tense = 'past' | 'future' | 'none';

/** What a parser sees besides its match. */
export interface ParseContext {
  text: string;
  reference: Anchor | null;
  tenseAt(offset: number): Tense;
}

/**
 * What a parser knows about its mention that a refiner reads later (chrono-node's tags): 'no-story-day' is a
 * mention counted from the reference that tells of no day of the story (a bare "overnight") or only guesses it ("the
 * second day of the strike"), so no anaphor or clock time is anchored on it.
 */
export type CandidateTag = 'no-story-day';

/** A temporal expression found by one parser, before refiners choose among overlapping ones. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  shift?: RelativeShift;
  /** The parser that found it, then each refiner that changed it (--explain). */
  rules: string[];
  tags?: readonly CandidateTag[];
}

export function hasTag(candidate: Candidate, tag: CandidateTag): boolean {
  return candidate.tags?.includes(tag) ?? false;
}

/** What a parser's extract() returns: the value, and the span when it is not the whole match. */
export interface ParsedTimex {
  type: TimexType;
  value: string;
  shift?: RelativeShift;
  /** Offsets relative to the match start, when the mention is only part of the match. */
  span?: { from: number; to: number };
  tags?: readonly CandidateTag[];
}

/**
 * One kind of expression: a global, linear pattern and an extract() that reads the match
 * (null rejects it, e.g. a lower-case "may").
 */
export interface DateParser {
  name: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, ctx: ParseContext): ParsedTimex | null;
}
