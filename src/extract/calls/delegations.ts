// "Israeli and Lebanese officials held talks", "the foreign ministers of Egypt, Qatar and Turkey
// met", "negotiators from Russia and Ukraine met": unnamed people sent by two or more states. The
// parties are the states (GUIDELINES: persons when named, else the country), one joint call
// (rule subject-state-delegations).
import { COUNTRY_BY_DEMONYM } from '../../lexicon/country-index.js';
import { mentionsWithin, type PlacedMention } from '../mentions.js';
import { countryActor, isState } from './objects.js';
import { standInState } from './unnamed-states.js';

/** People a state sends to talks, unnamed. */
const ENVOYS = String.raw`(?:(?:senior|top|high-level|government|military|security|trade|defen[cs]e|foreign|finance|economy|interior)\s+)?(?:officials|delegations|delegates|negotiators|envoys|representatives|diplomats|ministers|leaders|presidents|premiers|prime\s+ministers|foreign\s+secretaries|commanders|teams)`;
/** What may stand between the group and the trigger: a verb and a few lowercase words ("on Monday held rare direct"). */
const TO_TRIGGER = String.raw`(?:\s+(?:on\s+)?[A-Za-z]*day)?(?:\s+[a-z][\w-]*){0,4}\s*$`;
/** "Israeli and Lebanese officials", "Thai, Cambodian and Malaysian delegations". */
const DEMONYM_LIST_RE = new RegExp(String.raw`(?:^|\s)([A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+)\s+${ENVOYS}${TO_TRIGGER}`);
/** "officials from Russia and Ukraine", "the foreign ministers of Egypt, Qatar and Turkey". */
const OF_STATES_RE = new RegExp(String.raw`(?:^|\s)${ENVOYS}\s+(?:of|from)\s+([A-Z][^;:]*?\band\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})${TO_TRIGGER}`);
const SENTENCE_CAPITAL_RE = /^\s*[A-Z](?=[a-z]+\s+(?:of|from)\s)/;
const LIST_SPLIT_RE = /\s*,\s*(?:and\s+)?|\s+and\s+/;

/** The states whose unnamed envoys are the subject [from, to) of a call, or [] when it is not such a group. */
export function stateDelegations(text: string, placed: readonly PlacedMention[], from: number, to: number): PlacedMention[] {
  // "Officials from ..." opening the sentence: the group word in lower case, the same length.
  const subject = text.slice(from, to).replace(SENTENCE_CAPITAL_RE, (c) => c.toLowerCase());
  const demonyms = DEMONYM_LIST_RE.exec(subject);
  if (demonyms) {
    const at = from + demonyms.index + demonyms[0].indexOf(demonyms[1]);
    const states = demonyms[1].split(LIST_SPLIT_RE).map((word) => {
      const country = COUNTRY_BY_DEMONYM.get(word.toLowerCase());
      if (!country) return null;
      const start = text.indexOf(word, at);
      return { start, end: start + word.length, actor: countryActor(placed, country) ?? standInState(country, start, start + word.length, word) };
    });
    return states.every((s) => s !== null) ? (states as PlacedMention[]) : [];
  }
  const listed = OF_STATES_RE.exec(subject);
  if (!listed) return [];
  const start = from + listed.index + listed[0].indexOf(listed[1]);
  const named = mentionsWithin(placed, start, start + listed[1].length);
  return named.length >= 2 && named.every((m) => isState(m.actor)) ? named : [];
}
