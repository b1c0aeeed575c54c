// Who started the call, when the text says: "at the initiative of the American side",
// "at the request of X", "on the U.S. side's initiative", or "X called Y".
import { COUNTRY_BY_DEMONYM } from '../../lexicon/country-index.js';
import type { Actor } from '../../schema.js';
import type { PlacedMention } from '../mentions.js';

const INITIATIVE_RE =
  /\b(?:at\s+the\s+(?:initiative|request|invitation|behest)\s+of|initiated\s+by|requested\s+by)\s+(?:the\s+)?([^,;]{1,40})|\bon\s+(?:the\s+)?([^,;]{1,40}?)(?:'s|’s)?\s+initiative\b/di;

/** The participant the phrase names: a participant itself, or the one who belongs to the named state. */
function participantFor(named: Actor | string, participants: readonly Actor[]): Actor | null {
  const country = typeof named === 'string' ? named : named.type === 'country' ? named.name : null;
  if (typeof named !== 'string' && participants.some((p) => p.id === named.id)) return named;
  if (!country) return null;
  return participants.find((p) => p.country === country || p.name === country) ?? null;
}

/** Initiator named in [from, to), among the call's participants. */
export function initiatorIn(
  text: string,
  placed: readonly PlacedMention[],
  from: number,
  to: number,
  participants: readonly Actor[],
): Actor | null {
  const m = INITIATIVE_RE.exec(text.slice(from, to));
  if (!m) return null;
  const group = m[1] !== undefined ? 1 : 2;
  const phrase = m[group];
  const phraseStart = from + m.indices![group]![0];
  const named = placed.find((p) => p.start >= phraseStart && p.start < phraseStart + phrase.length);
  if (named) return participantFor(named.actor, participants);
  const demonym = /^[A-Z][a-z]+/.exec(phrase);
  const country = demonym ? COUNTRY_BY_DEMONYM.get(demonym[0].toLowerCase()) : undefined;
  return country ? participantFor(country, participants) : null;
}
