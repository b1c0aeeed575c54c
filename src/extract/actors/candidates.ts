// Splits a run of capitalised words into what it holds: an owner ("Iran's", "Russian"), an office
// ("Supreme Leader") and a name ("Ali Khamenei"). Split rules cut the run into pieces, piece rules
// read each piece, rejection rules drop what is no name at all; every id goes to --explain.
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, isKnownName, ORG_HEADS, ORG_OPENERS, officeLengthAt, officePhraseLength } from './lexicon-index.js';
import { keyOf, ownerCountry } from './offices-around.js';
import type { Candidate, PieceRule, PieceState } from './rules/candidate-types.js';
import { REJECTION_RULES } from './rules/reject-candidates.js';
import { officeAndName } from './rules/office-and-name.js';
import { splitRun } from './rules/run-splits.js';
import { namedAfterPerson } from './runs.js';
import { syllableRule } from './name-syllables.js';
import type { Token } from './tokens.js';
import { isNameSuffix } from '../../text/name-suffix.js';

export { keyOf, ownerCountry } from './offices-around.js';
export type { Candidate } from './rules/candidate-types.js';

/** "Ministry of Defence", "Foreign Ministry": the piece ends in an organization word or opens one with "of". */
function organizationCue(keys: string[]): boolean {
  const leadOffice = officeLengthAt(keys, 0);
  // "President of the European Council" is an office holder's title, not the council.
  if (leadOffice > 0 && (keys[leadOffice] === 'of' || keys[leadOffice] === 'for')) return false;
  if (ORG_HEADS.has(keys[keys.length - 1])) return true;
  // "Ministry of Defence", and after its owner "Hawaii Department of Transportation"; not where an
  // office and its holder follow ("Reserve Bank of India Governor X"). After "of the" an office is
  // the one the body serves, and no holder's name follows it ("Office of the Chief Medical Examiner").
  const holderAfter = (from: number): boolean =>
    !(keys[from] === 'the' && officePhraseLength(keys, from + 1) > 0) && keys.some((_, p) => p >= from && officeLengthAt(keys, p) > 0 && p + officeLengthAt(keys, p) < keys.length);
  return keys.some((k, i) => ORG_OPENERS.has(k) && keys[i + 1] === 'of' && i + 2 < keys.length && !holderAfter(i + 2));
}

/** A name known whole, or an organization's, read as it stands; a leading nationality word gives its country. */
function wholeName(id: string, applies: (piece: Token[]) => boolean, isOrganization: boolean): PieceRule {
  return {
    id,
    extract(piece, { state }) {
      if (!applies(piece)) return null;
      const keys = piece.map((t) => t.key);
      const lead = COUNTRY_BY_DEMONYM.get(keys[0]) ?? (isOrganization ? COUNTRY_BY_NAME.get(keys[0]) : undefined);
      const country = lead ?? state.ownerCountryFromPrev;
      state.officeFromPrev = null;
      return [{ tokens: piece, title: null, country, personCue: false, organizationCue: isOrganization, ownerOnly: false, rules: [id] }];
    },
  };
}

export const PIECE_RULES: readonly PieceRule[] = [
  wholeName('known-name', (piece) => isKnownName(keyOf(piece)), false),
  wholeName('organization-name', (piece) => organizationCue(piece.map((t) => t.key)), true),
  // Anything else: owner, office and name, the office read around the run where the piece has none.
  { id: 'capitalized-run', extract: (piece, ctx) => officeAndName(piece, ctx).map((c) => (c.ownerOnly || c.rules[0] === 'office-owner' ? c : { ...c, rules: ['capitalized-run', ...c.rules] })) },
];

/** "Marcos, Jr.": findRuns closed the name with its generational suffix (rule 'name-suffix'). */
const suffixRule = (name: Token[]): string[] => (name.length > 1 && isNameSuffix(name[name.length - 1].text) ? ['name-suffix'] : []);

/**
 * "Prime Minister Tomas Varga of Hungary", "President X of the Philippines": a titled name with no
 * owner, then "of" and a country that ends the run: the country owns the office and does not act
 * here (rule 'holder-of-country').
 */
function holderOfCountry(found: Candidate[], tokens: Token[]): void {
  found.forEach((c, i) => {
    const next = found[i + 1];
    if (!next || i + 2 !== found.length || c.title === null || c.country !== null || c.ownerOnly || c.organizationCue) return;
    const country = COUNTRY_BY_NAME.get(keyOf(next.tokens));
    const between = tokens.slice(tokens.indexOf(c.tokens[c.tokens.length - 1]) + 1, tokens.indexOf(next.tokens[0]));
    if (!country || !['of', 'of the'].includes(keyOf(between))) return;
    found[i] = { ...c, country, rules: [...c.rules, 'holder-of-country'] };
    found[i + 1] = { ...next, ownerOnly: true };
  });
}

/** Splits one run into candidates; `index` is the position of the run's first token in `tokens`. */
export function candidatesOf(run: Token[], tokens: Token[], keys: string[], index: number): Candidate[] {
  // "Martin Luther King Jr. Boulevard": a street or day named after a person is read whole, unsplit.
  if (namedAfterPerson(run)) return [{ tokens: run, title: null, country: null, personCue: false, organizationCue: false, ownerOnly: false, rules: ['named-after-person'] }];
  const out: Candidate[] = [];
  const state: PieceState = { ownerCountryFromPrev: null, officeFromPrev: null };
  const pieces = splitRun(run, tokens);
  pieces.forEach((piece, pieceIndex) => {
    const ctx = { tokens, keys, index, runEnd: index + run.length, pieceIndex, pieceCount: pieces.length, state };
    for (const rule of PIECE_RULES) {
      const found = rule.extract(piece.tokens, ctx);
      if (!found) continue;
      for (const c of found) out.push({ ...c, rules: [c.rules[0], ...piece.rules, ...suffixRule(c.tokens), ...syllableRule(c.tokens), ...c.rules.slice(1)] });
      break;
    }
    const last = piece.tokens[piece.tokens.length - 1];
    state.ownerCountryFromPrev = last.possessive ? ownerCountry(piece.tokens) : null;
  });
  holderOfCountry(out, tokens);
  return out.filter((c) => REJECTION_RULES.every((rule) => rule.extract(c, { tokens, index: index + run.indexOf(c.tokens[0]) }) !== null));
}
