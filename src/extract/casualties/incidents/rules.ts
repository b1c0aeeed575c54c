// Words that move a sentence to another incident than the story's own: "in a separate attack",
// "the attack came two days after", "In April, ...", "... where a bomber killed 28 last month".
// The figures they cover are that incident's, so they are never merged with an equal figure of the
// story (GUIDELINES.md: only the same figure repeated is one record). Source: wire-copy usage.
import { MONTH_PATTERN } from '../../../document/calendar.js';
import { INCIDENT_NOUNS, OTHER_INCIDENT_ADJECTIVES } from './words.js';

/** The part of a sentence (sentence offsets) whose figures belong to another incident. */
export interface IncidentScope {
  from: number;
  to: number;
}

export interface IncidentRule {
  name: string;
  /** Global, case-insensitive; run over the unmasked sentence. */
  pattern: RegExp;
  /** The figures the cue speaks for, or null when this match is no cue. */
  extract(raw: string, match: RegExpExecArray): IncidentScope | null;
}

const words = (list: readonly string[]) => list.join('|');
const COUNT_WORD = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\\s+few|\\d+)';
// A relative word or a comma opens the clause a trailing time cue belongs to.
const CLAUSE_OPENING_RE = /(?:,|;|\bwhere\b|\bwhen\b|\bwhich\b|\bthat\b)(?![\s\S]*(?:,|;|\bwhere\b|\bwhen\b|\bwhich\b|\bthat\b))/i;

// "the shooting that killed two last month", headlines' "shooting that injured four last year": a relative clause on a
// definite or bare incident noun retells the incident the story is about, not another one (rule incident-retold)
const RETOLD_INCIDENT_RE = new RegExp(`(?:^|\\b(?:the|this|that|in|for|after|over)\\s+)(?:(?!(?:a|an|another)\\s)[\\w’'-]+\\s+){0,3}?(?:${words(INCIDENT_NOUNS)})\\s*$`, 'i');
const RELATIVE_THAT_RE = /^(?:that|which)$/i;

/** From the cue to the end of the sentence. */
const onward = (raw: string, m: RegExpExecArray): IncidentScope => ({ from: m.index, to: raw.length });

export const INCIDENT_RULES: readonly IncidentRule[] = [
  {
    // "In a separate attack in Kandahar, ...", "another bombing killed ...", "Elsewhere, ...", "Separately, ..."
    name: 'separate-incident',
    pattern: new RegExp(
      `\\b(?:(?:a|an|another|the)\\s+(?:${words(OTHER_INCIDENT_ADJECTIVES)})\\s+(?:${words(INCIDENT_NOUNS)})|another\\s+(?:${words(INCIDENT_NOUNS)})|elsewhere|separately)\\b`,
      'gi',
    ),
    extract: onward,
  },
  {
    // "The attack came two days after ...", "The blast occurred a week after ..."
    name: 'earlier-incident-after',
    pattern: new RegExp(
      `\\b(?:came|comes|occurred|happened|took\\s+place|followed)\\s+(?:just\\s+|only\\s+|barely\\s+)?(?:${COUNT_WORD}\\s+)?(?:days?|weeks?|months?|years?)\\s+after\\b`,
      'gi',
    ),
    extract: onward,
  },
  {
    // "In April, ...", "Last year, ...", "Earlier this month, ...": a past time opening the sentence
    name: 'earlier-time-fronted',
    pattern: new RegExp(
      `^\\W*(?:in\\s+(?:${MONTH_PATTERN}|(?:19|20)\\d{2})(?![\\s,]*\\d{1,2}\\b)|last\\s+(?:month|year|${MONTH_PATTERN})|earlier\\s+(?:this|last)\\s+(?:month|year))\\b`,
      'gi',
    ),
    extract: onward,
  },
  {
    // "... where a suicide bomber killed 28 people last month": the clause the time ends
    name: 'earlier-time-trailing',
    pattern: new RegExp(`(?<!\\b(?:since|until|than|of|by)\\s+)\\b(?:last\\s+(?:month|year)|earlier\\s+(?:this|last)\\s+(?:month|year)|(?:a|one|two|three|several)\\s+(?:months?|years?)\\s+ago)\\b`, 'gi'),
    extract(raw, m) {
      const opening = CLAUSE_OPENING_RE.exec(raw.slice(0, m.index));
      if (!opening) return null;
      if (RELATIVE_THAT_RE.test(opening[0]) && RETOLD_INCIDENT_RE.test(raw.slice(0, opening.index))) return null;
      return { from: opening.index, to: m.index + m[0].length };
    },
  },
];
