// Decides what a candidate names. Each rule returns a reading or null to pass; the first reading wins.
import type { ActorType } from '../../schema.js';
import type { Candidate } from './candidates.js';
import { keyOf } from './candidates.js';
import { COUNTRY_BY_CAPITAL, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, ORGANIZATION_BY_NAME, OUTLETS, PLACE_NAMES } from './lexicon-index.js';
import type { Token } from './tokens.js';

export type Reading =
  | { type: ActorType; name: string; country: string | null }
  /** Not an actor: a news outlet (a source) or a nationality word ("Russian", "Iranians"). */
  | { type: 'none' };

export interface ClassifyContext {
  tokens: Token[];
  /** Position in `tokens` of the candidate's first word. */
  index: number;
  sports: boolean;
}

type Rule = (c: Candidate, key: string, ctx: ClassifyContext) => Reading | null;

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const ORG_TAGS = ['Organization', 'Company', 'SportsTeam', 'School'];
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region'];
const ACRONYM_RE = /^(?:[A-Z]\.?){2,6}$/;

const tagged = (tokens: Token[], tags: string[]): boolean => tokens.some((t) => tags.some((x) => t.tags.has(x)));
const nameText = (c: Candidate): string =>
  c.tokens.map((t, i) => (i ? c.tokens[i - 1].post.replace(/\s+/g, ' ') : '') + t.text).join('').replace(/['’]s?$/, '');

const RULES: Rule[] = [
  (_c, key) => (OUTLETS.has(key) ? { type: 'none' } : null),
  (_c, key) => {
    const country = COUNTRY_BY_NAME.get(key);
    return country ? { type: 'country', name: country, country: null } : null;
  },
  (c, key) => (COUNTRY_BY_DEMONYM.has(key) || COUNTRY_BY_DEMONYM.has(key.replace(/s$/, '')) || c.tokens.every((t) => t.tags.has('Demonym')) ? { type: 'none' } : null),
  (_c, key) => {
    const org = ORGANIZATION_BY_NAME.get(key);
    return org ? { type: 'organization', name: org.name, country: org.country } : null;
  },
  (c) => (c.organizationCue ? { type: 'organization', name: nameText(c), country: c.country } : null),
  (c) => (c.personCue ? { type: 'person', name: nameText(c), country: c.country } : null),
  (c, key) => (COUNTRY_BY_CAPITAL.has(key) || PLACE_NAMES.has(key) ? { type: 'place', name: nameText(c), country: null } : null),
  (c) => (tagged(c.tokens, PERSON_TAGS) ? { type: 'person', name: nameText(c), country: c.country } : null),
  (c) => (tagged(c.tokens, ORG_TAGS) ? { type: 'organization', name: nameText(c), country: c.country } : null),
  (c) => (tagged(c.tokens, PLACE_TAGS) ? { type: 'place', name: nameText(c), country: null } : null),
  (c) => (c.tokens.length === 1 && ACRONYM_RE.test(c.tokens[0].text) ? { type: 'organization', name: nameText(c), country: c.country } : null),
];

export function classify(c: Candidate, ctx: ClassifyContext): Reading {
  const key = keyOf(c.tokens);
  for (const rule of RULES) {
    const reading = rule(c, key, ctx);
    if (reading) return reading;
  }
  return { type: 'person', name: nameText(c), country: c.country };
}
