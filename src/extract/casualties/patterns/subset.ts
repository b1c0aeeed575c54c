// A part of a figure is its own figure: "six people, including one child, were killed" → 6 and 1.
import { NUMBER_PATTERN, parseNumber } from '../../../text/numbers.js';
import type { Finding, SentencePattern } from '../types.js';

const INCLUDING_RE = new RegExp(
  `\\bincluding\\s+(?:(${NUMBER_PATTERN})|an?|one)\\s+[^,.;]*?(?=\\s*(?:[,.;)]|$)|\\s(?:were|was|are|and|in|at|on|who)\\b)`,
  'gi',
);
const LOOK_AHEAD = 80;

export const subsetFigure: SentencePattern = {
  name: 'subset',
  extract(sentence, found) {
    const { text, start: base } = sentence;
    const parts: Finding[] = [];
    for (const whole of found) {
      if (whole.quantity.count === null || whole.quantity.count < 2 || whole.name) continue;
      INCLUDING_RE.lastIndex = whole.start - base;
      const m = INCLUDING_RE.exec(text);
      if (!m || m.index > whole.end - base + LOOK_AHEAD) continue;
      const count = m[1] ? parseNumber(m[1]) : 1;
      if (count === null || count >= whole.quantity.count) continue;
      if (parts.some((p) => p.start === base + m.index)) continue;
      parts.push({
        kind: whole.kind,
        quantity: { count, min: null, max: null, qualifier: 'exact' },
        victims: sentence.raw.slice(m.index, m.index + m[0].length).replace(/^including\s+/i, ''),
        start: base + m.index,
        end: base + m.index + m[0].length,
      });
    }
    return parts;
  },
};
