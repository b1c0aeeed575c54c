// A named victim is a figure of one: "Among those killed was <title> <name>", "<Name>, 34, was shot and killed".
import type { SentencePattern } from '../types.js';

// Capitalized words, possessives and name particles: "Iran’s Supreme Leader Ali Khamenei".
const NAME = `[A-Z][\\w’'.-]*(?:\\s+(?:[A-Z][\\w’'.-]*|bin|al|de|van|von|der)){0,6}`;
// Two to four capitalized words: a person's name written in full.
const FULL_NAME = `[A-Z][a-z’'.-]+(?:\\s+[A-Z][a-z’'.-]*){1,3}`;

const AMONG_RE = new RegExp(
  `\\b(?:[Aa]mong\\s+(?:those|the\\s+people|the\\s+victims)\\s+(?:killed|slain|who\\s+died)|[Aa]mong\\s+the\\s+dead|[Tt]he\\s+dead\\s+(?:include|included))` +
    `(?:\\s+(?:was|were|is|are))?\\s+(?:the\\s+)?(?:[a-z]+[’']s\\s+)?(${NAME})`,
  'g',
);
const NAMED_DEATH_RE = new RegExp(
  `(?<![\\w’'-])(${FULL_NAME})(?:\\s*,\\s*§+)?,?\\s+(?:(?:was|had\\s+been|has\\s+been)\\s+(?:shot\\s+and\\s+killed|killed|shot\\s+dead|fatally\\s+(?:shot|stabbed|wounded|injured)|(?:stabbed|beaten)\\s+to\\s+death|found\\s+dead|pronounced\\s+dead|slain|murdered)|died)\\b`,
  'g',
);
// "Those killed were identified as A, B and a 22-year-old man": each listed victim is a figure of one.
const IDENTIFIED_RE = /\b(?:[Tt]hose\s+killed|[Tt]he\s+(?:dead|deceased)|[Tt]he\s+(?:dead\s+|slain\s+)?victims?)\s+(?:were|was|have\s+been|has\s+been)\s+identified\s+as\s+([^.;]+)/g;
const LIST_SEPARATOR_RE = /\s*,\s*(?:and\s+)?|\s+and\s+/g;
// "Priya Shah (Pune, Maharashtra)": where a listed victim is from is set aside before the list is split
const PARENTHESES_RE = /\([^()]*\)/g;
// a listed name may be one word ("Geeta") when nothing else stands in its item
const LISTED_PERSON_RE = new RegExp(`^(?:§+\\s+)?(${FULL_NAME}|[A-Z][a-z’'.-]+(?=\\s*$))|^(?:an?\\s+(?:[\\w§’'-]+\\s+){0,2}?(?:man|woman|boy|girl|person|teen|teenager))\\b`);
// "in Pembroke Township was found dead": a place, not a person
const PLACE_BEFORE_RE = /\b(?:in|of|at|from|near|on|to|for|outside)\s+$/;
// Capitalized sentence openers and titles that start a capitalized run without being a name.
const NOT_A_NAME_START = /^(?:A|An|The|This|That|These|Those|Police|Officers?|Authorities|Officials|Witnesses|He|She|They|It|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/;

export const namedVictim: SentencePattern = {
  name: 'named-victim',
  extract(sentence) {
    const { text, start: base } = sentence;
    const found = [];
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
      const words = m[1].split(/\s+/);
      while (words.length && NOT_A_NAME_START.test(words[0])) words.shift();
      if (words.length < 2) continue;
      const name = words.join(' ');
      const nameStart = m.index + m[1].length - name.length;
      found.push(named(name, base + nameStart, base + nameStart, base + m.index + m[0].length));
    }
    IDENTIFIED_RE.lastIndex = 0;
    for (let m = IDENTIFIED_RE.exec(text); m; m = IDENTIFIED_RE.exec(text)) {
      const listStart = m.index + m[0].length - m[1].length;
      const list = m[1].replace(PARENTHESES_RE, (p) => ' '.repeat(p.length));
      let from = 0;
      for (const separator of [...list.matchAll(LIST_SEPARATOR_RE), null]) {
        const to = separator ? separator.index : list.length;
        const item = list.slice(from, to);
        const itemStart = listStart + from;
        from = separator ? separator.index + separator[0].length : list.length;
        const person = LISTED_PERSON_RE.exec(item);
        if (!person) continue;
        const spanStart = itemStart + (person[1] ? person[0].length - person[1].length : 0);
        const spanEnd = itemStart + person[0].length;
        const name = person[1] ? person[1] : undefined;
        found.push(listed(sentence.raw.slice(spanStart, spanEnd), name, base + spanStart, base + spanEnd));
      }
    }
    return found;
  },
};

function listed(victims: string, name: string | undefined, start: number, end: number) {
  return {
    kind: 'killed' as const,
    quantity: { count: 1, min: null, max: null, qualifier: 'exact' as const },
    victims,
    ...(name ? { name, nameStart: start } : {}),
    start,
    end,
  };
}

function named(name: string, nameStart: number, start: number, end: number) {
  return {
    kind: 'killed' as const,
    quantity: { count: 1, min: null, max: null, qualifier: 'exact' as const },
    victims: name,
    name,
    nameStart,
    start,
    end,
  };
}
