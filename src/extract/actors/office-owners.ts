// "Japan Prime Minister Speaks ..." in a headline, "Prime Minister Ishida" in the body: an office
// named with its country but no holder tells whose office a titled, country-less holder fills.
import type { Entity } from './merge.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, officeLengthAt } from './lexicon-index.js';
import type { Token } from './tokens.js';
import { tagRules } from '../provenance.js';

const addTo = (owners: Map<string, Set<string>>, office: string, country: string) =>
  owners.set(office, (owners.get(office) ?? new Set()).add(country));

/**
 * Gives each titled person with no country the country of the one state whose office matches the
 * title (rule 'bare-office-owner'). Where the story names holders of that office for other states
 * ("French President X, Finnish President Y ... the US president"), the office is not one state's
 * and a country-less holder takes none: a country never spills from one name of a list to another.
 */
export function assignOfficeOwners(entities: Entity[], tokens: Token[]): void {
  const keys = tokens.map((t) => t.key);
  const personStarts = new Set(entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => m.start)));
  const owners = new Map<string, Set<string>>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const country = tokens[i].blocked ? undefined : (COUNTRY_BY_NAME.get(keys[i]) ?? COUNTRY_BY_DEMONYM.get(keys[i]));
    if (!country) continue;
    const length = officeLengthAt(keys, i + 1);
    if (length === 0) continue;
    const holder = tokens[i + 1 + length];
    if (holder && personStarts.has(holder.start)) continue;
    addTo(owners, keys.slice(i + 1, i + 1 + length).join(' '), country);
  }
  for (const e of entities) {
    if (e.type === 'person' && e.country !== null && e.title !== null && owners.has(e.title.toLowerCase())) addTo(owners, e.title.toLowerCase(), e.country);
  }
  for (const e of entities) {
    if (e.type !== 'person' || e.country !== null || e.title === null) continue;
    const countries = owners.get(e.title.toLowerCase());
    if (countries?.size !== 1) continue;
    e.country = [...countries][0];
    tagRules(e.mentions[0], 'bare-office-owner');
  }
}
