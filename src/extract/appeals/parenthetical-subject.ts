// Rule agent-before-parenthetical: "Borrell, who heads EU diplomacy, urged", "Scholz, speaking in
// Berlin after meeting Macron, called for", "The IMF, in its latest outlook, urged": the subject
// stands before a parenthetical set off by commas, and a party named inside it does not appeal.
// When no party is named before a relative clause ("Qatar, which mediates between Israel and Hamas,
// urged", the state read as a place), the subject is unnamed: the parties inside are not it.
import type { TextSpan } from '../../document/types.js';
import type { Actor } from '../../schema.js';
import { BRACKETED_ACRONYM, clauseOpener } from '../calls/clause.js';
import { mentionsWithin, parties, type PlacedMention } from '../mentions.js';

/** The comma that closes the parenthetical, right before the verb ("has", "also", "on Monday" may follow it). */
const CLOSING_COMMA_RE = /,\s*(?:(?:has|have|had|also|again|on\s+\w+day)\s+)*$/i;
/** How a parenthetical opens: a relative, a participle, a preposition, an apposition's determiner. */
const PARENTHETICAL_OPEN_RE = /^,\s*(?:(?:who|which|whose|in|at|on|after|before|during|from|with|the|a|an|its|his|her|their)\b|[a-z]+ing\b)/;
/** A subject ends at the opening comma, an acronym in brackets aside ("Human Rights Watch (HRW),"). */
const SUBJECT_END_RE = new RegExp(String.raw`^\s*(?:${BRACKETED_ACRONYM})?\s*$`);
/** A relative clause never holds its own antecedent; an apposition ("the former envoy X") may be the subject. */
const RELATIVE_OPEN_RE = /^,\s*(?:who|which|whose)\b/;

/**
 * The subject before a parenthetical that closes right before the verb at `verbStart`: none when
 * a relative clause stands there with no party named before it; null when there is no parenthetical.
 */
export function subjectBeforeParenthetical(
  text: string,
  placed: readonly PlacedMention[],
  sentence: TextSpan,
  verbStart: number,
  coordinated: (named: readonly PlacedMention[], index: number) => Actor[],
): Actor[] | null {
  const before = text.slice(sentence.start, verbStart);
  const closing = CLOSING_COMMA_RE.exec(before);
  if (!closing) return null;
  const open = before.lastIndexOf(',', closing.index - 1);
  if (open < 0 || !PARENTHETICAL_OPEN_RE.test(before.slice(open, closing.index))) return null;
  const openAt = sentence.start + open;
  const clauseStart = clauseOpener(text, sentence, openAt).start;
  const named = parties(mentionsWithin(placed, clauseStart, openAt));
  if (named.length === 0 && RELATIVE_OPEN_RE.test(before.slice(open, closing.index))) return [];
  if (named.length === 0 || !SUBJECT_END_RE.test(text.slice(named[named.length - 1].end, openAt))) return null;
  return coordinated(named, named.length - 1);
}
