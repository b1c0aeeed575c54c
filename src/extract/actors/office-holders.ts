// Whose official a well-known office holder is, when the text does not say: "Macron said" in a
// story dated 2019 is France's president. Looked up by full name, or by the one name a holder is
// called by ("Macron", "Xi"), and only for articles dated within the holder's term (or undated, by
// full name or with the office written).
import { FOREIGN_MINISTERS } from '../../lexicon/foreign-ministers.js';
import { FAMILY_NAME_FIRST_COUNTRIES, HEADS_OF_STATE_AND_GOVERNMENT } from '../../lexicon/office-holders.js';
import { SECURITY_COUNCIL_OFFICE_HOLDERS } from '../../lexicon/security-council-office-holders.js';

interface Term {
  country: string;
  office: string;
  from: number;
  to: number | null;
}

/** Lower case, accents and hyphens gone, initials' dots dropped: "Recep Tayyip Erdoğan" → "recep tayyip erdogan". */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[.]/g, ' ')
    .replace(/[-‐]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const FAMILY_FIRST = new Set(FAMILY_NAME_FIRST_COUNTRIES);
const BY_NAME = new Map<string, Term[]>();
const BY_CALLED = new Map<string, Term[]>();
const add = (index: Map<string, Term[]>, key: string, term: Term) => index.set(key, [...(index.get(key) ?? []), term]);

for (const line of [...HEADS_OF_STATE_AND_GOVERNMENT, ...SECURITY_COUNCIL_OFFICE_HOLDERS, ...FOREIGN_MINISTERS]) {
  const [country, office, names, from, to] = line.split('|');
  const term: Term = { country, office, from: Number(from), to: to ? Number(to) : null };
  for (const name of names.split(';')) {
    const words = nameKey(name).split(' ');
    add(BY_NAME, words.join(' '), term);
    if (words.length > 1) add(BY_CALLED, FAMILY_FIRST.has(country) ? words[0] : words[words.length - 1], term);
  }
}

/** In office in `year` (or the year after, when stories still name the outgoing holder); any term when undated. */
const inTerm = (term: Term, year: number | null) => year === null || (year >= term.from && year <= (term.to ?? Infinity) + 1);

/** What the story says around a person called by one name: the office it gives them, the countries it names. */
export interface HolderContext {
  title: string | null;
  countries: ReadonlySet<string>;
}

/**
 * A holder called by one name ("Harris") is the gazetteer's only where the story supports it: the
 * article is dated within the term, or gives the person the holder's office, or names the holder's
 * country; an undated crime story's "Harris" is no vice president (rule 'office-holder').
 */
const calledInTerm = (term: Term, year: number | null, story: HolderContext) =>
  inTerm(term, year) && (year !== null || story.title?.toLowerCase() === term.office.toLowerCase() || story.countries.has(term.country));

/**
 * "Zelenskiy", "Erdogan": the one name a holder in the gazetteer is called by, in a story dated
 * within the term ("Fox" in a 2013 story is a TV station, not Mexico's president of 2000-2006).
 */
export const isHolderCalledName = (word: string, year: number | null): boolean =>
  year !== null && (BY_CALLED.get(nameKey(word)) ?? []).some((t) => inTerm(t, year));

const NO_CONTEXT: HolderContext = { title: null, countries: new Set() };

/**
 * The office holder named `name` in `year`: the country when the name points at one country only,
 * the office when at one office. A lone name needs the story's support (`story`) when undated.
 */
export function officeHolder(name: string, year: number | null, story: HolderContext = NO_CONTEXT): { country: string; office: string | null } | null {
  const key = nameKey(name);
  const terms = key.includes(' ') ? (BY_NAME.get(key)?.filter((t) => inTerm(t, year)) ?? []) : (BY_CALLED.get(key)?.filter((t) => calledInTerm(t, year, story)) ?? []);
  const countries = new Set(terms.map((t) => t.country));
  const offices = new Set(terms.map((t) => t.office));
  return countries.size === 1 ? { country: terms[0].country, office: offices.size === 1 ? terms[0].office : null } : null;
}
