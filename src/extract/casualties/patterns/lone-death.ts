// One death or wound told of someone already introduced (rule lone-harm: "The driver was killed", "the officer was
// lightly wounded"), or: "He was pronounced dead at the scene", "she later died at
// a hospital", "The victim succumbed to his injuries", "the boy was declared brain dead". Read only when the
// article has given no figure of the dead before, so the person is not counted twice.
import { INCIDENT_NOUNS } from '../incidents/words.js';
import type { SentencePattern } from '../types.js';
import { MODIFIER, SINGULAR } from './single-victim.js';

// "he", "she", "the victim", "the 19-year-old man", "the driver of the truck" (rule one-of-the-thing)
const SUBJECT = `(?:[Hh]e|[Ss]he|[Tt]he\\s+(?:${MODIFIER}){0,2}(?:${SINGULAR})(?:\\s+of\\s+the\\s+(?:[a-z-]+\\s+)?[a-z-]+(?=\\s+(?:was|has|had|died|succumbed|later|eventually|subsequently)\\b))?)`;
// the words that make a death a casualty: where or from what the person died; "died in the blast" (rule died-in-the-incident)
const DIED_OF_HARM = `(?:died|succumbed)\\s+(?:in\\s+the\\s+(?:${INCIDENT_NOUNS.join('|')})(?![\\w-])|at\\s+the\\s+scene|at\\s+(?:(?:an?|the)\\s+)?(?:[\\w.'’-]+\\s+){0,3}?[Hh]ospital|(?:from|of|to)\\s+(?:his|her|the)\\s+(?:[\\w-]+\\s+)?(?:injuries|wounds?)|on\\s+the\\s+way|en\\s+route)`;
// "the teenager was stabbed at a party and died of his injuries": the harm told first, in the same clause (rule harmed-and-died)
const HARM_VERBS = 'shot|stabbed|struck|hit|beaten|injured|wounded|burned|hurt';
const HARMED_AND = `(?:was\\s+(?:${HARM_VERBS})\\b[^,.;:!?]{0,60}?\\s+and\\s+)?`;
// "The victim, a 42-year-old man, was pronounced dead": a description set off by commas between the person and the verb
// (rule apposed-subject)
const APPOSITION = ',\\s+(?:an?|the|his|her)\\s+[^,.;:!?()]{1,50}?,';
// "the boy who was shot last week died on Sunday": the harm told in a relative clause makes any death after it his (rule harmed-who-died)
const HARMED_WHO = `,?\\s+who\\s+(?:was|had\\s+been)\\s+(?:${HARM_VERBS})\\b[^,.;:!?]{0,60}?,?\\s+(?:(?:has|had|later)\\s+)?(?:died|succumbed)`;
const PRONOUNCED_DEAD = '(?:was|has\\s+been|had\\s+been)\\s+(?:later\\s+)?(?:pronounced|declared)\\s+(?:brain\\s+)?dead';
const LONE_DEATH_RE = new RegExp(
  `(?<![\\w-])(${SUBJECT})(?<apposed>${APPOSITION})?(?:(?<who>${HARMED_WHO})|\\s+${HARMED_AND}(?:${PRONOUNCED_DEAD}|(?:later|eventually|subsequently)\\s+(?:died|succumbed)|${DIED_OF_HARM}))(?![\\w-])`,
  'g',
);

/** The named parts of the match that --explain shows. */
const subRules = (m: RegExpExecArray) => [...(m.groups?.apposed ? ['apposed-subject'] : []), ...(m.groups?.who ? ['harmed-who-died'] : [])];

export const loneDeath: SentencePattern = {
  name: 'lone-death',
  extract(sentence, found, earlier) {
    if ([...earlier, ...found].some((f) => f.kind === 'killed')) return [];
    const { text, raw, start: base } = sentence;
    LONE_DEATH_RE.lastIndex = 0;
    const m = LONE_DEATH_RE.exec(text);
    if (!m) return [];
    const named = /^(?:he|she)$/i.test(m[1]) ? null : raw.slice(m.index, m.index + m[1].length);
    return [{ kind: 'killed', quantity: { count: 1, min: null, max: null, qualifier: 'exact' }, victims: named, start: base + m.index, end: base + m.index + m[0].length, rules: subRules(m) }];
  },
};

// "the driver was killed", "he was fatally stabbed", "the pilot was seriously injured": one person harmed, told with no figure
const KILLED = '(?:killed|executed|gunned\\s+down|shot\\s+dead|shot\\s+and\\s+killed|shot\\s+to\\s+death|stabbed\\s+to\\s+death|(?:fatally|mortally)\\s+(?:shot|stabbed|wounded|injured|struck)|found\\s+dead)';
const INJURED = '(?:injured|wounded|hurt|hospitali[sz]ed)';
const LONE_HARM_RE = new RegExp(
  `(?<![\\w-])(${SUBJECT})(?<apposed>${APPOSITION})?\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:(?:also|later|reportedly|(?!fatally|mortally)[a-z]+ly)\\s+)?(?:(?<killed>${KILLED})|${INJURED})(?![\\w-])`,
  'g',
);

export const loneHarm: SentencePattern = {
  name: 'lone-harm',
  extract(sentence, found, earlier) {
    const { text, raw, start: base } = sentence;
    LONE_HARM_RE.lastIndex = 0;
    const m = LONE_HARM_RE.exec(text);
    if (!m) return [];
    // "the boy was hurt in the fall and later died" is his death alone (rule harmed-and-died)
    if (found.some((f) => f.rules?.[0] === loneDeath.name && f.start === base + m.index)) return [];
    const kind = m.groups?.killed ? 'killed' : 'injured';
    // the person was counted before, in a figure of that kind
    if ([...earlier, ...found].some((f) => f.kind === kind)) return [];
    const named = /^(?:he|she)$/i.test(m[1]) ? null : raw.slice(m.index, m.index + m[1].length);
    return [{ kind, quantity: { count: 1, min: null, max: null, qualifier: 'exact' }, victims: named, start: base + m.index, end: base + m.index + m[0].length, rules: subRules(m) }];
  },
};
