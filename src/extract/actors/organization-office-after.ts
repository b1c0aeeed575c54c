// An apposition whose office is owned by a named body: "X, the United Nations Secretary-General,",
// "Y, a WHO spokeswoman,", "Z, an Egyptian foreign ministry spokesman," (rule
// 'organization-office-after'). The owner gives the country when it is a state's organ, and marks
// the person as no state's official when it is a body of no state.
import { ORGANIZATION_BY_NAME, ORG_HEADS, officePhraseLength } from './lexicon-index.js';
import { isStatelessOwner, keyOf, officeText, ownerCountry } from './offices-around.js';
import type { Token } from './tokens.js';

const DETERMINERS = new Set(['a', 'an', 'the']);
/** The longest owner read: "Office of the High Commissioner". */
const MAX_OWNER = 4;

export interface OrganizationOffice {
  title: string;
  country: string | null;
  stateless: boolean;
  rule: string;
}

/** The owner's words are one body: known by name, a state's organ, or capitalised words ending in an organization word. */
function isOwner(words: Token[]): boolean {
  if (!/^\p{Lu}/u.test(words[0].text)) return false;
  if (ORGANIZATION_BY_NAME.has(keyOf(words)) || isStatelessOwner(words)) return true;
  return words.length > 1 && ownerCountry(words) !== null && ORG_HEADS.has(words[words.length - 1].key);
}

/** The width of the owner starting at tokens[at] (longest first), in the sentence and joined by spaces; 0 if none. */
function ownerWidth(tokens: Token[], at: number): number {
  for (let width = MAX_OWNER; width >= 1; width--) {
    const words = tokens.slice(at, at + width);
    if (words.length < width || words.some((t) => t.sentence !== tokens[at].sentence)) continue;
    if (words.slice(0, -1).some((t) => !/^ +$/.test(t.post) || t.possessive) || !/^ +$/.test(words[width - 1].post)) continue;
    if (isOwner(words)) return width;
  }
  return 0;
}

/** Words that open what an office is for: "envoy for Syria", "rapporteur on torture", "ambassador to Egypt". */
const COMPLEMENT_OPENERS = new Set(['for', 'on', 'to']);
const MAX_COMPLEMENT = 6;

/** The width of a complement after the office at tokens[at] that runs to the comma closing the apposition; 0 if none. */
function complementWidth(tokens: Token[], at: number): number {
  if (!COMPLEMENT_OPENERS.has(tokens[at]?.key ?? '')) return 0;
  for (let width = 2; width <= MAX_COMPLEMENT && at + width <= tokens.length; width++) {
    const t = tokens[at + width - 1];
    if (t.sentence !== tokens[at].sentence || t.tags.has('Verb')) return 0;
    if (/^\s*[,;]/.test(t.post)) return width;
    if (!/^ +$/.test(t.post)) return 0;
  }
  return 0;
}

/** The apposition after a name ending at tokens[runEnd - 1], or null. */
export function organizationOfficeAfter(tokens: Token[], keys: string[], runEnd: number): OrganizationOffice | null {
  if (!tokens[runEnd - 1].post.startsWith(',')) return null;
  let i = runEnd;
  const determiner = DETERMINERS.has(keys[i]);
  if (determiner) i++;
  if (!tokens[i] || tokens[i].sentence !== tokens[runEnd - 1].sentence) return null;
  const width = ownerWidth(tokens, i);
  if (width === 0) return null;
  const at = i + width;
  const length = officePhraseLength(keys, at);
  if (length === 0) return null;
  const end = at + length + complementWidth(tokens, at + length);
  const last = tokens[end - 1];
  // The office closes the apposition: a name after it is the next item's ("X, UN envoy Y and Z").
  if (!/^\s*[,;.]/.test(last.post) && !(determiner && /^ +$/.test(last.post) && !/^\p{Lu}/u.test(tokens[end]?.text ?? ''))) return null;
  const owner = tokens.slice(i, at);
  const country = ownerCountry(owner);
  return { title: officeText(tokens.slice(at, end)), country, stateless: country === null, rule: 'organization-office-after' };
}
