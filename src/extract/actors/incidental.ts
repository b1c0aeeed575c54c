// Organizations the article only names in passing: "returned to the White House", "the G20 summit",
// "a State Duma deputy", "Kremlin spokesman Dmitry Peskov said". News readers want the ones that act
// or speak, so an organization none of whose mentions does more than one of these is dropped.
import { EVENT_HEADS } from '../../lexicon/name-cues.js';
import { ORGANIZATION_MODIFIER_HEADS } from '../../lexicon/organization-modifier-heads.js';
import { OFFICE_MODIFIERS, OFFICE_WORDS } from './lexicon-index.js';
import type { Entity } from './merge.js';
import type { Token } from './tokens.js';

/** A named test of one mention: `first`/`last` are positions in the tokens of its first and last word. */
export interface IncidentalRule {
  id: string;
  passing(tokens: Token[], first: number, last: number): boolean;
}

/** Before a name, where something is, not who acts ("at", "into"); "according to" is a source. */
const LOCATING_PREPOSITIONS = new Set(['at', 'in', 'inside', 'into', 'near', 'outside', 'to']);
/** Offices whose holders speak for the organization ("Kremlin spokesman said"): the organization acts. */
const VOICE_WORDS = new Set(['official', 'officials', 'spokesman', 'spokesperson', 'spokeswoman']);
const MODIFIED_HEADS = new Set(
  [...EVENT_HEADS, ...ORGANIZATION_MODIFIER_HEADS, ...OFFICE_MODIFIERS, ...OFFICE_WORDS].filter((w) => !VOICE_WORDS.has(w)),
);
/** Holders who speak for the body they sit in ("EU foreign ministers"); not "police officers", whose city is no body. */
const MEMBER_PLURALS = new Set(['ambassadors', 'diplomats', 'envoys', 'lawmakers', 'ministers', 'negotiators']);
/** Words of an office written between an organization and its holder's name ("press secretary"). */
const HOLDER_OFFICE_WORDS = new Set([...OFFICE_WORDS, ...OFFICE_MODIFIERS]);

const sameSentence = (tokens: Token[], a: number, b: number): boolean => tokens[a] !== undefined && tokens[b] !== undefined && tokens[a].sentence === tokens[b].sentence;
const joined = (t: Token): boolean => t.post === ' ';
const capitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text) && !HOLDER_OFFICE_WORDS.has(t.key);

/** "in the White House", "to the Pentagon"; "according to" names a source, which speaks. */
function locatedOnly(tokens: Token[], first: number): boolean {
  let b = first - 1;
  if (tokens[b]?.key === 'the') b--;
  const before = tokens[b];
  if (!before || !sameSentence(tokens, b, first) || !LOCATING_PREPOSITIONS.has(before.key)) return false;
  return !(before.key === 'to' && tokens[b - 1]?.key === 'according');
}

/**
 * "EU foreign ministers called on", "NATO defence ministers urged": unnamed holders of an office in the plural
 * act for the body they belong to, so it acts (rule unnamed-members); "a State Duma deputy" stays a modifier.
 */
function unnamedMembers(tokens: Token[], last: number): boolean {
  let i = last + 1;
  while (tokens[i] && HOLDER_OFFICE_WORDS.has(tokens[i].key) && joined(tokens[i]) && sameSentence(tokens, last, i + 1)) i++;
  const office = tokens[i];
  const plural = office !== undefined && MEMBER_PLURALS.has(office.key);
  return plural && sameSentence(tokens, last, i) && !(joined(office) && capitalised(tokens[i + 1]));
}

/** "the G20 summit", "a State Duma deputy", "the Israel-Hamas ceasefire", "the Congress-led alliance". */
function modifierOnly(tokens: Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.post === '-' || tokens[last].post === '-') return true;
  const next = tokens[last + 1];
  if (next === undefined || tokens[last].possessive || tokens[last].post.trim() !== '') return false;
  return MODIFIED_HEADS.has(next.key) && !unnamedMembers(tokens, last);
}

/**
 * "Kremlin spokesman Dmitry Peskov said", "Railway Board chairperson X": the office's named holder
 * speaks, not the body; "President of the European Council Charles Michel" likewise.
 */
function employerOfNamedHolder(tokens: Token[], first: number, last: number): boolean {
  let i = last + 1;
  if (joined(tokens[last]) || tokens[last].possessive) {
    while (tokens[i] && HOLDER_OFFICE_WORDS.has(tokens[i].key) && joined(tokens[i])) i++;
    if (i > last + 1 && sameSentence(tokens, last, i) && capitalised(tokens[i])) return true;
  }
  let b = first - 1;
  if (tokens[b]?.key === 'the') b--;
  const ownerOfOffice = tokens[b]?.key === 'of' && tokens[b - 1] !== undefined && OFFICE_WORDS.has(tokens[b - 1].key) && sameSentence(tokens, b - 1, first);
  return ownerOfOffice && joined(tokens[last]) && sameSentence(tokens, last, last + 1) && capitalised(tokens[last + 1]);
}

export const INCIDENTAL_RULES: readonly IncidentalRule[] = [
  { id: 'located-only', passing: (tokens, first) => locatedOnly(tokens, first) },
  { id: 'modifier-only', passing: modifierOnly },
  { id: 'employer-of-named-holder', passing: employerOfNamedHolder },
];

export function dropIncidentalOrganizations(entities: Entity[], tokens: Token[]): Entity[] {
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  const byEnd = new Map(tokens.map((t, i) => [t.end, i]));
  const incidental = (start: number, end: number): boolean => {
    const first = byStart.get(start);
    const last = byEnd.get(end);
    if (first === undefined || last === undefined) return false;
    return INCIDENTAL_RULES.some((rule) => rule.passing(tokens, first, last));
  };
  return entities.filter((e) => e.type !== 'organization' || !e.mentions.every((m) => incidental(m.start, m.end)));
}
