// What a call was about: the noun phrase after "to discuss", "exchanged views on", "focused on",
// "about", up to the end of its clause.
import type { DateFinding } from '../context.js';

const CUE_RE =
  /\b(?:to\s+discuss|discussed|discussing|discuss|exchanged\s+views\s+on|exchanging\s+views\s+on|exchange\s+views\s+on|focused\s+on|focusing\s+on|about)\s+/gi;
const TOPIC_END_RE =
  /[,;:.!?"“”()]|\s[–—]\s|\b(?:according\s+to|following|after|as|amid|while|which|said|says|and\s+agreed|to\s+prevent|in\s+the\s+wake|during|the\s+(?:ministry|office|kremlin|statement|white\s+house)\s+said)\b/i;
const MAX_WORDS = 12;

/** Words left dangling when a topic is cut at the trigger ("tensions in | phone call"). */
const TRAILING_FUNCTION_WORD_RE = /\s+(?:in|on|during|at|by|with|over|via|and)$/i;

/** Topic phrases in [from, to) of the text; none runs into the trigger at `triggerStart`. */
export function topicsIn(
  text: string,
  from: number,
  to: number,
  triggerStart: number,
  dates: readonly DateFinding[],
): string[] {
  const body = text.slice(from, to);
  const topics: string[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(body); m; m = CUE_RE.exec(body)) {
    const start = from + m.index + m[0].length;
    if (dates.some((d) => d.start === start)) continue;
    const rest = text.slice(start, start < triggerStart ? triggerStart : to);
    const stop = TOPIC_END_RE.exec(rest);
    const phrase = (stop ? rest.slice(0, stop.index) : rest).trim().replace(TRAILING_FUNCTION_WORD_RE, '');
    const words = phrase.split(/\s+/);
    if (!phrase || words.length > MAX_WORDS) continue;
    topics.push(phrase);
  }
  return topics;
}
