// Classification rules for CoNLL-2003's 1996 Reuters sports pages (the conll profile): results
// tables, cricket scorecards, clubs named after towns. Each goes in before a news rule.
import { TABLE_HEADING_WORDS } from '../../../lexicon/name-cues.js';
import { HOME_NATIONS } from '../../../lexicon/countries.js';
import { keyOf, type Candidate } from '../candidates.js';
import { isCommonWord } from '../common-words.js';
import { COUNTRY_BY_NAME } from '../lexicon-index.js';
import { clubWithCountrySlot, inScorecardSlot, scorerSlot } from './scorecard.js';
import { lastIndex } from './cues.js';
import { named, type ClassifyContext, type ClassifyRule } from './types.js';

const TABLE_HEADINGS = new Set(TABLE_HEADING_WORDS);
const HOME_NATION_KEYS = new Set(HOME_NATIONS.map((n) => n.toLowerCase()));
const FIXTURE_WORDS = new Set(['v', 'vs', 'vs.']);
const RESULT_VERBS = new Set(['beat', 'drew', 'lost', 'won', 'trail', 'lead', 'led', 'v', 'vs']);

/** In a sports report a name followed by a score or a result verb is a side: "Essex 372", "Ajax beat". */
function sportsSide(c: Candidate, ctx: ClassifyContext): boolean {
  const key = keyOf(c.tokens);
  if (HOME_NATION_KEYS.has(key) || (c.tokens.length === 1 && (key.length < 2 || isCommonWord(key, ctx.lowerInDoc)))) return false;
  // "A. Dale 69", "Chris Adams 123": a player with his score.
  if (c.tokens.length > 1 && (/^\p{Lu}$/u.test(c.tokens[0].text) || c.tokens[0].tags.has('FirstName'))) return false;
  // "... v Hampshire": the other side of a fixture ("vs. Ann Grier" in a draw is a player).
  if (c.tokens.length === 1 && FIXTURE_WORDS.has(ctx.tokens[ctx.index - 1]?.text ?? '')) return true;
  const last = ctx.tokens[lastIndex(c, ctx)];
  const next = ctx.tokens[lastIndex(c, ctx) + 1];
  if (!next || next.sentence !== last.sentence) return false;
  return next.tags.has('Value') || RESULT_VERBS.has(next.key);
}

/** A conll rule and the news rule it goes in before. */
export interface InsertedRule {
  before: string;
  rule: ClassifyRule;
}

export const CONLL_CLASSIFY_RULES: readonly InsertedRule[] = [
  // "TEST SCOREBOARD", "Halftime 1-0", "W L PCT GB": table headings name nothing.
  { before: 'country-name', rule: { id: 'results-table-heading', read: (c) => (c.tokens.some((t) => TABLE_HEADINGS.has(t.key)) ? { type: 'none' } : null) } },
  {
    before: 'country-name',
    rule: {
      id: 'scorecard-player',
      read: (c, _key, ctx) =>
        ctx.sports && (inScorecardSlot(ctx.tokens, ctx.index, lastIndex(c, ctx)) || scorerSlot(ctx.tokens, lastIndex(c, ctx))) ? named('person', c, c.country) : null,
    },
  },
  {
    before: 'country-name',
    rule: {
      id: 'club-with-country',
      read: (c, _key, ctx) => (ctx.sports && clubWithCountrySlot(ctx.tokens, lastIndex(c, ctx), (k) => COUNTRY_BY_NAME.has(k)) ? named('organization', c) : null),
    },
  },
  { before: 'known-place', rule: { id: 'sports-side', read: (c, _key, ctx) => (ctx.sports && sportsSide(c, ctx) ? named('organization', c) : null) } },
  // A lone unknown word in a sports report is most often a club ("Ruch", "Dinamo").
  {
    before: 'lone-unknown-word',
    rule: {
      id: 'sports-lone-side',
      read: (c, key, ctx) =>
        ctx.sports && c.tokens.length === 1 && key.length > 1 && !isCommonWord(key, ctx.lowerInDoc) && !COUNTRY_BY_NAME.has(key) ? named('organization', c) : null,
    },
  },
];
