// Countries a reader supplies where the text names none, as named rules tried in order: the first
// that returns a country gives it. A person or organ whose office has a written owner that is no
// state ("President of the European Council X", "EU foreign policy chief Y") takes no guess.
import { withoutNameSuffix } from '../../text/name-suffix.js';
import { tagRules } from '../provenance.js';
import { datelineHomeCountry, homeState, storyHomeCountry, type HomeState } from './home-country.js';
import type { Entity } from './merge.js';
import { officeHolder } from './office-holders.js';
import { bareOfficeOwner, officeOwners, type OfficeOwners } from './office-owners.js';
import type { Token } from './tokens.js';

export interface GuessContext {
  /** The persons of the story, to find whose official one is. */
  people: Entity[];
  owners: OfficeOwners;
  home: HomeState;
  /** The article's year, when known. */
  year: number | null;
  /** The countries the story names, as countries or places. */
  countries: ReadonlySet<string>;
}

export interface CountryGuess {
  id: string;
  /** The entity's country, or null to pass it on to the next rule. */
  extract(e: Entity, ctx: GuessContext): string | null;
}

/**
 * "Putin's spokesman X", "the President's press secretary Y": the country of the one person the
 * possessive names, by surname or by the office they hold (rule 'official-of-person').
 */
function officialOfPerson(e: Entity, ctx: GuessContext): string | null {
  const owner = e.ownerName;
  if (!owner) return null;
  const named = ctx.people.filter((p) => p !== e && p.country !== null && (withoutNameSuffix(p.words).at(-1) === owner || p.title?.toLowerCase() === owner));
  const countries = new Set(named.map((p) => p.country));
  return countries.size === 1 ? named[0].country : null;
}

export const COUNTRY_GUESSES: readonly CountryGuess[] = [
  { id: 'official-of-person', extract: officialOfPerson },
  { id: 'bare-office-owner', extract: (e, ctx) => bareOfficeOwner(e, ctx.owners) },
  { id: 'office-holder', extract: (e, ctx) => (e.type === 'person' ? (officeHolder(e.name, ctx.year, { title: e.title, countries: ctx.countries })?.country ?? null) : null) },
  { id: 'dateline-home-country', extract: (e, ctx) => datelineHomeCountry(e, ctx.home) },
  { id: 'story-home-country', extract: (e, ctx) => storyHomeCountry(e, ctx.home) },
];

export interface Story {
  tokens: Token[];
  datelinePlaces: string[];
  datelineText: string;
  year: number | null;
}

/** Gives each country-less person and organization the first guess of the rules, tagging its id. */
export function guessCountries(entities: Entity[], story: Story, rules: readonly CountryGuess[] = COUNTRY_GUESSES): void {
  const ctx: GuessContext = {
    people: entities.filter((e) => e.type === 'person'),
    owners: officeOwners(entities, story.tokens),
    home: homeState(entities, story.tokens, story.datelinePlaces, story.datelineText),
    year: story.year,
    countries: new Set(entities.filter((e) => e.type === 'country' || e.type === 'place').map((e) => e.name)),
  };
  for (const e of entities) {
    if (e.country !== null || e.stateless || (e.type !== 'person' && e.type !== 'organization')) continue;
    for (const rule of rules) {
      const country = rule.extract(e, ctx);
      if (country === null) continue;
      e.country = country;
      tagRules(e.mentions[0], rule.id);
      break;
    }
  }
}
