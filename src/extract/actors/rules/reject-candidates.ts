// Capitalised words that are no name at all, dropped before classification. Named rules; `extract`
// returns the candidate, or null to reject it.
import { DIVINE_NAMES, FAITH_COMMUNITIES } from '../../../lexicon/faiths.js';
import { ADDRESS_HONORIFICS, ADDRESSED_OFFICES } from '../../../lexicon/honorifics.js';
import { PARTY_MEMBER_NOUNS } from '../../../lexicon/party-members.js';
import { definitionOf } from '../defined-acronyms.js';
import { OFFICE_WORDS, ORG_HEADS, PORTFOLIOS } from '../lexicon-index.js';
import type { Candidate, RejectionContext, RejectionRule } from './candidate-types.js';

const FAITH_COMMUNITY_SET = new Set(FAITH_COMMUNITIES);
const PARTY_MEMBER_SET = new Set(PARTY_MEMBER_NOUNS);
const DIVINE_NAME_SET = new Set(DIVINE_NAMES);
const DETERMINERS = new Set(['a', 'an', 'the']);
const NOUN_TAGS = ['Noun', 'Plural'];
const ADDRESS_HONORIFIC_SET = new Set(ADDRESS_HONORIFICS.map((h) => h.toLowerCase().replace(/\.$/, '')));
const ADDRESSED_OFFICE_SET = new Set(ADDRESSED_OFFICES);
const CLOCK_TIME_RE = /^\d{1,2}(?::\d{2}){1,2}$/;
/** "R-S.C.", "D-Calif.", "I-Vt.": a US legislator's party and state, written after the name. */
const PARTY_STATE_RE = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

/** "Sen. Tim Scott, R-S.C., said", "(D-Md.)": a party-and-state label set off after a name. */
function partyStateLabel(c: Candidate, ctx: RejectionContext): boolean {
  const before = ctx.tokens[ctx.index - 1];
  return c.tokens.length === 1 && PARTY_STATE_RE.test(c.tokens[0].text) && before !== undefined && /[,(]\s*$/.test(before.post + c.tokens[0].pre);
}

/** "3:00 PM ET", "1:44:31 PM Politics": the words after a clock time's PM are no Prime Minister's name. */
function afterClockMeridiem(ctx: RejectionContext): boolean {
  const [meridiem, time] = [ctx.tokens[ctx.index - 1], ctx.tokens[ctx.index - 2]];
  return meridiem?.text === 'PM' && meridiem.post === ' ' && time !== undefined && time.post === ' ' && CLOCK_TIME_RE.test(time.text);
}

/** "Mr. President", "Madam Speaker": a courtesy title, then an office and no name. */
function addressedByOffice(c: Candidate, ctx: RejectionContext): boolean {
  const before = ctx.tokens[ctx.index - 1];
  const office = c.tokens.map((t) => t.key).join(' ');
  return before !== undefined && ADDRESS_HONORIFIC_SET.has(before.key) && ADDRESSED_OFFICE_SET.has(office) && !c.tokens[c.tokens.length - 1].tags.has('LastName');
}

/** "the Kashmiri Pandit victims", "a Sunni cleric": a determiner before it or a common noun after it. */
function usedAsDescription(c: Candidate, ctx: RejectionContext): boolean {
  const before = ctx.tokens[ctx.index - 1];
  const after = ctx.tokens[ctx.index + c.tokens.length];
  const last = c.tokens[c.tokens.length - 1];
  if (before && before.sentence === c.tokens[0].sentence && DETERMINERS.has(before.key) && before.text === before.key) return true;
  return after !== undefined && last.post === ' ' && after.text === after.key && NOUN_TAGS.some((tag) => after.tags.has(tag)) && !after.tags.has('Verb');
}

export const REJECTION_RULES: readonly RejectionRule[] = [
  // "the Kashmiri Pandit victims", "Bangladeshi Hindu families": a people or place, then a faith's
  // adherents, used as a description names a community; "Ravi Pandit said" is still a person.
  {
    id: 'faith-community',
    extract: (c, ctx) => (c.tokens.length > 1 && FAITH_COMMUNITY_SET.has(c.tokens[c.tokens.length - 1].key) && usedAsDescription(c, ctx) ? null : c),
  },
  // "State Rep. Carol Hines, a Democrat,", "Republican lawmakers": a party member's noun used as a description is no name.
  { id: 'party-member', extract: (c, ctx) => (c.tokens.length === 1 && PARTY_MEMBER_SET.has(c.tokens[0].key) && usedAsDescription(c, ctx) ? null : c) },
  // "the Chief Medical Officer (CMO)", "the CMO said": an office's abbreviation names no one by itself.
  {
    id: 'office-acronym',
    extract(c, ctx) {
      const words = c.tokens.length === 1 ? definitionOf(ctx.tokens, c.tokens[0].text) : undefined;
      const head = words?.[words.length - 1].key;
      return head !== undefined && OFFICE_WORDS.has(head) && !ORG_HEADS.has(head) ? null : c;
    },
  },
  // "Mr. President", "Madam Speaker": someone addressed by office is named by no name here.
  { id: 'addressed-by-office', extract: (c, ctx) => (addressedByOffice(c, ctx) ? null : c) },
  // "Updated: 3:00 PM ET": a clock time's PM is no office, and what follows it (a time zone, a section) no holder.
  { id: 'clock-meridiem', extract: (c, ctx) => (afterClockMeridiem(ctx) ? null : c) },
  // "Sen. Tim Scott, R-S.C., said": the label after a legislator's name is no second person.
  { id: 'party-state-label', extract: (c, ctx) => (partyStateLabel(c, ctx) ? null : c) },
  // "a School for Science and Technology": fields of government joined by "and", left over from a
  // longer name, name no one.
  {
    id: 'portfolio-pair',
    extract: (c) => (c.tokens.some((t) => t.key === 'and') && c.tokens.every((t) => t.key === 'and' || PORTFOLIOS.has(t.key)) ? null : c),
  },
  // "asking Allah Almighty", "God Almighty": God is named, not an actor.
  { id: 'divine-name', extract: (c) => (c.tokens.some((t) => DIVINE_NAME_SET.has(t.key)) ? null : c) },
];
