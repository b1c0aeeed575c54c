// Organs named by a common noun in lower case, which no capitalised run holds whole: "the Russian
// foreign ministry", "Russia's security service", "the Israeli army said", "the health ministry".
// Named rules, tried in order at each word; `extract` returns null where its shape is not there.
import { DIRECTION_WORDS } from '../../lexicon/name-cues.js';
import { ARMED_FORCE_HEADS, STATE_ORGAN_HEADS, UN_BODY_HEADS } from '../../lexicon/organ-heads.js';
import type { Profile } from '../profile.js';
import { isActing } from './acting.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, PORTFOLIOS } from './lexicon-index.js';
import type { Token } from './tokens.js';

export interface OwnedOrganization {
  first: number;
  last: number;
  /** The state that owns it, null where the text names none ("the health ministry"). */
  country: string | null;
  rule: string;
}

interface OwnedOrganizationRule {
  id: string;
  /** Only under the news profile: CoNLL-2003 marks no body named by common nouns alone. */
  newsOnly?: boolean;
  /** The organ whose first word is `tokens[i]`, or null. */
  extract(tokens: Token[], i: number): Omit<OwnedOrganization, 'rule'> | null;
}

const ORGAN_HEAD_SET = new Set(STATE_ORGAN_HEADS);
const UN_BODY_HEAD_SET = new Set(UN_BODY_HEADS);
/** Words between "UN" and the body's head noun ("human rights", "humanitarian affairs", "children's"). */
const MAX_UN_MODIFIERS = 3;
/** Words between the state and the organ's head noun ("foreign", "security", "seismological"). */
const MAX_MODIFIERS = 2;
const MEDIA_MODIFIERS = new Set(['news', 'press', 'media', 'broadcasting']);
const NOT_MODIFIER = ['Verb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value', 'Adverb'];
const DETERMINERS = new Set(['a', 'an', 'the']);
const DIRECTIONS = new Set(DIRECTION_WORDS.map((w) => w.toLowerCase()));

const lowerCase = (t: Token): boolean => t.text === t.text.toLowerCase();

/** "Russian", "Russia's", and for an armed force also "U.S.": a capitalised word naming a state before a common noun. */
function ownerState(owner: Token, nameAllowed: boolean): string | undefined {
  if (owner.blocked || !/^\p{Lu}/u.test(owner.text) || !/^\s+$/.test(owner.post)) return undefined;
  return COUNTRY_BY_DEMONYM.get(owner.key) ?? (owner.possessive || nameAllowed ? COUNTRY_BY_NAME.get(owner.key) : undefined);
}

/** The state of a two-word demonym ("South African", "Sri Lankan") starting at `i`, both words capitalised. */
function twoWordDemonym(tokens: Token[], i: number): string | undefined {
  const [first, second] = [tokens[i], tokens[i + 1]];
  if (!second || first.blocked || second.blocked || first.sentence !== second.sentence || !/^\s+$/.test(first.post)) return undefined;
  if (!/^\p{Lu}/u.test(first.text) || !/^\p{Lu}/u.test(second.text) || !/^\s+$/.test(second.post)) return undefined;
  return COUNTRY_BY_DEMONYM.get(`${first.key} ${second.key}`);
}

/** Words of "UN", "U.N." or "United Nations" starting at `i`, capitalised as a name; 0 where it is not there. */
function unNameLength(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t.blocked || !/^\p{Lu}/u.test(t.text) || t.possessive) return 0;
  if (t.key === 'un' || t.key === 'u.n.') return 1;
  const next = tokens[i + 1];
  return t.key === 'united' && next?.key === 'nations' && next.text === 'Nations' && !next.possessive ? 2 : 0;
}

/**
 * Where the head noun of a body named in lower case stands: at most `maxModifiers` lower-case words of the owner's
 * sentence from `from` on, each a modifier and none of `stops`, then a word `isHead` takes; -1 where there is none.
 */
function bodyHeadAt(tokens: Token[], owner: number, from: number, maxModifiers: number, isHead: (t: Token) => boolean, stops?: ReadonlySet<string>): number {
  for (let j = from; j <= from + maxModifiers && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.sentence !== tokens[owner].sentence || !lowerCase(t) || stops?.has(t.key)) return -1;
    if (isHead(t)) return j;
    if (NOT_MODIFIER.some((tag) => t.tags.has(tag)) || !/^\s+$/.test(t.post)) return -1;
  }
  return -1;
}

/** The words after `from` that make up one of `heads` ("army", "air force"), or 0. */
function headLength(tokens: Token[], from: number, heads: readonly string[][]): number {
  const found = heads.find((h) => h.every((w, k) => tokens[from + k]?.key === w && lowerCase(tokens[from + k]) && tokens[from + k].sentence === tokens[from].sentence));
  return found ? found.length : 0;
}

export const OWNED_ORGANIZATION_RULES: readonly OwnedOrganizationRule[] = [
  {
    // "the Russian foreign ministry", "Russia's security service", "the US embassy".
    id: 'state-organ',
    extract(tokens, i) {
      // "the South African foreign ministry": a demonym of two words.
      const pair = twoWordDemonym(tokens, i);
      const country = pair ?? ownerState(tokens[i], false);
      if (!country) return null;
      // "the Russian news agency": an outlet, never an actor.
      const last = bodyHeadAt(tokens, i, i + (pair ? 2 : 1), MAX_MODIFIERS, (t) => ORGAN_HEAD_SET.has(t.key), MEDIA_MODIFIERS);
      return last < 0 ? null : { first: i, last, country };
    },
  },
  {
    // "the U.N. human rights office", "the UN refugee agency", "the United Nations children's agency": a UN body named
    // by what it does, as the news gold names it ("UN humanitarian affairs agency"); "the U.N. agency" alone is the UN.
    id: 'un-body',
    newsOnly: true,
    extract(tokens, i) {
      const name = unNameLength(tokens, i);
      if (!name) return null;
      const last = bodyHeadAt(tokens, i, i + name, MAX_UN_MODIFIERS, (t) => UN_BODY_HEAD_SET.has(t.key) && !t.possessive);
      // at least one word of what it does: "the U.N. agency" is the UN
      return last > i + name ? { first: i, last, country: null } : null;
    },
  },
  {
    // "The Israeli army said", "the U.S. military put the toll at 27": a state's armed force that
    // acts. Where it does not ("a Russian army base"), it is a description.
    id: 'state-armed-force',
    newsOnly: true,
    extract(tokens, i) {
      // "Northern Ireland police", "northern Ireland police": the state's name ends a longer name.
      const before = tokens[i - 1];
      const lengthens = before && (DIRECTIONS.has(before.key) || (/^\p{Lu}/u.test(before.text) && !DETERMINERS.has(before.key)));
      if (lengthens && before.sentence === tokens[i].sentence && /^ +$/.test(before.post)) return null;
      const country = ownerState(tokens[i], true);
      const length = country ? headLength(tokens, i + 1, ARMED_FORCE_HEADS) : 0;
      if (!country || !length) return null;
      const last = i + length;
      return isActing(tokens, i, last) ? { first: i, last, country } : null;
    },
  },
  {
    // "the health ministry said", "..., interior ministry officials said": a ministry named by its
    // portfolio alone, the state left to the reader.
    id: 'portfolio-ministry',
    newsOnly: true,
    extract(tokens, i) {
      const [word, head, before] = [tokens[i], tokens[i + 1], tokens[i - 1]];
      if (!head || word.blocked || !PORTFOLIOS.has(word.key) || !lowerCase(word) || head.key !== 'ministry' || !lowerCase(head)) return null;
      if (word.post !== ' ' || head.sentence !== word.sentence) return null;
      const opens = before === undefined || before.sentence !== word.sentence || DETERMINERS.has(before.key) || /[,;:]/.test(before.post);
      return opens ? { first: i, last: i + 1, country: null } : null;
    },
  },
];

export function findOwnedOrganizations(tokens: Token[], profile: Profile): OwnedOrganization[] {
  const found: OwnedOrganization[] = [];
  const rules = OWNED_ORGANIZATION_RULES.filter((rule) => profile === 'news' || !rule.newsOnly);
  for (let i = 0; i < tokens.length - 1; i++) {
    for (const rule of rules) {
      const organ = rule.extract(tokens, i);
      if (!organ) continue;
      found.push({ ...organ, rule: rule.id });
      i = organ.last;
      break;
    }
  }
  return found;
}
