import type { TextSpan } from '../types.js';

import type { Furniture } from '../../schema.js';

/** What a piece of page furniture is: it is kept in the text (offsets hold) but never yields facts. */
export type FurnitureKind = Furniture['kind'];

/** A typed span of the document, like a vfile message: a kind, a place and the rule that found it. */
export interface FurnitureSpan extends TextSpan {
  kind: FurnitureKind;
  rule: string;
}

/** One line of the text, with its offsets. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** What furniture rules see: the text, its lines, and where the article's content starts. */
export interface FurnitureContext {
  text: string;
  lines: readonly Line[];
  contentStart: number;
  /** The first lines of the page (a headline among them), by their lower-case text: where each first occurs. */
  headLines: ReadonlyMap<string, number>;
}

/** A rule reads a line and returns the furniture in it (the whole line, or pieces of it), or null. */
export interface FurnitureRule {
  id: string;
  kind: FurnitureKind;
  extract(line: Line, index: number, ctx: FurnitureContext): TextSpan | TextSpan[] | null;
}
