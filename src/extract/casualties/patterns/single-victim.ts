// One person written with an article or a possessive: "a 22-year-old man was killed", "his friend was wounded", "another worker was injured",
// "gunmen shot dead a police officer", "a 3-year-old boy died Sunday", "a woman who was hit by a stray bullet has died".
import { cueAt, cueEndingAt } from '../cues.js';
import { INJURY_VERBS } from '../../../lexicon/casualty-cues.js';
import type { Finding, SentencePattern } from '../types.js';
import { cueOfWholeAfterVerb } from './among-the-figure.js';
import { isHypothetical } from './cue-before-number.js';
import { DEATH_VERB, LINK_WORDS, SINGULAR_VICTIM_NOUNS, wordAt } from '../words.js';

export const SINGULAR = SINGULAR_VICTIM_NOUNS.join('|');

// the words between the article and the noun describe the person; a function word means the article was another noun's
// ("a call reporting a man was shot", "a man and woman died")
export const MODIFIER = `(?!(?:a|after|an|and|another|as|at|by|for|from|in|of|on|or|reporting|said|says|that|the|to|when|where|which|with)\\s)[\\w§’'-]+\\s+`;
// "his 15-year-old friend", "her husband": a possessive points at one person as an article does (rule one-person-possessive);
// "a 17-year-old was shot": an age (masked) with no noun after it is the person (rule age-as-person)
const ONE_PERSON = `(?<![\\w-])(?:[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:${MODIFIER}){0,3}?(?:${SINGULAR}|§+(?=\\s+(?:who|was|has|had|is|later|died)\\s))(?![\\w-])`;
// "a man was shot", or with no link word "a man sustained a gunshot wound" (an injury verb: cues.ts)
const ONE_PERSON_RE = new RegExp(
  `${ONE_PERSON}(?:\\s+who)?(?:\\s+(?:was|has\\s+been|had\\s+been)(?:\\s+(?:also|later|reportedly))?(?=\\s)|(?=\\s+(?:${INJURY_VERBS.join('|')})\\s))`,
  'g',
);
// "a man was shot and taken to a hospital, where he died": the place he was taken to, where he died (rule died-where-taken)
const DIED_WHERE_TAKEN = '(?<where>\\s+was\\s+[^.;:!?]{1,80}?,\\s+where\\s+(?:he|she))';
// "a 3-year-old boy died Sunday", "a girl has passed away", "a teen is dead", "a girl who was shot in her bed has died", "a man was shot and later died": a death verb
// takes no object, so the person before it is the one who died (rule one-person-died)
const ONE_PERSON_DIED_RE = new RegExp(
  `${ONE_PERSON}(?:\\s+who\\s+[^,.;:!?]{1,100}?|\\s+was\\s+[^,.;:!?]{1,60}?\\s+and|${DIED_WHERE_TAKEN})?\\s+(?:(?:has|had|later)\\s+)?(?:${DEATH_VERB}|dies|is\\s+dead|was\\s+pronounced\\s+dead)(?![\\w-])`,
  'g',
);

// a noun may describe the next one: "an elderly couple", "a police officer"; not "his children and wife"
// "captured his parent's hearts": a possessive noun is not the one harmed
const ONE_OBJECT_RE = new RegExp(`(?<![\\w-])(?:an?|another|his|her|their)\\s+(?:${MODIFIER}){0,2}?(?:${SINGULAR})(?:\\s+(?:${SINGULAR}))?(?![\\w'’-])`, 'gi');

// "One man was killed and another (was) wounded": one more person, told by "another" alone after a figure (rule another-one)
const ANOTHER_ONE_RE = /(?<![\w-])[Aa]nother(?![\w-])/g;
/** How many link words ("was", "seriously") may stand between "another" and its cue. */
const MAX_LINK_WORDS = 3;

// "killing one passenger and wounding another": "another" as the object of a verb cue, with no noun after it, is one more
// person (rule another-as-object); "wounding another man" is ONE_OBJECT_RE's, "killing another 12" a figure's, "injured
// another and a teacher" counts more than one
// a verb, not "the death of another" (a statute's wording) nor "shot another" (fired at, maybe missed)
const isVerbCue = (phrase: string) => phrase !== 'shot' && !/\s(?:of|to|were|include|included)$/.test(phrase);
const ANOTHER_OBJECT_END_RE = /^\s*(?:[,.;:!?)]|$|and\s(?!(?:a|an|the|his|her|their)\s)|(?:as|at|before|but|during|in|inside|on|outside|when|while|who|with)\s)/;

// "a third died", "a second body was found": one more, counted by its place in a series
// "a third is missing", "a fourth remains unaccounted for": a state told in the present (rule next-one-state)
const NEXT_ONE_RE = /(?<![\w-])[Aa]\s+(?:second|third|fourth|fifth|sixth)(?:\s+(?:person|victim|body|man|woman))?(?:\s+(?:was|is|remains|has\s+been|had\s+been))?(?=\s)/g;

export const singleVictim: SentencePattern = {
  name: 'single-victim',
  extract(sentence, earlier, before) {
    const { text, raw, start: base } = sentence;
    const found: Finding[] = [];
    // "a man and a woman were found dead" was counted whole (rule victims-in-a-row)
    const inRow = (at: number) => earlier.some((f) => f.rules?.[0] === 'victims-in-a-row' && f.start <= base + at && base + at < f.end);
    const died = new Set<number>();
    ONE_PERSON_DIED_RE.lastIndex = 0;
    for (let m = ONE_PERSON_DIED_RE.exec(text); m; m = ONE_PERSON_DIED_RE.exec(text)) {
      if (inRow(m.index)) continue;
      const victims = raw.slice(m.index, m.index + m[0].length).replace(/\s+(?:who|has|had|later|died|dies|passed|succumbed|is|was)\b.*$/s, '');
      died.add(m.index);
      const rules = ['one-person-died', ...(m.groups?.where ? ['died-where-taken'] : [])];
      found.push(Object.assign(one('killed', victims, base + m.index, base + m.index + m[0].length, /^another\b/i.test(m[0])), { rules }));
    }
    ONE_PERSON_RE.lastIndex = 0;
    for (let m = ONE_PERSON_RE.exec(text); m; m = ONE_PERSON_RE.exec(text)) {
      // "a girl who was shot in her bed has died" is one death, not also one injured
      if (died.has(m.index) || inRow(m.index)) continue;
      // "a man was slightly hurt": a degree word may stand before the cue (rule one-person-degree)
      // "a girl was among three people wounded": one of the whole, of its kind (rule one-among-the-figure)
      const cue = cueAt(text, afterLinkWords(text, m.index + m[0].length)) ?? amongWhole(text, m.index + m[0].length);
      if (!cue) continue;
      const victims = raw.slice(m.index, m.index + m[0].length).replace(/\s+(?:was|has\s+been|had\s+been)(?:\s+\w+)?$/, '');
      found.push(one(cue.kind, victims, base + m.index, base + cue.end, /^another\b/i.test(m[0])));
    }
    NEXT_ONE_RE.lastIndex = 0;
    for (let m = NEXT_ONE_RE.exec(text); m; m = NEXT_ONE_RE.exec(text)) {
      // "a third person died" was read already as one person who died
      if (died.has(m.index)) continue;
      const end = m.index + m[0].length;
      const cue = cueAt(text, end);
      if (cue) found.push(one(cue.kind, null, base + m.index, base + cue.end, true));
      // "killed two people and wounded a third": one more, the object of a verb cue (rule next-one-as-object)
      const verb = cue ? null : cueEndingAt(text, m.index);
      if (verb && isVerbCue(verb.phrase) && !isHypothetical(verb, text) && ANOTHER_OBJECT_END_RE.test(text.slice(end))) {
        found.push(Object.assign(one(verb.kind, null, base + verb.start, base + end, true), { rules: ['next-one-as-object'] }));
      }
    }
    ONE_OBJECT_RE.lastIndex = 0;
    for (let m = ONE_OBJECT_RE.exec(text); m; m = ONE_OBJECT_RE.exec(text)) {
      const cue = cueEndingAt(text, m.index);
      // "shot a man" often ends in his death, told later: only the plainer verbs count him here
      if (!cue || cue.phrase === 'shot') continue;
      const end = m.index + m[0].length;
      found.push(one(cue.kind, raw.slice(m.index, end), base + cue.start, base + end, false));
    }
    ANOTHER_ONE_RE.lastIndex = 0;
    for (let m = ANOTHER_ONE_RE.exec(text); m; m = ANOTHER_ONE_RE.exec(text)) {
      // "another" stands for a person only when someone was counted before it
      const counted = [...earlier, ...found].some((f) => f.end <= base + m!.index) || before.length > 0;
      if (!counted || found.some((f) => f.start === base + m!.index)) continue;
      const end = m.index + m[0].length;
      const cue = cueAt(text, afterLinkWords(text, end));
      if (cue) found.push(Object.assign(one(cue.kind, null, base + m.index, base + cue.end, true), { rules: ['another-one'] }));
      const verb = cue ? null : cueEndingAt(text, m.index);
      if (verb && isVerbCue(verb.phrase) && ANOTHER_OBJECT_END_RE.test(text.slice(end))) {
        found.push(Object.assign(one(verb.kind, null, base + verb.start, base + end, true), { rules: ['another-as-object'] }));
      }
    }
    return found.map(coupleIsTwo);
  },
};

/** The whole's cue, not a home or a shelter a person may be among. */
function amongWhole(text: string, pos: number) {
  const cue = cueOfWholeAfterVerb(text, pos);
  return cue && cue.kind !== 'displaced' && cue.kind !== 'affected' ? cue : null;
}

/** Past "was", "has been", "seriously" and the like: where a cue may start. */
function afterLinkWords(text: string, pos: number): number {
  for (let i = 0; i < MAX_LINK_WORDS; i++) {
    const word = wordAt(text, pos);
    if (!word || !LINK_WORDS.has(word.lower)) break;
    pos = word.end;
  }
  return pos;
}

/** "killed an elderly couple": a couple is two people (rule couple-is-two). */
function coupleIsTwo(f: Finding): Finding {
  if (!f.victims || !/\bcouple$/i.test(f.victims)) return f;
  return { ...f, quantity: { ...f.quantity, count: 2 }, rules: [...(f.rules ?? []), 'couple-is-two'] };
}

function one(kind: Finding['kind'], victims: string | null, start: number, end: number, additional: boolean): Finding {
  return { kind, quantity: { count: 1, min: null, max: null, qualifier: 'exact' }, victims, additional, start, end };
}
