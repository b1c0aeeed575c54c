// A person named as the owner of whom a clause is about is not a party: "spoke to Y's mother",
// "met with Reeves' lawyer", "the president's son met X". The one spoken with is the one owned.
import type { PlacedMention } from '../mentions.js';

/** "'s mother", "'s chief of staff": a possessive before a lower-case word. */
const OWNER_RE = /^['’]s\s+[a-z]/;
/** "Reeves' wife": the bare apostrophe of a name ending in s. */
const BARE_OWNER_RE = /^['’]\s+[a-z]/;

/** Whether the mention is followed by a possessive of something it owns. */
export function namesOwner(text: string, mention: PlacedMention): boolean {
  const after = text.slice(mention.end, mention.end + 4);
  return OWNER_RE.test(after) || (/s$/i.test(text.slice(mention.start, mention.end)) && BARE_OWNER_RE.test(after));
}

/** The people of `mentions` that are not owners (rule object-owner-not-party); other parties stay ("Iran's foreign minister" is Iran). */
export function withoutPersonOwners(text: string, mentions: PlacedMention[]): PlacedMention[] {
  return mentions.filter((m) => m.actor.type !== 'person' || !namesOwner(text, m));
}
