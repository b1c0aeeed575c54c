// "Japan Prime Minister Speaks ..." in a headline, "Prime Minister Ishida" in the body: an office
// named with its country but no holder tells whose office a titled, country-less holder fills.
import type { Entity } from './merge.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, officeLengthAt } from './lexicon-index.js';
import type { Token } from './tokens.js';

/** Office (lower case) → the states the story names as holding it. */
export type OfficeOwners = Map<string, Set<string>>;

const addTo = (owners: OfficeOwners, office: string, country: string) => owners.set(office, (owners.get(office) ?? new Set()).add(country));

/**
 * The states each office is named for: bare ("the Kenyan president") and, for those offices, the
 * countries of their named holders ("French President X"). Read before any country is guessed.
 */
export function officeOwners(entities: Entity[], tokens: Token[]): OfficeOwners {
  const keys = tokens.map((t) => t.key);
  const personStarts = new Set(entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => m.start)));
  const owners: OfficeOwners = new Map();
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
  return owners;
}

/**
 * The one state whose office matches a titled person's title (rule 'bare-office-owner'). Where the
 * story names holders of that office for other states ("French President X, Finnish President Y ...
 * the US president"), the office is not one state's and the holder takes none: a country never
 * spills from one name of a list to another.
 */
export function bareOfficeOwner(e: Entity, owners: OfficeOwners): string | null {
  if (e.type !== 'person' || e.title === null) return null;
  const countries = owners.get(e.title.toLowerCase());
  return countries?.size === 1 ? [...countries][0] : null;
}
