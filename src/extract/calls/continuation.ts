// "spoke on Monday with A and on Tuesday with B", "had calls with A on Sunday and with B on
// Monday": a second "with" phrase coordinated after a call's object is a call of its own, the
// same subject's, on its own day (rule coordinated-with-phrase).
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../document/calendar.js';
import type { CallMention } from './participants.js';
import type { TriggerMatch } from './triggers.js';

const DAY = String.raw`(?:(?:on\s+)?(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN}\.?\s+\d{1,2})|later|earlier)`;
/** From the last party of the object to the second "with": an optional day, "and", an optional day. */
const AND_WITH_RE = new RegExp(String.raw`^(?:\s+${DAY})?,?\s+and\s+(?:(?:then|later|also)\s+)?(?:${DAY}\s+)?with\s+(?=[A-Z]|(?:the|his|her|its|their)\s)`);

/** The second "with" phrase after the mention's object, as a trigger of the same kind; null when there is none. */
export function continuationAfter(text: string, mention: CallMention): TriggerMatch | null {
  if (!mention.roles.includes('object-with') || mention.subjects.length === 0) return null;
  const lastParty = Math.max(...mention.groups.flat().map((p) => p.end));
  if (!(lastParty > mention.trigger.end)) return null;
  const m = AND_WITH_RE.exec(text.slice(lastParty, mention.sentence.end));
  if (!m) return null;
  const start = lastParty + m[0].lastIndexOf('with');
  return { start, end: start, trigger: mention.trigger.trigger, continues: true };
}
