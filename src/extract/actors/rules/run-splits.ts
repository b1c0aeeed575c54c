// Where a run of capitalised words holds more than one name. Named rules applied in order to every
// piece; `split` returns the pieces, or null where the rule does not cut this piece.
import { keyOf } from '../offices-around.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, isKnownName, isRegionalAffiliate, officePhraseLength, ORGANIZATION_BY_NAME, ORG_HEADS, ORG_OPENERS, OFFICE_WORDS, PORTFOLIOS, STATE_FORMS } from '../lexicon-index.js';
import { isFiniteVerb, isPluralNoun } from '../common-words.js';
import { insideDefinition } from '../defined-acronyms.js';
import { JOINERS } from '../runs.js';
import type { Token } from '../tokens.js';

export interface RunSplitRule {
  id: string;
  /** `tokens`: the document's words, for rules that look beyond the piece. */
  split(piece: Token[], tokens: Token[]): Token[][] | null;
}

/** "of", "and"; in a headline set in title case also "Of", "For" (rule 'joiner-split'). */
const isJoiner = (t: Token): boolean => JOINERS.has(t.key) && (t.text === t.key || t.shouted);
/** Tags that make a capitalised word a name, whatever else it could be. */
const NAME_TAGS = ['FirstName', 'LastName', 'Person', 'Place', 'Organization'];
/** Shorter verb forms ("Won", "Led") are also parts of names. */
const MIN_VERB_LENGTH = 4;

/** Joiners ("of", "and") cut from either end of a piece. */
export function trimJoiners(piece: Token[]): Token[] {
  let a = 0;
  let b = piece.length;
  while (a < b && isJoiner(piece[a])) a++;
  while (b > a && isJoiner(piece[b - 1])) b--;
  return piece.slice(a, b);
}

/** "Bank of England", "Minister of Foreign Affairs", "Procter & Gamble": the joiner binds the words around it. */
function joinerBinds(run: Token[], i: number, left: Token | undefined): boolean {
  const t = run[i];
  if (t.key === '&') return true;
  // "Interior and Justice Minister"; "Deputy Prime Minister and Foreign Minister X" (rule 'compound-office').
  if (t.key === 'and') {
    const keys = run.map((w) => w.key);
    return (PORTFOLIOS.has(left?.key ?? '') && PORTFOLIOS.has(keys[i + 1] ?? '')) || (OFFICE_WORDS.has(left?.key ?? '') && officePhraseLength(keys, i + 1) > 0);
  }
  if (t.key === 'the' && (left?.key === 'of' || left?.key === 'to')) return true;
  return left !== undefined && (ORG_HEADS.has(left.key) || ORG_OPENERS.has(left.key) || OFFICE_WORDS.has(left.key) || STATE_FORMS.has(left.key) || left.key === 'the');
}

/** Cuts `piece` after every word for which `cutAfter` holds, unless that leaves it whole. */
function cutAfterEach(piece: Token[], cutAfter: (t: Token, i: number) => boolean): Token[][] | null {
  const parts: Token[][] = [[]];
  piece.forEach((t, i) => {
    parts[parts.length - 1].push(t);
    if (i < piece.length - 1 && cutAfter(t, i)) parts.push([]);
  });
  return parts.length > 1 ? parts : null;
}

/** "People's Republic of China", "Trinidad and Tobago": a name known whole takes in piece[from] to piece[to - 1]. */
function knownNameAround(piece: Token[], from: number, to: number): boolean {
  for (let a = from; a >= 0; a--) for (let b = to; b <= piece.length; b++) if (isKnownName(keyOf(piece.slice(a, b)))) return true;
  return false;
}

const countryWord = (x: Token): boolean => COUNTRY_BY_NAME.has(x.key) || COUNTRY_BY_DEMONYM.has(x.key);

export const RUN_SPLIT_RULES: readonly RunSplitRule[] = [
  {
    // "Trump Called Netanyahu", "Kremlin Slams Kyiv": a title-case headline's verb between two
    // names is no part of either; the run is cut there and the verb dropped.
    id: 'headline-verb-split',
    split(piece) {
      const at = piece.findIndex(
        // "Choi Sang-mok": a syllable hyphenated to another is part of a name, not the verb "sang".
        (t, i) => i > 0 && i < piece.length - 1 && t.key.length >= MIN_VERB_LENGTH && isFiniteVerb(t.key) && !NAME_TAGS.some((tag) => t.tags.has(tag)) && t.post !== '-' && piece[i - 1].post !== '-',
      );
      return at < 0 || isKnownName(keyOf(piece)) ? null : [piece.slice(0, at), piece.slice(at + 1)];
    },
  },
  // "Iran's Supreme Leader Ali Khamenei": a possessive owns what follows it; an office's or a
  // plural noun's inside an organization's name does not ("Prime Minister's Office", "People's Party"),
  // nor one inside a state's official name ("Democratic People's Republic of Korea").
  {
    id: 'possessive-split',
    split(piece) {
      const organization = ORG_HEADS.has(piece[piece.length - 1].key);
      return cutAfterEach(
        piece,
        (t, i) => t.possessive && !(organization && (OFFICE_WORDS.has(t.key) || isPluralNoun(t.key))) && !knownNameAround(piece, i, i + 2),
      );
    },
  },
  {
    // "Kerry and Lavrov", "Minister of Defence of Russia": a joiner stays only where the words around it make one name.
    id: 'joiner-split',
    split(piece, tokens) {
      if (isKnownName(keyOf(piece)) || isRegionalAffiliate(piece.map((t) => t.key)) || !piece.some(isJoiner)) return null;
      const pieces: Token[][] = [];
      let part: Token[] = [];
      piece.forEach((t, i) => {
        // "Office for the Coordination of Humanitarian Affairs (OCHA)": an acronym spells the words whole.
        if (!isJoiner(t) || joinerBinds(piece, i, part[part.length - 1]) || insideDefinition(tokens, t) || knownNameAround(piece, i - 1, i + 2)) {
          part.push(t);
          return;
        }
        if (part.length) pieces.push(part);
        part = [];
      });
      if (part.length) pieces.push(part);
      const trimmed = pieces.map(trimJoiners).filter((p) => p.length > 0);
      return trimmed.length === 1 && trimmed[0].length === piece.length ? null : trimmed;
    },
  },
  // "US-Israeli attacks", "Russia-Ukraine talks": a hyphen between country words joins two owners.
  {
    id: 'country-hyphen-split',
    split: (piece) => cutAfterEach(piece, (t, i) => t.post === '-' && (countryWord(t) || countryWord(piece[i + 1]))),
  },
  // "the Presidential Office Andriy Yermak": an organization word, then a given name, starts a person.
  {
    id: 'organization-then-given-name',
    split(piece) {
      const at = piece.findIndex((t, i) => i < piece.length - 1 && ORG_HEADS.has(t.key) && piece[i + 1].tags.has('FirstName'));
      return at < 0 ? null : [piece.slice(0, at + 1), piece.slice(at + 1)];
    },
  },
  // "the United Nations Secretary-General, said": a known body, then its office with no name after
  // it, is the body alone; the office is the apposition of the name before.
  {
    id: 'organization-then-office',
    split(piece) {
      const keys = piece.map((t) => t.key);
      const at = keys.findIndex((_, i) => i > 0 && ORGANIZATION_BY_NAME.has(keyOf(piece.slice(0, i))) && officePhraseLength(keys, i) === keys.length - i);
      return at < 0 ? null : [piece.slice(0, at), piece.slice(at)];
    },
  },
];

/** A piece of a run and the ids of the rules that cut it out. */
export interface Piece {
  tokens: Token[];
  rules: string[];
}

/** The run cut by every split rule in turn. */
export function splitRun(run: Token[], tokens: Token[]): Piece[] {
  let pieces: Piece[] = [{ tokens: run, rules: [] }];
  for (const rule of RUN_SPLIT_RULES) {
    pieces = pieces.flatMap((piece) => {
      const parts = rule.split(piece.tokens, tokens);
      return parts ? parts.map((tokens) => ({ tokens, rules: [...piece.rules, rule.id] })) : [piece];
    });
  }
  return pieces;
}
