// "Four people were shot, one fatally", "shot six people, killing two", "5 shot, 2 dead": the dead are part of
// those shot, so the wounded who lived are the rest (refiner shot-less-dead). Gun Violence Archive counts the
// injured so (casualties README: "four people were shot, one fatally" leaves injured = 3).
import { tagRules } from '../../provenance.js';
import type { Finding, SentenceScan } from '../types.js';

// the total is told with a verb of being shot or hit, not "injured" ("12 were injured, one fatally" is rare and unclear)
export const SHOT_RE = /\b(?:shot|shooting|wounded|wounding|struck|gunned)\b/i;
// what may stand between the total and its dead part: a comma or dash, perhaps "including", after a
// phrase of time or place ("were shot early Sunday outside a bar, one of them fatally")
const GAP_RE = /^(?<adverbial>[^,;—–]{0,80}?)\s*(?:,|—|–|-|:)\s*(?:including\s+|with\s+|leaving\s+)?$/i;
// a phrase that tells of other people or another harm is a clause of its own, not a time or a place
const CLAUSE_RE = /\b(?:and|but|while|who|as|when|because|he|she|they|we|others?|people|persons|men|women|victims?|shot|killed|wounded|injured|stabbed|died|dead|hurt)\b/i;
const joinsPart = (gap: string): boolean => {
  const adverbial = GAP_RE.exec(gap)?.groups?.adverbial;
  return adverbial !== undefined && !CLAUSE_RE.test(adverbial);
};
// "two others killed", "another died": a second group, not a part of the first
const OTHER_GROUP_RE = /\b(?:others?|another|more|additional)\b/i;

/** The injured total of a sentence less the part of it told dead right after it. */
export function shotLessDead(sentence: SentenceScan, found: Finding[]): Finding[] {
  const { text, start: base } = sentence;
  return found.map((total) => {
    if (total.kind !== 'injured' || total.quantity.qualifier !== 'exact' || total.quantity.count === null) return total;
    if (!SHOT_RE.test(text.slice(total.start - base, total.end - base))) return total;
    const dead = found.find(
      (f) => f.kind === 'killed' && f.start >= total.end && joinsPart(text.slice(total.end - base, f.start - base)) && f.quantity.qualifier === 'exact',
    );
    if (!dead || dead.quantity.count === null || dead.quantity.count >= total.quantity.count) return total;
    if (OTHER_GROUP_RE.test(text.slice(dead.start - base, dead.end - base))) return total;
    const rest: Finding = { ...total, quantity: { ...total.quantity, count: total.quantity.count - dead.quantity.count } };
    tagRules(rest, 'shot-less-dead');
    return rest;
  });
}
