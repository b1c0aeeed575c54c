import type { Actor, DateMention, Warning } from '../schema.js';
import type { NewsDocument } from '../document/types.js';
import { parse, type NlpView } from './parse.js';
import { DEFAULT_PROFILE, type Profile } from './profile.js';

export type { NlpView } from './parse.js';

/** How a date expression relates to another event: "a day after X" is {amount: 1, unit: 'D', direction: 1}. */
export interface RelativeShift {
  amount: number;
  unit: 'D' | 'W' | 'M' | 'Y';
  direction: 1 | -1;
}

/** A date mention plus what the extractors downstream need to know about it. */
export interface DateFinding extends DateMention {
  /**
   * Set for "a day after ..." / "two days before ..." / "the previous day": the mention itself is
   * the amount (TimeML: "a day" is DURATION P1D); the shift lets an event's date be worked out
   * from the date of the event it is counted from.
   */
  shift?: RelativeShift;
}

/**
 * What every extractor sees: the segmented document, one shared compromise parse made on
 * first use, and the records of the stages that ran before it (dates, then actors).
 */
export interface ExtractContext {
  doc: NewsDocument;
  /** Which rule set runs (see profile.ts). */
  profile: Profile;
  nlp(): NlpView;
  dates: DateFinding[];
  actors: Actor[];
  warn(warning: Warning): void;
}

export function createContext(doc: NewsDocument, profile: Profile = DEFAULT_PROFILE): ExtractContext {
  let parsed: NlpView | null = null;
  return {
    doc,
    profile,
    nlp() {
      parsed ??= parse(doc.text);
      return parsed;
    },
    dates: [],
    actors: [],
    warn(warning) {
      doc.warnings.push(warning);
    },
  };
}
