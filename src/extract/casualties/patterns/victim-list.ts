// Victims listed after the fact: "Those killed were identified as A, B and a 22-year-old man" → one figure each.
import type { Finding, SentencePattern } from '../types.js';
import { FULL_NAME } from './named-victim.js';

const THE_DEAD = String.raw`(?:[Tt]hose\s+(?:killed|who\s+died)|[Tt]he\s+people\s+(?:killed|who\s+died)|[Tt]he\s+(?:dead|deceased)|[Tt]he\s+(?:dead\s+|slain\s+)?victims?)`;
// "The victims were identified as ...", "the people killed were ...", "Those who died were ...", "The dead were named as ...";
// with the naming verb before them: "Police identified the dead as ...", "named those killed as ..." (rule identified-the-dead);
// not "identified the victims as": after the verb, a victim is as often one who was wounded
const NAMED_DEAD = String.raw`(?:those\s+(?:killed|who\s+died)|the\s+(?:dead|deceased)|the\s+(?:dead|slain)\s+victims?)`;
// the cue put first, opening the sentence or after "also": "Killed were ...", "Also wounded was ..." (rule killed-were)
const INVERTED = String.raw`(?:^\s*|\b[Aa]lso\s+)((?:[Kk]illed|[Dd]ead|[Ww]ounded|[Ii]njured)\s+(?:were|was|are|is))`;
const IDENTIFIED_RE = new RegExp(
  String.raw`(?:\b(?:${THE_DEAD}\s+(?:(?:were|was|have\s+been|has\s+been)\s+((?:identified|named)\s+as)|were|are)|((?:identified|named)\s+${NAMED_DEAD}\s+as))|${INVERTED})\s+([^.;]+)`,
  'g',
);
/** Without "identified as", a list must name this many people to be read as one ("The victims were Palestinians" is not). */
const MIN_PLAIN_LIST = 2;
export const KIN = 'brother|sister|son|daughter|wife|husband|father|mother|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|friend';
const LIST_SEPARATOR_RE = /\s*,\s*(?:and\s+)?|\s+and\s+/g;
// "Priya Shah (Pune, Maharashtra)": where a listed victim is from is set aside before the list is split
const PARENTHESES_RE = /\([^()]*\)/g;
// a listed name may be one word ("Geeta") when nothing else stands in its item
// (after a kinship word: "his brother Zamir")
const LISTED_PERSON_RE = new RegExp(`^(?:§+\\s+)?(?:(?:his|her|their)\\s+(?:[a-z-]+\\s+){0,2}?(?:${KIN})\\s+)?(${FULL_NAME}|[A-Z][a-z’'.-]+(?=\\s*$))|^(?:an?\\s+(?:[\\w§’'-]+\\s+){0,2}?(?:man|woman|boy|girl|person|teen|teenager))\\b`);

export const victimList: SentencePattern = {
  name: 'victim-list',
  extract(sentence) {
    const { text, start: base } = sentence;
    const found: Finding[] = [];
    IDENTIFIED_RE.lastIndex = 0;
    for (let m = IDENTIFIED_RE.exec(text); m; m = IDENTIFIED_RE.exec(text)) {
      const people: Finding[] = [];
      // "Killed were …" lists the dead, "Also wounded was …" the injured; the other openings name the dead
      const kind: Finding['kind'] = m[3] && /wounded|injured/i.test(m[3]) ? 'injured' : 'killed';
      const listStart = m.index + m[0].length - m[4].length;
      const list = m[4].replace(PARENTHESES_RE, (p) => ' '.repeat(p.length));
      let from = 0;
      for (const separator of [...list.matchAll(LIST_SEPARATOR_RE), null]) {
        const to = separator ? separator.index : list.length;
        const item = list.slice(from, to);
        const itemStart = listStart + from;
        from = separator ? separator.index + separator[0].length : list.length;
        const person = LISTED_PERSON_RE.exec(item);
        // after "Killed were" a lone capitalized word is as often a town's state ("of Dover, Del.") as a first name
        if (!person || (m[3] && person[1] && !/\s/.test(person[1]))) continue;
        const spanStart = itemStart + (person[1] ? person[0].length - person[1].length : 0);
        const spanEnd = itemStart + person[0].length;
        people.push(listed(sentence.raw.slice(spanStart, spanEnd), person[1], base + spanStart, base + spanEnd, kind));
      }
      if (m[2] || m[3]) for (const person of people) person.rules = [m[2] ? 'identified-the-dead' : 'killed-were'];
      if (m[1] || m[2] || m[3] || people.length >= MIN_PLAIN_LIST) found.push(...people);
    }
    return found;
  },
};

function listed(victims: string, name: string | undefined, start: number, end: number, kind: Finding['kind']): Finding {
  return {
    kind,
    quantity: { count: 1, min: null, max: null, qualifier: 'exact' },
    victims,
    ...(name ? { name, nameStart: start } : {}),
    start,
    end,
  };
}
