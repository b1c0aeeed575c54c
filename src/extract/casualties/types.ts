import type { CasualtyKind, Qualifier } from '../../schema.js';

/** A figure read from the text with its hedge: "nearly 1,300", "20 to 30", "dozens". Offsets are document offsets. */
export interface Quantity {
  count: number | null;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  /** Start of the figure including its qualifier ("at least 12"). */
  start: number;
  end: number;
  /** "another two", "five more", "three other": a figure on top of one already given. */
  additional?: boolean;
}

/** One sentence as the patterns see it: the text with non-count spans (dates, money, ages) masked. */
export interface SentenceScan {
  /** Masked sentence text; same length and offsets as the original. */
  text: string;
  /** The same sentence unmasked, for quoting who was counted. */
  raw: string;
  /** Document offset of text[0]. */
  start: number;
}

/** A casualty figure found by a pattern, before refiners merge and filter. */
export interface Finding {
  kind: CasualtyKind;
  quantity: Pick<Quantity, 'count' | 'min' | 'max' | 'qualifier'>;
  victims: string | null;
  /** Set for a named victim: the name as written, so two named victims are never merged. */
  name?: string;
  /** Where the name starts, to find its actor. */
  nameStart?: number;
  actor?: string;
  /** Never merged with an earlier figure of the same count: it adds to it. */
  additional?: boolean;
  /** Set for a figure of another incident than the story's own ("in a separate attack"): the rule and where its cue stands. */
  incident?: string;
  start: number;
  end: number;
  /** The pattern that found it and the refiners that changed it (--explain). */
  rules?: string[];
}

/** A pattern that reads one figure of a sentence; null rejects it. */
export interface QuantityPattern {
  name: string;
  /** `previous` is the figure found last before this one in the sentence, if any. */
  extract(sentence: SentenceScan, quantity: Quantity, previous: Finding | null): Finding | null;
}

/** A pattern over a whole sentence, given what the figure patterns found in it. */
export interface SentencePattern {
  name: string;
  /** `earlier` holds the figures of the sentences before, in document order. */
  extract(sentence: SentenceScan, found: readonly Finding[], earlier: readonly Finding[]): Finding[];
}
