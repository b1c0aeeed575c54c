// The piece rule for everything not known whole: owner words, then an office, then the name
// ("Russian Foreign Minister Sergey Lavrov", "Moscow Mayor Sergei Sobyanin"), with the title and
// country read from the words around the run where the piece itself gives none.
import {
  COUNTRY_BY_CAPITAL,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  COUNTRY_NAME_WIDTHS,
  HONORIFIC_WORDS,
  isKnownName,
  ORG_HEADS,
  ORGANIZATION_BY_NAME,
  PLACE_NAMES,
  PORTFOLIOS,
  RANK_TITLES,
  STYLE_KEYS,
  OFFICE_WORDS,
  officeLengthAt,
  officePhraseLength,
} from '../lexicon-index.js';
import {
  firstOfficeWithName,
  formalState,
  formerHolder,
  isQualifier,
  isStatelessOwner,
  keyOf,
  modifiersBefore,
  officeAfter,
  officeAfterAs,
  officeBefore,
  officeText,
  ownerBefore,
  ownerWordsBefore,
  ownerCountry,
  ownerRules,
  portfolioAfterOffice,
  possessiveOwnerBefore,
  statelessOwnerBefore,
} from '../offices-around.js';
import { MONTHS } from '../../../document/calendar.js';
import { organizationOfficeAfter } from '../organization-office-after.js';
import { headOfficeAfter, headOfficeBefore } from '../head-of-office.js';
import { longStateOfficeAfter } from '../long-state-office-after.js';
import { countryOpening, postingBefore } from '../state-opening-run.js';
import type { Token } from '../tokens.js';
import { trimJoiners } from './run-splits.js';
import type { Candidate, PieceContext } from './candidate-types.js';

/** "Railway Minister", "Chief Electoral Commissioner": the office names its portfolio (rule 'portfolio-title'). */
const hasPortfolio = (title: string): boolean => title.toLowerCase().split(/[\s-]+/).some((w) => PORTFOLIOS.has(w));

/** "for" and then a place or country that is no organization: what an office serves, not who holds it. */
const isRemit = (joiner: Token, owner: Token[]): boolean =>
  joiner.key === 'for' && (COUNTRY_BY_NAME.has(keyOf(owner)) || PLACE_NAMES.has(keyOf(owner))) && !ORGANIZATION_BY_NAME.has(keyOf(owner));

/** Styles that are also part of names written in full ("Hassan Sheikh Mohamud"). */
const NAME_STYLES = new Set(['sheikh', 'sheik']);

/** Words before an office that name its owner: a country, a city, an organization. */
export function ownerCandidate(owner: Token[]): Candidate {
  const keys = owner.map((t) => t.key);
  const known = isKnownName(keyOf(owner));
  return {
    tokens: owner,
    title: null,
    country: null,
    personCue: false,
    organizationCue: !known && ORG_HEADS.has(keys[keys.length - 1]),
    ownerOnly: COUNTRY_BY_NAME.has(keyOf(owner)),
    rules: ['office-owner'],
  };
}

/**
 * "Former Pakistani Prime Minister X", "former U.S. Secretary of State Y": qualifiers written before
 * the country word, in the run or in lower case before it, belong to the title (rule
 * 'qualifier-before-owner'); `inRun` counts those in the run.
 */
function qualifiersBeforeOwner(owner: Token[], lowerBefore: Token[]): { words: Token[]; inRun: number } {
  let inRun = 0;
  while (inRun < owner.length - 1 && isQualifier(owner[inRun].key)) inRun++;
  if (!ownerCountry(owner.slice(inRun))) return { words: [], inRun: 0 };
  return { words: [...lowerBefore, ...owner.slice(0, inRun)], inRun };
}

/**
 * "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed": "Sheikh" between a given name and a family name,
 * with no owner before it, is part of the name (rule 'style-inside-name').
 */
function styleInsideName(piece: Token[]): boolean {
  const at = piece.findIndex((t) => NAME_STYLES.has(t.key));
  if (at <= 0 || at === piece.length - 1) return false;
  const before = piece.slice(0, at);
  return !ownerCountry(before) && !isKnownName(keyOf(before)) && !before.some((t) => isQualifier(t.key) || ORG_HEADS.has(t.key) || OFFICE_WORDS.has(t.key));
}

/** Reads one piece that is no known name or organization; returns its owner candidates and the name, if any. */
export function officeAndName(piece: Token[], ctx: PieceContext): Candidate[] {
  const { tokens, keys, index, runEnd, pieceIndex, pieceCount, state } = ctx;
  const out: Candidate[] = [];
  const pieceKeys = piece.map((t) => t.key);
  let country = state.officeFromPrev?.country ?? state.ownerCountryFromPrev;
  let title: string | null = state.officeFromPrev?.title ?? null;
  let personCue = state.officeFromPrev !== null;
  let stateless = state.officeFromPrev?.stateless ?? false;
  let ownerName: string | null = null;
  state.officeFromPrev = null;
  let i = 0;
  let counterpart = false;
  const rulesFound: string[] = [];
  const styled = styleInsideName(piece);
  if (styled) rulesFound.push('style-inside-name');
  const found = styled ? null : firstOfficeWithName(pieceKeys);
  // "Minister of Foreign Affairs of Indonesia Retno Marsudi": the office ended the piece before, cut
  // at "of"; the country this piece opens with owns it and is no part of the name (rule 'office-of-country-next').
  const ownerWidth = title && !found ? countryOpening(piece, tokens) : 0;
  if (ownerWidth > 0) {
    country = COUNTRY_BY_NAME.get(keyOf(piece.slice(0, ownerWidth))) ?? country;
    out.push({ ...ownerCandidate(piece.slice(0, ownerWidth)), ownerOnly: true });
    i = ownerWidth;
    rulesFound.push('office-of-country-next');
  }
  if (found) {
    const at = modifiersBefore(piece, found.at);
    const qualifiers = qualifiersBeforeOwner(piece.slice(0, at), pieceIndex === 0 ? tokens.slice(modifiersBefore(tokens, index), index) : []);
    const owner = piece.slice(qualifiers.inRun, at);
    if (owner.length) {
      country = ownerCountry(owner) ?? COUNTRY_BY_CAPITAL.get(keyOf(owner)) ?? country;
      stateless = country === null && isStatelessOwner(owner);
      rulesFound.push(...ownerRules(owner));
      // "U.S. President X": "U.S." is a nationality word and the country's name; keep it as a place.
      if (!COUNTRY_BY_DEMONYM.has(keyOf(owner)) || COUNTRY_BY_NAME.has(keyOf(owner))) out.push(ownerCandidate(owner));
    }
    title = officeText(piece.slice(at, found.at + found.length));
    if (officePhraseLength(pieceKeys, found.at) < found.length) rulesFound.push('compound-office');
    if (qualifiers.words.length) {
      title = `${officeText(qualifiers.words)} ${title}`;
      rulesFound.push('qualifier-before-owner');
    }
    personCue = true;
    i = found.at + found.length;
    // "Supreme Leader Ayatollah Ali Khamenei", "Foreign Minister Prince Faisal bin Farhan": a rank
    // or style after the office is neither the title nor part of the name (rule 'style-after-office');
    // before one word it is how the person is called ("Prime Minister Sheikh Hasina").
    const style = officeLengthAt(pieceKeys, i);
    if (style > 0 && i + style < piece.length - 1 && STYLE_KEYS.has(pieceKeys.slice(i, i + style).join(' '))) {
      i += style;
      rulesFound.push('style-after-office');
    }
  }
  while (i < piece.length && HONORIFIC_WORDS.has(pieceKeys[i])) {
    personCue = true;
    i++;
  }
  if (i === 0 && !found) {
    // "American Todd Martin", "South African Ann Grier": a nationality word before a given name.
    const width = [2, 1].find((w) => piece.length - w >= 2 && COUNTRY_BY_DEMONYM.has(keyOf(piece.slice(0, w))) && piece[w].tags.has('FirstName'));
    if (width) {
      country = COUNTRY_BY_DEMONYM.get(keyOf(piece.slice(0, width))) ?? country;
      personCue = true;
      i = width;
    }
  }
  const posting = !found && i === 0 && pieceIndex === 0 ? postingBefore(piece, tokens, keys, index) : null;
  if (posting) {
    ({ title, country } = posting);
    out.push({ ...ownerCandidate(piece.slice(0, posting.width)), ownerOnly: true });
    i = posting.width;
    personCue = true;
    rulesFound.push('posting-before-name');
  }
  let name = piece.slice(i);
  // "Minister of Foreign Affairs Cho Tae-yul": the portfolio is part of the office.
  const portfolio = title ? portfolioAfterOffice(name) : 0;
  if (portfolio > 0) {
    title = `${title} ${officeText(name.slice(0, portfolio))}`;
    name = name.slice(portfolio);
    rulesFound.push('office-of-portfolio');
  }
  // "Chinese Ambassador to Egypt X", "U.S. Envoy to the United Nations Y": where the office is posted
  // is part of the title; the owner stays the one written before it (rule 'office-to-posting').
  if (title && name[0]?.key === 'to') {
    const at = name[1]?.key === 'the' ? 2 : 1;
    const width = COUNTRY_NAME_WIDTHS.find((w) => at + w < name.length && isKnownName(keyOf(name.slice(at, at + w))));
    if (width) {
      title = `${title} ${officeText(name.slice(0, at + width))}`;
      name = name.slice(at + width);
      rulesFound.push('office-to-posting');
    }
  }
  // "President of the United States", "Prime Minister of Canada Justin Trudeau", "Secretary for Wales X".
  if (title && (name[0]?.key === 'of' || name[0]?.key === 'for')) {
    const rest = trimJoiners(name);
    const known = COUNTRY_NAME_WIDTHS.find((w) => w <= rest.length && (ownerCountry(rest.slice(0, w)) || isKnownName(keyOf(rest.slice(0, w)))));
    const head = rest.findIndex((t) => ORG_HEADS.has(t.key));
    // Unknown owners: a state's formal name ("the Union of the Comoros"), up to an organization
    // word ("the European Council"), else one word.
    const formal = known ? null : formalState(rest);
    // The name may follow in the next piece, cut off at the organization word.
    const nameFollows = head >= 0 && (head < rest.length - 1 || pieceIndex < pieceCount - 1);
    // "the chief executive of Acme, said": one word after "of" closing the run is whose office it is,
    // not the holder's name (rule 'office-of-one-word').
    const lone = name[0].key === 'of' && rest.length === 1 && pieceIndex === pieceCount - 1;
    if (lone) rulesFound.push('office-of-one-word');
    const upToHead = nameFollows ? head + 1 : lone ? 1 : Math.min(1, rest.length - 1);
    const width = known ?? formal?.width ?? upToHead;
    const owner = rest.slice(0, width);
    if (isRemit(name[0], owner) && width < rest.length) {
      // "Secretary of State for Wales X", "Special Envoy for Syria Y": the place the office serves is
      // part of the title, and no owner (rule 'office-for-place').
      title = `${title} for ${officeText(owner)}`;
      rulesFound.push('office-for-place');
    } else {
      country = ownerCountry(owner) ?? formal?.country ?? country;
    }
    stateless = country === null && owner.length > 0 && isStatelessOwner(owner);
    if (owner.length) out.push({ ...ownerCandidate(owner), ownerOnly: true });
    name = rest.slice(width);
    // "Emir of Qatar Sheikh Tamim bin Hamad": a style after the owner is no part of the name (rule 'style-after-office').
    if (name.length > 2 && STYLE_KEYS.has(name[0].key)) {
      name = name.slice(1);
      rulesFound.push('style-after-office');
    }
  }
  if (pieceIndex === 0 && found?.at === 0 && title) {
    // "former Prime Minister Manmohan Singh": qualifiers written in lower case before the run.
    const start = modifiersBefore(tokens, index);
    if (start < index) title = officeText(tokens.slice(start, index)) + ' ' + title;
    // "Thailand's acting Prime Minister X": the owner before the qualifiers owns the office (rule 'owner-before-qualifier').
    const owner = start < index && country === null ? ownerWordsBefore(tokens, start) : null;
    if (owner) {
      country = owner.country;
      rulesFound.push('owner-before-qualifier');
    }
    const former = formerHolder(tokens.slice(start, index));
    if (former) rulesFound.push(former);
  }
  // "chief military spokesman Major General X": the role before the rank says what the person does here.
  const rankFirst = pieceIndex === 0 && found?.at === 0 && title !== null && RANK_TITLES.has(title) ? officeBefore(tokens, keys, index) : null;
  if (rankFirst) {
    title = rankFirst.title;
    country = ownerBefore(tokens, rankFirst.from) ?? country;
    rulesFound.push('role-over-rank');
  }
  if (pieceIndex === 0 && title === null && i === 0) {
    const before = officeBefore(tokens, keys, index) ?? headOfficeBefore(tokens, keys, index);
    if (before) {
      if (before.rule) rulesFound.push(before.rule);
      title = before.title;
      personCue = true;
      const owner = ownerWordsBefore(tokens, before.from);
      if (owner && owner.width > 2) rulesFound.push('organ-owner-before');
      country = before.country ?? owner?.country ?? country;
      stateless = country === null && (('stateless' in before && before.stateless) || statelessOwnerBefore(tokens, before.from));
      ownerName = country === null ? possessiveOwnerBefore(tokens, before.from) : null;
    } else if (index > 0 && HONORIFIC_WORDS.has(tokens[index - 1].key)) {
      personCue = true;
    } else if (index > 1 && tokens[index - 1].key === 'counterpart' && ownerCountry([tokens[index - 2]])) {
      // "his Egyptian counterpart Badr Abdelatty": the same office, held for another state.
      personCue = true;
      country = ownerCountry([tokens[index - 2]]);
      counterpart = true;
    }
  }
  // "Major General X, the chief military spokesman": the role after the name outranks a rank (rule 'role-over-rank').
  const ranked = title !== null && RANK_TITLES.has(title);
  // "until early March, an official said", "in Kalamazoo, an official from ...": a month or a known
  // place before the comma is no one the office describes ("May" may be Theresa May).
  const undescribed = (name.length === 1 && name[0].key !== 'may' && Object.hasOwn(MONTHS, name[0].key)) || isKnownName(keyOf(name));
  if (pieceIndex === pieceCount - 1 && (title === null || ranked) && name.length && !undescribed) {
    const after =
      officeAfter(tokens, keys, runEnd) ?? longStateOfficeAfter(tokens, keys, runEnd) ?? organizationOfficeAfter(tokens, keys, runEnd) ?? headOfficeAfter(tokens, keys, runEnd);
    if (after && ranked) rulesFound.push('role-over-rank');
    if (after?.rule) rulesFound.push(after.rule);
    const asOffice = after ? null : officeAfterAs(tokens, keys, runEnd);
    if (after) {
      title = after.title;
      country = after.country ?? country;
      stateless = after.stateless ?? stateless;
      personCue = true;
    } else if (asOffice && !ranked) {
      title = asOffice.title;
      country = asOffice.country ?? country;
      if (asOffice.country) rulesFound.push('office-after-as');
      personCue = true;
    }
  }
  if (name.length === 0 && title && found) state.officeFromPrev = { title, country, stateless };
  if (name.length === 0) return out;
  if (stateless) rulesFound.push('stateless-owner');
  const rules = [...(title && hasPortfolio(title) && !rulesFound.length ? ['portfolio-title'] : []), ...rulesFound];
  out.push({ tokens: name, title, country, personCue, organizationCue: false, ownerOnly: false, rules, counterpart, stateless, ownerName });
  return out;
}
