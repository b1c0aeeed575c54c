// A named victim is a figure of one: "Among those killed was <title> <name>", "<Name>, 34, was shot and killed",
// "<Name>, who was wounded" (one injured).
import type { Finding, SentencePattern } from '../types.js';
import { DEATH_VERB } from '../words.js';

// Capitalized words, possessives and name particles: "Iran’s Supreme Leader Ali Khamenei".
const NAME = `[A-Z][\\w’'.-]*(?:\\s+(?:[A-Z][\\w’'.-]*|bin|al|de|van|von|der)){0,6}`;
// Two to four capitalized words: a person's name written in full.
export const FULL_NAME = `[A-Z][a-z’'.-]+(?:\\s+[A-Z][a-z’'.-]*){1,3}`;

const AMONG_RE = new RegExp(
  `\\b(?:[Aa]mong\\s+(?:those|the\\s+people|the\\s+victims)\\s+(?:killed|slain|who\\s+died)|[Aa]mong\\s+the\\s+dead|[Tt]he\\s+dead\\s+(?:include|included))` +
    `(?:\\s+(?:was|were|is|are))?\\s+(?:the\\s+)?(?:[a-z]+[’']s\\s+)?(${NAME})`,
  'g',
);
// "<Name> was killed", "<Name>, 34, died", "<Name> passed away", "<Name>, who was killed", "<Name>, 34, of <Town>, died" (rule named-from-place);
// group 2 holds the home town, group 3 an injury verb
const NAMED_DEATH_RE = new RegExp(
  `(?<![\\w’'-])(${FULL_NAME})(?:\\s*,\\s*§+)?(\\s*,\\s*of\\s+[A-Z][\\w.’'-]*(?:\\s+[A-Z][\\w.’'-]*){0,3})?,?\\s+(?:who\\s+)?(?:(?:was|had\\s+been|has\\s+been)\\s+(?:shot\\s+and\\s+killed|killed|shot\\s+dead|fatally\\s+(?:shot|stabbed|wounded|injured)|(?:stabbed|beaten)\\s+to\\s+death|found\\s+dead|pronounced\\s+dead|slain|murdered|(wounded|injured))|${DEATH_VERB})\\b`,
  'g',
);
// "in Pembroke Township was found dead": a place, not a person
const PLACE_BEFORE_RE = /\b(?:in|of|at|from|near|on|to|for|outside)\s+$/;
// "died at the age of 79", "died of cancer", "succumbed to cancer": a death, but no casualty
const NATURAL_DEATH_RE = /^\s+(?:at\s+(?:the\s+)?age|aged|(?:of|to)\s+(?:cancer|natural|a\s+heart|heart|illness|complications|old\s+age|a\s+stroke)|peacefully|in\s+(?:his|her)\s+sleep)\b/i;
// Capitalized sentence openers and titles that start a capitalized run without being a name.
export const NOT_A_NAME_START = /^(?:A|An|The|This|That|These|Those|Police|Officers?|Authorities|Officials|Witnesses|He|She|They|It|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/;

export const namedVictim: SentencePattern = {
  name: 'named-victim',
  extract(sentence) {
    const { text, start: base } = sentence;
    const found: Finding[] = [];
    AMONG_RE.lastIndex = 0;
    for (let m = AMONG_RE.exec(text); m; m = AMONG_RE.exec(text)) {
      const name = m[1].replace(/[’'.]+$/, '');
      if (/^(?:[A-Z][a-z]*)$/.test(name) && NOT_A_NAME_START.test(name)) continue;
      const nameStart = m.index + m[0].length - m[1].length;
      found.push(named(name, base + nameStart, base + m.index, base + nameStart + name.length));
    }
    NAMED_DEATH_RE.lastIndex = 0;
    for (let m = NAMED_DEATH_RE.exec(text); m; m = NAMED_DEATH_RE.exec(text)) {
      if (PLACE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (NATURAL_DEATH_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      const words = m[1].split(/\s+/);
      while (words.length && NOT_A_NAME_START.test(words[0])) words.shift();
      if (words.length < 2) continue;
      const name = words.join(' ');
      const nameStart = m.index + m[1].length - name.length;
      const victim = named(name, base + nameStart, base + nameStart, base + m.index + m[0].length, m[3] ? 'injured' : 'killed');
      found.push(m[2] ? Object.assign(victim, { rules: ['named-from-place'] }) : victim);
    }
    return found;
  },
};

function named(name: string, nameStart: number, start: number, end: number, kind: Finding['kind'] = 'killed'): Finding {
  return {
    kind,
    quantity: { count: 1, min: null, max: null, qualifier: 'exact' },
    victims: name,
    name,
    nameStart,
    start,
    end,
  };
}
