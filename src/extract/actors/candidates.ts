// Splits a run of capitalised words into what it holds: an owner ("Iran's", "Russian"), an office
// ("Supreme Leader") and a name ("Ali Khamenei"), and reads titles and countries from the words around.
import {
  COUNTRY_BY_CAPITAL,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  HONORIFIC_WORDS,
  isKnownName,
  officeLengthAt,
  ORG_HEADS,
  ORG_OPENERS,
  OFFICE_MODIFIERS,
  OFFICE_WORDS,
  ORGANIZATION_BY_NAME,
} from './lexicon-index.js';
import { JOINERS } from './runs.js';
import { OFFICE_ABBREVIATIONS } from '../../lexicon/offices.js';
import type { Token } from './tokens.js';

export interface Candidate {
  tokens: Token[];
  /** Office as written nearest the name ("Foreign Minister", "spokesman"). */
  title: string | null;
  /** Country the owner words name ("Russian", "Iran's", "Kremlin" → Russia). */
  country: string | null;
  /** The name came after a title or honorific, so it is a person. */
  personCue: boolean;
  /** The name ends in an organization word or opens with one ("Ministry of ..."). */
  organizationCue: boolean;
  /** Words that are an office-holder's owner, not a name of their own ("Russian" in "Russian President"). */
  ownerOnly: boolean;
  /** Ids of the rules that found the candidate and read its title and country (--explain). */
  rules: string[];
  /** Named as someone's counterpart ("his Chinese counterpart Xi Jinping"): holds the same office. */
  counterpart?: boolean;
}

export const keyOf = (tokens: Token[]): string => tokens.map((t) => t.key).join(' ');

/** The country an owner word stands for: a demonym, a country, a state organ. */
export function ownerCountry(tokens: Token[]): string | null {
  const key = keyOf(tokens);
  return COUNTRY_BY_DEMONYM.get(key) ?? COUNTRY_BY_NAME.get(key) ?? ORGANIZATION_BY_NAME.get(key)?.country ?? null;
}

/** Keeps a joiner ("of", "and") only where the words around it make one name. */
function splitAtJoiners(run: Token[]): Token[][] {
  if (isKnownName(keyOf(run))) return [run];
  const pieces: Token[][] = [];
  let piece: Token[] = [];
  for (let i = 0; i < run.length; i++) {
    const t = run[i];
    if (JOINERS.has(t.key) && t.text === t.key) {
      const left = piece[piece.length - 1];
      const binds =
        t.key === '&' ||
        (t.key !== 'and' &&
          left !== undefined &&
          (ORG_HEADS.has(left.key) || ORG_OPENERS.has(left.key) || OFFICE_WORDS.has(left.key) || left.key === 'the'));
      if (binds || (t.key === 'the' && piece.length > 0 && piece[piece.length - 1].key === 'of')) {
        piece.push(t);
        continue;
      }
      if (piece.length) pieces.push(piece);
      piece = [];
      continue;
    }
    piece.push(t);
  }
  if (piece.length) pieces.push(piece);
  return pieces.map((p) => trimJoiners(p)).filter((p) => p.length > 0);
}

function trimJoiners(piece: Token[]): Token[] {
  let a = 0;
  let b = piece.length;
  while (a < b && JOINERS.has(piece[a].key) && piece[a].text === piece[a].key) a++;
  while (b > a && JOINERS.has(piece[b - 1].key) && piece[b - 1].text === piece[b - 1].key) b--;
  return piece.slice(a, b);
}

/** "US-Israeli attacks", "Russia-Ukraine talks": a hyphen between country words joins two owners. */
function splitAtCountryHyphens(piece: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  piece.forEach((t, i) => {
    const prev = piece[i - 1];
    const countryWord = (x: Token): boolean => COUNTRY_BY_NAME.has(x.key) || COUNTRY_BY_DEMONYM.has(x.key);
    if (prev && prev.post === '-' && (countryWord(prev) || countryWord(t))) parts.push([]);
    parts[parts.length - 1].push(t);
  });
  return parts;
}

/** "the Presidential Office Andriy Yermak": an organization word, then a given name, starts a person. */
function splitAfterOrganization(piece: Token[]): Token[][] {
  for (let i = 0; i < piece.length - 1; i++) {
    if (ORG_HEADS.has(piece[i].key) && piece[i + 1].tags.has('FirstName')) return [piece.slice(0, i + 1), piece.slice(i + 1)];
  }
  return [piece];
}

/** A run cut after each possessive: "Iran's" owns what follows it. */
function splitAtPossessives(run: Token[]): Token[][] {
  const parts: Token[][] = [];
  let part: Token[] = [];
  for (const t of run) {
    part.push(t);
    if (t.possessive) {
      parts.push(part);
      part = [];
    }
  }
  if (part.length) parts.push(part);
  return parts;
}

/** An office written in lower case right before the run: "spokesman Dmitry Peskov", "foreign minister X". */
function officeBefore(tokens: Token[], keys: string[], runStart: number): { title: string; from: number } | null {
  for (let len = 3; len >= 1; len--) {
    const from = runStart - len;
    if (from < 0 || tokens[from].sentence !== tokens[runStart].sentence) continue;
    if (officeLengthAt(keys, from) !== len) continue;
    const gap = tokens[runStart - 1].post;
    // "the acting governor, Alexander Khinshtein,": a described office set off by a comma.
    const lead = modifiersBefore(tokens, from);
    const described = /^,\s+$/.test(gap) && keys.slice(Math.max(0, lead - 3), lead).some((k) => k === 'the' || k === 'a' || k === 'an');
    if (/^\s*$/.test(gap) || described) {
      const start = modifiersBefore(tokens, from);
      return { title: officeText(tokens.slice(start, runStart)), from: start };
    }
  }
  return null;
}

/** Where an office starts once words that qualify it are taken in: "deputy", "acting", "police" spokesman. */
function modifiersBefore(tokens: Token[], at: number): number {
  let start = at;
  while (start > 0 && OFFICE_MODIFIERS.has(tokens[start - 1].key) && tokens[start - 1].sentence === tokens[at].sentence && /^ +$/.test(tokens[start - 1].post)) start--;
  return start;
}

/** The owner right before an office: "Kremlin spokesman", "Iran's foreign minister", "US envoy". */
function ownerBefore(tokens: Token[], at: number): string | null {
  const prev = tokens[at - 1];
  if (!prev || prev.sentence !== tokens[at].sentence) return null;
  const one = ownerCountry([prev]);
  if (one) return one;
  const two = at >= 2 ? ownerCountry([tokens[at - 2], prev]) : null;
  return two;
}

/** An office's words as written, with the dot of an abbreviation ("Gov."). */
function officeText(words: Token[]): string {
  const text = words
    .map((t, i) => {
      const word = t.post.startsWith('.') && t.tags.has('Abbreviation') ? `${t.text}.` : t.text;
      // "Secretary-General": a hyphen between the words stays as written.
      return i === 0 ? word : (words[i - 1].post === '-' ? '-' : ' ') + word;
    })
    .join('');
  return OFFICE_ABBREVIATIONS[text] ?? text;
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
function officeAfter(tokens: Token[], keys: string[], runEnd: number): { title: string; country: string | null } | null {
  const last = tokens[runEnd - 1];
  if (!last.post.startsWith(',')) return null;
  let i = runEnd;
  const determiner = keys[i] === 'the' || keys[i] === 'a';
  if (determiner) i++;
  let country: string | null = null;
  let titleStart = -1;
  for (let k = 0; k < 5 && i < tokens.length; k++) {
    const len = officeLengthAt(keys, i);
    if (len > 0) {
      const office = tokens.slice(titleStart >= 0 ? titleStart : i, i + len);
      const lowerCase = office[0].text === office[0].key;
      if (!determiner && !lowerCase && k === 0) return null;
      return { title: officeText(office), country: country ?? ownerAfter(tokens, i + len) };
    }
    if (OFFICE_MODIFIERS.has(keys[i])) {
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
function formalState(rest: Token[]): { width: number; country: string } | null {
  if (rest[1]?.key !== 'of') return null;
  const at = rest[2]?.key === 'the' ? 3 : 2;
  for (const w of [3, 2, 1]) {
    const country = at + w < rest.length ? COUNTRY_BY_NAME.get(keyOf(rest.slice(at, at + w))) : undefined;
    if (country) return { width: at + w, country };
  }
  return null;
}

/** "the appointment of Chris Pincher as deputy chief whip": an office given after "as". */
function officeAfterAs(tokens: Token[], keys: string[], runEnd: number): string | null {
  if (keys[runEnd] !== 'as' || tokens[runEnd - 1].post.trim() !== '') return null;
  let i = runEnd + 1;
  if (keys[i] === 'the' || keys[i] === 'a' || keys[i] === 'an') i++;
  const start = i;
  while (OFFICE_MODIFIERS.has(keys[i])) i++;
  const len = officeLengthAt(keys, i);
  if (len === 0 || tokens[start].text !== tokens[start].key) return null;
  return officeText(tokens.slice(start, i + len));
}

/** The first office in a piece that has words after it: {at, length} in words. */
function firstOfficeWithName(keys: string[]): { at: number; length: number } | null {
  for (let at = 0; at < keys.length - 1; at++) {
    const length = officeLengthAt(keys, at);
    if (length > 0 && at + length < keys.length) return { at, length };
  }
  return null;
}

/** Words before an office that name its owner: a country, a city, an organization. */
function ownerCandidate(owner: Token[]): Candidate {
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

/** Splits one run into candidates; `index` is the position of the run's first token in `tokens`. */
export function candidatesOf(run: Token[], tokens: Token[], keys: string[], index: number): Candidate[] {
  const out: Candidate[] = [];
  const runEnd = index + run.length;
  let ownerCountryFromPrev: string | null = null;
  // "President of the European Council | Charles Michel", split at the council: the office passes on.
  let officeFromPrev: { title: string; country: string | null } | null = null;
  const pieces = splitAtPossessives(run).flatMap(splitAtJoiners).flatMap(splitAtCountryHyphens).flatMap(splitAfterOrganization);
  pieces.forEach((piece, pieceIndex) => {
    const pieceKeys = piece.map((t) => t.key);
    const whole = keyOf(piece);
    const leadOffice = officeLengthAt(pieceKeys, 0);
    // "President of the European Council" is an office holder's title, not the council.
    const officeOf = leadOffice > 0 && (pieceKeys[leadOffice] === 'of' || pieceKeys[leadOffice] === 'for');
    const organizationCue =
      !isKnownName(whole) &&
      !officeOf &&
      (ORG_HEADS.has(pieceKeys[pieceKeys.length - 1]) || (pieceKeys.length > 2 && ORG_OPENERS.has(pieceKeys[0]) && pieceKeys[1] === 'of'));
    if (isKnownName(whole) || organizationCue) {
      const lead = COUNTRY_BY_DEMONYM.get(pieceKeys[0]) ?? (organizationCue ? COUNTRY_BY_NAME.get(pieceKeys[0]) : undefined);
      out.push({ tokens: piece, title: null, country: lead ?? ownerCountryFromPrev, personCue: false, organizationCue, ownerOnly: false, rules: ['capitalized-run'] });
      ownerCountryFromPrev = piece[piece.length - 1].possessive ? ownerCountry(piece) : null;
      officeFromPrev = null;
      return;
    }
    // Owner words, then an office, then the name: "Russian Foreign Minister Sergey Lavrov",
    // "Moscow Mayor Sergei Sobyanin", "Police Department Commissioner Danielle Outlaw".
    let country = officeFromPrev?.country ?? ownerCountryFromPrev;
    let title: string | null = officeFromPrev?.title ?? null;
    let personCue = officeFromPrev !== null;
    officeFromPrev = null;
    let i = 0;
    let counterpart = false;
    const found = firstOfficeWithName(pieceKeys);
    const office = found && { at: modifiersBefore(piece, found.at), length: 0 };
    if (found && office) {
      office.length = found.at + found.length - office.at;
      const owner = piece.slice(0, office.at);
      if (owner.length) {
        country = ownerCountry(owner) ?? COUNTRY_BY_CAPITAL.get(keyOf(owner)) ?? country;
        // "U.S. President X": "U.S." is a nationality word and the country's name; keep it as a place.
        if (!COUNTRY_BY_DEMONYM.has(keyOf(owner)) || COUNTRY_BY_NAME.has(keyOf(owner))) out.push(ownerCandidate(owner));
      }
      title = officeText(piece.slice(office.at, office.at + office.length));
      personCue = true;
      i = office.at + office.length;
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
    let name = piece.slice(i);
    // "President of the United States", "Prime Minister of Canada Justin Trudeau", "Secretary for Wales X".
    if (title && (name[0]?.key === 'of' || name[0]?.key === 'for')) {
      const rest = trimJoiners(name);
      const known = [3, 2, 1].find((w) => w <= rest.length && (ownerCountry(rest.slice(0, w)) || isKnownName(keyOf(rest.slice(0, w)))));
      const head = rest.findIndex((t) => ORG_HEADS.has(t.key));
      // Unknown owners: a state's formal name ("the Union of the Comoros"), up to an organization
      // word ("the European Council"), else one word.
      const formal = known ? null : formalState(rest);
      // The name may follow in the next piece, cut off at the organization word.
      const nameFollows = head >= 0 && (head < rest.length - 1 || pieceIndex < pieces.length - 1);
      const upToHead = nameFollows ? head + 1 : Math.min(1, rest.length - 1);
      const width = known ?? formal?.width ?? upToHead;
      const owner = rest.slice(0, width);
      country = ownerCountry(owner) ?? formal?.country ?? country;
      if (owner.length) out.push({ ...ownerCandidate(owner), ownerOnly: true });
      name = rest.slice(width);
    }
    if (pieceIndex === 0 && found?.at === 0 && title) {
      // "former Prime Minister Manmohan Singh": qualifiers written in lower case before the run.
      const start = modifiersBefore(tokens, index);
      if (start < index) title = officeText(tokens.slice(start, index)) + ' ' + title;
    }
    if (pieceIndex === 0 && title === null && i === 0) {
      const before = officeBefore(tokens, keys, index);
      if (before) {
        title = before.title;
        personCue = true;
        country = ownerBefore(tokens, before.from) ?? country;
      } else if (index > 0 && HONORIFIC_WORDS.has(tokens[index - 1].key)) {
        personCue = true;
      } else if (index > 1 && tokens[index - 1].key === 'counterpart' && ownerCountry([tokens[index - 2]])) {
        // "his Egyptian counterpart Badr Abdelatty": the same office, held for another state.
        personCue = true;
        country = ownerCountry([tokens[index - 2]]);
        counterpart = true;
      }
    }
    if (pieceIndex === pieces.length - 1 && title === null && name.length) {
      const after = officeAfter(tokens, keys, runEnd);
      const asOffice = after ? null : officeAfterAs(tokens, keys, runEnd);
      if (after) {
        title = after.title;
        country = after.country ?? country;
        personCue = true;
      } else if (asOffice) {
        title = asOffice;
        personCue = true;
      }
    }
    ownerCountryFromPrev = piece[piece.length - 1].possessive ? ownerCountry(piece) : null;
    if (name.length === 0 && title && found) officeFromPrev = { title, country };
    if (name.length === 0) return;
    out.push({ tokens: name, title, country, personCue, organizationCue: false, ownerOnly: false, rules: ['capitalized-run'], counterpart });
  });
  return out;
}
