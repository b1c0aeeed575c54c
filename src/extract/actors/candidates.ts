// Splits a run of capitalised words into what it holds: an owner ("Iran's", "Russian"), an office
// ("Supreme Leader") and a name ("Ali Khamenei"), and reads titles and countries from the words around.
import {
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  HONORIFIC_WORDS,
  isKnownName,
  officeLengthAt,
  ORG_HEADS,
  ORG_OPENERS,
  ORGANIZATION_BY_NAME,
  OFFICE_WORDS,
} from './lexicon-index.js';
import { JOINERS } from './runs.js';
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
}

const keyOf = (tokens: Token[]): string => tokens.map((t) => t.key).join(' ');
const textOf = (tokens: Token[]): string => tokens.map((t, i) => (i ? tokens[i - 1].post.replace(/\s+/g, ' ') : '') + t.text).join('').replace(/['’]s$/, '');

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
        t.key !== 'and' &&
        left !== undefined &&
        (ORG_HEADS.has(left.key) || ORG_OPENERS.has(left.key) || OFFICE_WORDS.has(left.key) || left.key === 'the');
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
function officeBefore(tokens: Token[], runStart: number): { title: string; from: number } | null {
  const keys = tokens.map((t) => t.key);
  for (let len = 3; len >= 1; len--) {
    const from = runStart - len;
    if (from < 0 || tokens[from].sentence !== tokens[runStart].sentence) continue;
    if (officeLengthAt(keys, from) === len && /^\s*$/.test(tokens[runStart - 1].post)) {
      return { title: tokens.slice(from, runStart).map((t) => t.text).join(' '), from };
    }
  }
  return null;
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

/** ", Russia's foreign minister," or ", the Kremlin spokesman" after a name. */
function officeAfter(tokens: Token[], runEnd: number): { title: string; country: string | null } | null {
  const last = tokens[runEnd - 1];
  if (!last.post.startsWith(',')) return null;
  const keys = tokens.map((t) => t.key);
  let i = runEnd;
  if (keys[i] === 'the' || keys[i] === 'a') i++;
  let country: string | null = null;
  for (let k = 0; k < 3 && i < tokens.length; k++) {
    const len = officeLengthAt(keys, i);
    if (len > 0) {
      const office = tokens.slice(i, i + len);
      return { title: office.map((t) => t.text).join(' '), country };
    }
    country = ownerCountry([tokens[i]]) ?? country;
    if (!tokens[i].possessive && !country) return null;
    i++;
  }
  return null;
}

/** Splits one run into candidates; `index` is the position of the run's first token in `tokens`. */
export function candidatesOf(run: Token[], tokens: Token[], index: number): Candidate[] {
  const out: Candidate[] = [];
  const runEnd = index + run.length;
  let ownerCountryFromPrev: string | null = null;
  const pieces = splitAtPossessives(run).flatMap(splitAtJoiners);
  pieces.forEach((piece, pieceIndex) => {
    const keys = piece.map((t) => t.key);
    const whole = keyOf(piece);
    const organizationCue =
      !isKnownName(whole) &&
      (ORG_HEADS.has(keys[keys.length - 1]) || (keys.length > 2 && ORG_OPENERS.has(keys[0]) && keys[1] === 'of'));
    if (isKnownName(whole) || organizationCue) {
      const lead = COUNTRY_BY_DEMONYM.get(keys[0]) ?? (organizationCue ? COUNTRY_BY_NAME.get(keys[0]) : undefined);
      out.push({ tokens: piece, title: null, country: lead ?? ownerCountryFromPrev, personCue: false, organizationCue, ownerOnly: false });
      ownerCountryFromPrev = piece[piece.length - 1].possessive ? ownerCountry(piece) : null;
      return;
    }
    // Owner words, then an office, then the name: "Russian Foreign Minister Sergey Lavrov".
    let i = 0;
    let country = ownerCountryFromPrev;
    while (i < piece.length - 1 && officeLengthAt(keys, i) === 0) {
      const width = i + 2 < piece.length && ownerCountry(piece.slice(i, i + 2)) ? 2 : ownerCountry([piece[i]]) ? 1 : 0;
      if (width === 0) break;
      const owner = piece.slice(i, i + width);
      country = ownerCountry(owner);
      const key = keyOf(owner);
      if (COUNTRY_BY_NAME.has(key) || ORGANIZATION_BY_NAME.has(key)) {
        out.push({ tokens: owner, title: null, country: null, personCue: false, organizationCue: false, ownerOnly: true });
      }
      i += width;
    }
    let title: string | null = null;
    let personCue = false;
    const officeLen = officeLengthAt(keys, i);
    if (officeLen > 0) {
      title = piece.slice(i, i + officeLen).map((t) => t.text).join(' ');
      personCue = true;
      i += officeLen;
    }
    while (i < piece.length && HONORIFIC_WORDS.has(keys[i])) {
      personCue = true;
      i++;
    }
    let name = piece.slice(i);
    // "President of the United States": what follows "of" owns the office; no name here.
    if (title && name[0]?.key === 'of') {
      const owner = trimJoiners(name);
      country = ownerCountry(owner) ?? country;
      if (owner.length) out.push({ tokens: owner, title: null, country: null, personCue: false, organizationCue: false, ownerOnly: true });
      name = [];
    }
    if (pieceIndex === 0 && title === null && i === 0) {
      const before = officeBefore(tokens, index);
      if (before) {
        title = before.title;
        personCue = true;
        country = ownerBefore(tokens, before.from) ?? country;
      } else if (index > 0 && HONORIFIC_WORDS.has(tokens[index - 1].key)) {
        personCue = true;
      }
    }
    if (pieceIndex === pieces.length - 1 && title === null && name.length) {
      const after = officeAfter(tokens, runEnd);
      if (after) {
        title = after.title;
        country = after.country ?? country;
        personCue = true;
      }
    }
    ownerCountryFromPrev = piece[piece.length - 1].possessive ? ownerCountry(piece) : null;
    if (name.length === 0) return;
    out.push({ tokens: name, title, country, personCue, organizationCue: false, ownerOnly: false });
  });
  return out;
}

export { keyOf, textOf };
