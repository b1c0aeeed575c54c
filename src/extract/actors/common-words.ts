// Capitalised words that are ordinary English words ("Attendance", "Division", "Open"), which name
// nothing on their own unless a title, a known name or the tagger's name tags say otherwise.
import { compromise } from '../nlp.js';
import type { Token } from './tokens.js';

type Lexicon = Record<string, string | string[] | undefined>;
/** compromise's lexicon with the project's words (nlp.ts). */
const lexicon = (): Lexicon => (compromise().world() as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;

/** Lexicon tags that mark a name rather than an ordinary word. */
const NAME_TAGS = new Set([
  'City', 'Country', 'FemaleName', 'FirstName', 'LastName', 'MaleName', 'Organization', 'Person', 'Place',
  'ProperNoun', 'Region', 'Company', 'SportsTeam', 'Honorific',
]);

/** Endings of abstract and derived nouns, adjectives and verb forms that names rarely have. */
const COMMON_SUFFIX_RE = /(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ing|ed|ly|ful|ous|ive|able|ish|ic|ese)$/;

function lexiconCommon(key: string): boolean {
  const tag = lexicon()[key];
  if (tag === undefined) return false;
  return (Array.isArray(tag) ? tag : [tag]).every((t) => !NAME_TAGS.has(t));
}

/** Words the document itself writes in lower case somewhere. */
export function lowerCaseWords(tokens: Token[]): Set<string> {
  const words = new Set<string>();
  tokens.forEach((t, i) => {
    // "Suk-yeol", "Jae-in": the lower-case half of a hyphenated given name is no ordinary word.
    const nameHalf = i > 0 && tokens[i - 1].post === '-' && /^\p{Lu}/u.test(tokens[i - 1].text) && /^\p{Ll}{2,5}$/u.test(t.text);
    if (t.text === t.key && /^[a-z]/.test(t.text) && !nameHalf) words.add(t.key);
  });
  return words;
}

export function isCommonWord(key: string, lowerInDoc: Set<string>): boolean {
  return lexiconCommon(key) || lowerInDoc.has(key) || (key.length > 4 && COMMON_SUFFIX_RE.test(key));
}

/** A verb form with a tense ("called", "slams"): in a name run, a title-case headline's verb. */
export function isFiniteVerb(key: string): boolean {
  const tag = lexicon()[key];
  return tag === 'PastTense' || tag === 'PresentTense';
}

/** A plural common noun ("people", "workers"): its possessive names no owner ("People's Party"). */
export function isPluralNoun(key: string): boolean {
  const tag = lexicon()[key];
  return Array.isArray(tag) ? tag.includes('Plural') : tag === 'Plural';
}
