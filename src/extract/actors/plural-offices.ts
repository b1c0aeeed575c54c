// One office written once for several people: "the Presidents of Chile and Peru, A and B",
// "British Secretaries of State and Defence X and Y", "Deputy Foreign Ministers A and B". Each person takes the office, and the owner or portfolio in the same
// place of its list (rule 'plural-office').
import { OFFICES } from '../../lexicon/offices.js';
import { tagRules } from '../provenance.js';
import type { Candidate } from './candidates.js';
import { officeLengthAt, officePhraseLength, PORTFOLIOS } from './lexicon-index.js';
import { countryNameAt, ownerCountry } from './offices-around.js';
import { nameText } from './rules/types.js';
import type { Token } from './tokens.js';

interface Read {
  c: Candidate;
  reading: { type: string; name: string };
  start: number;
  rules: string[];
}

/** "ministers" → "minister", "secretaries" → "secretary", "spokesmen" → "spokesman". */
const singular = (key: string): string => key.replace(/ies$/, 'y').replace(/men$/, 'man').replace(/s$/, '');

/**
 * An item of the list after "of": a country (its canonical name), or a portfolio that makes an office
 * with the singular title ("Secretary" of "State", of "Defence"); with its width in words.
 */
function listItem(tokens: Token[], at: number, officeKeys: string[]): { width: number; country: string | null; text: string } | null {
  const state = countryNameAt(tokens, at);
  if (state) return { ...state, text: state.country };
  const t = tokens[at];
  if (!t || !/^\p{Lu}/u.test(t.text)) return null;
  const office = [...officeKeys, 'of', t.key];
  return PORTFOLIOS.has(t.key) || officeLengthAt(office, 0) === office.length ? { width: 1, country: null, text: t.text } : null;
}

/** "of Ukraine and the United States", "of State and Defence": the items and where the list ends. */
function listAfter(tokens: Token[], at: number, officeKeys: string[]): { items: Array<{ country: string | null; text: string }>; end: number } {
  const items: Array<{ country: string | null; text: string }> = [];
  if (tokens[at]?.key !== 'of') return { items, end: at };
  let i = at + 1;
  for (;;) {
    if (tokens[i]?.key === 'the') i++;
    const item = listItem(tokens, i, officeKeys);
    if (!item) break;
    items.push(item);
    i += item.width;
    if (tokens[i]?.key !== 'and' && !tokens[i - 1].post.startsWith(',')) break;
    if (tokens[i]?.key === 'and') i++;
  }
  return items.length >= 2 ? { items, end: i } : { items: [], end: at };
}

/** Last words of the offices written as titles ("minister", "president"), not of lower-case roles ("officials"). */
const TITLE_HEADS = new Set(OFFICES.map((o) => o.toLowerCase().split(/\s+/).pop()!));

/** The office written as a title in the plural at tokens[at] ("Deputy Foreign Ministers"), as {title, keys, from}: its words in the singular. */
function pluralOfficeAt(tokens: Token[], keys: string[], at: number): { title: string; keys: string[]; from: number } | null {
  const key = keys[at];
  if (!/(?:[^s]s|men)$/.test(key) || !TITLE_HEADS.has(singular(key)) || !/^\p{Lu}/u.test(tokens[at].text)) return null;
  const singularKeys = keys.slice(0, at + 1);
  singularKeys[at] = singular(key);
  for (let from = Math.max(0, at - 3); from <= at; from++) {
    if (tokens[from].sentence !== tokens[at].sentence || officePhraseLength(singularKeys, from) !== at - from + 1) continue;
    const words = tokens.slice(from, at + 1).map((t, i) => (from + i === at ? singular(t.text) : t.text));
    return { title: words.join(' '), keys: singularKeys.slice(from), from };
  }
  return null;
}

/** The `count` persons read from tokens[end] on, or none. */
function namesAfter(read: Read[], tokens: Token[], end: number, count: number): Read[] {
  const first = read.findIndex((r) => r.c.tokens[r.c.tokens.length - 1].end > tokens[end]?.start && r.reading.type === 'person');
  // The first name starts where the office or its list ends (or takes in their words).
  if (first < 0 || read[first].c.tokens[0].start > tokens[end].start) return [];
  const names = read.slice(first, first + count).filter((r) => r.reading.type === 'person');
  return names.length === count ? names : [];
}

/** Gives each person named after a plural office its office, and its owner or portfolio in list order. */
export function pluralOffices(read: Read[], tokens: Token[]): void {
  const keys = tokens.map((t) => t.key);
  for (let at = 0; at < tokens.length; at++) {
    const office = pluralOfficeAt(tokens, keys, at);
    if (!office) continue;
    const owner = office.from > 0 && tokens[office.from - 1].sentence === tokens[at].sentence ? ownerCountry([tokens[office.from - 1]]) : null;
    const list = listAfter(tokens, at + 1, office.keys);
    const nameFrom = list.items.length ? list.end : at + 1;
    if (tokens[nameFrom]?.sentence !== tokens[at].sentence) continue;
    const people = namesAfter(read, tokens, nameFrom, Math.max(2, list.items.length));
    if (people.length < 2) continue;
    people.forEach((r, k) => {
      if (r.c.title !== null) return;
      const item = list.items[k];
      const portfolio = item && item.country === null ? ` of ${item.text}` : '';
      r.c.title = office.title + portfolio;
      r.c.country = item?.country ?? owner ?? r.c.country;
      // "... and Peru Ana Ruiz": the words of the list are not the first name's.
      const inName = r.c.tokens.findIndex((t) => t.start >= tokens[nameFrom].start);
      if (inName > 0) {
        r.c.tokens = r.c.tokens.slice(inName);
        r.start = r.c.tokens[0].start;
        r.reading.name = nameText(r.c);
      }
      tagRules(r, 'plural-office');
    });
  }
}
