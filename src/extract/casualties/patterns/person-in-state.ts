// One person told with the state they are in and no figure: "left a man dead", "... and a woman wounded". Shared by
// left-in-state and elided-verb-victim, which find the person in different places.
import { cueAt, type CueMatch } from '../cues.js';
import type { Finding, SentenceScan } from '../types.js';
import { MODIFIER, SINGULAR } from './single-victim.js';

/** "a man", "another teen", "her grandmother"; the longest, so "an elderly driver" is not read as "an elderly" (a noun too). */
export const ONE_PERSON_FORM = `(?:an?|another|his|her|their)\\s+(?:${MODIFIER}){0,3}(?:${SINGULAR})`;

/** The state whose cue stands straight after `pos`: "a man| dead", "a teenager| in critical condition". */
export function stateAt(text: string, pos: number): CueMatch | null {
  const cue = cueAt(text, pos);
  return cue && text.slice(pos, cue.start).trim() === '' ? cue : null;
}

/** The person from `start` to `end` (sentence offsets) in the state of `cue`, unless a figure read already covers them. */
export function personInState(sentence: SentenceScan, start: number, end: number, cue: CueMatch, taken: readonly Finding[]): Finding | null {
  const { raw, start: base } = sentence;
  if (taken.some((f) => f.start < base + cue.end && base + start < f.end)) return null;
  return { kind: cue.kind, quantity: { count: 1, min: null, max: null, qualifier: 'exact' }, victims: raw.slice(start, end), start: base + start, end: base + cue.end };
}
