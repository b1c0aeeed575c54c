// Results tables write sides and players in fixed notations. Cricket: "Saeed Anwar c Croft b Cork 176",
// "lbw b Salisbury", bowling figures "Croft 29-6-64-1"; soccer: scorers with the minute
// "Okafor (54th)". A name in one of these slots is a player, even when it is also a town ("Cork").
// A side with its country and a goal count, "Dinamo Sud (Moldova) 2", is a club.
import type { Token } from '../tokens.js';

/** Dismissal marks as printed, lower case: caught, bowled, stumped, leg before. */
const DISMISSAL_MARKS = new Set(['b', 'c', 'st', 'lbw']);
/** Overs-maidens-runs-wickets: "29-6-64-1", "14.3-4-45-1". */
const BOWLING_FIGURES_RE = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;

/** The candidate spanning tokens[first..last] sits in a scorecard player slot. */
export function inScorecardSlot(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (before && DISMISSAL_MARKS.has(before.text) && before.post === ' ') return true;
  if (!after || tokens[last].post !== ' ') return false;
  if (DISMISSAL_MARKS.has(after.text) && after.post === ' ') return true;
  return BOWLING_FIGURES_RE.test(after.text) || (after.text === 'not' && tokens[last + 2]?.text === 'out');
}

/** "(54th)", "(50th minute)": the minute a goal was scored. */
const MINUTE_RE = /^\(?\d{1,3}(?:st|nd|rd|th)\b/;
/** Goals in a soccer result: one digit, unlike golf rounds ("70") or set scores ("6-3"). */
const GOALS_RE = /^\d$/;

/** "Okafor (54th)": a scorer. */
export function scorerSlot(tokens: Token[], last: number): boolean {
  const after = tokens[last + 1];
  return after !== undefined && MINUTE_RE.test(after.pre + after.text);
}

/** "Dinamo Sud (Moldova) 2": a club, given its country and its goals. */
export function clubWithCountrySlot(tokens: Token[], last: number, isCountry: (key: string) => boolean): boolean {
  const [country, goals] = [tokens[last + 1], tokens[last + 2]];
  return country !== undefined && goals !== undefined && country.pre === '(' && country.post.startsWith(')') && isCountry(country.key) && GOALS_RE.test(goals.text);
}
