// Several people told one after another before one cue: "A man and a woman were found dead" (2),
// "Jane Roe, 34, and John Doe, 41, were killed" (one figure per name), "a nurse and her husband were hurt".
import { ADDRESS_HEADS, FACILITY_HEADS } from '../../../lexicon/place-nouns.js';
import { cueAt } from '../cues.js';
import type { Finding, SentencePattern } from '../types.js';
import { isVictimNoun, objectFollows } from '../words.js';
import { FULL_NAME, NOT_A_NAME_START } from './named-victim.js';
import { MODIFIER, SINGULAR } from './single-victim.js';
import { KIN } from './victim-list.js';

// one person: "a 40-year-old man", "Jane Roe", "her husband"; a masked age may follow ("John Doe, 41")
const person = (name: string) =>
  `(?:(?:[Aa]n?)\\s+(?:${MODIFIER}){0,3}(?:${SINGULAR})(?![\\w-])|${name}|(?:his|her|their)\\s+(?:[a-z-]+\\s+)?(?:${KIN}))(?:\\s*,\\s*§+(?=\\s*,|\\s+(?:were|are|have|had|died)\\b))?`;
// "and", ", and", or an aside between dashes: "a man – believed to be the gunman – and a woman"
const JOIN = `(?:\\s+[–—]\\s[^–—.;]{1,80}?\\s[–—])?(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)`;
const PERSON = person(`(?:${FULL_NAME})`);
// group 1 the people, group 2 the link word
const ROW_RE = new RegExp(
  `(?<![\\w’'-])(${PERSON}(?:${JOIN}${PERSON})+),?(\\s+(?:who\\s+)?(?:were|are|have\\s+been|had\\s+been))?(?:\\s+(?:also|both|later|all))?(?=\\s)`,
  'g',
);
// group 1 a name
const PERSON_RE = new RegExp(person(`(${FULL_NAME})`), 'g');
// "a call reporting a man and woman died": told as a report, not as a figure
const REPORTED_BEFORE_RE = /\b(?:reporting|reports?\s+of)\s+$/i;
const KINDS = new Set(['killed', 'injured', 'missing']);
// "took a clerk and her brother's lives": a noun cue after the people is not said of them
const NOUN_CUES = new Set(['bodies', 'casualties', 'death', 'deaths', 'fatalities', 'homicides', 'injuries', 'killings', 'lives', 'murder', 'murders']);
// "In Harlem", "Including Children": a capitalized run that opens with one of these is no name
const NOT_A_NAME_OPENER = /^(?:After|At|Before|From|In|Including|Inside|Near|On|Outside|Suspected|When|While)$/;
const NOT_NAME_WORDS = new Set([...ADDRESS_HEADS, ...FACILITY_HEADS]);
// "Jesus Rios, a 17-year-old, died": a name and a description with only a comma between are one person
const BARE_COMMA_RE = /^\s*,\s*$/;

/** The person's name in a capitalized run, or null when it names a place, a title or a headline's words. */
function personName(run: string): string | null {
  const words = run.split(/\s+/);
  while (words.length && (NOT_A_NAME_START.test(words[0]) || isVictimNoun(words[0].toLowerCase()))) words.shift();
  if (words.length < 2 || NOT_A_NAME_OPENER.test(words[0])) return null;
  return words.some((w) => isVictimNoun(w.toLowerCase()) || NOT_NAME_WORDS.has(w.toLowerCase())) ? null : words.join(' ');
}

export const victimsInARow: SentencePattern = {
  name: 'victims-in-a-row',
  extract(sentence) {
    const { text, raw, start: base } = sentence;
    const found: Finding[] = [];
    ROW_RE.lastIndex = 0;
    for (let m = ROW_RE.exec(text); m; m = ROW_RE.exec(text)) {
      const cue = cueAt(text, m.index + m[0].length);
      if (!cue || !KINDS.has(cue.kind) || NOUN_CUES.has(cue.phrase) || REPORTED_BEFORE_RE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      // "Five People, Including Children, Shot": a headline in title case, its words no names
      if (/^[A-Z]/.test(text.slice(cue.start, cue.end))) continue;
      // "Jane Roe and John Doe shot a man": without "were" a verb cue may take an object
      if (!m[2] && objectFollows(text, cue.end)) continue;
      const people = [...m[1].matchAll(PERSON_RE)];
      const names = people.map((p) => (p[1] ? personName(p[1]) : null));
      if (people.some((p, i) => p[1] && !names[i])) continue;
      if (names.every((n) => n !== null)) {
        people.forEach((p, i) => found.push(named(cue.kind, names[i]!, base + m!.index + p.index! + p[1].length - names[i]!.length)));
        continue;
      }
      const appositions = people.filter((p, i) => i > 0 && !names[i] !== !names[i - 1] && BARE_COMMA_RE.test(between(m![1], people[i - 1], p))).length;
      const count = people.length - appositions;
      // "..., and a boy, Eli Ross, were killed": a plural verb for one person means the row began earlier
      if (count < 2 && m[2] && !/had\s+been/.test(m[2])) continue;
      found.push({
        kind: cue.kind,
        quantity: { count, min: null, max: null, qualifier: 'exact' },
        victims: raw.slice(m.index, m.index + m[1].length),
        start: base + m.index,
        end: base + cue.end,
      });
    }
    return found;
  },
};

function between(row: string, a: RegExpMatchArray, b: RegExpMatchArray): string {
  return row.slice(a.index! + a[0].length, b.index);
}

function named(kind: Finding['kind'], name: string, nameStart: number): Finding {
  return { kind, quantity: { count: 1, min: null, max: null, qualifier: 'exact' }, victims: name, name, nameStart, start: nameStart, end: nameStart + name.length };
}
