// The offices and owners written around a run of capitalised words: "spokesman Dmitry Peskov",
// "Kremlin spokesman", "X, the Indian prime minister", "Y of the Russian foreign ministry".
import { isNameSuffix } from '../../text/name-suffix.js';
import {
  COUNTRY_BY_CAPITAL,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  COUNTRY_NAME_WIDTHS,
  officeLengthAt,
  OFFICE_QUALIFIERS,
  compoundOfficeLength,
  ORGANIZATION_BY_NAME,
  ORG_HEADS,
  PORTFOLIOS,
} from './lexicon-index.js';
import { OFFICE_ABBREVIATIONS } from '../../lexicon/offices.js';
import { STATE_ORGAN_HEADS } from '../../lexicon/state-organs.js';
import { describedOfficeBefore, servedOwner } from './described-office.js';
import type { Token } from './tokens.js';

export const keyOf = (tokens: Token[]): string => tokens.map((t) => t.key).join(' ');

const ORGAN_HEADS = new Set(STATE_ORGAN_HEADS);

/** The country an owner word stands for: a demonym, a country, a state organ. */
export function ownerCountry(tokens: Token[]): string | null {
  const key = keyOf(tokens);
  return COUNTRY_BY_DEMONYM.get(key) ?? COUNTRY_BY_NAME.get(key) ?? ORGANIZATION_BY_NAME.get(key)?.country ?? organOwner(tokens);
}

/** The rule that read an owner, when not a plain name or demonym: ['state-organ-owner'] or []. */
export function ownerRules(tokens: Token[]): string[] {
  const key = keyOf(tokens);
  const named = COUNTRY_BY_DEMONYM.has(key) || COUNTRY_BY_NAME.has(key) || ORGANIZATION_BY_NAME.get(key)?.country;
  return !named && organOwner(tokens) ? ['state-organ-owner'] : [];
}

/** "U.S. Navy", "Indian Army", "Russian Defence Ministry": a country word, then an organ of the state (rule 'state-organ-owner'). */
function organOwner(tokens: Token[]): string | null {
  if (tokens.length < 2 || tokens.length > 4 || !ORGAN_HEADS.has(tokens[tokens.length - 1].key)) return null;
  return COUNTRY_BY_DEMONYM.get(tokens[0].key) ?? COUNTRY_BY_NAME.get(tokens[0].key) ?? null;
}

/**
 * "European Union", "Hamas", "the European Council": an owner that is a body of no state, known by
 * name or ending in an organization word that no state organ ends in (rule 'stateless-owner').
 */
export function isStatelessOwner(words: Token[]): boolean {
  const known = ORGANIZATION_BY_NAME.get(keyOf(words));
  if (known) return known.country === null;
  const head = words[words.length - 1]?.key;
  return words.length > 1 && ORG_HEADS.has(head) && !ORGAN_HEADS.has(head) && ownerCountry(words) === null;
}

/** "European Union foreign policy chief", "Hamas spokesman": a body of no state written right before the office. */
export function statelessOwnerBefore(tokens: Token[], at: number): boolean {
  for (const width of [1, 2, 3]) {
    const k = at - width;
    if (k < 0 || tokens[k].sentence !== tokens[at].sentence || !/^ +$/.test(tokens[k].post) || !/^\p{Lu}/u.test(tokens[k].text)) return false;
    if (isStatelessOwner(tokens.slice(k, at))) return true;
  }
  return false;
}

/** An office written in lower case right before the run: "spokesman Dmitry Peskov", "foreign minister X". */
export function officeBefore(tokens: Token[], keys: string[], runStart: number): { title: string; from: number; rule?: string; country?: string } | null {
  // The office is in the name's sentence: its first word is at most three back.
  let earliest = runStart;
  while (earliest > Math.max(0, runStart - 3) && tokens[earliest - 1].sentence === tokens[runStart].sentence) earliest--;
  const from = /^\s*$/.test(tokens[runStart - 1]?.post ?? '') ? officeEndingAt(keys, runStart - 1, earliest) : null;
  if (from !== null) {
    const start = modifiersBefore(tokens, from);
    return { title: officeText(tokens.slice(start, runStart)), from: start, rule: formerHolder(tokens.slice(start, runStart)) };
  }
  // "the acting governor, Alexander Khinshtein,", "the UN special rapporteur on torture, Jane Roe,".
  const described = describedOfficeBefore(tokens, keys, runStart);
  if (!described) return null;
  const office = tokens.slice(described.from, described.to);
  const served = described.country ? undefined : servedOwner(office);
  const rule = formerHolder(office) ?? (described.country ? 'described-office-of' : served ? 'served-organ-owner' : 'described-office');
  return { title: officeText(office), from: described.from, rule, country: described.country ?? served };
}


/**
 * The first word of the longest office (three words at most) ending at keys[end] and starting no
 * earlier than `earliest`, "ex-" before it read as if not written ("ex-president X"); else null.
 */
export function officeEndingAt(keys: string[], end: number, earliest = 0): number | null {
  for (let len = 3; len >= 1; len--) {
    const from = end - len + 1;
    if (from >= earliest && officeLengthAt([keys[from].replace(EX_RE, ''), ...keys.slice(from + 1, end + 1)], 0) === len) return from;
  }
  return null;
}

/** 'former-holder' when an office's words are written with "ex-", else undefined. */
export const formerHolder = (words: Token[]): string | undefined => (words.some((t) => EX_RE.test(t.key)) ? 'former-holder' : undefined);

/** "deputy", "ex-deputy": a word that qualifies an office, "ex-" before it naming a holder no longer in office (rule 'former-holder'). */
export const isQualifier = (key: string): boolean => OFFICE_QUALIFIERS.has(key.replace(EX_RE, ''));
export const EX_RE = /^ex-(?=\p{L})/u;

/** Where an office starts once words that qualify it are taken in: "deputy", "acting", "police" spokesman, "ex-Deputy" Prime Minister. */
export function modifiersBefore(tokens: Token[], at: number): number {
  let start = at;
  while (start > 0 && isQualifier(tokens[start - 1].key) && !tokens[start - 1].possessive && tokens[start - 1].sentence === tokens[at].sentence && /^ +$/.test(tokens[start - 1].post)) start--;
  return start;
}

/**
 * The owner right before an office and its width: "Kremlin spokesman", "Iran's foreign minister", a state's
 * organ ("Russian Foreign Ministry spokeswoman", rule 'organ-owner-before'); not "in Sudan, spokesperson X".
 */
export function ownerWordsBefore(tokens: Token[], at: number): { country: string; width: number } | null {
  for (let width = 1; width <= 4; width++) {
    const k = at - width;
    if (k < 0 || tokens[k].sentence !== tokens[at].sentence || !/^\s*$/.test(tokens[k].post)) return null;
    const country = ownerCountry(tokens.slice(k, at));
    if (country) return { country, width };
  }
  return null;
}

export const ownerBefore = (tokens: Token[], at: number): string | null => ownerWordsBefore(tokens, at)?.country ?? null;

/** An office's words as written, with the dot of an abbreviation ("Gov."). */
export function officeText(words: Token[]): string {
  const text = words
    .map((t, i) => {
      const word = t.post.startsWith('.') && t.tags.has('Abbreviation') ? `${t.text}.` : t.text;
      // "Secretary-General": a hyphen between the words stays as written.
      return i === 0 ? word : (words[i - 1].post === '-' ? '-' : ' ') + word;
    })
    .join('');
  return OFFICE_ABBREVIATIONS[text] ?? text;
}

/** "Foreign Affairs", "Information and Broadcasting": how many leading words name a portfolio. */
function portfolioWidth(words: Token[]): number {
  let width = 0;
  while (PORTFOLIOS.has(words[width]?.key) || (words[width]?.key === 'and' && PORTFOLIOS.has(words[width + 1]?.key))) width++;
  return width;
}

/** "of Foreign Affairs", "for the Interior": the words after an office that belong to it, with the joiner (rule 'office-of-portfolio'). */
export function portfolioAfterOffice(words: Token[]): number {
  if (words[0]?.key !== 'of' && words[0]?.key !== 'for') return 0;
  const at = words[1]?.key === 'the' ? 2 : 1;
  const width = portfolioWidth(words.slice(at));
  return width > 0 ? at + width : 0;
}

/** "of Saudi Arabia", "of the Republic of Korea": the state an office is of, and the width of the words. */
function stateAfterOffice(words: Token[]): { width: number; country: string } | null {
  if (words[0]?.key !== 'of') return null;
  const at = words[1]?.key === 'the' ? 2 : 1;
  const rest = words.slice(at);
  for (const w of COUNTRY_NAME_WIDTHS) {
    const country = w <= rest.length ? ownerCountry(rest.slice(0, w)) : null;
    if (country) return { width: at + w, country };
  }
  const formal = formalState(rest);
  return formal && { width: at + formal.width, country: formal.country };
}

/**
 * ", Minister of Foreign Affairs of Saudi Arabia,": a capitalised office after a name, with what it is
 * of, closed by punctuation and no name after it, is the name's apposition (rule 'appositive-office').
 */
function closedOfficeAt(tokens: Token[], keys: string[], i: number): OfficeFound | null {
  const length = compoundOfficeLength(keys, i);
  if (length === 0) return null;
  const after = tokens.slice(i + length, i + length + 12);
  const portfolio = portfolioAfterOffice(after);
  const state = stateAfterOffice(after.slice(portfolio));
  const end = i + length + portfolio + (state?.width ?? 0);
  if (!/^\s*[,;.(]/.test(tokens[end - 1].post) || tokens[end - 1].sentence !== tokens[i].sentence) return null;
  return { title: officeText(tokens.slice(i, i + length + portfolio)), country: state?.country ?? null, rule: 'appositive-office' };
}

interface OfficeFound {
  title: string;
  country: string | null;
  /** The rule that read an office of an unusual shape (--explain). */
  rule?: string;
  /** The office's owner is a body of no state. */
  stateless?: boolean;
}

/** A capitalised word right after tokens[at], in its sentence with nothing between: a name follows. */
function startsName(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next !== undefined && next.sentence === tokens[at].sentence && /^ +$/.test(tokens[at].post) && /^\p{Lu}/u.test(next.text);
}

/** "of the Russian foreign ministry", "for Britain's": the country that owns an office. */
function ownerAfter(tokens: Token[], at: number): string | null {
  let i = at;
  if (tokens[i]?.key !== 'of' && tokens[i]?.key !== 'for') return null;
  i++;
  if (tokens[i]?.key === 'the') i++;
  for (let k = 0; k < 2 && i + k < tokens.length; k++) {
    const country = ownerCountry([tokens[i + k]]) ?? COUNTRY_BY_CAPITAL.get(tokens[i + k].key);
    if (country) return country;
  }
  return null;
}

/**
 * An apposition after a name: ", the Kremlin spokesman", ", Russia's foreign minister,",
 * ", a spokesman for the Afghan health ministry". A bare capitalised office after a comma starts
 * the next item of a list instead ("Macron, Prime Minister of Canada Justin Trudeau").
 */
export function officeAfter(tokens: Token[], keys: string[], runEnd: number): OfficeFound | null {
  const last = tokens[runEnd - 1];
  if (!last.post.startsWith(',')) return null;
  let i = runEnd;
  const determiner = keys[i] === 'the' || keys[i] === 'a' || keys[i] === 'an';
  if (determiner) i++;
  let country: string | null = null;
  let titleStart = -1;
  for (let k = 0; k < 5 && i < tokens.length; k++) {
    // "the Irish Republican Army's intelligence director": a possessive word owns the office.
    const len = tokens[i].possessive ? 0 : compoundOfficeLength(keys, i);
    if (len > 0) {
      const office = tokens.slice(titleStart >= 0 ? titleStart : i, i + len);
      const lowerCase = office[0].text === office[0].key;
      if (!determiner && !lowerCase && k === 0) return closedOfficeAt(tokens, keys, i);
      // ", chief military spokesman Major General X said": the office is the next name's.
      if (startsName(tokens, i + len - 1)) return null;
      return { title: officeText(office), country: country ?? ownerAfter(tokens, i + len) };
    }
    if (OFFICE_QUALIFIERS.has(keys[i]) && !tokens[i].possessive) {
      if (titleStart < 0) titleStart = i;
      i++;
      continue;
    }
    if (titleStart >= 0) return null;
    country = ownerCountry([tokens[i]]) ?? country;
    if (!tokens[i].possessive && !country) return null;
    i++;
  }
  return null;
}

/** "Union of the Comoros", "Republic of Korea": a word, "of", maybe "the", then a country; its width in words. */
export function formalState(rest: Token[]): { width: number; country: string } | null {
  if (rest[1]?.key !== 'of') return null;
  const at = rest[2]?.key === 'the' ? 3 : 2;
  // a word must follow the state's name
  const state = countryNameAt(rest, at, rest.length - 1);
  return state && { width: at + state.width, country: state.country };
}

/** The country whose name (any length the list has, longest first) starts at tokens[at] and ends before `end`. */
export function countryNameAt(tokens: Token[], at: number, end = tokens.length): { width: number; country: string } | null {
  for (const width of COUNTRY_NAME_WIDTHS) {
    const country = at + width <= end ? COUNTRY_BY_NAME.get(keyOf(tokens.slice(at, at + width))) : undefined;
    if (country) return { width, country };
  }
  return null;
}

/**
 * "the appointment of Chris Pincher as deputy chief whip": an office given after "as"; "X as U.S.
 * President" with its owner too (rule 'office-after-as'), where no name follows the office.
 */
export function officeAfterAs(tokens: Token[], keys: string[], runEnd: number): OfficeFound | null {
  if (keys[runEnd] !== 'as' || tokens[runEnd - 1].post.trim() !== '') return null;
  let i = runEnd + 1;
  if (keys[i] === 'the' || keys[i] === 'a' || keys[i] === 'an') i++;
  const country = tokens[i] && tokens[i].sentence === tokens[runEnd].sentence ? ownerCountry([tokens[i]]) : null;
  if (country) i++;
  const start = i;
  while (OFFICE_QUALIFIERS.has(keys[i])) i++;
  const len = officeLengthAt(keys, i);
  if (len === 0 || startsName(tokens, i + len - 1)) return null;
  if (tokens[start].text !== tokens[start].key && !country) return null;
  return { title: officeText(tokens.slice(start, i + len)), country, rule: 'office-after-as' };
}

/** "Putin's spokesman", "the President's press secretary": the possessive name or office written right before an office, in lower case. */
export function possessiveOwnerBefore(tokens: Token[], at: number): string | null {
  const prev = tokens[at - 1];
  if (!prev || !prev.possessive || prev.sentence !== tokens[at].sentence || !/^\p{Lu}/u.test(prev.text)) return null;
  return prev.key.replace(/['’]s?$/, '');
}

/** The first office in a piece that has words after it: {at, length} in words. */
export function firstOfficeWithName(keys: string[]): { at: number; length: number } | null {
  for (let at = 0; at < keys.length - 1; at++) {
    const length = compoundOfficeLength(keys, at);
    // "Martin Luther King Jr.": an office word before a closing suffix is a surname.
    const beforeSuffix = at + length === keys.length - 1 && isNameSuffix(keys[at + length]);
    if (length > 0 && at + length < keys.length && !beforeSuffix) return { at, length };
  }
  return null;
}
