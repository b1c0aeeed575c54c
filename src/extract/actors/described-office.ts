// An office described before the name and set off from it by a comma: "the UN special rapporteur
// on torture, Jane Roe,", "Russia's special envoy for trade, Ivan Petrov", "his representative,
// Ali Hassan", "health ministry spokesman, Omar Said said" (rule 'described-office'), "Kenya's
// Interior Minister, X", "the president of Ghana, Y" (rule 'described-office-of').
import { COUNTRY_BY_NAME, COUNTRY_NAME_WIDTHS, ORG_HEADS } from './lexicon-index.js';
import { modifiersBefore, officeEndingAt, ownerCountry } from './offices-around.js';
import type { Token } from './tokens.js';

/** Words that open what an office is for: "envoy for Syria", "rapporteur on torture", "ambassador to the UN", "head of the agency". */
const COMPLEMENT_OPENERS = new Set(['for', 'of', 'on', 'to']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);
/** The longest complement read: "for foreign investment and economic cooperation". */
const MAX_COMPLEMENT = 7;

/** Words before a described office's first that may stand after its determiner: "the newly named acting governor". */
const DETERMINER_REACH = 3;

/**
 * The words before a described office say it is one: a determiner up to three words before, or,
 * for an office in lower case, right before a possessive ("Russia's"), an organization noun
 * ("ministry") or a name's capital. A capitalised office without one may be a list's item instead
 * ("Northeast Commander, Baltimore City Police").
 */
function introducesOffice(tokens: Token[], keys: string[], from: number, capitalised: boolean): boolean {
  const before = tokens[from - 1];
  if (!before || !/^ +$/.test(before.post)) return false;
  if (keys.slice(Math.max(0, from - DETERMINER_REACH), from).some((k) => DETERMINERS.has(k))) return true;
  // "Kenya's Interior Minister, X": a state's possessive introduces a capitalised office too.
  if (before.possessive && COUNTRY_BY_NAME.has(before.key)) return true;
  return !capitalised && (before.possessive || ORG_HEADS.has(before.key) || /^\p{Lu}/u.test(before.text));
}

/** "of Ghana", "of the United States": the country a complement of "of" names whole, else null. */
function stateOfComplement(keys: string[], at: number, end: number): string | null {
  const first = keys[at + 1] === 'the' ? at + 2 : at + 1;
  const width = end - first;
  return keys[at] === 'of' && COUNTRY_NAME_WIDTHS.includes(width) ? (COUNTRY_BY_NAME.get(keys.slice(first, end).join(' ')) ?? null) : null;
}

/**
 * The office described before a name that follows a comma, with the complement that says what it is
 * for: {from, to} as token positions ([from, to) is the office as written), or null. A complement
 * that is "of" and a state gives the holder's country and stays out of the office.
 */
export function describedOfficeBefore(tokens: Token[], keys: string[], runStart: number): { from: number; to: number; country?: string } | null {
  const last = runStart - 1;
  if (last < 1 || !/^,\s+$/.test(tokens[last].post) || tokens[last].sentence !== tokens[runStart].sentence) return null;
  for (let end = last; end >= Math.max(0, last - MAX_COMPLEMENT - 1); end--) {
    if (end < last && (!/^ +$/.test(tokens[end].post) || tokens[end].sentence !== tokens[runStart].sentence)) return null;
    // "a spokesman for the firm he worked for, X": a clause is no complement.
    if (tokens[end + 1]?.tags.has('Verb') && end + 1 < runStart) return null;
    // The words between the office and the comma must open with "for", "on" or "to".
    if (end < last && !COMPLEMENT_OPENERS.has(keys[end + 1])) continue;
    const office = officeEndingAt(keys, end);
    if (office === null) continue;
    const from = modifiersBefore(tokens, office);
    const capitalised = tokens[office].text !== tokens[office].key;
    if (!introducesOffice(tokens, keys, from, capitalised)) return null;
    const country = end < last ? stateOfComplement(keys, end + 1, runStart) : null;
    return country ? { from, to: end + 1, country } : { from, to: runStart };
  }
  return null;
}

/**
 * "spokesman for the Iranian Foreign Ministry", "an adviser to the Kremlin": the state whose organ the
 * office serves, named whole after "for", "of" or "to" (rule 'served-organ-owner').
 */
export function servedOwner(office: Token[]): string | undefined {
  const at = office.findIndex((t) => t.key === 'for' || t.key === 'of' || t.key === 'to');
  if (at < 0) return undefined;
  const rest = office.slice(office[at + 1]?.key === 'the' ? at + 2 : at + 1);
  // "ambassador to Poland": a state named alone is where the office is posted, not whose it is.
  if (rest.length === 0 || COUNTRY_BY_NAME.has(rest.map((t) => t.key).join(' '))) return undefined;
  return ownerCountry(rest) ?? undefined;
}
