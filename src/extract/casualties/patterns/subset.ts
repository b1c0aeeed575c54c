// A part of a figure is its own figure: "six people, including one child, were killed" → 6 and 1.
import { NUMBER_PATTERN, parseNumber } from '../../../text/numbers.js';
import type { Finding, SentencePattern } from '../types.js';

const INCLUDING_RE = new RegExp(
  `\\bincluding\\s+(?:(${NUMBER_PATTERN})|an?|one)\\s+[^,.;]*?(?=\\s*(?:[,.;)]|$)|\\s(?:were|was|are|and|in|at|on|who)\\b)`,
  'gi',
);
/** How far after its figure an "including" may stand and still belong to it. */
const LOOK_AHEAD = 80;

export const subsetFigure: SentencePattern = {
  name: 'subset',
  extract(sentence, found) {
    const { text, start: base } = sentence;
    const parts: Finding[] = [];
    INCLUDING_RE.lastIndex = 0;
    for (let m = INCLUDING_RE.exec(text); m; m = INCLUDING_RE.exec(text)) {
      const at = base + m.index;
      // the figure the part belongs to is the nearest one before it
      let whole: Finding | null = null;
      for (const f of found) if (f.start < at && (!whole || f.start > whole.start)) whole = f;
      if (!whole || whole.name || whole.quantity.count === null || at - whole.end > LOOK_AHEAD) continue;
      const count = m[1] ? parseNumber(m[1]) : 1;
      if (count === null || count >= whole.quantity.count) continue;
      parts.push({
        kind: whole.kind,
        quantity: { count, min: null, max: null, qualifier: 'exact' },
        victims: sentence.raw.slice(m.index, m.index + m[0].length).replace(/^including\s+/i, ''),
        start: at,
        end: at + m[0].length,
      });
    }
    return parts;
  },
};
