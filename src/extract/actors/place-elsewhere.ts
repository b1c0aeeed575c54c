// One name, one sense in a story: where the words around one mention prove a name is a place
// ("in Edison, New Jersey"), a mention read as a person on a name tag alone ("in Edison on
// Monday") is that place too (rule 'place-elsewhere'); not a given name and surname.
import { keyOf } from './candidates.js';
import { named } from './rules/types.js';
import type { Found } from './surnames.js';

/** Rules that read a place from the words around the name, not from the name itself. */
const PLACE_CONTEXT_RULES = new Set(['place-before-noun', 'settlement-of', 'town-comma-region']);
/** Rules that read a person from the name alone, with no title or honorific before it. */
const NAME_ONLY_PERSON_RULES = new Set(['office-holder-name', 'person-tag', 'unexplained-run']);

/** "Anna Bui", "Manuel Alvarez": a given name and more is a person's full name, whatever one mention looked like. */
const fullPersonalName = (f: Found): boolean => f.c.tokens.length > 1 && f.c.tokens[0].tags.has('FirstName');

export function placeElsewhere(found: Found[]): Found[] {
  const places = new Set(found.filter((f) => f.reading.type === 'place' && PLACE_CONTEXT_RULES.has(f.rule)).map((f) => keyOf(f.c.tokens)));
  if (places.size === 0) return found;
  return found.map((f) =>
    f.reading.type === 'person' && NAME_ONLY_PERSON_RULES.has(f.rule) && !f.c.personCue && !fullPersonalName(f) && places.has(keyOf(f.c.tokens))
      ? { ...f, reading: named('place', f.c), rule: 'place-elsewhere' }
      : f,
  );
}
