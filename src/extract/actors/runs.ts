// Runs of capitalised words that may name something: "Russian President Vladimir Putin",
// "Ministry of Foreign Affairs", "Mohammed bin Salman". Later stages split and classify them.
import { insideDefinition } from './defined-acronyms.js';
import { COUNTRY_BY_DEMONYM, isKnownName, KNOWN_PHRASE_LENGTHS, officeLengthAt, REGIONAL_GROUP_KEYS } from './lexicon-index.js';
import { isNameSyllable } from './name-syllables.js';
import type { Token } from './tokens.js';
import { isNameSuffix } from '../../text/name-suffix.js';
import { NAMED_AFTER_HEADS } from '../../lexicon/place-nouns.js';

const NAMED_AFTER = new Set(NAMED_AFTER_HEADS);

/** Lower-case words allowed inside a name when capitals stand on both sides. */
const NAME_PARTICLES = new Set(['al', 'bin', 'da', 'de', 'del', 'der', 'dos', 'du', 'el', 'ibn', 'la', 'le', 'van', 'von']);
/** Joiners kept only where the words around them make one name ("Bank of England", "Procter & Gamble"). */
export const JOINERS = new Set(['&', 'and', 'for', 'of', 'the']);
/** Offices held at a posting, which "to" joins to the place: "Ambassador to Egypt", "Envoy to the United Nations". */
const POSTED_OFFICES = new Set(['ambassador', 'envoy', 'representative']);

/** Tags of words that never start or continue a name, however they are capitalised. */
const NEVER_NAME = [
  'Auxiliary', 'Conjunction', 'Copula', 'Date', 'Determiner', 'Expression', 'Modal', 'Month', 'Preposition', 'Pronoun',
  'QuestionWord', 'Value', 'WeekDay',
];
/** Tags of ordinary words that are capitalised only because they open a sentence or a headline. */
const COMMON_WORD = ['Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Verb', 'Adjective', 'Uncountable', 'Plural'];

/** Tags compromise gives only to names, which outweigh a common-word reading at a sentence start. */
const NAMED = ['Person', 'Place', 'Organization', 'FirstName', 'LastName', 'Honorific'];

const VERSUS = new Set(['V', 'VS', 'VS.']);
const COMPOUND_ADJECTIVE_RE = /-\p{Ll}+(?:ed|ing)$/u;
const CAPITALISED_RE = /^\p{Lu}/u;
/** Punctuation between two words that still lets them be one name: none, a hyphen, an initial's dot. */
const GLUE_RE = /^(?:\s*|-|\.\s*)$/;
const INITIAL_RE = /^\p{Lu}$/u;
const INITIAL_GAP_RE = /^\. ?$/;
/** One lower-case syllable of a romanised given name ("in", "un", "yeol"). */
const SYLLABLE_RE = /^\p{Ll}{2,4}$/u;
/** One line break, no blank line: a name wrapped at the end of a line. */
const LINE_WRAP_RE = /^[ \t]*\n[ \t]*$/;

function hasAny(tags: Set<string>, list: readonly string[]): boolean {
  for (const t of list) if (tags.has(t)) return true;
  return false;
}

function knownAt(tokens: Token[], i: number): boolean {
  if (isKnownName(tokens[i].key)) return true;
  for (const len of KNOWN_PHRASE_LENGTHS.get(tokens[i].key) ?? []) {
    if (i + len > tokens.length) continue;
    const key = tokens.slice(i, i + len).map((t) => t.key).join(' ');
    if (isKnownName(key)) return true;
  }
  return false;
}

export function isNameWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // Photo credits ("REUTERS/Jane Doe") are bylines, not actors.
  if (t.blocked || !CAPITALISED_RE.test(t.text) || t.text.includes('/') || t.pre.includes('/')) return false;
  if (i > 0 && (tokens[i - 1].text.includes('/') || tokens[i - 1].post.includes('/'))) return false;
  // "U.S.-supplied", "Iranian-backed": adjectives, not names.
  if (COMPOUND_ADJECTIVE_RE.test(t.text)) return false;
  // "ENGLAND V PAKISTAN": a fixture's "versus" in a headline parts two names.
  if (t.shouted && VERSUS.has(t.text)) return false;
  if (knownAt(tokens, i)) return true;
  // "The Tampa Police Department said": an article opening a sentence is no part of the name after it.
  if (t.key === 'the') return false;
  if (isInitial(tokens, i)) return true;
  // "Foreign Minister Wang Yi" opening a sentence: office words may start a run.
  if (t.initial && officeLengthAt(tokens.slice(i, i + 4).map((x) => x.key), 0) > 0) return true;
  // "Polish President X" opening a sentence: a nationality word the tagger takes for a verb (rule 'demonym-opening').
  if (t.initial && COUNTRY_BY_DEMONYM.has(t.key) && officeLengthAt(tokens.slice(i + 1, i + 5).map((x) => x.key), 0) > 0) return true;
  if (isNameSyllable(tokens, i)) return true;
  if (hasAny(t.tags, NEVER_NAME)) return false;
  // "G. Rose", "C. White": after an initial a capital is a surname, even where the splitter saw a new sentence.
  if (i > 0 && INITIAL_RE.test(tokens[i - 1].text) && INITIAL_GAP_RE.test(tokens[i - 1].post)) return true;
  if (t.shouted || t.initial) return hasAny(t.tags, NAMED) || !hasAny(t.tags, COMMON_WORD);
  return true;
}

/** "A. Dale", "J. Smith": a capital letter with a dot before another capitalised word. */
function isInitial(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return /^\p{Lu}$/u.test(tokens[i].text) && /^\.\s*$/.test(tokens[i].post) && next !== undefined && CAPITALISED_RE.test(next.text);
}

/** A one-word nickname in quotes inside a name: Ferdinand "Bongbong" Marcos. */
function nickname(a: Token, b: Token): boolean {
  return /^\s*$/.test(a.post) && /^["“]$/.test(b.pre) && /^["”]\s+$/.test(b.post);
}

/** Tags of a word that can end a person's name before a suffix ("Manchin III"; not "World War II"). */
const SUFFIXED_TAGS = ['Person', 'FirstName', 'LastName'];

/** "Marcos, Jr.", "Joe Manchin III": a generational suffix closes the name it follows (rule 'name-suffix'). */
function suffixCloses(run: Token[], t: Token): boolean {
  const last = run[run.length - 1];
  return (
    last !== undefined && last.sentence === t.sentence && /^,? $/.test(last.post) && t.pre === '' && /^\p{Lu}/u.test(t.text) &&
    isNameSuffix(t.text) && !isNameSuffix(last.text) && hasAny(last.tags, SUFFIXED_TAGS)
  );
}

/** "Martin Luther King Jr. Boulevard": a run that ends in a suffix and a street's or day's head word (rule 'named-after-person'). */
export function namedAfterPerson(run: Token[]): boolean {
  return run.length >= 3 && NAMED_AFTER.has(run[run.length - 1].key) && isNameSuffix(run[run.length - 2].text);
}

/** A street's or day's head word right after the suffix at tokens[i]: "King Jr. Boulevard", "King Jr. Day". */
function namedAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.sentence === tokens[i].sentence && /^\.? $/.test(tokens[i].post) && NAMED_AFTER.has(next.key) && /^\p{Lu}/u.test(next.text);
}

function glued(a: Token, b: Token, acrossLines = false): boolean {
  // "Foreign Minister Sergei\nLavrov": a given name at the end of a line goes on on the next.
  if (acrossLines && a.tags.has('FirstName') && LINE_WRAP_RE.test(a.post) && b.pre === '' && CAPITALISED_RE.test(b.text)) return true;
  // "(J. Russell 63": the splitter may end a sentence at an initial's dot; the name goes on.
  if (a.sentence !== b.sentence && !(INITIAL_RE.test(a.text) && INITIAL_GAP_RE.test(a.post) && b.pre === '')) return false;
  if (nickname(a, b) || (/^["“]$/.test(a.pre) && /^["”]\s+$/.test(a.post))) return true;
  if (/["“”(‘]/.test(b.pre)) return false;
  if (a.post.includes('.') && !(a.tags.has('Abbreviation') || a.tags.has('Honorific') || /^\p{Lu}$/u.test(a.text))) return false;
  return GLUE_RE.test(a.post);
}

/**
 * Runs of name words, with particles and joiners inside them kept. `acrossLines`: a name may wrap
 * at a line break (news copy); CoNLL-2003 text is one sentence per line, so there it may not.
 */
export function findRuns(tokens: Token[], acrossLines = true): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = (): void => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    if (suffixCloses(run, tokens[i])) {
      run.push(tokens[i]);
      // "Martin Luther King Jr. Boulevard": a street named after the person takes its head word in.
      if (namedAfter(tokens, i)) run.push(tokens[++i]);
      close();
      continue;
    }
    if (isNameWord(tokens, i)) {
      if (run.length && !glued(run[run.length - 1], tokens[i], acrossLines)) close();
      run.push(tokens[i]);
      continue;
    }
    const t = tokens[i];
    // "al-Qaida", "bin-Laden": a particle hyphenated onto the name it opens.
    if (!run.length && NAME_PARTICLES.has(t.key) && t.post === '-' && tokens[i + 1] && isNameWord(tokens, i + 1)) {
      run.push(t);
      continue;
    }
    // "Jae-myung", "Myung-hwan": a lower-case word hyphenated onto a name the tagger does not know;
    // "Moon Jae-in": a short one closing a name of three syllables, whatever the tagger made of it.
    const hyphenated = run.length > 0 && run[run.length - 1].post === '-';
    const lastSyllable = run.length >= 2 && t.post !== '-' && SYLLABLE_RE.test(t.text);
    if (hyphenated && (!hasAny(t.tags, [...NEVER_NAME, ...COMMON_WORD]) || lastSyllable)) {
      run.push(t);
      continue;
    }
    // "Office for the Coordination of Humanitarian Affairs (OCHA)": the words an acronym spells stay one run.
    if (run.length && JOINERS.has(t.key) && insideDefinition(tokens, t) && insideDefinition(tokens, run[run.length - 1])) {
      run.push(t);
      continue;
    }
    const next = tokens[i + 1];
    // "al-Qaida in Iraq", "Islamic State in the Greater Sahara": a group's regional affiliate is one name.
    if (t.key === 'in' && REGIONAL_GROUP_KEYS.has(run.map((x) => x.key).join(' ')) && next && glued(run[run.length - 1], t) && glued(t, next)) {
      const place = next.key === 'the' ? i + 2 : i + 1;
      if (tokens[place] && glued(next, tokens[place]) && isNameWord(tokens, place)) {
        run.push(...tokens.slice(i, place));
        i = place - 1;
        continue;
      }
    }
    // "Chinese Ambassador to Egypt Liao Liqiang": the posting stays in the run (rule 'office-to-posting').
    const posting = t.key === 'to' && run.length > 0 && POSTED_OFFICES.has(run[run.length - 1].key);
    const linking = NAME_PARTICLES.has(t.key) || JOINERS.has(t.key) || posting;
    if (run.length && linking && next && glued(run[run.length - 1], t) && glued(t, next)) {
      if (isNameWord(tokens, i + 1)) {
        run.push(t);
        continue;
      }
      const after = tokens[i + 2];
      // "of the", and two particles: "Joost van der Berg".
      const pair = ((t.key === 'of' || posting) && next.key === 'the') || (NAME_PARTICLES.has(t.key) && NAME_PARTICLES.has(next.key));
      if (pair && after && glued(next, after) && isNameWord(tokens, i + 2)) {
        run.push(t, next);
        i++;
        continue;
      }
    }
    close();
  }
  close();
  return runs;
}
