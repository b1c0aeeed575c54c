// How a call was held: a cue in its clause ("by telephone", "via video link") wins over the
// trigger's own medium, so "held talks by telephone" is a phone call.
import { MEDIUM_CUES } from '../../lexicon/call-media.js';
import type { Medium } from '../../schema.js';
import type { CallMention } from './participants.js';

/** Any medium cue, longest first, as a pattern source ("by\\s+video\\s+link|by\\s+video|..."). */
export const MEDIUM_CUE_PATTERN = `\\b(?:${MEDIUM_CUES.map((c) => c.phrase)
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/ /g, '\\s+'))
  .join('|')})\\b`;
const CUE_RE = new RegExp(MEDIUM_CUE_PATTERN, 'i');
const CUE_MEDIUM = new Map(MEDIUM_CUES.map((c) => [c.phrase, c.medium]));

export function mediumOf(text: string, mention: CallMention): Medium {
  const cue = CUE_RE.exec(text.slice(mention.opener.start, mention.sentence.end));
  if (cue) return CUE_MEDIUM.get(cue[0].toLowerCase().replace(/\s+/g, ' '))!;
  return mention.trigger.trigger.medium;
}
