// Organizations the article only names in passing: "returned to the White House", "the G20 summit",
// "a State Duma deputy", "the Congress-led alliance". News readers want the ones that act or speak,
// so an organization none of whose mentions does more than this is dropped from the record.
import { EVENT_HEADS } from '../../lexicon/name-cues.js';
import { ORGANIZATION_MODIFIER_HEADS } from '../../lexicon/organization-modifier-heads.js';
import { OFFICE_MODIFIERS, OFFICE_WORDS } from './lexicon-index.js';
import type { Entity } from './merge.js';
import type { Token } from './tokens.js';

/** Before a name, where something is, not who acts ("at", "into"); "according to" is a source. */
const LOCATING_PREPOSITIONS = new Set(['at', 'in', 'inside', 'into', 'near', 'outside', 'to']);
/** Offices whose holders speak for the organization ("Kremlin spokesman said"): the organization acts. */
const VOICE_WORDS = new Set(['official', 'officials', 'spokesman', 'spokesperson', 'spokeswoman']);
const MODIFIED_HEADS = new Set(
  [...EVENT_HEADS, ...ORGANIZATION_MODIFIER_HEADS, ...OFFICE_MODIFIERS, ...OFFICE_WORDS].filter((w) => !VOICE_WORDS.has(w)),
);

function locatedOnly(tokens: Token[], first: number): boolean {
  let b = first - 1;
  if (tokens[b]?.key === 'the') b--;
  const before = tokens[b];
  if (!before || before.sentence !== tokens[first].sentence || !LOCATING_PREPOSITIONS.has(before.key)) return false;
  return !(before.key === 'to' && tokens[b - 1]?.key === 'according');
}

/** "the G20 summit", "a State Duma deputy", "the Israel-Hamas ceasefire", "the Congress-led alliance". */
function modifierOnly(tokens: Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.post === '-' || tokens[last].post === '-') return true;
  const next = tokens[last + 1];
  if (next === undefined || tokens[last].possessive || tokens[last].post.trim() !== '') return false;
  return MODIFIED_HEADS.has(next.key);
}

export function dropIncidentalOrganizations(entities: Entity[], tokens: Token[]): Entity[] {
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  const byEnd = new Map(tokens.map((t, i) => [t.end, i]));
  const incidental = (start: number, end: number): boolean => {
    const first = byStart.get(start);
    const last = byEnd.get(end);
    if (first === undefined || last === undefined) return false;
    return locatedOnly(tokens, first) || modifierOnly(tokens, first, last);
  };
  return entities.filter((e) => e.type !== 'organization' || !e.mentions.every((m) => incidental(m.start, m.end)));
}
