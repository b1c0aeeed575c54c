// Words of appeal that ask for no act of anyone's, each a named veto: a reporter's request ("did not
// return a call for comment", "asked for anonymity"), a robber's or a kidnapper's
// demand ("demanded cash from the clerk"), a cry for help ("called for backup"), calls counted or
// received by telephone ("12 calls from Elm Street", "missed calls from X", "911 calls for shots
// fired"), a private request ("asked for his jacket", "asked for a lawyer"), a shove ("pushed him into a closet to"),
// a request within a family ("encouraged his brother to do better", "asked her daughter not to go"), and
// an order or request to one person of a scene ("ordered them to back away", "asked him to leave").

import { KIN_NOUNS } from '../../lexicon/kin-nouns.js';

export interface AppealVeto {
  id: string;
  /** Whether the appeal verb's rule, the words just before it and the demand it took make no appeal. */
  rejects(rule: string, before: string, demand: string): boolean;
}

/** What a reporter asks of a source. */
const REPORTER_REQUEST_RE = /^(?:comment|anonymity)\b/i;
/** Money, valuables or a ransom asked for at gunpoint. */
const LOOT_RE =
  /^(?:(?:the|his|her|their|all|some|any)\s+)?(?:money|cash|currency|wallets?|purses?|(?:car\s+)?keys|(?:cell\s+)?phones?|valuables|jewel(?:le)?ry|drugs|ransom)\b|^(?:an?\s+)?(?:[\w-]+\s+)?\$\d/i;
/** "called for help", "called for backup officers", "calls for service"; not "help from the international community". */
const HELP_RE = /^(?:help(?!\s+(?:from|of)\b)|backup|back-up|security|assistance(?!\s+(?:from|of)\b)|an?\s+ambulance|medics|paramedics|service|police)\b/i;
const CRY_RULES = new Set(['call-for', 'pleaded-with', 'plea-noun', 'asked-for']);
/** "pushed him into a closet to", "pushed the man twice to": a shove, not pressure. */
const SHOVE_RE = /^(?:\S+\s+){1,3}?(?:into|onto|out|off|down|away|back|against|through|aside|twice)\b/i;
/** Telephone calls counted, missed, received or placed: "12 different calls from", "fielded calls from". */
const COUNTED_CALLS_BEFORE_RE =
  /\b(?:\d+|multiple|several|numerous|many|dozens\s+of|hundreds\s+of|phone|telephone|911|999|missed|emergency|received|fielded|got|took|made|returned|answered)\s+(?:\w+\s+)?$/i;

/** What "asked for" asks of a government or the public: aid, restraint, an inquiry, someone's release, an end to something. */
const PUBLIC_ASK_RE =
  /^(?:[\w'’-]+\s+){0,3}?(?:aid|assistance|support|restraint|calm|ceasefire|cease-fire|truce|talks|dialogue|negotiations|investigation|inquiry|probe|release|sanctions|protection|funding|funds|resignation|end\s+to|help\s+(?:from|of))\b/i;

/** "asking for everyone to pray", "asked for the authorities to come": people asked to act (not "a place to stay"). */
const ASKED_TO_ACT_RE = /^(?!an?\s)(?:[\w'’-]+\s+){1,5}?to\s+[a-z]+/;

/** "his brother to", "her daughter not to": one's own family or friend addressed. */
const KIN_ADDRESSEE_RE = new RegExp(String.raw`^(?:his|her|their|my|our|your)\s+(?:[\w-]+\s+)?(?:${KIN_NOUNS.join('|')})\b(?!['’])`, 'i');
/** Verb rules whose demand opens on whom the appeal addresses. */
const ADDRESSED_RULES = new Set(['asked-to', 'encouraged-to', 'urge-verb', 'pleaded-with', 'directed-to', 'warned-to', 'pressed-for']);

/**
 * "ordered them to back away", "warned her not to", "asked him to move out": a pronoun addressed by
 * an order, warning or request is someone in the scene told. An urging stays ("urged them to send
 * more air defences"), and so do requests of a group ("asked them to": leaders met may be meant).
 */
const SCENE_PRONOUN_RE = /^(?:him|her|them|me|us)\s+(?:not\s+)?to\b/i;
const SINGULAR_PRONOUN_RE = /^(?:him|her|me)\s+(?:not\s+)?to\b/i;
const SCENE_ORDER_RULES = new Set(['directed-to', 'encouraged-to', 'warned-to']);

/** "responded to a call on the 3800 block of Elm Street", "a call on Shady Lane Drive": a call to a place, not a call on someone. */
const STREET_ADDRESS_RE =
  /^(?:the\s+)?(?:\d+\s+block\s+of\b|\d+\s+[A-Z]|(?:[A-Z][\w'’.-]*\s+){1,3}(?:Drive|Street|St|Avenue|Ave|Road|Rd|Lane|Boulevard|Blvd|Court|Way|Place|Parkway|Highway)\b)/;

export const APPEAL_VETOES: readonly AppealVeto[] = [
  { id: 'call-to-an-address', rejects: (rule, _before, demand) => rule === 'call-on' && STREET_ADDRESS_RE.test(demand) },
  { id: 'reporter-request', rejects: (_rule, _before, demand) => REPORTER_REQUEST_RE.test(demand) },
  { id: 'robbery-demand', rejects: (rule, _before, demand) => rule === 'demand-verb' && LOOT_RE.test(demand) },
  { id: 'cry-for-help', rejects: (rule, _before, demand) => CRY_RULES.has(rule) && HELP_RE.test(demand) },
  { id: 'shove', rejects: (rule, _before, demand) => rule === 'pressed-for' && SHOVE_RE.test(demand) },
  { id: 'private-request', rejects: (rule, _before, demand) => rule === 'asked-for' && !PUBLIC_ASK_RE.test(demand) && !ASKED_TO_ACT_RE.test(demand) },
  { id: 'family-request', rejects: (rule, _before, demand) => ADDRESSED_RULES.has(rule) && KIN_ADDRESSEE_RE.test(demand.replace(/^with\s+/i, '')) },
  {
    id: 'scene-pronoun',
    rejects: (rule, _before, demand) =>
      (SCENE_ORDER_RULES.has(rule) && SCENE_PRONOUN_RE.test(demand)) || (rule === 'asked-to' && SINGULAR_PRONOUN_RE.test(demand)),
  },
  { id: 'telephone-calls', rejects: (rule, before) => (rule === 'calls-by' || rule === 'call-for') && COUNTED_CALLS_BEFORE_RE.test(before) },
];

/** The id of the veto that says the words make no appeal, or null. */
export function appealVeto(rule: string, before: string, demand: string): string | null {
  return APPEAL_VETOES.find((veto) => veto.rejects(rule, before, demand))?.id ?? null;
}
