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
  OFFICE_WORDS,
  PORTFOLIOS,
  RANK_TITLES,
  STATE_FORMS,
} from './lexicon-index.js';
import { JOINERS } from './runs.js';
import type { Token } from './tokens.js';
export { keyOf, ownerCountry } from './offices-around.js';
import { keyOf, ownerCountry, officeBefore, modifiersBefore, ownerBefore, officeText, officeAfter, formalState, officeAfterAs, firstOfficeWithName, portfolioAfterOffice, isStatelessOwner, ownerRules, possessiveOwnerBefore, statelessOwnerBefore } from './offices-around.js';

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
  /** The office's owner is written and is no state ("President of the European Council", "EU foreign policy chief"). */
  stateless?: boolean;
  /** The office is a person's or an office's, written in the possessive ("Putin's spokesman"): lower case, without "'s". */
  ownerName?: string | null;
}

/** "Railway Minister", "Chief Electoral Commissioner": the office names its portfolio (rule 'portfolio-title'). */
const hasPortfolio = (title: string): boolean => title.toLowerCase().split(/[\s-]+/).some((w) => PORTFOLIOS.has(w));

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
          (ORG_HEADS.has(left.key) || ORG_OPENERS.has(left.key) || OFFICE_WORDS.has(left.key) || STATE_FORMS.has(left.key) || left.key === 'the')) ||
        (t.key === 'and' && PORTFOLIOS.has(left?.key) && PORTFOLIOS.has(run[i + 1]?.key));
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
  let officeFromPrev: { title: string; country: string | null; stateless: boolean } | null = null;
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
    let stateless = officeFromPrev?.stateless ?? false;
    let ownerName: string | null = null;
    officeFromPrev = null;
    let i = 0;
    let counterpart = false;
    const rulesFound: string[] = [];
    const found = firstOfficeWithName(pieceKeys);
    const office = found && { at: modifiersBefore(piece, found.at), length: 0 };
    if (found && office) {
      office.length = found.at + found.length - office.at;
      const owner = piece.slice(0, office.at);
      if (owner.length) {
        country = ownerCountry(owner) ?? COUNTRY_BY_CAPITAL.get(keyOf(owner)) ?? country;
        stateless = country === null && isStatelessOwner(owner);
        rulesFound.push(...ownerRules(owner));
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
    // "Minister of Foreign Affairs Cho Tae-yul": the portfolio is part of the office.
    const portfolio = title ? portfolioAfterOffice(name) : 0;
    if (portfolio > 0) {
      title = `${title} ${officeText(name.slice(0, portfolio))}`;
      name = name.slice(portfolio);
      rulesFound.push('office-of-portfolio');
    }
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
      stateless = country === null && owner.length > 0 && isStatelessOwner(owner);
      if (owner.length) out.push({ ...ownerCandidate(owner), ownerOnly: true });
      name = rest.slice(width);
    }
    if (pieceIndex === 0 && found?.at === 0 && title) {
      // "former Prime Minister Manmohan Singh": qualifiers written in lower case before the run.
      const start = modifiersBefore(tokens, index);
      if (start < index) title = officeText(tokens.slice(start, index)) + ' ' + title;
    }
    // "chief military spokesman Major General X": the role before the rank says what the person does here.
    const rankFirst = pieceIndex === 0 && found?.at === 0 && title !== null && RANK_TITLES.has(title) ? officeBefore(tokens, keys, index) : null;
    if (rankFirst) {
      title = rankFirst.title;
      country = ownerBefore(tokens, rankFirst.from) ?? country;
      rulesFound.push('role-over-rank');
    }
    if (pieceIndex === 0 && title === null && i === 0) {
      const before = officeBefore(tokens, keys, index);
      if (before) {
        title = before.title;
        personCue = true;
        country = ownerBefore(tokens, before.from) ?? country;
        stateless = country === null && statelessOwnerBefore(tokens, before.from);
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
    if (pieceIndex === pieces.length - 1 && (title === null || ranked) && name.length) {
      const after = officeAfter(tokens, keys, runEnd);
      if (after && ranked) rulesFound.push('role-over-rank');
      if (after?.rule) rulesFound.push(after.rule);
      const asOffice = after ? null : officeAfterAs(tokens, keys, runEnd);
      if (after) {
        title = after.title;
        country = after.country ?? country;
        personCue = true;
      } else if (asOffice && !ranked) {
        title = asOffice.title;
        country = asOffice.country ?? country;
        if (asOffice.country) rulesFound.push('office-after-as');
        personCue = true;
      }
    }
    ownerCountryFromPrev = piece[piece.length - 1].possessive ? ownerCountry(piece) : null;
    if (name.length === 0 && title && found) officeFromPrev = { title, country, stateless };
    if (name.length === 0) return;
    if (stateless) rulesFound.push('stateless-owner');
    const rules = ['capitalized-run', ...(title && hasPortfolio(title) && !rulesFound.length ? ['portfolio-title'] : []), ...rulesFound];
    out.push({ tokens: name, title, country, personCue, organizationCue: false, ownerOnly: false, rules, counterpart, stateless, ownerName });
  });
  return out;
}
